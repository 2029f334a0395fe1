package golc.it;

import golc.build.Build;
import golc.build.BuildResult;
import golc.diag.Diagnostic;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compile-error programs {@code golden/errors/<name>.go}: the build must fail, every diagnostic must be
 * matched by an {@code // ERROR "regexp"} comment on its line, and every such regexp must match at least one
 * (Go's errorcheck rule: unexpected and missing errors both fail). Known failures are listed in
 * KNOWN_FAILING.txt as {@code errors/<name>}.
 */
class CompileErrorsTest {
    static final Path DIR = GoldenTest.DIR.resolve("errors");

    @TestFactory
    Stream<DynamicTest> compileErrors() throws IOException {
        Map<String, String> known = KnownFailing.read(GoldenTest.KNOWN);
        List<Path> sources = GoldenTest.goSources(DIR);
        for (String k : known.keySet()) {
            if (k.startsWith("errors/") && !Files.exists(DIR.resolve(k.substring(7) + ".go"))) {
                throw new IllegalStateException(GoldenTest.KNOWN + " names " + k + ", which is not an error program");
            }
        }
        return sources.stream().filter(src -> KnownFailing.selected("errors/" + GoldenTest.stem(src))).map(src -> {
            String name = "errors/" + GoldenTest.stem(src);
            return DynamicTest.dynamicTest(name, src.toUri(), () -> check(src, known.get(name)));
        });
    }

    private static void check(Path src, String knownReason) throws IOException {
        if (knownReason != null && !KnownFailing.discover()) Assumptions.abort("known failing: " + knownReason);
        String problem = problems(src);
        Discovery.record("errors/" + GoldenTest.stem(src), problem);
        if (problem == null) {
            if (knownReason != null) System.out.println(src + ": NOW PASSES, remove it from KNOWN_FAILING.txt");
            return;
        }
        if (knownReason != null) throw new TestAbortedException("still failing: " + problem);
        Assertions.fail(problem);
    }

    /** Null if the reported errors are exactly the expected ones, else a description of the differences. */
    static String problems(Path src) throws IOException {
        List<ErrorComments.Expect> expects = ErrorComments.parse(Files.readString(src));
        BuildResult r = Build.create().run(List.of(src));
        if (r.ok()) return "compiled without errors; expected " + expects;
        if (r.hasInternalError()) return r.format();
        List<String> problems = new ArrayList<>();
        String file = src.toString();
        for (String line : r.lines()) {
            // Errors without a position (or in other files) cannot be matched by a comment.
            if (!line.startsWith(file + ":")) problems.add("unexpected: " + line);
        }
        List<Diagnostic> diags = new ArrayList<>();
        for (Diagnostic d : r.diagnostics()) if (d.pos().path().equals(file)) diags.add(d);
        // Go's run.go rule: each regexp consumes every error on its line that it matches, and must match one.
        boolean[] used = new boolean[diags.size()];
        for (ErrorComments.Expect e : expects) {
            boolean found = false;
            for (int i = 0; i < diags.size(); i++) {
                Diagnostic d = diags.get(i);
                if (!used[i] && d.pos().line() == e.line() && e.re().matcher(d.msg()).find()) {
                    used[i] = true;
                    found = true;
                }
            }
            if (!found) {
                List<String> got = onLine(diags, e.line());
                problems.add("missing: " + e + (got.isEmpty() ? "" : "; got " + got));
            }
        }
        for (int i = 0; i < diags.size(); i++) if (!used[i]) problems.add("unexpected: " + diags.get(i));
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    private static List<String> onLine(List<Diagnostic> diags, int line) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diags) if (d.pos().line() == line) out.add(d.msg());
        return out;
    }
}
