package golc.it;

import golc.build.BuildResult;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A goroutine stuck in a blocking Java call must not stop the others: {@code golden/goroutines/stdin_blocked.go}
 * reads standard input on one goroutine while the others tick and print. {@link GoroutineGoldenTest} runs it
 * with its whole input available at once; here the input is withheld until the program has printed
 * "waiting for input" (which it only prints after its other goroutines ran while the reader sat in its read),
 * then only the first line is written and standard input stays open, so the reader blocks a second time for
 * good and the program must still finish. With GOMAXPROCS=1 the reader holds the only carrier: only the
 * scheduler's monitor handing that carrier's queue to a new carrier lets the program go on.
 */
class BlockingCallTest {
    private static final Path SRC = GoroutineGoldenTest.DIR.resolve("stdin_blocked.go");
    private static final String PROMPT = "waiting for input";

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(strings = {"1", "default"})
    void othersRunWhileOneReadsStdin(String procs) throws Exception {
        Assumptions.assumeTrue(KnownFailing.selected("goroutines/stdin_blocked"), "not selected by golc.only");
        Golden g = Golden.load(SRC);
        BuildResult r = Programs.compile("blocking_" + procs, List.of(SRC));
        Assertions.assertTrue(r.ok(), () -> String.join("\n", r.lines()));
        String firstLine = new String(g.stdin(), StandardCharsets.ISO_8859_1).split("\n", 2)[0] + "\n";

        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", r.jar().toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (!procs.equals("default")) {
            pb.environment().put("GOMAXPROCS", procs);
        }
        Process p = pb.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errDrain = new Thread(() -> copy(p.getErrorStream(), err));
        errDrain.setDaemon(true);
        errDrain.start();
        StringBuilder out = new StringBuilder();
        OutputStream stdin = p.getOutputStream();
        Thread reader = new Thread(() -> {
            // reads stdout line by line; answers the prompt with the first line of input, keeps stdin open
            InputStream in = p.getInputStream();
            StringBuilder line = new StringBuilder();
            try {
                for (int c; (c = in.read()) >= 0; ) {
                    synchronized (out) {
                        out.append((char) c);
                    }
                    if (c != '\n') {
                        line.append((char) c);
                        continue;
                    }
                    if (line.toString().equals(PROMPT)) {
                        stdin.write(firstLine.getBytes(StandardCharsets.ISO_8859_1));
                        stdin.flush();
                    }
                    line.setLength(0);
                }
            } catch (IOException e) {
                // the process died; what was read is the output
            }
        });
        reader.setDaemon(true);
        reader.start();
        boolean finished = p.waitFor(Programs.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        reader.join(5000);
        errDrain.join(5000);
        stdin.close();
        String got;
        synchronized (out) {
            got = out.toString();
        }
        Assertions.assertTrue(finished, "hung (a blocked read stopped the other goroutines?); output so far:\n" + got);
        Assertions.assertEquals(g.expectedOut(), got);
        Assertions.assertEquals("", err.toString(StandardCharsets.ISO_8859_1));
        Assertions.assertEquals(0, p.exitValue());
    }

    private static void copy(InputStream in, ByteArrayOutputStream to) {
        try {
            byte[] b = new byte[4096];
            for (int n; (n = in.read(b)) >= 0; ) {
                synchronized (to) {
                    to.write(b, 0, n);
                }
            }
        } catch (IOException e) {
            // the process died
        }
    }
}
