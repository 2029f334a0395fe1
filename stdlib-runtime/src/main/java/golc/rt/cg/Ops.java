package golc.rt.cg;

import golc.rt.RuntimeError;

/**
 * Integer operations whose Go semantics differ from the JVM's: shifts by counts of 64 (32) or more, and
 * division by zero, which is a Go run-time panic rather than an ArithmeticException.
 *
 * <p>Shift counts arrive as longs read as unsigned: a count that is negative as a long is a huge uint64 count
 * (signed negative counts were rejected by {@link #checkShift} first).
 */
public final class Ops {
    private Ops() {}

    /** A signed shift count: Go panics on a negative one. */
    public static long checkShift(long n) {
        if (n < 0) {
            throw RuntimeError.error("negative shift amount");
        }
        return n;
    }

    public static long shl(long x, long n) {
        return n < 0 || n >= 64 ? 0 : x << n;
    }

    public static long shr(long x, long n) {
        return x >> (n < 0 || n >= 64 ? 63 : n);
    }

    public static long ushr(long x, long n) {
        return n < 0 || n >= 64 ? 0 : x >>> n;
    }

    /** Shifts of values held in an int (int8..int32, uint8..uint32); the caller re-normalises narrow types. */
    public static int shl(int x, long n) {
        return n < 0 || n >= 32 ? 0 : x << n;
    }

    public static int shr(int x, long n) {
        return x >> (n < 0 || n >= 32 ? 31 : n);
    }

    public static int ushr(int x, long n) {
        return n < 0 || n >= 32 ? 0 : x >>> n;
    }

    public static long div(long x, long y) {
        if (y == 0) {
            throw RuntimeError.divideByZero();
        }
        return x / y;
    }

    public static long rem(long x, long y) {
        if (y == 0) {
            throw RuntimeError.divideByZero();
        }
        return x % y;
    }

    public static int div(int x, int y) {
        if (y == 0) {
            throw RuntimeError.divideByZero();
        }
        return x / y;
    }

    public static int rem(int x, int y) {
        if (y == 0) {
            throw RuntimeError.divideByZero();
        }
        return x % y;
    }

    public static long udiv(long x, long y) {
        if (y == 0) {
            throw RuntimeError.divideByZero();
        }
        return Long.divideUnsigned(x, y);
    }

    public static long urem(long x, long y) {
        if (y == 0) {
            throw RuntimeError.divideByZero();
        }
        return Long.remainderUnsigned(x, y);
    }

    public static int udiv(int x, int y) {
        if (y == 0) {
            throw RuntimeError.divideByZero();
        }
        return Integer.divideUnsigned(x, y);
    }

    public static int urem(int x, int y) {
        if (y == 0) {
            throw RuntimeError.divideByZero();
        }
        return Integer.remainderUnsigned(x, y);
    }
}
