package golc.it;

import golc.build.BuildResult;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Programs using what golc offers beyond Go 1.19's standard library (e.g. Go 1.20's {@code errors.Join}), in
 * {@code extensions/<name>.go}. Go 1.19 cannot give their expected output, so each program checks itself, as
 * Go's own tests do: it panics on the first wrong value and prints {@code PASS} at the end; the test wants exit
 * status 0 and exactly that output.
 */
class ExtensionsTest {
    static final Path DIR = Path.of("src", "test", "resources", "extensions");

    @TestFactory
    Stream<DynamicTest> extensionPrograms() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path src : GoldenTest.goSources(DIR)) {
            String name = "extensions/" + GoldenTest.stem(src);
            if (!KnownFailing.selected(name)) continue;
            tests.add(DynamicTest.dynamicTest(name, src.toUri(), () -> {
                BuildResult r = Programs.compile("ext_" + GoldenTest.stem(src), List.of(src));
                Assertions.assertTrue(r.ok(), () -> name + " does not compile: " + r.lines());
                Programs.Run run = Programs.run(r.jar(), List.of(), true, null, new byte[0]);
                Assertions.assertFalse(run.timedOut(), name + " timed out");
                Assertions.assertEquals("PASS\n", run.stdout(), name + " (exit " + run.exit() + ")");
                Assertions.assertEquals(0, run.exit(), name);
            }));
        }
        return tests.stream();
    }
}
