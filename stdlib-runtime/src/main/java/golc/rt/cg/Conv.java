package golc.rt.cg;

/**
 * Numeric conversions with Go's semantics where Java's differ: unsigned integers to and from floats, and
 * floats out of an integer type's range (Go leaves that implementation-defined; golc gives amd64's answers,
 * which is what the reference outputs were produced on: the "integer indefinite" value MinInt64).
 */
public final class Conv {
    private Conv() {}

    private static final double TWO63 = 9.223372036854775808E18;

    /** uint64 → float64, rounding to nearest as Go does. */
    public static double u64ToF64(long x) {
        if (x >= 0) {
            return (double) x;
        }
        // Halve keeping the sticky low bit so that the final rounding is still correct, then double.
        return (double) ((x >>> 1) | (x & 1)) * 2.0;
    }

    /** uint64 → float32 (rounded once, from the exact value). */
    public static float u64ToF32(long x) {
        if (x >= 0) {
            return (float) x;
        }
        return (float) ((x >>> 1) | (x & 1)) * 2.0f;
    }

    /** uint32 (held in an int) → float64. */
    public static double u32ToF64(int x) {
        return (double) Integer.toUnsignedLong(x);
    }

    public static float u32ToF32(int x) {
        return (float) Integer.toUnsignedLong(x);
    }

    /** float64 → int64 (CVTTSD2SQ: NaN and out of range give MinInt64). */
    public static long f64ToI64(double d) {
        if (d > -TWO63 - 1025.0 && d < TWO63) {
            return (long) d;
        }
        return Long.MIN_VALUE;
    }

    /** float64 → uint64, as Go's amd64 code does it (values ≥ 2^63 via subtraction). */
    public static long f64ToU64(double d) {
        if (d < TWO63) {
            return f64ToI64(d);
        }
        return f64ToI64(d - TWO63) ^ Long.MIN_VALUE;
    }

    /** float64 → int32 (CVTTSD2SL: NaN and out of range give MinInt32); int8/int16/uint8/uint16 truncate this. */
    public static int f64ToI32(double d) {
        if (d > -2147483649.0 && d < 2147483648.0) {
            return (int) d;
        }
        return Integer.MIN_VALUE;
    }

    /** float64 → uint32: through int64 and truncated, as Go's amd64 code does. */
    public static int f64ToU32(double d) {
        return (int) f64ToI64(d);
    }

    /** uint64 → string of its decimal digits (for helpers that print unsigned values). */
    public static String u64ToString(long x) {
        return Long.toUnsignedString(x);
    }
}
