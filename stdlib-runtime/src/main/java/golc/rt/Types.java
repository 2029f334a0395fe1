package golc.rt;

import java.lang.reflect.Array;

/**
 * Dynamic types of interface values and the operations that depend on them: ==, hashing for map keys, boxing a
 * value of a static type into an interface, copying values, type assertions.
 */
public final class Types {
    private Types() {
    }

    /** The dynamic type of interface value v, or null for a nil interface. */
    public static GoType typeOf(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String) {
            return GoType.STRING;
        }
        if (v instanceof Long) {
            return GoType.INT;
        }
        if (v instanceof GoStruct) {
            GoStruct g = (GoStruct) v;
            return g.$isValue ? g.$type() : g.$type().ptrTo();
        }
        if (v instanceof Box) {
            return ((Box) v).type;
        }
        if (v instanceof Named) {
            return ((Named) v).$type();
        }
        if (v instanceof Integer) {
            return GoType.INT32;
        }
        if (v instanceof Double) {
            return GoType.FLOAT64;
        }
        if (v instanceof Boolean) {
            return GoType.BOOL;
        }
        if (v instanceof Float) {
            return GoType.FLOAT32;
        }
        if (v instanceof Complex) {
            return GoType.COMPLEX128;
        }
        if (v instanceof RuntimeError) {
            return ((RuntimeError) v).type();
        }
        throw new IllegalStateException("not a Go interface value: " + v.getClass().getName());
    }

    /** The value inside an interface in its JVM-boxed representation (Box and Named unwrapped). */
    public static Object unbox(Object v) {
        if (v instanceof Box) {
            return ((Box) v).value;
        }
        if (v instanceof Named) {
            return ((Named) v).$unwrap();
        }
        return v;
    }

    /**
     * Converts a value of static type t (JVM-boxed representation) to an interface value. Struct values are
     * copied (the interface holds its own value).
     */
    public static Object box(GoType t, Object raw) {
        Kind k = t.kind();
        if (k == Kind.INTERFACE) {
            return raw;
        }
        if (k == Kind.STRUCT) {
            GoStruct c = ((GoStruct) raw).$copy();
            c.$isValue = true;
            return c;
        }
        if (t.isNamed()) {
            return t.wrapNamed(raw);
        }
        switch (k) {
            case INT: case INT32: case FLOAT64: case FLOAT32: case BOOL: case STRING: case COMPLEX128:
                return raw;
            case POINTER: {
                GoType e = t.elem();
                if (raw != null && e.kind() == Kind.STRUCT) {
                    return raw;
                }
                // *N for a named N with methods lives in interfaces as codegen's N$ptr, which has the methods.
                Object w = e.isNamed() ? e.wrapPtr(raw) : null;
                return w != null ? w : new Box(t, raw);
            }
            default:
                return new Box(t, raw);
        }
    }

    /** Go's == on two interface values; panics when both hold the same uncomparable type. */
    public static boolean ifaceEq(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        GoType ta = typeOf(a);
        if (ta != typeOf(b)) {
            return false;
        }
        if (!ta.comparable()) {
            throw RuntimeError.error("comparing uncomparable type " + ta);
        }
        return valueEq(ta, unboxForCompare(a), unboxForCompare(b));
    }

    private static Object unboxForCompare(Object v) {
        return v instanceof GoStruct ? v : unbox(v);
    }

    /** Go's == on two values of static type t (JVM-boxed representation). */
    public static boolean valueEq(GoType t, Object x, Object y) {
        switch (t.kind()) {
            case FLOAT32:
                return ((Float) x).floatValue() == ((Float) y).floatValue();
            case FLOAT64:
                return ((Double) x).doubleValue() == ((Double) y).doubleValue();
            case COMPLEX64: case COMPLEX128:
                return Complex.eq((Complex) x, (Complex) y);
            case INTERFACE:
                return ifaceEq(x, y);
            case POINTER:
                if (x instanceof Pointer || y instanceof Pointer) {
                    return Pointer.eq((Pointer) x, (Pointer) y);
                }
                return x == y;
            case CHAN: case UNSAFE_POINTER:
                return x == y;
            case STRUCT:
                return ((GoStruct) x).$eq(y);
            case ARRAY: {
                GoType e = t.elem();
                int n = Array.getLength(x);
                for (int i = 0; i < n; i++) {
                    if (!valueEq(e, Array.get(x, i), Array.get(y, i))) {
                        return false;
                    }
                }
                return true;
            }
            case SLICE: case MAP: case FUNC:
                throw RuntimeError.error("comparing uncomparable type " + t);
            default:
                return x.equals(y);
        }
    }

    /** Hash of an interface value used as a map key; panics for unhashable dynamic types. */
    public static int hash(Object v) {
        if (v == null) {
            return 0;
        }
        GoType t = typeOf(v);
        if (!t.comparable()) {
            throw RuntimeError.error("hash of unhashable type " + t);
        }
        return valueHash(t, unboxForCompare(v));
    }

    /** Hash of a value of static type t, consistent with {@link #valueEq}. */
    public static int valueHash(GoType t, Object v) {
        switch (t.kind()) {
            case FLOAT32: {
                float f = (Float) v;
                return f == 0 ? 0 : Float.hashCode(f);
            }
            case FLOAT64: {
                double d = (Double) v;
                return d == 0 ? 0 : Double.hashCode(d);
            }
            case INTERFACE:
                return hash(v);
            case POINTER:
                if (v instanceof Pointer) {
                    return v.hashCode();
                }
                return System.identityHashCode(v);
            case CHAN: case UNSAFE_POINTER:
                return System.identityHashCode(v);
            case STRUCT:
                return ((GoStruct) v).$hash();
            case ARRAY: {
                GoType e = t.elem();
                int n = Array.getLength(v);
                int h = 1;
                for (int i = 0; i < n; i++) {
                    h = h * 31 + valueHash(e, Array.get(v, i));
                }
                return h;
            }
            case SLICE: case MAP: case FUNC:
                throw RuntimeError.error("hash of unhashable type " + t);
            default:
                return v.hashCode();
        }
    }

    /** A copy of a value of static type t as assignment makes it: structs and arrays copied deeply, others shared. */
    public static Object copyValue(GoType t, Object v) {
        switch (t.kind()) {
            case STRUCT:
                return ((GoStruct) v).$copy();
            case ARRAY: {
                if (v.getClass().getComponentType().isPrimitive()) {
                    return cloneArray(v);
                }
                Object[] a = ((Object[]) v).clone();
                Kind ek = t.elem().kind();
                if (ek == Kind.STRUCT || ek == Kind.ARRAY) {
                    for (int i = 0; i < a.length; i++) {
                        a[i] = copyValue(t.elem(), a[i]);
                    }
                }
                return a;
            }
            default:
                return v;
        }
    }

    private static Object cloneArray(Object v) {
        if (v instanceof long[]) {
            return ((long[]) v).clone();
        }
        if (v instanceof int[]) {
            return ((int[]) v).clone();
        }
        if (v instanceof double[]) {
            return ((double[]) v).clone();
        }
        if (v instanceof float[]) {
            return ((float[]) v).clone();
        }
        if (v instanceof boolean[]) {
            return ((boolean[]) v).clone();
        }
        return ((Object[]) v).clone();
    }

    // ---- type assertions ----

    /** Whether interface value v holds type t (t concrete), or implements t (t an interface type). */
    public static boolean is(Object v, GoType t) {
        if (v == null) {
            return false;
        }
        GoType d = typeOf(v);
        if (t.kind() == Kind.INTERFACE) {
            return d.implementsIface(t);
        }
        return d == t;
    }

    /**
     * {@code v.(T)} without comma-ok: for concrete T the value in its JVM-boxed representation (the caller
     * copies struct values), for interface T the interface value itself; panics as Go does on failure.
     * {@code staticType} is the static interface type of v (for the message).
     */
    public static Object assertType(Object v, GoType t, GoType staticType) {
        if (t.kind() == Kind.INTERFACE) {
            if (v == null) {
                throw RuntimeError.typeAssertion(staticType, null, t);
            }
            GoType d = typeOf(v);
            String missing = d.missingMethod(t);
            if (missing != null) {
                throw RuntimeError.missingMethod(d, t, missing);
            }
            return v;
        }
        GoType d = typeOf(v);
        if (d != t) {
            throw RuntimeError.typeAssertion(staticType, d, t);
        }
        return unbox(v);
    }
}
