package golc.rt.std.strconvf;

/**
 * Fast exact %f: mant × 2^e2 × 10^p rounded half to even to an integer, in 128-bit arithmetic, for
 * the common case of a fractional binary exponent, p ≤ 18 and a result below 2^63. Anything else
 * is left to the multiprecision path.
 */
final class FixedF {
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private FixedF() {
    }

    /** round(mant × 2^e2 × 10^p), or -1 when this fast path does not apply. */
    static long scaledRound(long mant, int e2, int p) {
        if (e2 >= 0 || p < 0 || p > 18) {
            return -1;
        }
        long pow = POW10[p];
        long lo = mant * pow;
        long hi = Math.multiplyHigh(mant, pow); // both factors are below 2^63
        int s = -e2;
        if (s >= 128) {
            return 0; // the product is below 2^116, so the value is below 1/2
        }
        long qlo;
        long qhi;
        long remHi;
        long remLo;
        long halfHi;
        long halfLo;
        if (s < 64) {
            qlo = (lo >>> s) | (s == 0 ? 0 : hi << (64 - s));
            qhi = hi >>> s;
            remHi = 0;
            remLo = lo & ((1L << s) - 1);
            halfHi = 0;
            halfLo = 1L << (s - 1);
        } else if (s == 64) {
            qlo = hi;
            qhi = 0;
            remHi = 0;
            remLo = lo;
            halfHi = 0;
            halfLo = Long.MIN_VALUE;
        } else {
            qlo = hi >>> (s - 64);
            qhi = 0;
            remHi = hi & ((1L << (s - 64)) - 1);
            remLo = lo;
            halfHi = 1L << (s - 65);
            halfLo = 0;
        }
        if (qhi != 0 || qlo < 0 || qlo == Long.MAX_VALUE) {
            return -1;
        }
        int c = Long.compareUnsigned(remHi, halfHi);
        if (c == 0) {
            c = Long.compareUnsigned(remLo, halfLo);
        }
        if (c > 0 || c == 0 && (qlo & 1) != 0) {
            qlo++;
        }
        return qlo;
    }
}
