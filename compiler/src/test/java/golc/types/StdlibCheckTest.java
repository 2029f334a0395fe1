package golc.types;

import golc.diag.Diagnostics;
import golc.syntax.File;
import golc.syntax.Parser;
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

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * golc's standard library (Go sources in stdlib-runtime/src/main/resources/golc/std) must type-check
 * without errors: each package directory is checked, imports resolved from the same tree.
 */
class StdlibCheckTest {
    private static final Path STD = Path.of("../stdlib-runtime/src/main/resources/golc/std");

    @Test
    void allStandardPackagesTypeCheck() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(STD), "stdlib sources not present in this checkout");
        Map<String, Package> cache = new HashMap<>();
        Diagnostics diags = new Diagnostics();
        Importer[] imp = new Importer[1];
        imp[0] = path -> {
            if (cache.containsKey(path)) return cache.get(path);
            Path dir = STD.resolve(path);
            if (!Files.isDirectory(dir)) return null;
            cache.put(path, null); // import cycles resolve to "not found"
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
            return pkg;
        };
        List<String> pkgs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(STD)) {
            for (Path d : s.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
                try (Stream<Path> f = Files.list(d)) {
                    if (f.anyMatch(p -> p.toString().endsWith(".go") && !p.toString().endsWith("_test.go"))) {
                        pkgs.add(STD.relativize(d).toString());
                    }
                }
            }
        }
        for (String p : pkgs) imp[0].importPackage(p);
        assertTrue(pkgs.size() > 5, "too few packages found: " + pkgs);
        assertTrue(!diags.hasErrors(), () -> String.join("\n", diags.sorted().stream().map(Object::toString).collect(Collectors.toList())));
    }
}
