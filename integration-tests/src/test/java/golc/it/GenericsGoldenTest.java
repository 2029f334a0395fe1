package golc.it;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden programs of generic code, {@code golden/generics/<name>.go} (the flat {@link GoldenTest} does not
 * descend into subdirectories): each compiled, run, and compared with the output of real Go 1.19, exactly as
 * the other golden programs. Named {@code generics/<name>} for -Dgolc.only; their file names differ from the
 * flat golden programs' (the test jars are named by file name).
 */
class GenericsGoldenTest {
    static final Path DIR = GoldenTest.DIR.resolve("generics");

    @TestFactory
    Stream<DynamicTest> genericPrograms() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path src : GoldenTest.goSources(DIR)) {
            String name = "generics/" + GoldenTest.stem(src);
            if (!KnownFailing.selected(name)) continue;
            tests.add(DynamicTest.dynamicTest(name, src.toUri(), () -> {
                String reason = GoldenTest.failure(Golden.load(src));
                if (reason != null) Assertions.fail(name + ": " + reason);
            }));
        }
        return tests.stream();
    }
}
