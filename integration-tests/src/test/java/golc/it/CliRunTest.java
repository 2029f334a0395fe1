package golc.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code golc run} end to end, in a child JVM as a user runs it: the program's arguments, output and exit
 * status pass through. Uses golden programs, so it is skipped while they are known to fail.
 */
class CliRunTest {
    private static Map<String, String> known() throws IOException {
        return KnownFailing.read(GoldenTest.KNOWN);
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result golc(String... args) throws IOException, InterruptedException {
        return golcWithInput(new byte[0], args);
    }

    private static Result golcWithInput(byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "golc.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        try (java.io.OutputStream in = p.getOutputStream()) {
            in.write(stdin);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t = new Thread(() -> {
            try {
                p.getErrorStream().transferTo(err);
            } catch (IOException e) {
                // the child died; keep what was read
            }
        });
        t.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(Programs.TIMEOUT_SECONDS * 2, TimeUnit.SECONDS), "golc run timed out");
        t.join();
        return new Result(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void passesArgumentsThrough() throws Exception {
        String reason = known().get("os_args");
        Assumptions.assumeTrue(reason == null, "golden os_args is known failing: " + reason);
        Path src = GoldenTest.DIR.resolve("os_args.go");
        Result r = golc("run", src.toString(), "--", "-v", "two words");
        assertEquals(0, r.exit(), r.err());
        assertEquals("3\n1=\"-v\"\n2=\"two words\"\n", r.out());
    }

    @Test
    void passesTheExitStatusAndStderrThrough() throws Exception {
        String reason = known().get("os_exit");
        Assumptions.assumeTrue(reason == null, "golden os_exit is known failing: " + reason);
        Result r = golc("run", GoldenTest.DIR.resolve("os_exit.go").toString());
        assertEquals(3, r.exit());
        assertEquals("before exit\n", r.out());
        assertEquals("to stderr\n", r.err());
    }

    @Test
    void passesStandardInputThrough() throws Exception {
        String reason = known().get("stdin_filter");
        Assumptions.assumeTrue(reason == null, "golden stdin_filter is known failing: " + reason);
        Result r = golcWithInput("one two\nthree\n".getBytes(StandardCharsets.UTF_8),
                "run", GoldenTest.DIR.resolve("stdin_filter.go").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("  1  ONE TWO\n  2  THREE\n2 lines, 3 words, 14 bytes\n", r.out());
    }

    @Test
    void compileErrorsExitWithOne() throws Exception {
        Result r = golc("run", CompileErrorsTest.DIR.resolve("unknown_import.go").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("unknown_import.go:4:8: package nosuchpkg/really is not in GOROOT"), r.err());
    }
}
