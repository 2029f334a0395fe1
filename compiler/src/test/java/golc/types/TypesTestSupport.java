package golc.types;

import golc.diag.Diagnostic;
import golc.diag.Diagnostics;
import golc.syntax.File;
import golc.syntax.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Shared helpers: parsing and checking sources, a stub importer, and ERROR-comment matching. */
final class TypesTestSupport {
    private TypesTestSupport() {}

    /**
     * Imports fmt/os/strings/strconv/errors from small Go stubs in test resources (types/stubs/PATH),
     * type-checked by the checker itself; packages are cached per importer.
     */
    static final class StubImporter implements Importer {
        private final Map<String, Package> cache = new HashMap<>();
        final Diagnostics diags = new Diagnostics();

        @Override
        public Package importPackage(String path) {
            if (cache.containsKey(path)) return cache.get(path);
            Path dir = resource("/types/stubs/" + path);
            if (dir == null) return null;
            List<File> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.sorted().collect(Collectors.toList())) {
                    files.add(Parser.parseFile(p.toString(), Files.readAllBytes(p), diags));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Package pkg = Checker.check(path, files, this, diags);
            cache.put(path, pkg);
            return pkg;
        }
    }

    static Path resource(String name) {
        try {
            var url = TypesTestSupport.class.getResource(name);
            return url == null ? null : Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Result of checking one source text. */
    static final class Checked {
        final Package pkg;
        final Diagnostics diags;
        final File file;
        Checked(Package pkg, Diagnostics diags, File file) {
            this.pkg = pkg;
            this.diags = diags;
            this.file = file;
        }
    }

    static Checked check(String name, String src) {
        return check(name, src.getBytes(StandardCharsets.UTF_8));
    }

    static Checked check(String name, byte[] src) {
        Diagnostics diags = new Diagnostics();
        File f = Parser.parseFile(name, src, diags);
        StubImporter imp = new StubImporter();
        Package pkg = Checker.check("main", List.of(f), imp, diags);
        for (Diagnostic d : imp.diags.sorted()) diags.add(new Diagnostic(d.pos(), "in stub: " + d.msg()));
        return new Checked(pkg, diags, f);
    }

    /** Mismatches between diagnostics and the {@code // ERROR "re"} comments of src (first message line matched). */
    static List<String> compare(String name, String src, List<Diagnostic> diags) {
        String[] lines = src.split("\n", -1);
        List<String> problems = new ArrayList<>();
        List<List<Pattern>> expected = new ArrayList<>();
        for (String line : lines) expected.add(errorPatterns(line));
        boolean[][] used = new boolean[lines.length][];
        for (int i = 0; i < lines.length; i++) used[i] = new boolean[expected.get(i).size()];
        for (Diagnostic d : diags) {
            int ln = d.pos().line() - 1;
            String first = d.msg(); // continuation lines belong to the message, as in Go's errorcheck
            boolean matched = false;
            if (ln >= 0 && ln < lines.length && d.pos().path().equals(name)) {
                List<Pattern> ps = expected.get(ln);
                for (int k = 0; k < ps.size(); k++) {
                    if (ps.get(k).matcher(first).find()) {
                        used[ln][k] = true;
                        matched = true;
                    }
                }
            }
            if (!matched) problems.add("unexpected error: " + d);
        }
        for (int i = 0; i < lines.length; i++) {
            for (int k = 0; k < used[i].length; k++) {
                if (!used[i][k]) problems.add("missing error: " + name + ":" + (i + 1) + ": " + expected.get(i).get(k).pattern());
            }
        }
        return problems;
    }

    /** The regexps of a {@code // ERROR "re" "re"...} comment; {@code \"} escapes a quote. */
    static List<Pattern> errorPatterns(String line) {
        List<Pattern> out = new ArrayList<>();
        // GC_ERROR marks errors only gc reports (not gccgo); golc follows gc.
        String marker = line.contains("// ERROR ") ? "// ERROR " : "// GC_ERROR ";
        int i = line.indexOf(marker);
        if (i < 0) return out;
        i += marker.length();
        while (i < line.length()) {
            while (i < line.length() && line.charAt(i) == ' ') i++;
            if (i >= line.length() || line.charAt(i) != '"') break;
            StringBuilder re = new StringBuilder();
            i++;
            while (i < line.length() && line.charAt(i) != '"') {
                if (line.charAt(i) == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    re.append('"');
                    i += 2;
                } else {
                    re.append(line.charAt(i++));
                }
            }
            i++;
            try {
                out.add(Pattern.compile(re.toString()));
            } catch (java.util.regex.PatternSyntaxException e) {
                out.add(Pattern.compile(Pattern.quote(re.toString())));
            }
        }
        return out;
    }
}
