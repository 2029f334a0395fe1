package golc.it;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The goroutine golden programs ({@code golden/goroutines/<name>.go}: channels, select, go statements, sync,
 * timers, a panicking goroutine, a deadlock), checked exactly as {@link GoldenTest} checks the others: output
 * of real Go in {@code <name>.out}, {@code // EXIT n}, first stderr line in {@code <name>.err}.
 */
class GoroutineGoldenTest {
    static final Path DIR = GoldenTest.DIR.resolve("goroutines");

    @TestFactory
    Stream<DynamicTest> goroutinePrograms() throws IOException {
        List<Path> sources = GoldenTest.goSources(DIR);
        Assertions.assertFalse(sources.isEmpty(), "no programs in " + DIR);
        return sources.stream().map(src -> DynamicTest.dynamicTest("goroutines/" + GoldenTest.stem(src), src.toUri(), () -> {
            String reason = GoldenTest.failure(Golden.load(src));
            Assertions.assertNull(reason, reason);
        }));
    }
}
