package golc.rt.std.strings;

/** Natives of Go package strings (golc/std/strings/natives.go): searches on java.lang.String. */
public final class Natives {
    private Natives() {
    }

    /** func indexFrom(s, substr string, from int) int */
    public static long indexFrom(String s, String substr, long from) {
        return s.indexOf(substr, (int) from);
    }

    /** func lastIndex(s, substr string) int */
    public static long lastIndex(String s, String substr) {
        return s.lastIndexOf(substr);
    }

    /** func indexByte(s string, c byte) int */
    public static long indexByte(String s, int c) {
        return s.indexOf(c);
    }

    /** func repeat(s string, count int) string */
    public static String repeat(String s, long count) {
        return s.repeat(Math.toIntExact(count));
    }
}
