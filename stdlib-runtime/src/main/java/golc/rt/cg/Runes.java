package golc.rt.cg;

/**
 * UTF-8 over golc's byte-strings (a java.lang.String whose chars are the bytes 0..255 of the Go string):
 * string(rune), []rune(s), string(runes), and the decoding step of for-range over a string. Invalid
 * encodings decode as U+FFFD with width 1, exactly as Go's unicode/utf8 does.
 */
public final class Runes {
    private Runes() {}

    public static final int ERROR = 0xFFFD;

    /** string(r) for any integer value r (given as long; unsigned values already zero-extended). */
    public static String fromRune(long r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            r = ERROR;
        }
        StringBuilder sb = new StringBuilder(4);
        append(sb, (int) r);
        return sb.toString();
    }

    /** Appends the UTF-8 bytes of r (invalid runes as U+FFFD) to sb, one char per byte. */
    public static void append(StringBuilder sb, int r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            r = ERROR;
        }
        if (r < 0x80) {
            sb.append((char) r);
        } else if (r < 0x800) {
            sb.append((char) (0xC0 | (r >> 6))).append((char) (0x80 | (r & 0x3F)));
        } else if (r < 0x10000) {
            sb.append((char) (0xE0 | (r >> 12))).append((char) (0x80 | ((r >> 6) & 0x3F)))
                    .append((char) (0x80 | (r & 0x3F)));
        } else {
            sb.append((char) (0xF0 | (r >> 18))).append((char) (0x80 | ((r >> 12) & 0x3F)))
                    .append((char) (0x80 | ((r >> 6) & 0x3F))).append((char) (0x80 | (r & 0x3F)));
        }
    }

    /**
     * Decodes the rune starting at byte i of s: the result packs the rune in the high 32 bits and the
     * number of bytes it took in the low 32 bits, so that a range loop needs one call per step.
     */
    public static long decode(String s, int i) {
        int n = s.length();
        int b0 = s.charAt(i);
        if (b0 < 0x80) {
            return ((long) b0 << 32) | 1;
        }
        int need;
        int min;
        int r;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            min = 0x80;
            r = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            min = 0x800;
            r = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            min = 0x10000;
            r = b0 & 0x07;
        } else {
            return ((long) ERROR << 32) | 1;
        }
        if (i + need >= n) {
            return ((long) ERROR << 32) | 1; // truncated sequence
        }
        for (int k = 1; k <= need; k++) {
            int b = s.charAt(i + k);
            if ((b & 0xC0) != 0x80) {
                return ((long) ERROR << 32) | 1;
            }
            r = (r << 6) | (b & 0x3F);
        }
        if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            return ((long) ERROR << 32) | 1;
        }
        return ((long) r << 32) | (need + 1);
    }

    /** The runes of s ([]rune(s)), as an exactly sized array. */
    public static int[] toRunes(String s) {
        int[] tmp = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            long d = decode(s, i);
            tmp[n++] = (int) (d >> 32);
            i += (int) d;
        }
        return java.util.Arrays.copyOf(tmp, n);
    }

    /** string(runes[off:off+len]). */
    public static String fromRunes(int[] a, int off, int len) {
        StringBuilder sb = new StringBuilder(len);
        for (int k = 0; k < len; k++) {
            append(sb, a[off + k]);
        }
        return sb.toString();
    }

    /** Number of runes in s (utf8.RuneCountInString). */
    public static int count(String s) {
        int c = 0;
        for (int i = 0; i < s.length(); c++) {
            i += (int) decode(s, i);
        }
        return c;
    }
}
