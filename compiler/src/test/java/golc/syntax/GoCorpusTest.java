package golc.syntax;

import golc.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The parser must accept real Go: every non-test file of Go 1.19's standard library and tools, and
 * the run/compile programs of Go's test directory, with no diagnostics and no exception. Skipped
 * where no Go installation is present.
 */
class GoCorpusTest {
    private static final Path GOROOT = Paths.get("/usr/lib/go-1.19");
    private static final java.util.regex.Pattern LINE_DIRECTIVE =
            java.util.regex.Pattern.compile("(?m)^//line |/\\*line ");

    @Test
    void parsesStandardLibrarySources() throws IOException {
        Path src = GOROOT.resolve("src");
        assumeTrue(Files.isDirectory(src), "no Go sources at " + src);
        List<Path> files;
        try (Stream<Path> s = Files.walk(src.toRealPath())) {
            files = s.filter(p -> p.toString().endsWith(".go") && !p.toString().endsWith("_test.go")
                            && !p.toString().contains("/testdata/"))
                    .sorted().collect(Collectors.toList());
        }
        assertTrue(files.size() > 3000, "found only " + files.size() + " files");
        assertParseCleanly(files);
    }

    @Test
    void parsesGoTestPrograms() throws IOException {
        Path test = GOROOT.resolve("test");
        assumeTrue(Files.isDirectory(test), "no Go tests at " + test);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(test.toRealPath(), 2)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".go")).sorted().collect(Collectors.toList())) {
                String first = firstLine(p);
                if (first.equals("// run") || first.startsWith("// run ") || first.equals("// compile")
                        || first.startsWith("// compile ")) {
                    files.add(p);
                }
            }
        }
        assertTrue(files.size() > 1000, "found only " + files.size() + " files");
        assertParseCleanly(files);
    }

    /**
     * Every node has a position in the file, and no child starts before its parent (positions are
     * start positions). Returns a description of the first violation, or null.
     */
    private static String checkPositions(File f, String path) {
        return checkNode(f, path);
    }

    private static String checkNode(Node n, String path) {
        Pos pos = n.pos();
        if (pos == null || !pos.path().equals(path) || pos.line() < 1 || pos.col() < 1) {
            return n.getClass().getSimpleName() + " has position " + pos;
        }
        for (Node c : Walk.children(n)) {
            if (c.pos() != null && c.pos().compareTo(pos) < 0) {
                return c.getClass().getSimpleName() + " at " + c.pos() + " starts before its parent "
                        + n.getClass().getSimpleName() + " at " + pos;
            }
            String bad = checkNode(c, path);
            if (bad != null) return bad;
        }
        return null;
    }

    private static String firstLine(Path p) throws IOException {
        byte[] b = Files.readAllBytes(p);
        int n = 0;
        while (n < b.length && b[n] != '\n') n++;
        return new String(b, 0, n, java.nio.charset.StandardCharsets.UTF_8).trim();
    }

    private static void assertParseCleanly(List<Path> files) throws IOException {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path p = files.get(i);
            Diagnostics d = new Diagnostics();
            try {
                byte[] src = Files.readAllBytes(p);
                File f = Parser.parseFile(p.toString(), src, d);
                // Position invariants on a quarter of the files keep the test fast (GoAstComparisonTest
                // compares positions with go/ast as well); files with //line directives have
                // positions in other files by design.
                boolean check = i % 4 == 0
                        && !LINE_DIRECTIVE.matcher(new String(src, java.nio.charset.StandardCharsets.UTF_8)).find();
                String bad = check ? checkPositions(f, p.toString()) : null;
                if (bad != null) failures.add(p + ": " + bad);
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(p + ": " + e);
                continue;
            }
            if (d.hasErrors()) failures.add(d.format());
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + files.size() + " files failed:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
}
