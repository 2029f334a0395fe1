package golc.syntax;

import golc.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Compares golc's trees, including every node's position, with go/ast's for a sample of real Go
 * files: the Go program {@code syntax/goastdump/main.go} prints go/parser's tree in
 * {@link AstDump}'s format. Files go/parser rejects, files that gc's parser rejects (label checks
 * and the like, which go/parser leaves to go/types) and files with //line directives (which
 * golc ignores) are skipped. Skipped where no Go installation is present.
 */
class GoAstComparisonTest {
    private static final Path GOROOT = Paths.get("/usr/lib/go-1.19");
    private static final Pattern LINE_DIRECTIVE = Pattern.compile("(?m)^//line |/\\*line ");

    @Test
    void treesAndPositionsMatchGoAst() throws Exception {
        Path go = GOROOT.resolve("bin/go");
        assumeTrue(Files.isExecutable(go) && Files.isDirectory(GOROOT.resolve("src")), "no Go installation");
        Path tool = buildDumper(go);

        List<String> files = new ArrayList<>();
        files.addAll(sample(GOROOT.resolve("src"), 15));
        files.addAll(sample(GOROOT.resolve("test"), 10));
        Map<String, String> expected = runDumper(tool, files);

        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, String> e : expected.entrySet()) {
            if (e.getValue().startsWith("ERROR")) continue; // go/parser rejects it
            byte[] src = Files.readAllBytes(Paths.get(e.getKey()));
            if (LINE_DIRECTIVE.matcher(new String(src, StandardCharsets.UTF_8)).find()) continue;
            Diagnostics d = new Diagnostics();
            File f = Parser.parseFile(e.getKey(), src, d);
            if (d.hasErrors()) continue; // gc-only checks (labels, receivers, ...): not go/parser's business
            compared++;
            String ours = AstDump.dumpWithPositions(f);
            if (!ours.equals(e.getValue())) failures.add(e.getKey() + "\n" + firstDifference(ours, e.getValue()));
        }
        assertTrue(compared > 400, "compared only " + compared + " files");
        List<String> shown = failures.subList(0, Math.min(5, failures.size()));
        assertTrue(failures.isEmpty(), () -> failures.size() + " files differ:\n" + String.join("\n", shown));
    }

    private static Path buildDumper(Path go) throws IOException, InterruptedException {
        Path src = Paths.get("src/test/resources/syntax/goastdump/main.go").toAbsolutePath();
        Path out = Paths.get("target/goastdump").toAbsolutePath();
        if (Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(src)) > 0) {
            return out; // built by an earlier run
        }
        ProcessBuilder pb = new ProcessBuilder(go.toString(), "build", "-o", out.toString(), src.toString())
                .redirectErrorStream(true);
        pb.environment().put("GOCACHE", Paths.get(System.getProperty("java.io.tmpdir"), "golc-gocache").toString());
        pb.environment().put("GO111MODULE", "off");
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor() == 0, () -> "building goastdump failed:\n" + log);
        return out;
    }

    /** Every n-th .go file under dir (sorted, testdata excluded). */
    private static List<String> sample(Path dir, int n) throws IOException {
        List<String> all;
        try (Stream<Path> s = Files.walk(dir.toRealPath())) {
            all = s.map(Path::toString).filter(p -> p.endsWith(".go") && !p.contains("/testdata/"))
                    .sorted().collect(Collectors.toList());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += n) out.add(all.get(i));
        return out;
    }

    private static Map<String, String> runDumper(Path tool, List<String> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(tool.toString());
        cmd.addAll(files);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor() == 0, "goastdump failed");
        Map<String, String> m = new LinkedHashMap<>();
        for (String block : out.split("(?m)^== ")) {
            if (block.isEmpty()) continue;
            int nl = block.indexOf('\n');
            m.put(block.substring(0, nl), block.substring(nl + 1).stripTrailing());
        }
        return m;
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        int from = Math.max(0, i - 120);
        return "  golc:   " + a.substring(from, Math.min(a.length(), i + 80))
                + "\n  go/ast: " + b.substring(from, Math.min(b.length(), i + 80));
    }
}
