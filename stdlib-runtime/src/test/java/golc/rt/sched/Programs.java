package golc.rt.sched;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helper: runs a class of the test classpath in a fresh JVM and collects its exit status and output. */
final class Programs {
    private Programs() {
    }

    static final class Result {
        final int status;
        final String stdout, stderr;

        Result(int status, String stdout, String stderr) {
            this.status = status;
            this.stdout = stdout;
            this.stderr = stderr;
        }
    }

    static Result run(Class<?> main, List<String> jvmArgs, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + "/bin/java");
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        byte[][] out = new byte[2][];
        Thread t = new Thread(() -> {
            try {
                out[1] = p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                out[1] = e.toString().getBytes(StandardCharsets.UTF_8);
            }
        });
        t.start();
        out[0] = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        t.join();
        return new Result(p.exitValue(), new String(out[0], StandardCharsets.UTF_8),
                new String(out[1], StandardCharsets.UTF_8));
    }

    /** What an entry point does with an Outcome (rtcore's Entry prints panics its own way). */
    static void exitWith(Outcome o) {
        System.out.flush();
        if (o.kind == Outcome.Kind.FATAL) {
            System.err.print(o.fatalText);
        } else if (o.kind == Outcome.Kind.PANIC) {
            System.err.println("panic: " + o.panic.getMessage());
            System.err.println();
            System.err.println("goroutine " + o.goroutine.id + " [running]:");
            StringBuilder b = new StringBuilder();
            for (StackTraceElement e : o.stack) {
                if (e.getClassName().startsWith("go.")) {
                    Dump.frame(b, e);
                }
            }
            System.err.print(b);
        }
        System.err.flush();
        System.exit(o.exitStatus());
    }
}
