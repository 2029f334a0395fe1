package golc.types;

import golc.diag.Diagnostics;
import golc.syntax.File;
import golc.syntax.Parser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Manual aid: -Dgolc.stdRoot=DIR type-checks every Go package under DIR (import path = relative dir). */
class DebugStd {
    @Test
    void run() throws Exception {
        String root = System.getProperty("golc.stdRoot");
        if (root == null) return;
        Path r = Path.of(root);
        Map<String, Package> cache = new HashMap<>();
        Importer[] imp = new Importer[1];
        imp[0] = path -> {
            if (cache.containsKey(path)) return cache.get(path);
            Path dir = r.resolve(path);
            if (!Files.isDirectory(dir)) return null;
            cache.put(path, null);
            try (Stream<Path> s = Files.list(dir)) {
                List<File> files = new ArrayList<>();
                Diagnostics d = new Diagnostics();
                for (Path p : s.filter(p -> p.toString().endsWith(".go")).sorted().collect(Collectors.toList())) {
                    files.add(Parser.parseFile(r.relativize(p).toString(), Files.readAllBytes(p), d));
                }
                Package pkg = Checker.check(path, files, imp[0], d);
                for (var x : d.sorted()) System.out.println(x);
                cache.put(path, pkg);
                return pkg;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        try (Stream<Path> s = Files.walk(r)) {
            for (Path d : s.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
                boolean hasGo;
                try (Stream<Path> f = Files.list(d)) { hasGo = f.anyMatch(p -> p.toString().endsWith(".go")); }
                if (hasGo) imp[0].importPackage(r.relativize(d).toString());
            }
        }
        String progs = System.getProperty("golc.programs");
        if (progs != null) {
            for (String f : Files.readAllLines(Path.of(progs))) {
                Diagnostics d = new Diagnostics();
                File file = Parser.parseFile(Path.of(f).getFileName().toString(), Files.readAllBytes(Path.of(f)), d);
                if (d.hasErrors()) continue;
                boolean missing = false;
                for (var is : file.imports) if (imp[0].importPackage(is.importPath()) == null) missing = true;
                if (missing) continue;
                Checker.check("main", List.of(file), imp[0], d);
                System.out.println("== " + f + " errors=" + d.count());
                for (var x : d.sorted()) System.out.println(x);
            }
        }
        long types = cache.values().stream().filter(java.util.Objects::nonNull).mapToLong(p -> p.info().types.size()).sum();
        System.out.println("packages=" + cache.size() + " types=" + types);
    }
}
