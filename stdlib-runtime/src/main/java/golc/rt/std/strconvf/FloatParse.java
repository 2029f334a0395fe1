package golc.rt.std.strconvf;

/**
 * Go's {@code strconv.ParseFloat}: Go's float literal syntax (decimal and hexadecimal mantissas,
 * underscores between digits, "inf"/"infinity"/"nan" in any case), IEEE round-to-nearest-even to
 * float32 or float64, and Go's error classification (syntax vs range).
 */
public final class FloatParse {
    /** No error. */
    public static final int OK = 0;
    /** Go's ErrSyntax: the value is 0. */
    public static final int SYNTAX = 1;
    /** Go's ErrRange: the value is ±Inf. */
    public static final int RANGE = 2;

    /** A parse outcome: the value (float32 results widened to double) and one of OK, SYNTAX, RANGE. */
    public static class Result {
        public final double value;
        public final int error;

        Result(double value, int error) {
            this.value = value;
            this.error = error;
        }
    }

    /** Go's math.NaN() bits (0x7FF8000000000001), so NaN results are bit-identical to Go's. */
    private static final double GO_NAN = Double.longBitsToDouble(0x7FF8000000000001L);

    private FloatParse() {
    }

    /** ParseFloat(s, bitSize) for a Go byte-string s; bitSize 32 rounds to float32, anything else to float64. */
    public static Result parse(String s, int bitSize) {
        Prefix r = parsePrefix(s, bitSize == 32);
        if (r.n != s.length() && r.error != SYNTAX) {
            return new Result(0, SYNTAX);
        }
        return new Result(r.value, r.error);
    }

    private static final class Prefix extends Result {
        final int n;

        Prefix(double value, int error, int n) {
            super(value, error);
            this.n = n;
        }
    }

    private static Prefix parsePrefix(String s, boolean f32) {
        Prefix sp = special(s);
        if (sp != null) {
            return f32 ? new Prefix((float) sp.value, sp.error, sp.n) : sp;
        }
        Scan sc = new Scan(s);
        if (!sc.readFloat()) {
            return new Prefix(0, SYNTAX, sc.i);
        }
        if (sc.hex) {
            return hexValue(sc, f32 ? FloatInfo.F32 : FloatInfo.F64);
        }
        // The JDK's decimal conversions are correctly rounded (to float directly for float32, so no
        // double rounding); Go's exponent arithmetic saturates, so a clamped exponent gives the same.
        String clean = sc.cleanDecimal();
        double v = f32 ? (double) Float.parseFloat(clean) : Double.parseDouble(clean);
        return new Prefix(v, Double.isInfinite(v) ? RANGE : OK, sc.i);
    }

    private static int lower(char c) {
        return c | 0x20;
    }

    private static int commonPrefixLenIgnoreCase(String s, int from, String prefix) {
        int n = Math.min(prefix.length(), s.length() - from);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(from + i);
            if ('A' <= c && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != prefix.charAt(i)) {
                return i;
            }
        }
        return n;
    }

    /** Signed "inf"/"infinity" and unsigned "nan" prefixes, case-insensitive; null if none. */
    private static Prefix special(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char c = s.charAt(0);
        int sign = 1;
        int nsign = 0;
        if (c == '+' || c == '-') {
            sign = c == '-' ? -1 : 1;
            nsign = 1;
        }
        if (nsign == 1 || c == 'i' || c == 'I') {
            int n = commonPrefixLenIgnoreCase(s, nsign, "infinity");
            if (3 < n && n < 8) {
                n = 3; // only "inf" is consumed unless the whole "infinity" is there
            }
            if (n == 3 || n == 8) {
                return new Prefix(sign > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, OK, nsign + n);
            }
        } else if ((c == 'n' || c == 'N') && commonPrefixLenIgnoreCase(s, 0, "nan") == 3) {
            return new Prefix(GO_NAN, OK, 3);
        }
        return null;
    }

    /** Go's readFloat: the longest well-formed number at the start of s. */
    private static final class Scan {
        final String s;
        int i;
        boolean neg;
        boolean hex;
        boolean trunc;
        long mantissa;
        int exp;
        int mantStart;
        int mantEnd;
        long decExp;

        Scan(String s) {
            this.s = s;
        }

        boolean readFloat() {
            boolean underscores = false;
            if (i >= s.length()) {
                return false;
            }
            if (s.charAt(i) == '+') {
                i++;
            } else if (s.charAt(i) == '-') {
                neg = true;
                i++;
            }
            int base = 10;
            int maxMantDigits = 19;
            int expChar = 'e';
            if (i + 2 < s.length() && s.charAt(i) == '0' && lower(s.charAt(i + 1)) == 'x') {
                base = 16;
                maxMantDigits = 16;
                i += 2;
                expChar = 'p';
                hex = true;
            }
            mantStart = i;
            boolean sawdot = false;
            boolean sawdigits = false;
            int nd = 0;
            int ndMant = 0;
            int dp = 0;
            loop:
            for (; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '_') {
                    underscores = true;
                } else if (c == '.') {
                    if (sawdot) {
                        break loop;
                    }
                    sawdot = true;
                    dp = nd;
                } else if ('0' <= c && c <= '9') {
                    sawdigits = true;
                    if (c == '0' && nd == 0) {
                        dp--;
                        continue;
                    }
                    nd++;
                    if (ndMant < maxMantDigits) {
                        mantissa = mantissa * base + (c - '0');
                        ndMant++;
                    } else if (c != '0') {
                        trunc = true;
                    }
                } else if (base == 16 && 'a' <= lower(c) && lower(c) <= 'f') {
                    sawdigits = true;
                    nd++;
                    if (ndMant < maxMantDigits) {
                        mantissa = mantissa * 16 + (lower(c) - 'a' + 10);
                        ndMant++;
                    } else {
                        trunc = true;
                    }
                } else {
                    break;
                }
            }
            mantEnd = i;
            if (!sawdigits) {
                return false;
            }
            if (!sawdot) {
                dp = nd;
            }
            if (base == 16) {
                dp *= 4;
                ndMant *= 4;
            }
            if (i < s.length() && lower(s.charAt(i)) == expChar) {
                i++;
                if (i >= s.length()) {
                    return false;
                }
                int esign = 1;
                if (s.charAt(i) == '+') {
                    i++;
                } else if (s.charAt(i) == '-') {
                    i++;
                    esign = -1;
                }
                if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
                int e = 0;
                for (; i < s.length() && ('0' <= s.charAt(i) && s.charAt(i) <= '9' || s.charAt(i) == '_'); i++) {
                    if (s.charAt(i) == '_') {
                        underscores = true;
                        continue;
                    }
                    if (e < 10000) {
                        e = e * 10 + s.charAt(i) - '0';
                    }
                }
                dp += e * esign;
                decExp = (long) e * esign;
            } else if (base == 16) {
                return false; // hexadecimal mantissas need a 'p' exponent
            }
            if (mantissa != 0) {
                exp = dp - ndMant;
            }
            return !underscores || underscoreOK(s.substring(0, i));
        }

        /** The decimal number without underscores, in the JDK's syntax. */
        String cleanDecimal() {
            StringBuilder b = new StringBuilder(mantEnd - mantStart + 8);
            if (neg) {
                b.append('-');
            }
            for (int k = mantStart; k < mantEnd; k++) {
                char c = s.charAt(k);
                if (c != '_') {
                    b.append(c);
                }
            }
            return b.append('e').append(decExp).toString();
        }
    }

    /** Go's rule for underscores: only between digits or after a base prefix. */
    static boolean underscoreOK(String s) {
        char saw = '^';
        int i = 0;
        if (s.length() >= 1 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0'
                && (lower(s.charAt(1)) == 'b' || lower(s.charAt(1)) == 'o' || lower(s.charAt(1)) == 'x')) {
            i = 2;
            saw = '0';
            hex = lower(s.charAt(1)) == 'x';
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if ('0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f') {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

    /** Go's atofHex: rounds the hexadecimal mantissa to the format with two guard bits, ties to even. */
    private static Prefix hexValue(Scan sc, FloatInfo flt) {
        long mantissa = sc.mantissa;
        int exp = sc.exp;
        int maxExp = (1 << flt.expbits) + flt.bias - 2;
        int minExp = flt.bias + 1;
        exp += flt.mantbits;
        while (mantissa != 0 && (mantissa >>> (flt.mantbits + 2)) == 0) {
            mantissa <<= 1;
            exp--;
        }
        if (sc.trunc) {
            mantissa |= 1;
        }
        while ((mantissa >>> (1 + flt.mantbits + 2)) != 0) {
            mantissa = (mantissa >>> 1) | (mantissa & 1);
            exp++;
        }
        while (mantissa > 1 && exp < minExp - 2) {
            mantissa = (mantissa >>> 1) | (mantissa & 1);
            exp++;
        }
        long round = mantissa & 3;
        mantissa >>>= 2;
        round |= mantissa & 1;
        exp += 2;
        if (round == 3) {
            mantissa++;
            if (mantissa == 1L << (1 + flt.mantbits)) {
                mantissa >>>= 1;
                exp++;
            }
        }
        if ((mantissa >>> flt.mantbits) == 0) {
            exp = flt.bias;
        }
        int err = OK;
        if (exp > maxExp) {
            mantissa = 1L << flt.mantbits;
            exp = maxExp + 1;
            err = RANGE;
        }
        long bits = mantissa & ((1L << flt.mantbits) - 1);
        bits |= ((long) ((exp - flt.bias) & ((1 << flt.expbits) - 1))) << flt.mantbits;
        if (sc.neg) {
            bits |= 1L << flt.mantbits << flt.expbits;
        }
        double v = flt == FloatInfo.F32 ? (double) Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
        return new Prefix(v, err, sc.i);
    }
}
