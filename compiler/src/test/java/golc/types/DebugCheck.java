package golc.types;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

class DebugCheck {
    @Test
    void run() throws Exception {
        String f = System.getProperty("golc.debugFile");
        if (f == null) return;
        TypesTestSupport.Checked c = TypesTestSupport.check(Path.of(f).getFileName().toString(), Files.readAllBytes(Path.of(f)));
        for (var d : c.diags.sorted()) System.out.println(d);
    }
}
