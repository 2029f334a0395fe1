package golc.rt.std.strconv;

import golc.rt.Strings;

/** Natives of Go package strconv (golc/std/strconv/natives.go). */
public final class Natives {
    private Natives() {
    }

    /** func formatInt(i int64, base int) string */
    public static String formatInt(long i, long base) {
        return Long.toString(i, (int) base);
    }

    /** func formatUint(i uint64, base int) string */
    public static String formatUint(long i, long base) {
        return Long.toUnsignedString(i, (int) base);
    }

    /** func quote(s string, quote byte, mode int) string */
    public static String quote(String s, int quote, long mode) {
        return Strings.quote(s, (char) quote, (int) mode);
    }
}
