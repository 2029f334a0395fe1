package golc.rt.std.strconvf;

/**
 * Go's {@code strconv.FormatFloat}: the formats 'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X' with Go's
 * precision rules, where precision -1 means the shortest decimal that parses back to the same value
 * of the given bit size. Output is ASCII, so it is a Go byte-string as well as Java text.
 */
public final class FloatFormat {
    private static final String LOWERHEX = "0123456789abcdef";
    private static final String UPPERHEX = "0123456789ABCDEF";

    private FloatFormat() {
    }

    /** FormatFloat(f, fmt, prec, bitSize); bitSize must be 32 or 64 as in Go (else Go panics). */
    public static String format(double val, char fmt, int prec, int bitSize) {
        StringBuilder sb = new StringBuilder(24);
        append(sb, val, fmt, prec, bitSize);
        return sb.toString();
    }

    /** Appends FormatFloat(f, fmt, prec, bitSize) to dst. */
    public static void append(StringBuilder dst, double val, char fmt, int prec, int bitSize) {
        append(dst, val, fmt, prec, bitSize, true);
    }

    /**
     * As {@link #append(StringBuilder, double, char, int, int)}; optimize false forces the exact
     * multiprecision path (as Go's strconv tests do) instead of Ryū and the fast %f.
     */
    static void append(StringBuilder dst, double val, char fmt, int prec, int bitSize, boolean optimize) {
        long bits;
        FloatInfo flt;
        if (bitSize == 32) {
            bits = Float.floatToRawIntBits((float) val) & 0xFFFFFFFFL;
            flt = FloatInfo.F32;
        } else if (bitSize == 64) {
            bits = Double.doubleToRawLongBits(val);
            flt = FloatInfo.F64;
        } else {
            throw new IllegalArgumentException("strconv: illegal AppendFloat/FormatFloat bitSize");
        }
        boolean neg = (bits >>> (flt.expbits + flt.mantbits)) != 0;
        int exp = (int) (bits >>> flt.mantbits) & ((1 << flt.expbits) - 1);
        long mant = bits & ((1L << flt.mantbits) - 1);

        if (exp == (1 << flt.expbits) - 1) {
            dst.append(mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
            return;
        } else if (exp == 0) {
            exp++; // denormal
        } else {
            mant |= 1L << flt.mantbits;
        }
        exp += flt.bias;

        if (fmt == 'b') {
            fmtB(dst, neg, mant, exp, flt);
            return;
        }
        if (fmt == 'x' || fmt == 'X') {
            fmtX(dst, prec, fmt, neg, mant, exp, flt);
            return;
        }

        boolean shortest = prec < 0;
        Decimal d;
        if (shortest && optimize && mant != 0) {
            boolean minimal = mant == 1L << flt.mantbits && exp > flt.bias + 1;
            long[] r = Ryu.shortest(mant, exp - flt.mantbits, flt.mantbits, minimal);
            d = Decimal.ofDigits(r[0], (int) r[1]);
        } else {
            long q = fmt == 'f' && optimize && !shortest ? FixedF.scaledRound(mant, exp - flt.mantbits, prec) : -1;
            if (q >= 0) {
                fmtF(dst, neg, Decimal.ofDigits(q, -prec), prec);
                return;
            }
            d = Decimal.of(mant, exp - flt.mantbits);
            if (shortest) {
                d.roundShortest(mant, exp, flt);
            }
        }
        if (shortest) {
            switch (fmt) {
                case 'e': case 'E': prec = Math.max(d.nd - 1, 0); break;
                case 'f': prec = Math.max(d.nd - d.dp, 0); break;
                case 'g': case 'G': prec = d.nd; break;
                default: break;
            }
        } else {
            switch (fmt) {
                case 'e': case 'E': d.round(prec + 1); break;
                case 'f': d.round(d.dp + prec); break;
                case 'g': case 'G':
                    if (prec == 0) {
                        prec = 1;
                    }
                    d.round(prec);
                    break;
                default: break;
            }
        }
        formatDigits(dst, shortest, neg, d, prec, fmt);
    }

    private static void formatDigits(StringBuilder dst, boolean shortest, boolean neg, Decimal d, int prec, char fmt) {
        switch (fmt) {
            case 'e': case 'E':
                fmtE(dst, neg, d, prec, fmt);
                return;
            case 'f':
                fmtF(dst, neg, d, prec);
                return;
            case 'g': case 'G': {
                int eprec = prec;
                if (eprec > d.nd && d.nd >= d.dp) {
                    eprec = d.nd;
                }
                // %e is used if the exponent is < -4 or >= the precision; shortest decides with 6.
                if (shortest) {
                    eprec = 6;
                }
                int exp = d.dp - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > d.nd) {
                        prec = d.nd;
                    }
                    fmtE(dst, neg, d, prec - 1, (char) (fmt + 'e' - 'g'));
                    return;
                }
                if (prec > d.dp) {
                    prec = d.nd;
                }
                fmtF(dst, neg, d, Math.max(prec - d.dp, 0));
                return;
            }
            default:
                dst.append('%').append(fmt);
        }
    }

    /** %e: -d.ddddde±dd */
    private static void fmtE(StringBuilder dst, boolean neg, Decimal d, int prec, char fmt) {
        if (neg) {
            dst.append('-');
        }
        dst.append(d.nd != 0 ? (char) d.d[0] : '0');
        if (prec > 0) {
            dst.append('.');
            int i = 1;
            int m = Math.min(d.nd, prec + 1);
            for (; i < m; i++) {
                dst.append((char) d.d[i]);
            }
            for (; i <= prec; i++) {
                dst.append('0');
            }
        }
        dst.append(fmt);
        int exp = d.nd == 0 ? 0 : d.dp - 1;
        if (exp < 0) {
            dst.append('-');
            exp = -exp;
        } else {
            dst.append('+');
        }
        if (exp < 10) {
            dst.append('0').append((char) ('0' + exp));
        } else if (exp < 100) {
            dst.append((char) ('0' + exp / 10)).append((char) ('0' + exp % 10));
        } else {
            dst.append((char) ('0' + exp / 100)).append((char) ('0' + exp / 10 % 10)).append((char) ('0' + exp % 10));
        }
    }

    /** %f: -ddddddd.ddddd */
    private static void fmtF(StringBuilder dst, boolean neg, Decimal d, int prec) {
        if (neg) {
            dst.append('-');
        }
        if (d.dp > 0) {
            int m = Math.min(d.nd, d.dp);
            for (int i = 0; i < m; i++) {
                dst.append((char) d.d[i]);
            }
            for (; m < d.dp; m++) {
                dst.append('0');
            }
        } else {
            dst.append('0');
        }
        if (prec > 0) {
            dst.append('.');
            for (int i = 0; i < prec; i++) {
                int j = d.dp + i;
                dst.append(0 <= j && j < d.nd ? (char) d.d[j] : '0');
            }
        }
    }

    /** %b: -ddddddddp±ddd */
    private static void fmtB(StringBuilder dst, boolean neg, long mant, int exp, FloatInfo flt) {
        if (neg) {
            dst.append('-');
        }
        dst.append(Long.toUnsignedString(mant)).append('p');
        exp -= flt.mantbits;
        if (exp >= 0) {
            dst.append('+');
        }
        dst.append(exp);
    }

    /** %x: -0x1.yyyyyyyyp±ddd or -0x0p+0 (hexadecimal fraction, decimal binary exponent). */
    private static void fmtX(StringBuilder dst, int prec, char fmt, boolean neg, long mant, int exp, FloatInfo flt) {
        if (mant == 0) {
            exp = 0;
        }
        // Put the leading 1 (if any) at bit 60.
        mant <<= 60 - flt.mantbits;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if ((extra | (mant & 1)) > (1L << 59)) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1; // carried into a new leading digit
                exp++;
            }
        }
        String hex = fmt == 'X' ? UPPERHEX : LOWERHEX;
        if (neg) {
            dst.append('-');
        }
        dst.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            dst.append('.');
            while (mant != 0) {
                dst.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            dst.append('.');
            for (int i = 0; i < prec; i++) {
                dst.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        dst.append(fmt == 'X' ? 'P' : 'p');
        if (exp < 0) {
            dst.append('-');
            exp = -exp;
        } else {
            dst.append('+');
        }
        if (exp < 10) {
            dst.append('0');
        }
        dst.append(exp);
    }
}
