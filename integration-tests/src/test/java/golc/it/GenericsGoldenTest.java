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
 * the other golden programs. Named {@code generics/<name>} (for -Dgolc.only and the test jars).
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
                Golden g = Golden.load(src);
                Golden named = new Golden(name, g.source(), g.expectedOut(), g.expectedErrLine(), g.expectedExit(), g.args());
                String reason = GoldenTest.failure(named);
                if (reason != null) Assertions.fail(name + ": " + reason);
            }));
        }
        return tests.stream();
    }
}
