package golc.rt.std.strconvf;

/**
 * Natives of the Go package {@code strconvf} (golc/std/strconvf), which strconv's ftoa.go calls for
 * FormatFloat/ParseFloat. Parameters and results use the JVM representation of ARCHITECTURE.md.
 */
public final class Natives {
    private Natives() {
    }

    /** func FormatFloat(f float64, fmt byte, prec, bitSize int) string */
    public static String FormatFloat(double f, int fmt, long prec, long bitSize) {
        return FloatFormat.format(f, (char) fmt, (int) prec, (int) bitSize);
    }

    /** func ParseFloat(s string, bitSize int) (f float64, errKind int): errKind 0 ok, 1 syntax, 2 range. */
    public static Object[] ParseFloat(String s, long bitSize) {
        FloatParse.Result r = FloatParse.parse(s, (int) bitSize);
        return new Object[] {r.value, (long) r.error};
    }
}
