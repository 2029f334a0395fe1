package golc.rt.std.sort;

import golc.rt.GoPanic;
import golc.rt.GoType;
import golc.rt.Kind;
import golc.rt.Slice;
import golc.rt.Strings;
import golc.rt.Types;

/** Natives of Go package sort (golc/std/sort/natives.go): the reflection sort.Slice needs. */
public final class Natives {
    private Natives() {
    }

    /** func sliceLen(x any, method string) int */
    public static long sliceLen(Object x, String method) {
        GoType t = Types.typeOf(x);
        if (t == null || t.kind() != Kind.SLICE) {
            String kind = t == null ? "zero" : t.kind().goName;
            throw new GoPanic(Strings.fromJava("reflect: call of " + Strings.toJava(method) + " on " + kind + " Value"));
        }
        return Slice.len((Slice) Types.unbox(x));
    }

    /** func swapElems(x any, i, j int) */
    public static void swapElems(Object x, long i, long j) {
        Slice s = (Slice) Types.unbox(x);
        int a = Slice.index(s, i);
        int b = Slice.index(s, j);
        Object arr = s.array;
        if (arr instanceof long[]) {
            long[] v = (long[]) arr;
            long t = v[a];
            v[a] = v[b];
            v[b] = t;
        } else if (arr instanceof int[]) {
            int[] v = (int[]) arr;
            int t = v[a];
            v[a] = v[b];
            v[b] = t;
        } else if (arr instanceof double[]) {
            double[] v = (double[]) arr;
            double t = v[a];
            v[a] = v[b];
            v[b] = t;
        } else if (arr instanceof float[]) {
            float[] v = (float[]) arr;
            float t = v[a];
            v[a] = v[b];
            v[b] = t;
        } else if (arr instanceof boolean[]) {
            boolean[] v = (boolean[]) arr;
            boolean t = v[a];
            v[a] = v[b];
            v[b] = t;
        } else {
            // struct and array elements are objects owned by their slots: swapping the references swaps the values
            Object[] v = (Object[]) arr;
            Object t = v[a];
            v[a] = v[b];
            v[b] = t;
        }
    }
}
