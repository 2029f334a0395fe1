package golc.rt.cg;

import golc.rt.GoStruct;
import golc.rt.GoType;
import golc.rt.RuntimeError;
import golc.rt.Types;

/** Value operations generated code calls: nil checks, array equality and copies, struct conversions. */
public final class Values {
    private Values() {}

    /** Returns o, or panics with Go's nil dereference error. */
    public static Object nilCheck(Object o) {
        if (o == null) {
            throw RuntimeError.nilDeref();
        }
        return o;
    }

    /** Go's == on two arrays of type t. */
    public static boolean arrayEq(Object x, Object y, GoType t) {
        return Types.valueEq(t, x, y);
    }

    /** dst = src for array values of type t: src's elements copied (as assignment copies) into dst's array. */
    public static void assignArray(Object dst, Object src, GoType t) {
        if (dst == src) {
            return;
        }
        if (dst instanceof Object[]) {
            Object[] d = (Object[]) dst;
            Object[] s = (Object[]) src;
            GoType e = t.elem();
            for (int i = 0; i < d.length; i++) {
                d[i] = Types.copyValue(e, s[i]);
            }
        } else {
            System.arraycopy(src, 0, dst, 0, java.lang.reflect.Array.getLength(dst));
        }
    }

    /**
     * {@code (*[n]T)(s)}: nil for a nil slice, else a pointer to the array holding s's elements. When s starts
     * at the beginning of a backing array of exactly n elements the pointer shares it; otherwise it points to
     * a copy of the n elements (golc arrays cannot be windows of other arrays).
     */
    public static golc.rt.Pointer sliceToArrayPointer(golc.rt.Slice s, long n, GoType arrayType) {
        golc.rt.Slice.checkConvert(s, n);
        if (s == null) {
            return null;
        }
        Object a = s.array;
        if (s.off != 0 || java.lang.reflect.Array.getLength(a) != n) {
            Object c = java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), (int) n);
            System.arraycopy(a, s.off, c, 0, (int) n);
            a = c;
        }
        return new ArrayPtr(a, arrayType);
    }

    /**
     * T(x) between struct types with identical underlying types but different classes: dst (a fresh zero
     * value) receives src's fields.
     */
    public static void convertStruct(GoStruct src, GoStruct dst) {
        FieldAccess s = (FieldAccess) src;
        FieldAccess d = (FieldAccess) dst;
        GoType t = dst.$type();
        int n = t.numFields();
        for (int i = 0; i < n; i++) {
            d.$store(i, Types.copyValue(t.field(i).type, s.$load(i)));
        }
    }
}
