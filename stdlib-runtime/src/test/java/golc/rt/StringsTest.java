package golc.rt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values come from the same operations run with Go 1.19. */
class StringsTest {
    private static String go(String javaText) {
        return Strings.fromJava(javaText);
    }

    @Test
    void javaTextRoundTrips() {
        String s = go("héllo 😀");
        assertEquals(11, s.length());
        assertEquals("héllo 😀", Strings.toJava(s));
        assertEquals("\u00ef\u00bf\u00bd", Strings.fromJava("\uFFFD"));
    }

    @Test
    void rangeDecodingFollowsGo() {
        // for i, r := range "a\xffé\xe2\x82" prints 0:97 1:65533 2:233 4:65533 5:65533
        String s = "a\u00ff" + go("é") + "\u00e2\u0082";
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            long d = Strings.decodeRune(s, i);
            out.add(i + ":" + (int) d);
            i += (int) (d >>> 32);
        }
        assertEquals(List.of("0:97", "1:65533", "2:233", "4:65533", "5:65533"), out);
        // surrogate halves and overlong forms are invalid
        assertEquals(0xFFFD, (int) Strings.decodeRune("\u00ed\u00a0\u0080", 0));
        assertEquals(1, (int) (Strings.decodeRune("\u00c0\u0080", 0) >>> 32));
    }

    @Test
    void runeConversions() {
        assertEquals(Strings.REPLACEMENT, Strings.fromRune(-1));
        assertEquals(Strings.REPLACEMENT, Strings.fromRune(0xD800));
        assertEquals(Strings.REPLACEMENT, Strings.fromRune(0x110000));
        assertEquals(go("😀"), Strings.fromRune(0x1F600));
        Slice rs = Strings.toRunes(go("héllo"));
        assertEquals(5, rs.len);
        assertArrayEquals(new int[] {'h', 0xe9, 'l', 'l', 'o'}, java.util.Arrays.copyOf((int[]) rs.array, 5));
        assertEquals(go("héllo"), Strings.fromRunes(rs));
        assertEquals(5, Strings.runeCount(go("héllo")));
    }

    @Test
    void byteSlices() {
        Slice b = Strings.toSlice("abc");
        assertEquals(3, b.len);
        assertEquals(8, b.cap);
        assertEquals("abc", Strings.fromSlice(b));
        assertEquals("", Strings.fromSlice(null));
    }

    @Test
    void quoteMatchesStrconv() {
        String in = go("héllo") + "\u0000\u00ff\n\t\"\\ " + go("\u2028 😀 \u00a0");
        assertEquals(go("\"héllo\\x00\\xff\\n\\t\\\"\\\\ \\u2028 😀 \\u00a0\""), Strings.quote(in));
        assertEquals("\"\\u00e9\\U0001f600\"", Strings.quoteWith(go("é😀"), '"', true));
    }

    @Test
    void comparisonIsBytewise() {
        assertTrue(Strings.compare("a", "b") < 0);
        assertTrue(Strings.compare("\u00ff", "a") > 0);
        assertEquals(0, Strings.compare("x", "x"));
    }
}
