package golc.it;

import golc.build.BuildResult;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The stress programs {@code golden/stress/<name>.go}: many goroutines and channels, select over several,
 * buffered and unbuffered channels, close, timers, sync. Each checks itself (no value lost or duplicated,
 * counts exact) and prints the same lines whatever its duration, which is its argument in seconds; the expected
 * output comes from real Go (regen.sh, one second). Each runs with GOMAXPROCS=1 and with the default.
 *
 * <p>Duration: 1 s in the default build; with {@code -Dgolc.stress=true} (Maven profile {@code stress}:
 * {@code mvn -B verify -Pstress}) {@code golc.stress.seconds}, default 60. Two watchdogs: the program's own
 * goroutine dumps every goroutine (runtime.Stack) and exits with status 3 when nothing progressed for 30 s; and
 * this harness, if the process outlives its duration by {@link #GRACE_SECONDS}, takes a Java thread dump
 * (jstack) of it, kills it and fails with that dump.
 */
class StressTest {
    static final Path DIR = GoldenTest.DIR.resolve("stress");
    static final long GRACE_SECONDS = 120;
    /** Each program is compiled once for its runs with the different GOMAXPROCS. */
    private static final Map<String, BuildResult> BUILT = new ConcurrentHashMap<>();

    static long seconds() {
        return Boolean.getBoolean("golc.stress") ? Long.getLong("golc.stress.seconds", 60) : 1;
    }

    @TestFactory
    Stream<DynamicTest> stressPrograms() throws IOException {
        List<Path> sources = GoldenTest.goSources(DIR);
        Assertions.assertFalse(sources.isEmpty(), "no programs in " + DIR);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path src : sources) {
            String name = "stress/" + GoldenTest.stem(src);
            if (!KnownFailing.selected(name)) continue;
            for (String procs : List.of("1", "default")) {
                tests.add(DynamicTest.dynamicTest(name + " GOMAXPROCS=" + procs, src.toUri(), () -> check(src, name, procs)));
            }
        }
        return tests.stream();
    }

    private static void check(Path src, String name, String procs) throws Exception {
        Golden g = Golden.load(src);
        BuildResult r = BUILT.computeIfAbsent(name, n -> Programs.compile(n, List.of(src)));
        Assertions.assertTrue(r.ok(), () -> String.join("\n", r.lines()));
        long secs = seconds();
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", r.jar().toAbsolutePath().toString(), String.valueOf(secs));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (!procs.equals("default")) {
            pb.environment().put("GOMAXPROCS", procs);
        }
        long start = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread outDrain = drain(p.getInputStream(), out);
        Thread errDrain = drain(p.getErrorStream(), err);
        if (!p.waitFor(secs + GRACE_SECONDS, TimeUnit.SECONDS)) {
            String dump = threadDump(p.pid());
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
            Assertions.fail(name + " GOMAXPROCS=" + procs + " hung (still running " + GRACE_SECONDS
                    + " s after its " + secs + " s); stdout:\n" + text(out) + "\nstderr:\n" + text(err)
                    + "\nJava threads:\n" + dump);
        }
        outDrain.join(5000);
        errDrain.join(5000);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println(name + " GOMAXPROCS=" + procs + ": " + secs + " s asked, " + ms + " ms wall");
        String why = name + " GOMAXPROCS=" + procs + " exit " + p.exitValue() + "; stderr:\n" + text(err);
        Assertions.assertEquals(0, p.exitValue(), why);
        Assertions.assertEquals(g.expectedOut(), text(out), why);
        Assertions.assertEquals("", text(err));
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream buf) {
        Thread t = new Thread(() -> {
            byte[] b = new byte[8192];
            try {
                for (int n; (n = in.read(b)) >= 0; ) {
                    synchronized (buf) {
                        buf.write(b, 0, n);
                    }
                }
            } catch (IOException e) {
                // the process died
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String text(ByteArrayOutputStream b) {
        synchronized (b) {
            return b.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** jstack's dump of the hung JVM: which carriers are stuck where (the goroutines are the program's own dump). */
    private static String threadDump(long pid) {
        try {
            Process j = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
                    String.valueOf(pid)).redirectErrorStream(true).start();
            byte[] b = j.getInputStream().readAllBytes();
            j.waitFor(30, TimeUnit.SECONDS);
            return new String(b, StandardCharsets.ISO_8859_1);
        } catch (IOException | InterruptedException e) {
            return "(no thread dump: " + e + ")";
        }
    }
}
