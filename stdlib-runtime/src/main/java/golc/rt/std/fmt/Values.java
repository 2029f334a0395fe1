package golc.rt.std.fmt;

import golc.rt.Box;
import golc.rt.Complex;
import golc.rt.GoMap;
import golc.rt.GoPanic;
import golc.rt.GoStruct;
import golc.rt.GoType;
import golc.rt.Kind;
import golc.rt.Pointer;
import golc.rt.RuntimeError;
import golc.rt.Slice;
import golc.rt.Types;
import java.lang.reflect.Array;

/**
 * What fmt needs to know about golc values, in one place: dynamic types, unboxing, element and field
 * access, method sets, and stand-in addresses. Values are in the representation of ARCHITECTURE.md.
 */
final class Values {
    /** Stand-in heap base so that %p looks like Go's (0xc000...). Addresses are not Go's and never were stable. */
    private static final long HEAP_BASE = 0xc000000000L;

    private Values() {
    }

    static GoType typeOf(Object iface) {
        return Types.typeOf(iface);
    }

    /** The representation inside an interface value. */
    static Object unwrap(Object iface) {
        return Types.unbox(iface);
    }

    /** A value of static type t as an interface value. */
    static Object box(GoType t, Object v) {
        return Types.box(t, v);
    }

    /** The 64 bits of an integer of type t (unsigned 32-bit values zero-extended). */
    static long integerBits(GoType t, Object v) {
        if (t.kind() == Kind.UINT32) {
            return ((Number) v).intValue() & 0xFFFFFFFFL;
        }
        return ((Number) v).longValue();
    }

    static double real(Object c) {
        return ((Complex) c).re;
    }

    static double imag(Object c) {
        return ((Complex) c).im;
    }

    /** Field i of a struct value, as an interface value. */
    static Object field(Object struct, int i) {
        return ((GoStruct) struct).$get(i);
    }

    /** *p for a non-nil pointer p of type t. */
    static Object deref(GoType t, Object p) {
        if (p instanceof GoStruct) {
            return p; // *S is the struct object itself
        }
        return ((Pointer) p).get();
    }

    /** Length of an array or slice value. */
    static int length(GoType t, Object v) {
        if (t.kind() == Kind.SLICE) {
            return v == null ? 0 : ((Slice) v).len;
        }
        return Array.getLength(v);
    }

    /** Element i of an array or slice value, JVM-boxed. */
    static Object index(GoType t, Object v, int i) {
        if (t.kind() == Kind.SLICE) {
            Slice s = (Slice) v;
            return Array.get(s.array, s.off + i);
        }
        return Array.get(v, i);
    }

    /** The bytes of a []byte or [N]byte as a byte-string; null for a nil slice. */
    static String bytes(GoType t, Object v) {
        if (t.kind() == Kind.SLICE && v == null) {
            return null;
        }
        int n = length(t, v);
        StringBuilder b = new StringBuilder(n);
        Object arr = t.kind() == Kind.SLICE ? ((Slice) v).array : v;
        int off = t.kind() == Kind.SLICE ? ((Slice) v).off : 0;
        if (arr instanceof int[]) {
            int[] a = (int[]) arr;
            for (int i = 0; i < n; i++) {
                b.append((char) (a[off + i] & 0xFF));
            }
        } else if (arr instanceof byte[]) {
            byte[] a = (byte[]) arr;
            for (int i = 0; i < n; i++) {
                b.append((char) (a[off + i] & 0xFF));
            }
        } else {
            for (int i = 0; i < n; i++) {
                b.append((char) (((Number) Array.get(arr, off + i)).intValue() & 0xFF));
            }
        }
        return b.toString();
    }

    /** Entries {key, value} of a map value (none for nil), in iteration order. */
    static java.util.List<Object[]> mapEntries(Object m) {
        java.util.List<Object[]> r = new java.util.ArrayList<>();
        GoMap.Iter it = GoMap.iter((GoMap) m);
        while (it.next()) {
            r.add(new Object[] {it.key(), it.value()});
        }
        return r;
    }

    /** A stand-in address: 0 for nil, else stable for the object's lifetime and equal for equal pointers. */
    static long address(GoType t, Object v) {
        if (v == null) {
            return 0;
        }
        long h;
        if (v instanceof Slice) {
            Slice s = (Slice) v;
            h = System.identityHashCode(s.array) * 64L + s.off * Math.max(1, t.elem().size());
        } else if (v instanceof Pointer) {
            Pointer p = (Pointer) v;
            h = p.base == null ? System.identityHashCode(p) * 64L : System.identityHashCode(p.base) * 64L + p.slot * 8L;
        } else {
            h = System.identityHashCode(v) * 64L;
        }
        return HEAP_BASE + (h & 0xFFFFFFFFFL);
    }

    /** Whether values of type t (static type) can carry methods fmt looks for. */
    static boolean mayHaveMethods(GoType t) {
        Kind k = t.kind();
        if (k == Kind.INTERFACE) {
            return true;
        }
        if (t.isNamed()) {
            return !t.methodSet().isEmpty();
        }
        return k == Kind.POINTER && t.elem().isNamed() && !t.methodSet().isEmpty();
    }

    /** Whether interface value a's dynamic type has a method of that name. */
    static boolean hasMethod(Object a, String name) {
        if (a == null) {
            return false;
        }
        for (GoType.Method m : typeOf(a).methodSet()) {
            if (m.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stands for a nil pointer receiver held in a plain Box, whose methods Java cannot call (codegen
     * represents nil pointers to types with methods by classes that implement them).
     */
    static final Object NIL_RECEIVER = new Object();

    /**
     * The object to call method {@code name} (of Java method interface {@code iface}) on for interface
     * value a; {@link #NIL_RECEIVER} for a nil pointer whose type has the method; null if a's dynamic type
     * lacks it. A class implements the method interface when T or *T has the method, so the
     * descriptor's method set decides whether this dynamic type (T or *T) really has it.
     */
    static Object receiver(Object a, String name, Class<?> iface) {
        if (a == null || !hasMethod(a, name)) {
            return a instanceof RuntimeError && iface.isInstance(a) ? a : null;
        }
        if (iface.isInstance(a)) {
            return a;
        }
        if (a instanceof Box && ((Box) a).type.kind() == Kind.POINTER) {
            Box b = (Box) a;
            if (b.value == null) {
                return NIL_RECEIVER;
            }
            // *N for a named non-struct N: the method comes from N's value method set.
            Object target = Types.box(b.type.elem(), ((Pointer) b.value).get());
            return iface.isInstance(target) ? target : null;
        }
        return null;
    }

    static boolean isError(Object a) {
        return receiver(a, "Error", golc.rt.m.Error.class) != null;
    }

    /**
     * Whether interface value a is a nil pointer (a typed nil *T: a Box, or the class codegen gives
     * nil pointers to types with methods, whose value is null).
     */
    static boolean isNilPointer(Object a) {
        return a != null && typeOf(a).kind() == Kind.POINTER && unwrap(a) == null;
    }

    /** The Go panic value of an exception thrown by a Go method (JVM faults as Go's runtime errors). */
    static Object panicValue(RuntimeException e) {
        if (e instanceof GoPanic) {
            return ((GoPanic) e).value;
        }
        if (e instanceof NullPointerException) {
            return RuntimeError.nilDeref().value;
        }
        if (e instanceof ArithmeticException) {
            return RuntimeError.divideByZero().value;
        }
        throw e;
    }
}
