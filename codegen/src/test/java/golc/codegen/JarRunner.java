package golc.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Writes generated classes into a runnable jar with {@link JarWriter} and runs it with {@code java -jar}. */
final class JarRunner {
    private JarRunner() {}

    /** What a run printed and its exit status. */
    record Result(String stdout, String stderr, int exit) {}

    static Result run(Map<String, byte[]> classes, String... args) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("golc-cg");
        Path jar = dir.resolve("prog.jar");
        JarWriter.write(jar, classes);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xss16m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xshare:auto");
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("program timed out");
        }
        Result r = new Result(Files.readString(out, StandardCharsets.ISO_8859_1),
                Files.readString(err, StandardCharsets.ISO_8859_1), p.exitValue());
        Files.delete(out);
        Files.delete(err);
        Files.delete(jar);
        Files.delete(dir);
        return r;
    }
}
