package golc.rt;

import java.nio.charset.StandardCharsets;

/**
 * Helpers for Go strings, which are {@code java.lang.String}s holding one byte per char (0..255). UTF-8 is
 * decoded only where Go decodes it (range, []rune, conversions), with Go's rules for invalid input.
 */
public final class Strings {
    private Strings() {
    }

    /** The replacement character U+FFFD as a Go string (its UTF-8 bytes). */
    public static final String REPLACEMENT = "\u00ef\u00bf\u00bd";

    /** Java text → Go string (UTF-8 bytes). */
    public static String fromJava(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return fromBytes(b, 0, b.length);
    }

    /** Go string → Java text (invalid UTF-8 decoded as U+FFFD). */
    public static String toJava(String s) {
        return new String(bytes(s), StandardCharsets.UTF_8);
    }

    /** The bytes of a Go string. */
    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A Go string from bytes. */
    public static String fromBytes(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }

    /** {@code string(b)} for a []byte (int[] backing store). */
    public static String fromSlice(Slice b) {
        if (b == null || b.len == 0) {
            return "";
        }
        int[] a = (int[]) b.array;
        byte[] r = new byte[b.len];
        for (int i = 0; i < r.length; i++) {
            r[i] = (byte) a[b.off + i];
        }
        return fromBytes(r, 0, r.length);
    }

    /** {@code []byte(s)}: a new slice with capacity as Go's allocator rounds it. */
    public static Slice toSlice(String s) {
        int n = s.length();
        int cap = (int) Slice.roundupsize(n);
        int[] a = new int[cap];
        for (int i = 0; i < n; i++) {
            a[i] = s.charAt(i) & 0xff;
        }
        return new Slice(a, 0, n, cap);
    }

    /** Byte i of s with Go's bounds check, as uint8. */
    public static int at(String s, long i) {
        int n = s.length();
        if (i < 0 || i >= n) {
            throw RuntimeError.index(i, n);
        }
        return s.charAt((int) i);
    }

    /** {@code s[lo:hi]} with Go's bounds checks. */
    public static String substring(String s, long lo, long hi) {
        int n = s.length();
        if (hi < 0 || hi > n) {
            throw RuntimeError.bounds(RuntimeError.SLICE_ALEN, hi, n, true);
        }
        if (lo < 0 || lo > hi) {
            throw RuntimeError.bounds(RuntimeError.SLICE_B, lo, hi, true);
        }
        return s.substring((int) lo, (int) hi);
    }

    /** {@code s[lo:]}. */
    public static String substring(String s, long lo) {
        return substring(s, lo, s.length());
    }

    public static String concat(String a, String b) {
        return a.concat(b);
    }

    /** Concatenation of many operands ({@code a + b + c}). */
    public static String concat(String[] parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            sb.append(p);
        }
        return sb.toString();
    }

    /** Go's string comparison (bytewise, unsigned): negative, zero or positive. */
    public static int compare(String a, String b) {
        return a.compareTo(b);
    }

    // ---- UTF-8 ----

    /**
     * Decodes the rune at byte offset i as {@code for range} does: returns {@code rune | width << 32};
     * invalid or short encodings give U+FFFD with width 1.
     */
    public static long decodeRune(String s, int i) {
        int n = s.length();
        int b0 = s.charAt(i);
        if (b0 < 0x80) {
            return b0 | (1L << 32);
        }
        long bad = 0xFFFD | (1L << 32);
        if (b0 < 0xC2 || b0 > 0xF4) {
            return bad;
        }
        if (b0 < 0xE0) {
            if (i + 1 >= n) {
                return bad;
            }
            int b1 = s.charAt(i + 1);
            if (b1 < 0x80 || b1 > 0xBF) {
                return bad;
            }
            return ((b0 & 0x1F) << 6 | (b1 & 0x3F)) | (2L << 32);
        }
        int lo = 0x80, hi = 0xBF;
        if (b0 == 0xE0) {
            lo = 0xA0;
        } else if (b0 == 0xED) {
            hi = 0x9F;
        } else if (b0 == 0xF0) {
            lo = 0x90;
        } else if (b0 == 0xF4) {
            hi = 0x8F;
        }
        if (i + 1 >= n) {
            return bad;
        }
        int b1 = s.charAt(i + 1);
        if (b1 < lo || b1 > hi) {
            return bad;
        }
        if (i + 2 >= n) {
            return bad;
        }
        int b2 = s.charAt(i + 2);
        if (b2 < 0x80 || b2 > 0xBF) {
            return bad;
        }
        if (b0 < 0xF0) {
            return ((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)) | (3L << 32);
        }
        if (i + 3 >= n) {
            return bad;
        }
        int b3 = s.charAt(i + 3);
        if (b3 < 0x80 || b3 > 0xBF) {
            return bad;
        }
        return ((b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F)) | (4L << 32);
    }

    /** Whether r is a valid Unicode scalar value (encodable in UTF-8). */
    public static boolean validRune(long r) {
        return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
    }

    /** Appends the UTF-8 encoding of r (U+FFFD if invalid) to sb. */
    public static void appendRune(StringBuilder sb, long r) {
        if (!validRune(r)) {
            r = 0xFFFD;
        }
        int c = (int) r;
        if (c < 0x80) {
            sb.append((char) c);
        } else if (c < 0x800) {
            sb.append((char) (0xC0 | c >> 6)).append((char) (0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            sb.append((char) (0xE0 | c >> 12)).append((char) (0x80 | (c >> 6 & 0x3F)))
                    .append((char) (0x80 | (c & 0x3F)));
        } else {
            sb.append((char) (0xF0 | c >> 18)).append((char) (0x80 | (c >> 12 & 0x3F)))
                    .append((char) (0x80 | (c >> 6 & 0x3F))).append((char) (0x80 | (c & 0x3F)));
        }
    }

    /** {@code string(r)} for any integer r (invalid code points give "\uFFFD"). */
    public static String fromRune(long r) {
        if (r >= 0 && r < 0x80) {
            return String.valueOf((char) r);
        }
        StringBuilder sb = new StringBuilder(4);
        appendRune(sb, r);
        return sb.toString();
    }

    /** Number of runes in s, as utf8.RuneCountInString. */
    public static int runeCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); n++) {
            i += (int) (decodeRune(s, i) >>> 32);
        }
        return n;
    }

    /** {@code []rune(s)} (int[] backing store). */
    public static Slice toRunes(String s) {
        int n = runeCount(s);
        int cap = (int) (Slice.roundupsize(n * 4L) / 4);
        int[] a = new int[cap];
        int k = 0;
        for (int i = 0; i < s.length(); k++) {
            long d = decodeRune(s, i);
            a[k] = (int) d;
            i += (int) (d >>> 32);
        }
        return new Slice(a, 0, n, cap);
    }

    /** {@code string(rs)} for a []rune. */
    public static String fromRunes(Slice rs) {
        if (rs == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(rs.len);
        int[] a = (int[]) rs.array;
        for (int i = 0; i < rs.len; i++) {
            appendRune(sb, a[rs.off + i]);
        }
        return sb.toString();
    }

    // ---- quoting ----

    /** Whether r is printable as Go's unicode.IsPrint defines it (letters, marks, numbers, punctuation, symbols, ASCII space). */
    public static boolean isPrint(int r) {
        if (r <= 0xff) {
            // Latin-1 by Go's table: U+00A0 (no-break space) and U+00AD (soft hyphen) are not printable
            return (r >= 0x20 && r < 0x7f) || (r >= 0xa1 && r != 0xad);
        }
        if (!validRune(r)) {
            return false;
        }
        switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER: case Character.LOWERCASE_LETTER: case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER: case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK: case Character.ENCLOSING_MARK: case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER: case Character.LETTER_NUMBER: case Character.OTHER_NUMBER:
            case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION: case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION: case Character.OTHER_PUNCTUATION:
            case Character.MATH_SYMBOL: case Character.CURRENCY_SYMBOL: case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    /** strconv.Quote of a Go string (result is a Go string). */
    public static String quote(String s) {
        return quoteWith(s, '"', false);
    }

    /** Quoting modes: escape what IsPrint rejects, also every non-ASCII rune, or what IsGraphic rejects. */
    public static final int QUOTE_PRINT = 0, QUOTE_ASCII = 1, QUOTE_GRAPHIC = 2;

    /** strconv quoting ({@code quote} is '"' or '\''); {@code asciiOnly} as QuoteToASCII. */
    public static String quoteWith(String s, char quote, boolean asciiOnly) {
        return quote(s, quote, asciiOnly ? QUOTE_ASCII : QUOTE_PRINT);
    }

    /** strconv quoting of a Go string in one of the QUOTE_* modes (result is a Go string). */
    public static String quote(String s, char quote, int mode) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            long d = decodeRune(s, i);
            int r = (int) d;
            int w = (int) (d >>> 32);
            if (w == 1 && r == 0xFFFD) {
                // an invalid byte (a literal "\xef\xbf\xbd" decodes with width 3)
                sb.append("\\x").append(HEX[s.charAt(i) >> 4]).append(HEX[s.charAt(i) & 15]);
                i++;
                continue;
            }
            appendEscapedRune(sb, r, quote, mode);
            i += w;
        }
        sb.append(quote);
        return sb.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Appends rune r as it appears inside a Go quoted literal (strconv's appendEscapedRune). */
    public static void appendEscapedRune(StringBuilder sb, int r, char quote, int mode) {
        if (r == quote || r == '\\') {
            sb.append('\\').append((char) r);
            return;
        }
        boolean plain = mode == QUOTE_ASCII ? r < 0x80 && isPrint(r)
                : mode == QUOTE_GRAPHIC ? isPrint(r) || (validRune(r) && Character.getType(r) == Character.SPACE_SEPARATOR)
                : isPrint(r);
        if (plain) {
            appendRune(sb, r);
            return;
        }
        switch (r) {
            case 7: sb.append("\\a"); return;
            case '\b': sb.append("\\b"); return;
            case '\f': sb.append("\\f"); return;
            case '\n': sb.append("\\n"); return;
            case '\r': sb.append("\\r"); return;
            case '\t': sb.append("\\t"); return;
            case 11: sb.append("\\v"); return;
            default:
                break;
        }
        if (r < ' ' || r == 0x7f) {
            sb.append("\\x").append(HEX[r >> 4 & 15]).append(HEX[r & 15]);
        } else if (!validRune(r)) {
            sb.append("\\ufffd");
        } else if (r < 0x10000) {
            sb.append("\\u");
            for (int s = 12; s >= 0; s -= 4) {
                sb.append(HEX[r >> s & 15]);
            }
        } else {
            sb.append("\\U");
            for (int s = 28; s >= 0; s -= 4) {
                sb.append(HEX[r >> s & 15]);
            }
        }
    }
}
