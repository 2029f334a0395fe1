package golc.types;

import org.junit.jupiter.api.Assumptions;
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
 * Regression suite over Go 1.19's own "// errorcheck" tests (test/ and test/fixedbugs/) that the
 * checker matches exactly: every reported error must be expected by an ERROR (or GC_ERROR) comment
 * on its line and every expected error must be reported. The list (types/go-errorcheck-passing.txt)
 * holds the files that parse without syntax errors and currently pass; it only ever grows.
 */
class GoErrorcheckTest {
    private static final Path GO_TEST = Path.of("/usr/lib/go-1.19/test");

    @TestFactory
    Stream<DynamicTest> errorcheck() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(GO_TEST), "Go 1.19 test directory not installed");
        List<String> names = Files.readAllLines(TypesTestSupport.resource("/types/go-errorcheck-passing.txt")).stream()
                .filter(s -> !s.isBlank()).collect(Collectors.toList());
        assertFalse(names.isEmpty());
        return names.stream().map(n -> DynamicTest.dynamicTest(n, () -> {
            Path p = GO_TEST.resolve(n);
            byte[] src = Files.readAllBytes(p);
            String name = p.getFileName().toString();
            TypesTestSupport.Checked c = TypesTestSupport.check(name, src);
            assertFalse(c.diags.sorted().stream().anyMatch(d -> d.isSyntaxError()), "syntax errors in " + n);
            List<String> problems = TypesTestSupport.compare(name, new String(src, StandardCharsets.UTF_8), c.diags.sorted());
            assertTrue(problems.isEmpty(), () -> n + ":\n" + String.join("\n", problems));
        }));
    }
}
