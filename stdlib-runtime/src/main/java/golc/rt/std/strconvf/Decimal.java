package golc.rt.std.strconvf;

import java.math.BigInteger;

/**
 * The exact decimal expansion of a binary floating-point value, with Go's rounding operations.
 *
 * <p>Go's strconv keeps an 800-digit multiprecision decimal; every float64 (at most 767 significant
 * digits) fits, so its results are exact. We get the same exact digits from {@link BigInteger}
 * (mant·2^e = mant·5^-e / 10^-e), then round exactly as Go does: half to even on the exact value.
 */
final class Decimal {
    /** ASCII digits, most significant first; only {@code d[0..nd)} are meaningful. */
    byte[] d;
    /** Number of digits in use (no trailing zeros once trimmed). */
    int nd;
    /** Position of the decimal point: value = 0.d[0]d[1]... × 10^dp. */
    int dp;

    private Decimal(byte[] d, int nd, int dp) {
        this.d = d;
        this.nd = nd;
        this.dp = dp;
    }

    /** The exact value mant × 2^exp2 (mant is non-negative and below 2^62). */
    static Decimal of(long mant, int exp2) {
        if (mant == 0) {
            return new Decimal(new byte[1], 0, 0);
        }
        BigInteger m = BigInteger.valueOf(mant);
        String s;
        int dp;
        if (exp2 >= 0) {
            s = m.shiftLeft(exp2).toString();
            dp = s.length();
        } else {
            s = m.multiply(BigInteger.valueOf(5).pow(-exp2)).toString();
            dp = s.length() + exp2;
        }
        byte[] d = new byte[s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            d[i] = (byte) s.charAt(i);
        }
        Decimal r = new Decimal(d, s.length(), dp);
        r.trim();
        return r;
    }

    /** The decimal digits × 10^e10 (digits non-negative). */
    static Decimal ofDigits(long digits, int e10) {
        if (digits == 0) {
            return new Decimal(new byte[1], 0, 0);
        }
        String s = Long.toString(digits);
        byte[] d = new byte[s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            d[i] = (byte) s.charAt(i);
        }
        Decimal r = new Decimal(d, s.length(), s.length() + e10);
        r.trim();
        return r;
    }

    private void trim() {
        while (nd > 0 && d[nd - 1] == '0') {
            nd--;
        }
        if (nd == 0) {
            dp = 0;
        }
    }

    /** Whether chopping at nd digits must round up: exact halves go to the even neighbour. */
    private boolean shouldRoundUp(int n) {
        if (n < 0 || n >= nd) {
            return false;
        }
        if (d[n] == '5' && n + 1 == nd) {
            return n > 0 && (d[n - 1] - '0') % 2 != 0;
        }
        return d[n] >= '5';
    }

    /** Rounds to n digits (or fewer) to nearest, ties to even; n == 0 rounds left of all digits. */
    void round(int n) {
        if (n < 0 || n >= nd) {
            return;
        }
        if (shouldRoundUp(n)) {
            roundUp(n);
        } else {
            roundDown(n);
        }
    }

    void roundDown(int n) {
        if (n < 0 || n >= nd) {
            return;
        }
        nd = n;
        trim();
    }

    void roundUp(int n) {
        if (n < 0 || n >= nd) {
            return;
        }
        for (int i = n - 1; i >= 0; i--) {
            if (d[i] < '9') {
                d[i]++;
                nd = i + 1;
                return;
            }
        }
        // All nines: the value becomes 1 followed by the decimal point one place further.
        d[0] = '1';
        nd = 1;
        dp++;
    }

    /**
     * Rounds this value (= mant × 2^(exp − mantbits)) to the fewest digits that still read back as the
     * same float: the shortest decimal strictly (or, for even mantissas, inclusively) between the
     * halfway points to the neighbouring floats, nearest to the exact value.
     */
    void roundShortest(long mant, int exp, FloatInfo flt) {
        if (mant == 0) {
            nd = 0;
            return;
        }
        int minexp = flt.bias + 1;
        // Already shortest when the next shorter decimal is farther away than the half-ulp bounds.
        if (exp > minexp && 332L * (dp - nd) >= 100L * (exp - flt.mantbits)) {
            return;
        }
        Decimal upper = of(mant * 2 + 1, exp - flt.mantbits - 1);
        long mantlo;
        int explo;
        if (mant > (1L << flt.mantbits) || exp == minexp) {
            mantlo = mant - 1;
            explo = exp;
        } else {
            // The float below has a smaller exponent, so its gap is half as wide.
            mantlo = mant * 2 - 1;
            explo = exp - 1;
        }
        Decimal lower = of(mantlo * 2 + 1, explo - flt.mantbits - 1);
        boolean inclusive = mant % 2 == 0;

        // upperdelta: 0 = same digits as upper so far; 1 = differ by one then only 9s vs 0s; 2 = more.
        int upperdelta = 0;
        for (int ui = 0; ; ui++) {
            int mi = ui - upper.dp + dp;
            if (mi >= nd) {
                break;
            }
            int li = ui - upper.dp + lower.dp;
            int l = li >= 0 && li < lower.nd ? lower.d[li] : '0';
            int m = mi >= 0 ? d[mi] : '0';
            int u = ui < upper.nd ? upper.d[ui] : '0';

            boolean okdown = l != m || inclusive && li + 1 == lower.nd;
            if (upperdelta == 0 && m + 1 < u) {
                upperdelta = 2;
            } else if (upperdelta == 0 && m != u) {
                upperdelta = 1;
            } else if (upperdelta == 1 && (m != '9' || u != '0')) {
                upperdelta = 2;
            }
            boolean okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper.nd);

            if (okdown && okup) {
                round(mi + 1);
                return;
            } else if (okdown) {
                roundDown(mi + 1);
                return;
            } else if (okup) {
                roundUp(mi + 1);
                return;
            }
        }
    }
}
