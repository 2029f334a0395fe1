package golc.types;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Manual aid: -Dgolc.errorcheckList=FILE runs the ERROR-comment comparison over Go errorcheck files listed in FILE. */
class DebugErrorCheck {
    @Test
    void run() throws Exception {
        String list = System.getProperty("golc.errorcheckList");
        if (list == null) return;
        int pass = 0, total = 0;
        for (String f : Files.readAllLines(Path.of(list))) {
            Path p = Path.of(f);
            byte[] src = Files.readAllBytes(p);
            System.out.println("START " + f + " " + System.currentTimeMillis());
            System.out.flush();
            String name = p.getFileName().toString();
            TypesTestSupport.Checked c;
            try {
                c = TypesTestSupport.check(name, src);
            } catch (RuntimeException | StackOverflowError e) {
                System.out.println("CRASH " + f + ": " + e);
                e.printStackTrace(System.out);
                total++;
                continue;
            }
            if (c.diags.sorted().stream().anyMatch(d -> d.isSyntaxError())) continue; // the driver stops after parsing
            total++;
            List<String> problems = TypesTestSupport.compare(name, new String(src, StandardCharsets.UTF_8), c.diags.sorted());
            if (problems.isEmpty()) pass++;
            else {
                System.out.println("FAIL " + f);
                for (String pr : problems) System.out.println("  " + pr);
            }
        }
        System.out.println("PASS " + pass + "/" + total);
    }
}
