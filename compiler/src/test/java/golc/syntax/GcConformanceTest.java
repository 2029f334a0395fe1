package golc.syntax;

import golc.diag.Diagnostics;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Byte-for-byte comparison with gc's output on the files of Go's test/ directory that gc rejects in
 * its parser (lexical, syntax, and label errors). The expected output lives in
 * {@code syntax/gc-conformance.golden}; {@code -Dgolc.update=true} regenerates it by running gc on the
 * listed files. Skipped where no Go installation is present.
 */
class GcConformanceTest {
    private static final Path GOROOT = Paths.get("/usr/lib/go-1.19");
    private static final Path GOLDEN = Paths.get("src/test/resources/syntax/gc-conformance.golden");

    @TestFactory
    Stream<DynamicTest> matchesGc() throws IOException, InterruptedException {
        Path testDir = GOROOT.resolve("test");
        assumeTrue(Files.isDirectory(testDir), "no Go tests at " + testDir);
        Map<String, String> golden = readGolden();
        if (Boolean.getBoolean("golc.update")) {
            for (Map.Entry<String, String> e : golden.entrySet()) e.setValue(runGc(testDir, e.getKey()));
            writeGolden(golden);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> e : golden.entrySet()) {
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                Diagnostics d = new Diagnostics();
                Parser.parseFile(e.getKey(), Files.readAllBytes(testDir.resolve(e.getKey())), d);
                assertEquals(e.getValue(), d.format());
            }));
        }
        return tests.stream();
    }

    private static Map<String, String> readGolden() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        String current = null;
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) continue;
            if (line.startsWith("== ")) {
                if (current != null) m.put(current, sb.toString());
                current = line.substring(3);
                sb.setLength(0);
            } else {
                sb.append(line).append('\n');
            }
        }
        if (current != null) m.put(current, sb.toString());
        return m;
    }

    private static void writeGolden(Map<String, String> m) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# gc 1.19 output (go tool compile) for files of Go's test/ directory that fail in the parser.\n");
        sb.append("# Regenerate with: mvn -o -q -B -pl compiler test -Dtest=GcConformanceTest -Dgolc.update=true\n");
        for (Map.Entry<String, String> e : m.entrySet()) sb.append("== ").append(e.getKey()).append('\n').append(e.getValue());
        Files.writeString(GOLDEN, sb.toString(), StandardCharsets.UTF_8);
    }

    private static String runGc(Path testDir, String file) throws IOException, InterruptedException {
        // Never "-o /dev/null": gc deletes its output file when compilation fails, and that would be /dev/null.
        Path obj = Files.createTempFile("golc-gc", ".o");
        Process p = new ProcessBuilder(GOROOT.resolve("bin/go").toString(), "tool", "compile", "-o", obj.toString(), file)
                .directory(testDir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Files.deleteIfExists(obj);
        return out.isEmpty() || out.endsWith("\n") ? out : out + "\n";
    }
}
