package golc.rt.std.fmt;

import golc.rt.std.strconvf.FloatFormat;

/**
 * The raw formatter of Go's fmt (format.go): flags, width, precision and the padding rules for
 * integers, strings, byte strings, runes and floats. Output goes to a byte-string builder (one char
 * per byte), so widths count runes of the UTF-8 bytes exactly as Go does.
 */
final class Fmt {
    static final String LDIGITS = "0123456789abcdefx";
    static final String UDIGITS = "0123456789ABCDEFX";

    final StringBuilder buf;

    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    // %+v and %#v are flagless formats of their own; plus/sharp are cleared when these are set.
    boolean plusV;
    boolean sharpV;

    int wid;
    int prec;

    Fmt(StringBuilder buf) {
        this.buf = buf;
    }

    void clearflags() {
        widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
        wid = prec = 0;
    }

    /** The flag bits, to save and restore around nested printing. */
    int saveFlags() {
        return (widPresent ? 1 : 0) | (precPresent ? 2 : 0) | (minus ? 4 : 0) | (plus ? 8 : 0) | (sharp ? 16 : 0)
                | (space ? 32 : 0) | (zero ? 64 : 0) | (plusV ? 128 : 0) | (sharpV ? 256 : 0);
    }

    void restoreFlags(int f) {
        widPresent = (f & 1) != 0;
        precPresent = (f & 2) != 0;
        minus = (f & 4) != 0;
        plus = (f & 8) != 0;
        sharp = (f & 16) != 0;
        space = (f & 32) != 0;
        zero = (f & 64) != 0;
        plusV = (f & 128) != 0;
        sharpV = (f & 256) != 0;
    }

    void writePadding(int n) {
        if (n <= 0) {
            return;
        }
        char c = zero ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(c);
        }
    }

    /** Appends s (a byte-string) padded to the width on the left, or on the right with '-'. */
    void pad(CharSequence s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - Utf8.runeCount(s, 0, s.length());
        if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }

    void fmtBoolean(boolean v) {
        pad(v ? "true" : "false");
    }

    /** "U+0078", or "U+0078 'x'" with '#'. */
    void fmtUnicode(long u) {
        int p = 4;
        if (precPresent && prec > 4) {
            p = prec;
        }
        StringBuilder b = new StringBuilder();
        String hex = Long.toHexString(u).toUpperCase();
        b.append("U+");
        for (int i = hex.length(); i < p; i++) {
            b.append('0');
        }
        b.append(hex);
        if (sharp && Long.compareUnsigned(u, Utf8.MAX_RUNE) <= 0 && golc.rt.Strings.isPrint((int) u)) {
            b.append(" '");
            Utf8.encode(b, (int) u);
            b.append('\'');
        }
        boolean oldZero = zero;
        zero = false;
        pad(b);
        zero = oldZero;
    }

    /** Formats u (signed if isSigned) in base 2, 8, 10 or 16 with Go's precision, sign and prefix rules. */
    void fmtInteger(long u, int base, boolean isSigned, int verb, String digits) {
        boolean negative = isSigned && u < 0;
        if (negative) {
            u = -u;
        }
        int p = 0;
        if (precPresent) {
            p = prec;
            // Precision 0 and value 0 means "print nothing" but padding.
            if (p == 0 && u == 0) {
                boolean oldZero = zero;
                zero = false;
                writePadding(wid);
                zero = oldZero;
                return;
            }
        } else if (zero && widPresent) {
            p = wid;
            if (negative || plus || space) {
                p--; // leave room for the sign
            }
        }
        char[] b = new char[(widPresent || precPresent) ? 68 + Math.max(0, wid) + Math.max(0, prec) : 68];
        int i = b.length;
        switch (base) {
            case 10:
                while (Long.compareUnsigned(u, 10) >= 0) {
                    long next = Long.divideUnsigned(u, 10);
                    b[--i] = (char) ('0' + (u - next * 10));
                    u = next;
                }
                break;
            case 16:
                while (Long.compareUnsigned(u, 16) >= 0) {
                    b[--i] = digits.charAt((int) (u & 0xF));
                    u >>>= 4;
                }
                break;
            case 8:
                while (Long.compareUnsigned(u, 8) >= 0) {
                    b[--i] = (char) ('0' + (u & 7));
                    u >>>= 3;
                }
                break;
            case 2:
                while (Long.compareUnsigned(u, 2) >= 0) {
                    b[--i] = (char) ('0' + (u & 1));
                    u >>>= 1;
                }
                break;
            default:
                throw new IllegalStateException("fmt: unknown base; can't happen");
        }
        b[--i] = digits.charAt((int) u);
        while (i > 0 && p > b.length - i) {
            b[--i] = '0';
        }
        if (sharp) {
            switch (base) {
                case 2:
                    b[--i] = 'b';
                    b[--i] = '0';
                    break;
                case 8:
                    if (b[i] != '0') {
                        b[--i] = '0';
                    }
                    break;
                case 16:
                    b[--i] = digits.charAt(16);
                    b[--i] = '0';
                    break;
                default:
                    break;
            }
        }
        if (verb == 'O') {
            b[--i] = 'o';
            b[--i] = '0';
        }
        if (negative) {
            b[--i] = '-';
        } else if (plus) {
            b[--i] = '+';
        } else if (space) {
            b[--i] = ' ';
        }
        // The digits, sign and prefix are ASCII: one rune per char.
        int n = b.length - i;
        if (!widPresent || wid <= n) {
            buf.append(b, i, n);
        } else if (!minus) {
            padSpaces(wid - n);
            buf.append(b, i, n);
        } else {
            buf.append(b, i, n);
            padSpaces(wid - n);
        }
    }

    /** Padding for integers: zero padding was already done as precision, so always spaces. */
    private void padSpaces(int n) {
        for (int k = 0; k < n; k++) {
            buf.append(' ');
        }
    }

    /** s cut to the precision, counted in runes. */
    String truncate(String s) {
        if (precPresent) {
            int n = prec;
            for (int i = 0; i < s.length(); ) {
                n--;
                if (n < 0) {
                    return s.substring(0, i);
                }
                int c = s.charAt(i) & 0xFF;
                i += c < 0x80 ? 1 : Utf8.width(Utf8.decode(s, i));
            }
        }
        return s;
    }

    void fmtS(String s) {
        pad(truncate(s));
    }

    /** Hexadecimal encoding of the bytes of s, with ' ' (separate) and '#' (0x prefixes). */
    void fmtSx(String s, String digits) {
        int length = s.length();
        if (precPresent && prec < length) {
            length = prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) {
                writePadding(wid);
            }
            return;
        }
        if (widPresent && wid > width && !minus) {
            writePadding(wid - width);
        }
        if (sharp) {
            buf.append('0').append(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.append(' ');
                if (sharp) {
                    buf.append('0').append(digits.charAt(16));
                }
            }
            int c = s.charAt(i) & 0xFF;
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (widPresent && wid > width && minus) {
            writePadding(wid - width);
        }
    }

    /** A double-quoted Go string (ASCII-only with '+'), or a raw `string` with '#' when possible. */
    void fmtQ(String s) {
        s = truncate(s);
        if (sharp && Quote.canBackquote(s)) {
            pad("`" + s + "`");
            return;
        }
        pad(Quote.quote(s, plus));
    }

    /** The rune c as UTF-8; values beyond Unicode print U+FFFD. */
    void fmtC(long c) {
        int r = Long.compareUnsigned(c, Utf8.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : (int) c;
        StringBuilder b = new StringBuilder(4);
        Utf8.encode(b, r);
        pad(b);
    }

    /** A single-quoted Go rune literal. */
    void fmtQc(long c) {
        int r = Long.compareUnsigned(c, Utf8.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : (int) c;
        pad(Quote.quoteRune(r, plus));
    }

    /** Formats v with strconv's verb and default precision, then applies Go's sign, '#' and padding rules. */
    void fmtFloat(double v, int size, int verb, int defaultPrec) {
        int p = precPresent ? prec : defaultPrec;
        StringBuilder num = new StringBuilder(24).append('+');
        FloatFormat.append(num, v, (char) verb, p, size);
        if (num.charAt(1) == '-' || num.charAt(1) == '+') {
            num.deleteCharAt(0);
        }
        if (space && num.charAt(0) == '+' && !plus) {
            num.setCharAt(0, ' ');
        }
        // Infinities and NaN are not numbers: never zero-padded.
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = zero;
            zero = false;
            if (num.charAt(1) == 'N' && !space && !plus) {
                num.deleteCharAt(0);
            }
            pad(num);
            zero = oldZero;
            return;
        }
        // '#' forces a decimal point and keeps trailing zeros for the non-binary formats.
        if (sharp && verb != 'b') {
            int digits = 0;
            if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
                digits = p;
                if (digits == -1) {
                    digits = 6;
                }
            }
            String tail = "";
            boolean hasDecimalPoint = false;
            boolean sawNonzeroDigit = false;
            for (int i = 1; i < num.length(); i++) {
                char c = num.charAt(i);
                if (c == '.') {
                    hasDecimalPoint = true;
                    continue;
                }
                if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                    tail = num.substring(i);
                    num.setLength(i);
                    break;
                }
                if (c != '0') {
                    sawNonzeroDigit = true;
                }
                if (sawNonzeroDigit) {
                    digits--;
                }
            }
            if (!hasDecimalPoint) {
                if (num.length() == 2 && num.charAt(1) == '0') {
                    digits--; // a leading 0 counts once
                }
                num.append('.');
            }
            while (digits > 0) {
                num.append('0');
                digits--;
            }
            num.append(tail);
        }
        if (plus || num.charAt(0) != '+') {
            // Zero padding goes between the sign and the digits.
            if (zero && widPresent && wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            pad(num);
            return;
        }
        pad(num.subSequence(1, num.length()));
    }
}
