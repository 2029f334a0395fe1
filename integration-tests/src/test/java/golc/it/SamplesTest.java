package golc.it;

import golc.build.Build;
import golc.build.BuildResult;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The samples of the README ({@code samples/<name>/}, built as directories) must build and print what Go prints
 * ({@code samples/<name>.out} in the test resources, written by regen.sh). Known failures: {@code samples/<name>}
 * in KNOWN_FAILING.txt.
 */
class SamplesTest {
    static final Path SAMPLES = Path.of("..", "samples");
    static final Path EXPECTED = Path.of("src", "test", "resources", "samples");

    @TestFactory
    Stream<DynamicTest> samples() throws IOException {
        Map<String, String> known = KnownFailing.read(GoldenTest.KNOWN);
        List<Path> dirs;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().filter(dir -> KnownFailing.selected("samples/" + dir.getFileName())).map(dir -> {
            String name = "samples/" + dir.getFileName();
            return DynamicTest.dynamicTest(name, dir.toUri(), () -> check(dir, known.get(name)));
        });
    }

    private static void check(Path dir, String knownReason) throws Exception {
        if (knownReason != null && !KnownFailing.discover()) Assumptions.abort("known failing: " + knownReason);
        String name = dir.getFileName().toString();
        Path out = EXPECTED.resolve(name + ".out");
        Assertions.assertTrue(Files.exists(out), out + " is missing: run integration-tests/regen.sh");
        BuildResult r = Build.create().output(Programs.JARS.resolve("sample_" + name + ".jar")).run(List.of(dir));
        String problem;
        if (!r.ok()) {
            problem = "does not compile: " + r.lines().get(0);
        } else {
            Programs.Run run = Programs.run(r.jar(), List.of(), false, null);
            String want = Programs.readBytes(out);
            if (run.exit() != 0) problem = "exit status " + run.exit() + ": " + run.firstStderrLine();
            else if (!run.stdout().equals(want)) problem = "stdout differs: " + Golden.firstDifference(want, run.stdout());
            else problem = null;
        }
        Discovery.record("samples/" + name, problem);
        if (problem == null) {
            if (knownReason != null) System.out.println("samples/" + name + ": NOW PASSES, remove it from KNOWN_FAILING.txt");
            return;
        }
        if (knownReason != null) throw new TestAbortedException("still failing: " + problem);
        Assertions.fail("samples/" + name + ": " + problem);
    }
}
