package golc.types;

import golc.diag.Diagnostics;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * golc's standard library (Go sources in stdlib-runtime/src/main/resources/golc/std) must type-check
 * without errors: each package directory is checked, imports resolved from the same tree.
 */
class StdlibCheckTest {
    @Test
    void allStandardPackagesTypeCheck() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(StdTree.STD), "stdlib sources not present in this checkout");
        Diagnostics diags = new Diagnostics();
        Importer imp = StdTree.importer(diags, new ArrayList<>());
        List<String> pkgs = StdTree.packages();
        for (String p : pkgs) imp.importPackage(p);
        assertTrue(pkgs.size() > 5, "too few packages found: " + pkgs);
        assertTrue(!diags.hasErrors(), () -> String.join("\n", diags.sorted().stream().map(Object::toString).collect(Collectors.toList())));
    }
}
