package golc.rt.std.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Checks the unicode natives over every code point against Go 1.19: the expected count and FNV-1a-style hash
 * of the runes each predicate accepts (and of each mapping's results) come from a Go program running
 * unicode.IsPrint etc. over 0..MaxRune. The lambdas below follow golc/std/unicode/unicode.go, which
 * combines these natives with Latin-1 fast paths.
 */
class NativesTest {
    private static final int MAX = 0x10FFFF;

    private static long cat(int r) {
        return Natives.category(r);
    }

    private static boolean inCat(int r, long lo, long hi) {
        long c = cat(r);
        return c >= lo && c <= hi;
    }

    private static String digest(IntPredicate p) {
        long h = 0xcbf29ce484222325L;
        int n = 0;
        for (int r = 0; r <= MAX; r++) {
            if (p.test(r)) {
                n++;
                h = (h ^ r) * 1099511628211L;
            }
        }
        return n + " " + Long.toHexString(h);
    }

    private static String mapDigest(IntUnaryOperator f) {
        long h = 0xcbf29ce484222325L;
        for (int r = 0; r <= MAX; r++) {
            h = (h ^ (f.applyAsInt(r) & 0xffffffffL)) * 1099511628211L;
        }
        return Long.toHexString(h);
    }

    private static boolean isPrint(int r) {
        if (r <= 0xff) {
            return 0x20 <= r && r < 0x7f || 0xa1 <= r && r != 0xad;
        }
        return inCat(r, 1, 22);
    }

    @Test
    void predicatesMatchGo() {
        assertEquals("143680 13a27d39cfeade2d", digest(NativesTest::isPrint));
        assertEquals("143696 1eb20a95d4679cb4", digest(r -> isPrint(r) || cat(r) == 23));
        assertEquals("131241 df611624dccf5fe4", digest(r -> r <= 0x7f
                ? ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') : inCat(r, 1, 5)));
        assertEquals("25 231591ad12ffe059", digest(r -> r <= 0xff
                ? r == '\t' || r == '\n' || r == 0x0b || r == '\f' || r == '\r' || r == ' ' || r == 0x85 || r == 0xa0
                : Natives.isSpaceChar(r)));
        assertEquals("1791 aa17336306b258f4", digest(r -> r <= 0x7f ? 'A' <= r && r <= 'Z' : cat(r) == 1));
        assertEquals("2155 9371f94201fbbd57", digest(r -> r <= 0x7f ? 'a' <= r && r <= 'z' : cat(r) == 2));
        assertEquals("650 44a8f86af92ac9ba", digest(r -> r <= 0xff ? '0' <= r && r <= '9' : cat(r) == 9));
        assertEquals("1781 94db819d463ecec7", digest(r -> inCat(r, 9, 11)));
        assertEquals("798 cf829f138bc41aea", digest(r -> inCat(r, 12, 18)));
        assertEquals("7564 d42ef2ee251655d8", digest(r -> inCat(r, 19, 22)));
        assertEquals("2295 a6e8ff9df30efc4a", digest(r -> inCat(r, 6, 8)));
        assertEquals("31 87fd939e4214d25f", digest(r -> cat(r) == 3));
    }

    @Test
    void caseMappingsMatchGo() {
        assertEquals("656605a614c0b8d9", mapDigest(r -> r <= 0x7f ? ('a' <= r && r <= 'z' ? r - 32 : r) : Natives.toUpper(r)));
        assertEquals("685cf47ea8f38d6a", mapDigest(r -> r <= 0x7f ? ('A' <= r && r <= 'Z' ? r + 32 : r) : Natives.toLower(r)));
        assertEquals("6de328d29b30c339", mapDigest(r -> r <= 0x7f ? ('a' <= r && r <= 'z' ? r - 32 : r) : Natives.toTitle(r)));
    }

    /** Every script table of golc/std/unicode/tables.go names a script the JVM knows. */
    @Test
    void everyGoScriptNameResolves() throws java.io.IOException {
        String tables;
        try (java.io.InputStream in = getClass().getResourceAsStream("/golc/std/unicode/tables.go")) {
            tables = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("scriptTable\\(\"(\\w+)\"\\)").matcher(tables);
        int n = 0;
        while (m.find()) {
            Natives.scriptID(m.group(1));
            n++;
        }
        assertEquals(156, n);
        assertEquals(Natives.scriptID("Han"), Natives.scriptOf(0x4e16));
        assertEquals(Natives.scriptID("Latin"), Natives.scriptOf('a'));
    }
}
