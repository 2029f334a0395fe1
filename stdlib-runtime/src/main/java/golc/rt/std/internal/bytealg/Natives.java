package golc.rt.std.internal.bytealg;

/** Natives of Go package internal/bytealg (golc/std/internal/bytealg/natives.go): searches on java.lang.String. */
public final class Natives {
    private Natives() {
    }

    /** func indexString(a, b string) int */
    public static long indexString(String a, String b) {
        return a.indexOf(b);
    }

    /** func indexByteString(s string, c byte) int */
    public static long indexByteString(String s, int c) {
        return s.indexOf(c);
    }
}
