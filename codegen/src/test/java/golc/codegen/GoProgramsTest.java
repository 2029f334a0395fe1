package golc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import golc.build.Build;
import golc.build.BuildResult;
import golc.build.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * End to end: each program under {@code golc/codegen/e2e/} goes through the parser, checker, lowering and
 * codegen; every generated class is verified; the jar runs and must print what Go 1.19 printed (stdout byte
 * for byte, the exit status, and for failing programs the panic message). Expected results come from
 * {@code expect.sh} there, which runs the programs with real Go.
 */
class GoProgramsTest {
    private static final String DIR = "/golc/codegen/e2e/";

    @TestFactory
    Stream<DynamicTest> programsBehaveAsWithGo() throws IOException, URISyntaxException {
        Path dir = Path.of(GoProgramsTest.class.getResource(DIR).toURI());
        String only = System.getProperty("golc.e2e");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> gos = files.filter(p -> p.toString().endsWith(".go"))
                    .filter(p -> only == null || p.getFileName().toString().startsWith(only)).sorted().toList();
            return gos.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    private static void check(Path go) throws Exception {
        String name = go.getFileName().toString();
        BuildResult r = Build.create().runSources(List.of(new SourceFile(name, Files.readAllBytes(go))));
        assertTrue(r.ok(), () -> r.format() + (r.hasInternalError() ? r.internalStackTrace() : ""));
        Map<String, byte[]> classes = r.classes();
        Verifier.verifyAndLoad(classes);
        JarRunner.Result run = JarRunner.run(classes);
        String base = name.substring(0, name.length() - 3);
        assertEquals(read(base + ".out"), run.stdout(), "stdout of " + name + "; stderr:\n" + run.stderr());
        assertEquals(Integer.parseInt(read(base + ".exit").trim()), run.exit(), "exit status; stderr:\n" + run.stderr());
        String err = readOrNull(base + ".err");
        if (err != null) {
            assertEquals(panicMessage(err), panicMessage(run.stderr()), "panic message");
        }
    }

    /** stderr up to the first blank line: the panic line(s), before the goroutine trace. */
    private static String panicMessage(String stderr) {
        int i = stderr.indexOf("\n\n");
        return i < 0 ? stderr : stderr.substring(0, i + 1);
    }

    private static String read(String res) throws IOException {
        String s = readOrNull(res);
        if (s == null) {
            throw new IllegalStateException("missing " + res + ": run expect.sh");
        }
        return s;
    }

    private static String readOrNull(String res) throws IOException {
        try (InputStream in = GoProgramsTest.class.getResourceAsStream(DIR + res)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
