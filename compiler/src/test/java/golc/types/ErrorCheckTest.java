package golc.types;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Error tests: each types/errors/*.go is type-checked and every error must be expected by a
 * {@code // ERROR "regexp"} comment on its line, and every such comment matched. The expectations
 * are gc 1.19's own messages for these files (go build -gcflags=-e), so wording stays gc's.
 */
class ErrorCheckTest {

    @TestFactory
    Stream<DynamicTest> errorFiles() throws IOException {
        Path dir = TypesTestSupport.resource("/types/errors");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().collect(Collectors.toList());
        }
        assertFalse(files.isEmpty(), "no error test files");
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            byte[] src = Files.readAllBytes(p);
            String name = p.getFileName().toString();
            TypesTestSupport.Checked c = TypesTestSupport.check(name, src);
            List<String> problems = TypesTestSupport.compare(name, new String(src, StandardCharsets.UTF_8), c.diags.sorted());
            assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        }));
    }
}
