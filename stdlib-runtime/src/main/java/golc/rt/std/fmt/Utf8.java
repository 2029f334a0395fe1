package golc.rt.std.fmt;

/**
 * UTF-8 over Go byte-strings (Java Strings with one char per byte), with Go's rules: an invalid or
 * truncated sequence decodes as U+FFFD of width 1; surrogates and values above U+10FFFF are invalid.
 */
final class Utf8 {
    static final int RUNE_ERROR = 0xFFFD;
    static final int MAX_RUNE = 0x10FFFF;

    private Utf8() {
    }

    /** Decodes the rune at s[i]; returns rune in the low 32 bits and its width in the high 32 bits. */
    static long decode(CharSequence s, int i) {
        return decode(s, i, s.length());
    }

    /** {@link #decode(CharSequence, int)} of s[:end]. */
    static long decode(CharSequence s, int i, int end) {
        int n = end - i;
        int c0 = s.charAt(i) & 0xFF;
        if (c0 < 0x80) {
            return pack(c0, 1);
        }
        if (c0 < 0xC2 || c0 > 0xF4 || n < 2) {
            return pack(RUNE_ERROR, 1);
        }
        int c1 = s.charAt(i + 1) & 0xFF;
        int lo = 0x80;
        int hi = 0xBF;
        if (c0 == 0xE0) {
            lo = 0xA0;
        } else if (c0 == 0xED) {
            hi = 0x9F;
        } else if (c0 == 0xF0) {
            lo = 0x90;
        } else if (c0 == 0xF4) {
            hi = 0x8F;
        }
        if (c1 < lo || c1 > hi) {
            return pack(RUNE_ERROR, 1);
        }
        if (c0 < 0xE0) {
            return pack((c0 & 0x1F) << 6 | (c1 & 0x3F), 2);
        }
        if (n < 3) {
            return pack(RUNE_ERROR, 1);
        }
        int c2 = s.charAt(i + 2) & 0xFF;
        if (c2 < 0x80 || c2 > 0xBF) {
            return pack(RUNE_ERROR, 1);
        }
        if (c0 < 0xF0) {
            return pack((c0 & 0x0F) << 12 | (c1 & 0x3F) << 6 | (c2 & 0x3F), 3);
        }
        if (n < 4) {
            return pack(RUNE_ERROR, 1);
        }
        int c3 = s.charAt(i + 3) & 0xFF;
        if (c3 < 0x80 || c3 > 0xBF) {
            return pack(RUNE_ERROR, 1);
        }
        return pack((c0 & 0x07) << 18 | (c1 & 0x3F) << 12 | (c2 & 0x3F) << 6 | (c3 & 0x3F), 4);
    }

    private static long pack(int r, int w) {
        return ((long) w << 32) | (r & 0xFFFFFFFFL);
    }

    static int rune(long decoded) {
        return (int) decoded;
    }

    static int width(long decoded) {
        return (int) (decoded >>> 32);
    }

    /** Number of runes in s[from:to], counting each invalid byte as one. */
    static int runeCount(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; ) {
            int c = s.charAt(i) & 0xFF;
            i += c < 0x80 ? 1 : width(decode(s, i, to));
            n++;
        }
        return n;
    }

    static boolean validRune(int r) {
        return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= MAX_RUNE;
    }

    /** Appends the UTF-8 bytes of r (U+FFFD if r is not a valid rune) as chars. */
    static void encode(StringBuilder b, int r) {
        if (!validRune(r)) {
            r = RUNE_ERROR;
        }
        if (r < 0x80) {
            b.append((char) r);
        } else if (r < 0x800) {
            b.append((char) (0xC0 | r >> 6)).append((char) (0x80 | r & 0x3F));
        } else if (r < 0x10000) {
            b.append((char) (0xE0 | r >> 12)).append((char) (0x80 | r >> 6 & 0x3F)).append((char) (0x80 | r & 0x3F));
        } else {
            b.append((char) (0xF0 | r >> 18)).append((char) (0x80 | r >> 12 & 0x3F))
                    .append((char) (0x80 | r >> 6 & 0x3F)).append((char) (0x80 | r & 0x3F));
        }
    }

    static int runeLen(int r) {
        if (!validRune(r)) {
            return -1;
        }
        return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
    }
}
