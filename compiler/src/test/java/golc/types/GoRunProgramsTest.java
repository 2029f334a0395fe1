package golc.types;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Go's own "// run" test programs (test/ken and test/ of Go 1.19) that import only fmt, os, strings,
 * strconv and errors must type-check without errors, and every expression must have a recorded type.
 * The list is types/go-run-programs.txt (chosen by those import rules).
 */
class GoRunProgramsTest {
    private static final Path GO_TEST = Path.of("/usr/lib/go-1.19/test");

    @TestFactory
    Stream<DynamicTest> runPrograms() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(GO_TEST), "Go 1.19 test directory not installed");
        List<String> names = Files.readAllLines(TypesTestSupport.resource("/types/go-run-programs.txt")).stream()
                .filter(s -> !s.isBlank()).collect(Collectors.toList());
        assertFalse(names.isEmpty());
        return names.stream().map(n -> DynamicTest.dynamicTest(n, () -> {
            Path p = GO_TEST.resolve(n);
            TypesTestSupport.Checked c = TypesTestSupport.check(p.getFileName().toString(), Files.readAllBytes(p));
            assertTrue(!c.diags.hasErrors(), () -> n + ":\n" + c.diags.format());
            c.pkg.info().types.forEach((e, tv) -> assertTrue(tv.type() != null || tv.mode() == TypeAndValue.Mode.NOVALUE,
                    () -> "no type for " + golc.syntax.Printer.expr(e) + " at " + e.pos()));
        }));
    }
}
