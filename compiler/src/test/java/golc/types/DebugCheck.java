package golc.types;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

/** Manual aid: -Dgolc.debugFiles=a.go,b.go prints the checker's diagnostics for those files. */
class DebugCheck {
    @Test
    void run() throws Exception {
        String fs = System.getProperty("golc.debugFiles");
        if (fs != null && fs.startsWith("@")) fs = String.join(",", Files.readAllLines(Path.of(fs.substring(1))));
        if (fs == null) return;
        for (String f : fs.split(",")) {
            TypesTestSupport.Checked c = TypesTestSupport.check(Path.of(f).getFileName().toString(), Files.readAllBytes(Path.of(f)));
            System.out.println("== " + f + " types=" + c.pkg.info().types.size() + " errors=" + c.diags.count());
            for (var d : c.diags.sorted()) System.out.println(d);
        }
    }
}
