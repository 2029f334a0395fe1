package golc.it;

import golc.build.BuildResult;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Go's own conformance tests from {@code /usr/lib/go-1.19/test} (package golang-1.19-src): the single-file
 * {@code // run} tests of {@code ken/}, {@code chan/}, {@code typeparam/} and the top level. A test passes, as in Go's test/run.go,
 * when it exits 0 and its stdout+stderr equals the {@code .out} file beside it (or is empty if there is none).
 * {@code go-tests/passing.txt} lists the tests that must pass. With -Dgolc.discover=true every candidate runs
 * and target/go-tests-discovery.txt lists which pass, to update passing.txt on purpose.
 */
class GoConformanceTest {
    static final Path ROOT = Path.of(System.getProperty("golc.gotest.root", "/usr/lib/go-1.19/test"));
    static final Path PASSING = Path.of("src", "test", "resources", "go-tests", "passing.txt");

    @TestFactory
    Stream<DynamicTest> passingGoTests() throws IOException {
        List<String> names = new ArrayList<>(KnownFailing.read(PASSING, false).keySet());
        names.removeIf(n -> !KnownFailing.selected(n));
        if (!Files.isDirectory(ROOT)) {
            return names.stream().map(n -> DynamicTest.dynamicTest(n, () -> Assumptions.abort(
                    "skipped: Go's test directory " + ROOT + " is absent (apt-get install golang-1.19-src)")));
        }
        return names.stream().map(n -> DynamicTest.dynamicTest(n, ROOT.resolve(n).toUri(), () -> {
            Path src = ROOT.resolve(n);
            Assertions.assertTrue(Files.exists(src), src + " does not exist");
            String failure = failure(src);
            if (failure != null) Assertions.fail(n + ": " + failure);
        }));
    }

    @TestFactory
    Stream<DynamicTest> discoverGoTests() throws IOException {
        if (!KnownFailing.discover()) return Stream.empty();
        Assumptions.assumeTrue(Files.isDirectory(ROOT), ROOT + " is absent");
        Map<String, String> results = new TreeMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (String n : candidates()) {
            if (!KnownFailing.selected(n)) continue;
            tests.add(DynamicTest.dynamicTest(n, () -> {
                String f = failure(ROOT.resolve(n));
                results.put(n, f);
                System.out.println("go-test " + n + ": " + (f == null ? "PASS" : "FAIL " + f));
            }));
        }
        tests.add(DynamicTest.dynamicTest("discovery summary", () -> {
            StringBuilder sb = new StringBuilder();
            int pass = 0;
            for (Map.Entry<String, String> e : results.entrySet()) {
                if (e.getValue() == null) {
                    pass++;
                    sb.append(e.getKey()).append('\n');
                }
            }
            sb.append("# ").append(pass).append(" of ").append(results.size()).append(" candidates pass\n");
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "go-tests-discovery.txt"), sb.toString());
            System.out.print(sb);
        }));
        return tests.stream();
    }

    /**
     * Relative names of all candidate tests: ken/, chan/, typeparam/ and top-level *.go whose first line is
     * "// run"; with -Dgolc.fixedbugs=true also the fixedbugs/ ones that import only {@link #FIXEDBUGS_IMPORTS}
     * (a long run, so only on request; the ones that pass go to passing.txt like the others).
     */
    static List<String> candidates() throws IOException {
        List<String> out = new ArrayList<>();
        List<String> subs = new ArrayList<>(List.of("ken", "chan", "typeparam", ""));
        if (Boolean.getBoolean("golc.fixedbugs")) subs.add("fixedbugs");
        for (String sub : subs) {
            Path dir = sub.isEmpty() ? ROOT : ROOT.resolve(sub);
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                    if (!isRunTest(p)) continue;
                    if (sub.equals("fixedbugs") && !FIXEDBUGS_IMPORTS.containsAll(imports(p))) continue;
                    out.add(ROOT.relativize(p).toString());
                }
            }
        }
        return out;
    }

    /** The packages a fixedbugs test may import to be a candidate. */
    static final java.util.Set<String> FIXEDBUGS_IMPORTS = java.util.Set.of("fmt", "strings", "strconv", "errors",
            "sort", "os", "math", "unicode", "unicode/utf8", "bytes", "sync", "time", "runtime");

    private static final java.util.regex.Pattern IMPORT_BLOCK =
            java.util.regex.Pattern.compile("(?m)^import\\s*\\(([^)]*)\\)");
    private static final java.util.regex.Pattern IMPORT_LINE =
            java.util.regex.Pattern.compile("(?m)^import\\s+(?:[\\w.]+\\s+)?\"([^\"]+)\"");
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"([^\"]+)\"");

    /** The import paths of a Go file (good enough for Go's test files: import lines at the start of a line). */
    static java.util.Set<String> imports(Path p) throws IOException {
        String src = Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher b = IMPORT_BLOCK.matcher(src);
        while (b.find()) {
            java.util.regex.Matcher q = QUOTED.matcher(b.group(1));
            while (q.find()) out.add(q.group(1));
        }
        java.util.regex.Matcher l = IMPORT_LINE.matcher(src);
        while (l.find()) out.add(l.group(1));
        return out;
    }

    private static boolean isRunTest(Path p) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(p, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            String first = r.readLine();
            return first != null && first.strip().equals("// run");
        }
    }

    /** Null if the test passes by run.go's rule, else why not. */
    static String failure(Path src) throws IOException, InterruptedException {
        String name = ROOT.relativize(src).toString();
        BuildResult r = Programs.compile("gotest_" + name.replace(".go", ""), List.of(src));
        if (!r.ok()) {
            List<String> lines = r.lines();
            return "does not compile: " + (lines.isEmpty() ? "?" : lines.get(0));
        }
        // as under go run, runtime.GOROOT() is the Go tree the test belongs to (winbatch.go walks it);
        // Go's test/run.go sets $GOARCH to runtime.GOARCH when it is unset (env.go checks this)
        Map<String, String> env = new java.util.HashMap<>();
        env.put("GOROOT", ROOT.toAbsolutePath().getParent().toString());
        if (System.getenv("GOARCH") == null) env.put("GOARCH", "amd64");
        Programs.Run run = Programs.run(r.jar(), List.of(), true, src.getParent(), new byte[0], env);
        if (run.timedOut()) return "timed out";
        if (run.exit() != 0) return "exit status " + run.exit() + ": " + firstLine(run.stdout());
        Path outFile = src.resolveSibling(GoldenTest.stem(src) + ".out");
        String want = Files.exists(outFile) ? Programs.readBytes(outFile) : "";
        if (!run.stdout().equals(want)) return "output differs: " + Golden.firstDifference(want, run.stdout());
        return null;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
