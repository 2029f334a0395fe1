package golc.syntax;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the raw text of literal tokens ({@link Expr.BasicLit#value}) into values. The scanner has
 * already reported malformed literals, so these throw {@link IllegalArgumentException} on bad input
 * rather than reporting diagnostics.
 */
public final class Literals {
    private Literals() {
    }

    /** The bytes of a string literal ({@code "..."} with escapes, or {@code `...`} raw, CRs dropped). */
    public static byte[] stringBytes(String raw) {
        if (raw.length() >= 2 && raw.charAt(0) == '`' && raw.charAt(raw.length() - 1) == '`') {
            String body = raw.substring(1, raw.length() - 1).replace("\r", "");
            return body.getBytes(StandardCharsets.UTF_8);
        }
        if (raw.length() < 2 || raw.charAt(0) != '"' || raw.charAt(raw.length() - 1) != '"') {
            throw new IllegalArgumentException("not a string literal: " + raw);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        int end = raw.length() - 1;
        int i = 1;
        while (i < end) {
            int c = raw.codePointAt(i);
            if (c != '\\') {
                writeUtf8(out, c);
                i += Character.charCount(c);
                continue;
            }
            i = unescape(raw, i, end, '"', out);
        }
        return out.toByteArray();
    }

    /**
     * A string literal's value as a golc byte-string: a Java String with one char (0..255) per byte
     * of the Go string, the representation the runtime uses.
     */
    public static String stringValue(String raw) {
        byte[] b = stringBytes(raw);
        char[] cs = new char[b.length];
        for (int i = 0; i < b.length; i++) cs[i] = (char) (b[i] & 0xff);
        return new String(cs);
    }

    /** The code point of a rune literal such as {@code 'a'}, {@code '\n'}, {@code '\377'}, {@code '\u00e9'}. */
    public static int runeValue(String raw) {
        if (raw.length() < 3 || raw.charAt(0) != '\'' || raw.charAt(raw.length() - 1) != '\'') {
            throw new IllegalArgumentException("not a rune literal: " + raw);
        }
        int end = raw.length() - 1;
        int c = raw.codePointAt(1);
        if (c != '\\') {
            if (1 + Character.charCount(c) != end) throw new IllegalArgumentException("more than one character in rune literal");
            return c;
        }
        int[] value = new int[1];
        int next = escapeValue(raw, 1, end, '\'', value);
        if (next != end) throw new IllegalArgumentException("more than one character in rune literal");
        return value[0];
    }

    /** The value of an integer literal in any base, with {@code _} separators. */
    public static BigInteger intValue(String raw) {
        String s = raw.replace("_", "");
        if (s.length() > 1 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'x') return new BigInteger(s.substring(2), 16);
            if (p == 'b') return new BigInteger(s.substring(2), 2);
            if (p == 'o') return new BigInteger(s.substring(2), 8);
            return new BigInteger(s.substring(1), 8);
        }
        return new BigInteger(s);
    }

    /**
     * The exact value of a floating-point literal (decimal, or hexadecimal with a {@code p} exponent).
     * Integer literals are accepted too.
     */
    public static BigDecimal floatValue(String raw) {
        String s = raw.replace("_", "");
        if (s.length() > 1 && s.charAt(0) == '0' && Character.toLowerCase(s.charAt(1)) == 'x') {
            return hexFloat(s.substring(2));
        }
        if (isIntegerText(s)) return new BigDecimal(intValue(s));
        return new BigDecimal(s);
    }

    /** The imaginary part of an imaginary literal such as {@code 1.5i} or {@code 0x10i}. */
    public static BigDecimal imagValue(String raw) {
        if (!raw.endsWith("i")) throw new IllegalArgumentException("not an imaginary literal: " + raw);
        String s = raw.substring(0, raw.length() - 1).replace("_", "");
        // For backward compatibility, an imaginary literal of decimal digits with a leading 0 is
        // decimal, not octal (spec, "Imaginary literals").
        if (s.matches("[0-9]+")) return new BigDecimal(new BigInteger(s));
        return floatValue(s);
    }

    private static boolean isIntegerText(String s) {
        if (s.length() > 1 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'x' || p == 'b' || p == 'o') return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }

    private static BigDecimal hexFloat(String s) {
        int p = Math.max(s.indexOf('p'), s.indexOf('P'));
        String mant = p < 0 ? s : s.substring(0, p);
        int exp = p < 0 ? 0 : Integer.parseInt(s.substring(p + 1).replace("+", ""));
        int dot = mant.indexOf('.');
        String digits = mant;
        if (dot >= 0) {
            digits = mant.substring(0, dot) + mant.substring(dot + 1);
            exp -= 4 * (mant.length() - dot - 1);
        }
        BigInteger m = digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
        if (exp >= 0) return new BigDecimal(m.shiftLeft(exp));
        // m * 2^-k == m * 5^k / 10^k, exactly representable as a decimal.
        int k = -exp;
        return new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(k)), k);
    }

    /** Decodes the escape at {@code raw[i] == '\\'} into {@code out}; returns the index after it. */
    private static int unescape(String raw, int i, int end, char quote, ByteArrayOutputStream out) {
        char k = i + 1 < end ? raw.charAt(i + 1) : 0;
        int[] value = new int[1];
        int next = escapeValue(raw, i, end, quote, value);
        if (k >= '0' && k <= '7' || k == 'x') {
            out.write(value[0]); // octal and \x escapes denote single bytes
        } else {
            writeUtf8(out, value[0]);
        }
        return next;
    }

    /**
     * Decodes one escape sequence starting at the backslash {@code raw[i]}; stores the value (a byte for
     * octal and {@code \x}, else a code point) and returns the index after the escape.
     */
    static int escapeValue(String raw, int i, int end, char quote, int[] value) {
        if (i + 1 >= end) throw new IllegalArgumentException("escape sequence not terminated");
        char k = raw.charAt(i + 1);
        switch (k) {
            case 'a': value[0] = 7; return i + 2;
            case 'b': value[0] = 8; return i + 2;
            case 'f': value[0] = 12; return i + 2;
            case 'n': value[0] = 10; return i + 2;
            case 'r': value[0] = 13; return i + 2;
            case 't': value[0] = 9; return i + 2;
            case 'v': value[0] = 11; return i + 2;
            case '\\': value[0] = '\\'; return i + 2;
            case 'x': value[0] = digits(raw, i + 2, 2, 16, end); return i + 4;
            case 'u': value[0] = codePoint(digits(raw, i + 2, 4, 16, end)); return i + 6;
            case 'U': value[0] = codePoint(digits(raw, i + 2, 8, 16, end)); return i + 10;
            default:
                if (k == quote) {
                    value[0] = k;
                    return i + 2;
                }
                if (k >= '0' && k <= '7') {
                    int v = digits(raw, i + 1, 3, 8, end);
                    if (v > 255) throw new IllegalArgumentException("octal escape value > 255");
                    value[0] = v;
                    return i + 4;
                }
                throw new IllegalArgumentException("unknown escape sequence");
        }
    }

    private static int codePoint(int v) {
        if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) {
            throw new IllegalArgumentException("escape sequence is invalid Unicode code point");
        }
        return v;
    }

    private static int digits(String raw, int from, int n, int base, int end) {
        if (from + n > end) throw new IllegalArgumentException("escape sequence not terminated");
        long v = 0;
        for (int j = from; j < from + n; j++) {
            int d = Character.digit(raw.charAt(j), base);
            if (d < 0) throw new IllegalArgumentException("invalid character in escape sequence");
            v = v * base + d;
        }
        if (v > Integer.MAX_VALUE) throw new IllegalArgumentException("escape sequence is invalid Unicode code point");
        return (int) v;
    }

    /** Writes the UTF-8 encoding of code point {@code c}. */
    static void writeUtf8(ByteArrayOutputStream out, int c) {
        if (c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xC0 | (c >> 6));
            out.write(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out.write(0xE0 | (c >> 12));
            out.write(0x80 | ((c >> 6) & 0x3F));
            out.write(0x80 | (c & 0x3F));
        } else {
            out.write(0xF0 | (c >> 18));
            out.write(0x80 | ((c >> 12) & 0x3F));
            out.write(0x80 | ((c >> 6) & 0x3F));
            out.write(0x80 | (c & 0x3F));
        }
    }
}
