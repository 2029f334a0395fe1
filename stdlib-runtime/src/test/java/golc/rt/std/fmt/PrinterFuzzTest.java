package golc.rt.std.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import golc.rt.GoType;
import golc.rt.Slice;
import golc.rt.Types;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Random Printf formats (gen_fuzz.go) over one operand list, against Go 1.19's output. */
class PrinterFuzzTest {
    @Test
    void randomFormatsMatchGo() throws IOException {
        Fixtures.T t = new Fixtures.T(1, 2);
        t.$isValue = true;
        List<Object> args = Arrays.asList(42L, "str", -3.5, true, null,
                Types.box(GoType.slice(GoType.INT), Slice.of(new long[] {1, 2})), t, (int) 'x',
                Types.box(GoType.UINT8, 7));
        List<String> failures = new ArrayList<>();
        int rows = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PrinterFuzzTest.class.getResourceAsStream("fuzz_cases.txt"), StandardCharsets.ISO_8859_1))) {
            for (String line; (line = r.readLine()) != null; rows++) {
                String[] row = line.split("\t", -1);
                String format = GoQuote.unquote(row[0]);
                String want = GoQuote.unquote(row[1]);
                Printer p = new Printer(null);
                p.doPrintf(format, args);
                if (!p.result().equals(want) && failures.size() < 30) {
                    failures.add(row[0] + ": want " + row[1] + " got " + p.result());
                }
            }
        }
        assertTrue(rows > 2000, "table present");
        assertEquals("", String.join("\n", failures));
    }
}
