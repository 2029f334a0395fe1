package golc.rt.std.strconvf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FormatFloat/ParseFloat against tables written by real Go 1.19 (see gen_ftoa.go beside them). */
class FloatFormatTest {
    static List<String[]> table(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                FloatFormatTest.class.getResourceAsStream(name), StandardCharsets.ISO_8859_1))) {
            for (String line; (line = r.readLine()) != null; ) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    @Test
    void formatFloatMatchesGo() throws IOException {
        List<String[]> rows = table("ftoa_cases.txt");
        assertTrue(rows.size() > 50_000, "table present");
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            double v = Double.longBitsToDouble(Long.parseUnsignedLong(row[0], 16));
            char fmt = row[1].charAt(0);
            int prec = Integer.parseInt(row[2]);
            int bitSize = Integer.parseInt(row[3]);
            String got = FloatFormat.format(v, fmt, prec, bitSize);
            if (!got.equals(row[4]) && failures.size() < 20) {
                failures.add(String.join(" ", row[0], row[1], row[2], row[3]) + ": want " + row[4] + " got " + got);
            }
        }
        assertEquals(List.of(), failures);
    }

    /** The exact multiprecision path (Go's !optimize) agrees with Go on every shortest and %f row. */
    @Test
    void slowPathMatchesGo() throws IOException {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String[] row : table("ftoa_cases.txt")) {
            if (!row[2].equals("-1") && !row[1].equals("f")) {
                continue;
            }
            n++;
            double v = Double.longBitsToDouble(Long.parseUnsignedLong(row[0], 16));
            StringBuilder got = new StringBuilder();
            FloatFormat.append(got, v, row[1].charAt(0), Integer.parseInt(row[2]), Integer.parseInt(row[3]), false);
            if (!got.toString().equals(row[4]) && failures.size() < 20) {
                failures.add(String.join(" ", row[0], row[1], row[3]) + ": want " + row[4] + " got " + got);
            }
        }
        assertTrue(n > 10_000, "shortest rows present");
        assertEquals(List.of(), failures);
    }

    @Test
    void parseFloatMatchesGo() throws IOException {
        List<String[]> rows = table("atof_cases.txt");
        assertTrue(rows.size() > 1000, "table present");
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            int bitSize = Integer.parseInt(row[0]);
            String input = GoQuote.unquote(row[1]);
            FloatParse.Result r = FloatParse.parse(input, bitSize);
            String kind = r.error == FloatParse.OK ? "ok" : r.error == FloatParse.SYNTAX ? "syntax" : "range";
            String gotBits = String.format("%016x", Double.doubleToRawLongBits(r.value));
            String want = row[2] + " " + row[3];
            String got = gotBits + " " + kind;
            if (!want.equals(got) && failures.size() < 20) {
                failures.add(bitSize + " " + row[1] + ": want " + want + " got " + got);
            }
        }
        assertEquals(List.of(), failures);
    }
}
