package golc.lower;

import golc.diag.Diagnostics;
import golc.ir.IrVerifier;
import golc.ir.Program;
import golc.types.Importer;
import golc.types.Package;
import golc.types.StdTree;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * golc's standard library (Go sources shipped in stdlib-runtime) is real Go code using most of the
 * language: all of it must lower without "not supported" diagnostics and pass the IR verifier.
 */
class LowerStdlibTest {
    @Test
    void standardLibraryLowersCleanly() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(StdTree.STD), "stdlib sources not present in this checkout");
        Diagnostics diags = new Diagnostics();
        List<Package> inDependencyOrder = new ArrayList<>();
        Importer imp = StdTree.importer(diags, inDependencyOrder);
        for (String path : StdTree.packages()) imp.importPackage(path);
        assertFalse(diags.hasErrors(), diags::format);
        assertTrue(inDependencyOrder.size() > 5, "too few packages: " + inDependencyOrder.size());
        Program p = Lowerer.lower(inDependencyOrder, diags);
        assertFalse(diags.hasErrors(), diags::format);
        assertEquals(List.of(), IrVerifier.verify(p));
        assertTrue(p.pkg("strings").func("Index") != null, "strings.Index lowered");
    }
}
