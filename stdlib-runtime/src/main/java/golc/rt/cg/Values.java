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
     * {@code (*[n]T)(s)}: nil for a nil slice, else a pointer to the n elements of s's backing array from s's
     * offset on. When s covers exactly its whole backing array the pointer holds that array (an
     * {@link ArrayPtr}, like {@code &a}); otherwise it is an {@link ArrayWindow} into it, since a golc array
     * cannot be a part of another.
     */
    public static golc.rt.Pointer sliceToArrayPointer(golc.rt.Slice s, long n, GoType arrayType) {
        golc.rt.Slice.checkConvert(s, n);
        if (s == null) {
            return null;
        }
        Object a = s.array;
        if (s.off != 0 || java.lang.reflect.Array.getLength(a) != n) {
            return new ArrayWindow(a, s.off, (int) n, arrayType);
        }
        return new ArrayPtr(a, arrayType);
    }

    /** The JVM array that pointer-to-array p indexes into (nil: Go's nil dereference). */
    public static Object arrayBase(golc.rt.Pointer p) {
        if (p == null) {
            throw golc.rt.RuntimeError.nilDeref();
        }
        return p instanceof ArrayWindow ? p.base : p.get();
    }

    /** Where element 0 of pointer-to-array p's array lies in {@link #arrayBase}(p). */
    public static int arrayOffset(golc.rt.Pointer p) {
        return p instanceof ArrayWindow ? p.slot : 0;
    }

    /** {@code p[lo:hi]} for p a pointer to an array. */
    public static golc.rt.Slice slicePointer(golc.rt.Pointer p, long lo, long hi) {
        Object a = arrayBase(p);
        if (p instanceof ArrayWindow w) {
            return golc.rt.Slice.sliceWindow(a, w.slot, w.len, lo, hi);
        }
        return golc.rt.Slice.sliceArray(a, lo, hi);
    }

    /** {@code p[lo:hi:max]} for p a pointer to an array. */
    public static golc.rt.Slice slicePointer3(golc.rt.Pointer p, long lo, long hi, long max) {
        Object a = arrayBase(p);
        if (p instanceof ArrayWindow w) {
            return golc.rt.Slice.sliceWindow3(a, w.slot, w.len, lo, hi, max);
        }
        return golc.rt.Slice.sliceArray3(a, lo, hi, max);
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
