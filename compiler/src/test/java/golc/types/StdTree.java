package golc.types;

import golc.diag.Diagnostics;
import golc.syntax.File;
import golc.syntax.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * golc's standard library as Go source in this checkout (stdlib-runtime's golc/std), for tests that check or
 * lower all of it without the build API: its package paths, and an importer that parses and checks a
 * package (and, through itself, its imports) on first use.
 */
public final class StdTree {
    public static final Path STD = Path.of("../stdlib-runtime/src/main/resources/golc/std");

    private StdTree() {
    }

    /** Import paths of the directories holding Go files, sorted. */
    public static List<String> packages() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(STD)) {
            for (Path d : s.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> f = Files.list(d)) {
                    if (f.anyMatch(StdTree::isSource)) out.add(STD.relativize(d).toString());
                }
            }
        }
        return out;
    }

    /**
     * An importer over the tree, reporting into {@code diags}; each package checked is appended to
     * {@code checked} after its imports, so the list is in dependency order. Import cycles resolve to "not found".
     */
    public static Importer importer(Diagnostics diags, List<Package> checked) {
        Map<String, Package> cache = new HashMap<>();
        Importer[] imp = new Importer[1];
        imp[0] = path -> {
            if (cache.containsKey(path)) return cache.get(path);
            Path dir = STD.resolve(path);
            if (!Files.isDirectory(dir)) return null;
            cache.put(path, null);
            List<File> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(StdTree::isSource).sorted().toList()) {
                    files.add(Parser.parseFile(STD.relativize(p).toString(), Files.readAllBytes(p), diags));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Package pkg = Checker.check(path, files, imp[0], diags);
            cache.put(path, pkg);
            checked.add(pkg);
            return pkg;
        };
        return imp[0];
    }

    private static boolean isSource(Path p) {
        String n = p.toString();
        return n.endsWith(".go") && !n.endsWith("_test.go");
    }
}
