package golc.syntax;

import golc.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guards against accidental slowness (e.g. quadratic recovery): 1,000 lines must parse quickly. */
class ParserSpeedTest {

    private static byte[] thousandLines() {
        StringBuilder sb = new StringBuilder("package p\n\nimport \"fmt\"\n\n");
        int i = 0;
        while (sb.chars().filter(c -> c == '\n').count() < 1000) {
            sb.append("// f").append(i).append(" does a bit of everything.\n");
            sb.append("func f").append(i).append("[T any](xs []T, m map[string]int) (n int, err error) {\n");
            sb.append("\tfor i, x := range xs {\n\t\tif i%2 == 0 && m[\"k\"] > 0 {\n\t\t\tn += len(fmt.Sprint(x))\n\t\t}\n\t}\n");
            sb.append("\tswitch v := any(n).(type) {\n\tcase int:\n\t\tn = v << 1\n\tdefault:\n\t}\n");
            sb.append("\ts := struct{ a, b int }{1, 2}\n\t_ = []int{s.a, s.b}[1:]\n\treturn n, nil\n}\n\n");
            i++;
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void parsesAThousandLinesInMilliseconds() {
        byte[] src = thousandLines();
        for (int i = 0; i < 50; i++) Parser.parseFile("t.go", src, new Diagnostics()); // warm up the JIT
        int runs = 20;
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            Diagnostics d = new Diagnostics();
            Parser.parseFile("t.go", src, d);
            assertFalse(d.hasErrors(), d::format);
        }
        double ms = (System.nanoTime() - t0) / 1e6 / runs;
        // Typically 2-3 ms; the bound is loose because the test machine is shared.
        assertTrue(ms < 100, "parsing 1,000 lines took " + ms + " ms");
    }
}
