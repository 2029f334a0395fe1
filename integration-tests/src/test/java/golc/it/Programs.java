package golc.it;

import golc.build.Build;
import golc.build.BuildResult;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Compiles Go programs through the build API and runs the jars as {@code java -jar} subprocesses. */
final class Programs {
    /** Where the test jars go (kept after the run, to debug a failure by hand). */
    static final Path JARS = Path.of("target", "test-jars");

    /** Per-program wall-clock limit; the machine may be busy, so generous. */
    static final long TIMEOUT_SECONDS = Long.getLong("golc.timeout", 30);

    private Programs() {}

    /** The outcome of one run: exit status (-1 on timeout), stdout and stderr as bytes decoded one char per byte. */
    record Run(int exit, String stdout, String stderr, boolean timedOut) {
        String firstStderrLine() {
            int nl = stderr.indexOf('\n');
            return nl < 0 ? stderr : stderr.substring(0, nl);
        }
    }

    /** Compiles {@code sources} into {@code target/test-jars/<name>.jar}. */
    static BuildResult compile(String name, List<Path> sources) {
        try {
            Files.createDirectories(JARS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Build.create().output(JARS.resolve(name.replace('/', '_') + ".jar")).run(sources);
    }

    /** Runs {@code jar} with {@code args}, empty stdin, stderr separate or merged into stdout. */
    static Run run(Path jar, List<String> args, boolean mergeStderr, Path workDir) throws IOException, InterruptedException {
        return run(jar, args, mergeStderr, workDir, new byte[0]);
    }

    /** Runs {@code jar} with {@code args} and {@code stdin} as its standard input. */
    static Run run(Path jar, List<String> args, boolean mergeStderr, Path workDir, byte[] stdin)
            throws IOException, InterruptedException {
        return run(jar, args, mergeStderr, workDir, stdin, Map.of());
    }

    /** Runs {@code jar} with {@code args}, {@code stdin}, and {@code env} added to the inherited environment. */
    static Run run(Path jar, List<String> args, boolean mergeStderr, Path workDir, byte[] stdin, Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Small programs: the C1 compiler and the serial collector start fastest on a busy machine.
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-jar");
        cmd.add(jar.toAbsolutePath().toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(mergeStderr);
        if (workDir != null) pb.directory(workDir.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        Drain out = new Drain(p.getInputStream());
        Drain err = new Drain(p.getErrorStream());
        out.start();
        err.start();
        try (java.io.OutputStream in = p.getOutputStream()) {
            in.write(stdin);
        } catch (IOException e) {
            // The program exited without reading all of its input; its output tells what happened.
        }
        boolean finished = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        out.join(5000);
        err.join(5000);
        return new Run(finished ? p.exitValue() : -1, out.text(), err.text(), !finished);
    }

    /** Reads a process stream to the end on its own thread, so that neither pipe can fill up and block. */
    private static final class Drain extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

        Drain(InputStream in) {
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                in.transferTo(buf);
            } catch (IOException e) {
                // The process died; what was read so far is the output.
            }
        }

        synchronized String text() {
            return buf.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    /** Reads a file as bytes, one char per byte (outputs are compared byte for byte). */
    static String readBytes(Path p) throws IOException {
        return new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
