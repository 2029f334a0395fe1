package golc.syntax;

import golc.diag.Diagnostic;
import golc.diag.Diagnostics;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Go-style error tests: each {@code syntax/errors/*.go} resource is parsed, and every diagnostic must
 * be matched by a {@code // ERROR "regexp" ...} comment on its line, and every such regexp must
 * match a diagnostic on its line (as in Go's test/run.go errorcheck).
 */
class ErrorCheckTest {

    @TestFactory
    Stream<DynamicTest> errorFiles() throws IOException, URISyntaxException {
        Path dir = Paths.get(ErrorCheckTest.class.getResource("/syntax/errors").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().collect(Collectors.toList());
        }
        assertFalse(files.isEmpty(), "no error test files");
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path file) throws IOException {
        byte[] src = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        Diagnostics diags = new Diagnostics();
        Parser.parseFile(name, src, diags);
        List<String> problems = compare(name, new String(src, StandardCharsets.UTF_8), diags.sorted());
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Mismatches between the diagnostics and the ERROR comments of src, one line each. */
    static List<String> compare(String name, String src, List<Diagnostic> diags) {
        String[] lines = src.split("\n", -1);
        List<String> problems = new ArrayList<>();
        List<List<Pattern>> expected = new ArrayList<>();
        for (String line : lines) expected.add(errorPatterns(line));
        boolean[][] used = new boolean[lines.length][];
        for (int i = 0; i < lines.length; i++) used[i] = new boolean[expected.get(i).size()];

        for (Diagnostic d : diags) {
            int ln = d.pos().line() - 1;
            boolean matched = false;
            if (ln >= 0 && ln < lines.length) {
                List<Pattern> ps = expected.get(ln);
                for (int k = 0; k < ps.size(); k++) {
                    if (ps.get(k).matcher(d.msg()).find()) {
                        used[ln][k] = true;
                        matched = true;
                    }
                }
            }
            if (!matched) problems.add("unexpected error: " + d);
        }
        for (int i = 0; i < lines.length; i++) {
            for (int k = 0; k < used[i].length; k++) {
                if (!used[i][k]) {
                    problems.add("missing error: " + name + ":" + (i + 1) + ": " + expected.get(i).get(k).pattern());
                }
            }
        }
        return problems;
    }

    /** The regexps of a {@code // ERROR "re" "re"...} comment; {@code \"} escapes a quote. */
    static List<Pattern> errorPatterns(String line) {
        List<Pattern> out = new ArrayList<>();
        int i = line.indexOf("// ERROR ");
        if (i < 0) return out;
        i += "// ERROR ".length();
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
            i++; // closing quote
            out.add(Pattern.compile(re.toString()));
        }
        return out;
    }
}
