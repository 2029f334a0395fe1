package golc.it;

import golc.build.BuildResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A package of two files ({@code multifile/trace}): every function of a package is a method of one JVM class,
 * whose SourceFile names one file, so panic traces and log's Lshortfile must still name the file each function
 * was compiled from. The expected frames and lines are those Go 1.19 prints for this program.
 */
class MultiFileTraceTest {
    @Test
    void tracesAndLogNameEachFunctionsFile() throws Exception {
        Path dir = Path.of("src", "test", "resources", "multifile", "trace");
        BuildResult r = Programs.compile("multifile_trace", List.of(dir.resolve("a.go"), dir.resolve("b.go")));
        assertTrue(r.ok(), String.join("\n", r.lines()));
        Programs.Run run = Programs.run(r.jar(), List.of(), false, null);
        assertEquals(2, run.exit(), run.stderr());
        assertEquals("a.go:13: from a.go\nb.go:6: from b.go\n", run.stdout());
        List<String> frames = new ArrayList<>();
        String[] lines = run.stderr().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("main.")) {
                String loc = lines[i + 1].strip();
                frames.add(lines[i].substring(0, lines[i].indexOf('(')) + " " + loc.substring(loc.lastIndexOf('/') + 1));
            }
        }
        assertEquals(List.of("main.fromA a.go:21", "main.viaB b.go:11", "main.viaB b.go:13", "main.viaB b.go:13",
                "main.viaB b.go:13", "main.main a.go:15"), frames, run.stderr());
    }
}
