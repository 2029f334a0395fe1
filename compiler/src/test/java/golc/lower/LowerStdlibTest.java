package golc.lower;

import golc.diag.Diagnostics;
import golc.ir.IrVerifier;
import golc.ir.Program;
import golc.syntax.File;
import golc.syntax.Parser;
import golc.types.Checker;
import golc.types.Importer;
import golc.types.Package;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * golc's standard library (Go sources shipped in stdlib-runtime) is real Go code using most of the
 * language: all of it must lower without "not supported" diagnostics and pass the IR verifier.
 */
class LowerStdlibTest {
    private static final Path STD = Path.of("../stdlib-runtime/src/main/resources/golc/std");

    @Test
    void standardLibraryLowersCleanly() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(STD), "stdlib sources not present in this checkout");
        Diagnostics diags = new Diagnostics();
        Map<String, Package> cache = new HashMap<>();
        List<Package> inDependencyOrder = new ArrayList<>();
        Importer[] imp = new Importer[1];
        imp[0] = path -> {
            if (cache.containsKey(path)) return cache.get(path);
            Path dir = STD.resolve(path);
            if (!Files.isDirectory(dir)) return null;
            cache.put(path, null);
            List<File> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".go") && !p.toString().endsWith("_test.go"))
                        .sorted().collect(Collectors.toList())) {
                    files.add(Parser.parseFile(STD.relativize(p).toString(), Files.readAllBytes(p), diags));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Package pkg = Checker.check(path, files, imp[0], diags);
            cache.put(path, pkg);
            inDependencyOrder.add(pkg); // added after its imports were checked
            return pkg;
        };
        try (Stream<Path> s = Files.walk(STD)) {
            for (Path d : s.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
                try (Stream<Path> f = Files.list(d)) {
                    if (f.anyMatch(p -> p.toString().endsWith(".go"))) imp[0].importPackage(STD.relativize(d).toString());
                }
            }
        }
        assertFalse(diags.hasErrors(), diags::format);
        assertTrue(inDependencyOrder.size() > 5, "too few packages: " + inDependencyOrder.size());
        Program p = Lowerer.lower(inDependencyOrder, diags);
        assertFalse(diags.hasErrors(), diags::format);
        assertEquals(List.of(), IrVerifier.verify(p));
        assertTrue(p.pkg("strings").func("Index") != null, "strings.Index lowered");
    }
}
