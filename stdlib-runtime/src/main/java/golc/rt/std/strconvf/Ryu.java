package golc.rt.std.strconvf;

import java.math.BigInteger;

/**
 * Shortest round-trip digits by Ulf Adams' Ryū algorithm (PLDI 2018), the fast path of
 * FormatFloat(f, fmt, -1, bitSize). Like Go's strconv it yields the shortest decimal inside the
 * rounding interval of the float (bounds included for even mantissas), nearest to the exact value,
 * ties to even. Works for float64 and float32 inputs (mantissa and exponent given unpacked).
 * The 128-bit multiplier tables are computed once from exact powers of five.
 */
final class Ryu {
    private static final int POW5_INV_BITCOUNT = 125;
    private static final int POW5_BITCOUNT = 125;
    private static final int POW5_INV_TABLE = 342;
    private static final int POW5_TABLE = 326;

    /** POW5[i] = the top 125 bits of 5^i, as {low 64 bits, high bits}. */
    private static final long[][] POW5 = new long[POW5_TABLE][];
    /** POW5_INV[q] = floor(2^(pow5bits(q) - 1 + 125) / 5^q) + 1, as {low, high}. */
    private static final long[][] POW5_INV = new long[POW5_INV_TABLE][];

    static {
        BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int i = 0; i < Math.max(POW5_TABLE, POW5_INV_TABLE); i++) {
            BigInteger p = BigInteger.valueOf(5).pow(i);
            int bits = p.bitLength();
            if (i < POW5_TABLE) {
                BigInteger v = p.shiftRight(bits - POW5_BITCOUNT);
                if (bits < POW5_BITCOUNT) {
                    v = p.shiftLeft(POW5_BITCOUNT - bits);
                }
                POW5[i] = new long[] {v.and(mask).longValue(), v.shiftRight(64).longValue()};
            }
            if (i < POW5_INV_TABLE) {
                BigInteger v = BigInteger.ONE.shiftLeft(bits - 1 + POW5_INV_BITCOUNT).divide(p).add(BigInteger.ONE);
                POW5_INV[i] = new long[] {v.and(mask).longValue(), v.shiftRight(64).longValue()};
            }
        }
    }

    private Ryu() {
    }

    /** ceil(log2(5^e)) for 0 <= e <= 3528 (1 for e == 0). */
    private static int pow5bits(int e) {
        return (int) (((long) e * 1217359) >>> 19) + 1;
    }

    /** floor(log10(2^e)) for 0 <= e <= 1650. */
    private static int log10Pow2(int e) {
        return (int) (((long) e * 78913) >>> 18);
    }

    /** floor(log10(5^e)) for 0 <= e <= 2620. */
    private static int log10Pow5(int e) {
        return (int) (((long) e * 732923) >>> 20);
    }

    private static int pow5Factor(long v) {
        int count = 0;
        while (v > 0 && v % 5 == 0) {
            v /= 5;
            count++;
        }
        return count;
    }

    /** (m × mul) >> j for a 128-bit multiplier {low, high} and 64 < j < 128; m < 2^62. */
    private static long mulShift(long m, long[] mul, int j) {
        long lo = mul[0];
        long hi = mul[1];
        // High 64 bits of the unsigned product m × lo.
        long b0hi = Math.multiplyHigh(m, lo) + (lo < 0 ? m : 0);
        long b2lo = m * hi;
        long b2hi = Math.multiplyHigh(m, hi);
        long sumLo = b2lo + b0hi;
        long sumHi = b2hi + (Long.compareUnsigned(sumLo, b2lo) < 0 ? 1 : 0);
        int s = j - 64;
        if (s >= 64) {
            return sumHi >>> (s - 64);
        }
        return s == 0 ? sumLo : (sumLo >>> s) | (sumHi << (64 - s));
    }

    /**
     * Shortest digits of mant × 2^exp2 (mant is the full significand, implicit bit included; mantbits
     * the stored mantissa width; minimal is true when mant is the smallest of its binade, so that the
     * float below is closer). Returns {digits, decimalExponent} with value = digits × 10^decimalExponent.
     */
    static long[] shortest(long mant, int exp2, int mantbits, boolean minimal) {
        // Work at four times the scale so both half-way points are integers.
        int e2 = exp2 - 2;
        long m2 = mant;
        boolean even = (m2 & 1) == 0;
        boolean acceptBounds = even;
        long mv = 4 * m2;
        int mmShift = minimal ? 0 : 1;

        long vr;
        long vp;
        long vm;
        int e10;
        boolean vmIsTrailingZeros = false;
        boolean vrIsTrailingZeros = false;
        if (e2 >= 0) {
            int q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
            e10 = q;
            int k = POW5_INV_BITCOUNT + pow5bits(q) - 1;
            int i = -e2 + q + k;
            vr = mulShift(4 * m2, POW5_INV[q], i);
            vp = mulShift(4 * m2 + 2, POW5_INV[q], i);
            vm = mulShift(4 * m2 - 1 - mmShift, POW5_INV[q], i);
            if (q <= 21) {
                if (mv % 5 == 0) {
                    vrIsTrailingZeros = pow5Factor(mv) >= q;
                } else if (acceptBounds) {
                    vmIsTrailingZeros = pow5Factor(mv - 1 - mmShift) >= q;
                } else {
                    vp -= pow5Factor(mv + 2) >= q ? 1 : 0;
                }
            }
        } else {
            int q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
            e10 = q + e2;
            int i = -e2 - q;
            int k = pow5bits(i) - POW5_BITCOUNT;
            int j = q - k;
            vr = mulShift(4 * m2, POW5[i], j);
            vp = mulShift(4 * m2 + 2, POW5[i], j);
            vm = mulShift(4 * m2 - 1 - mmShift, POW5[i], j);
            if (q <= 1) {
                // mv has at least q trailing zero bits, so vr is exact.
                vrIsTrailingZeros = true;
                if (acceptBounds) {
                    vmIsTrailingZeros = mmShift == 1;
                } else {
                    vp--;
                }
            } else if (q < 63) {
                vrIsTrailingZeros = (mv & ((1L << q) - 1)) == 0;
            }
        }

        int removed = 0;
        int lastRemovedDigit = 0;
        long output;
        if (vmIsTrailingZeros || vrIsTrailingZeros) {
            while (vp / 10 > vm / 10) {
                vmIsTrailingZeros &= vm % 10 == 0;
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            if (vmIsTrailingZeros) {
                while (vm % 10 == 0) {
                    vrIsTrailingZeros &= lastRemovedDigit == 0;
                    lastRemovedDigit = (int) (vr % 10);
                    vr /= 10;
                    vp /= 10;
                    vm /= 10;
                    removed++;
                }
            }
            if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
                lastRemovedDigit = 4; // exactly half-way: round to even
            }
            output = vr + ((vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5 ? 1 : 0);
        } else {
            boolean roundUp = false;
            if (vp / 100 > vm / 100) {
                roundUp = vr % 100 >= 50;
                vr /= 100;
                vp /= 100;
                vm /= 100;
                removed += 2;
            }
            while (vp / 10 > vm / 10) {
                roundUp = vr % 10 >= 5;
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            output = vr + (vr == vm || roundUp ? 1 : 0);
        }
        return new long[] {output, e10 + removed};
    }
}
