package golc.rt.std.math;

/**
 * Natives of Go package math (golc/std/math/natives.go): only operations that are exact (correctly rounded
 * or bit manipulation), so results equal Go's; the transcendental functions are Go code in golc/std/math.
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

    /** func fma(x, y, z float64) float64: one rounding, as Go's math.FMA and the FMA path of Exp. */
    public static double fma(double x, double y, double z) {
        return Math.fma(x, y, z);
    }
}
