package golc.rt.std.math;

/**
 * Natives of Go package math (golc/std/math/natives.go). Exact operations use the JDK's exact ones;
 * transcendental functions use StrictMath (fdlibm) so that results do not depend on the JVM's platform.
 */
public final class Natives {
    private Natives() {
    }

    /** func float64bits(f float64) uint64 */
    public static long float64bits(double f) {
        return Double.doubleToRawLongBits(f);
    }

    /** func float64frombits(b uint64) float64 */
    public static double float64frombits(long b) {
        return Double.longBitsToDouble(b);
    }

    /** func float32bits(f float32) uint32 */
    public static int float32bits(float f) {
        return Float.floatToRawIntBits(f);
    }

    /** func float32frombits(b uint32) float32 */
    public static float float32frombits(int b) {
        return Float.intBitsToFloat(b);
    }

    public static double sqrt(double x) {
        return Math.sqrt(x);
    }

    public static double floor(double x) {
        return Math.floor(x);
    }

    public static double ceil(double x) {
        return Math.ceil(x);
    }

    public static double rint(double x) {
        return Math.rint(x);
    }

    /** Java's % on doubles is C's fmod: exact, with the sign of x, as Go's Mod. */
    public static double fmod(double x, double y) {
        return x % y;
    }

    public static double ieeeRemainder(double x, double y) {
        return Math.IEEEremainder(x, y);
    }

    public static double pow(double x, double y) {
        return StrictMath.pow(x, y);
    }

    public static double exp(double x) {
        return StrictMath.exp(x);
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double log(double x) {
        return StrictMath.log(x);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    public static double cbrt(double x) {
        return StrictMath.cbrt(x);
    }

    public static double sin(double x) {
        return StrictMath.sin(x);
    }

    public static double cos(double x) {
        return StrictMath.cos(x);
    }

    public static double tan(double x) {
        return StrictMath.tan(x);
    }

    public static double asin(double x) {
        return StrictMath.asin(x);
    }

    public static double acos(double x) {
        return StrictMath.acos(x);
    }

    public static double atan(double x) {
        return StrictMath.atan(x);
    }

    public static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    public static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    public static double cosh(double x) {
        return StrictMath.cosh(x);
    }

    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }
}
