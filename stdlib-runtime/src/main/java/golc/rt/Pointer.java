package golc.rt;

import java.lang.reflect.Array;

/**
 * A pointer {@code *T} to a non-struct T: a variable cell, an array or slice element, or a struct field.
 * Two pointers are equal when they point at the same place: the same {@link #base} object and {@link #slot}.
 * Generated code subclasses it for field pointers with typed access; {@link Cell} and {@link Elem} cover
 * escaped variables and elements.
 */
public abstract class Pointer {
    /** The object holding the target (the array, the struct); null when the pointer object is the target's cell. */
    public final Object base;
    /** Position of the target within base (element index, field number; 0 for a cell). */
    public final int slot;

    protected Pointer(Object base, int slot) {
        this.base = base;
        this.slot = slot;
    }

    /** The pointed-to value, JVM-boxed. */
    public abstract Object get();

    /** Stores a JVM-boxed value. */
    public abstract void set(Object v);

    /** {@code *p} with Go's nil check. */
    public static Object load(Pointer p) {
        if (p == null) {
            throw RuntimeError.nilDeref();
        }
        return p.get();
    }

    /** {@code *p = v} with Go's nil check. */
    public static void store(Pointer p, Object v) {
        if (p == null) {
            throw RuntimeError.nilDeref();
        }
        p.set(v);
    }

    @Override
    public final boolean equals(Object o) {
        if (base == null) {
            return this == o;
        }
        return o instanceof Pointer && ((Pointer) o).base == base && ((Pointer) o).slot == slot;
    }

    @Override
    public final int hashCode() {
        return base == null ? System.identityHashCode(this) : System.identityHashCode(base) * 31 + slot;
    }

    /** Go's == on pointers (nil-safe). */
    public static boolean eq(Pointer a, Pointer b) {
        return a == null ? b == null : a.equals(b);
    }

    /** A variable moved to the heap because its address is taken. */
    public static final class Cell extends Pointer {
        public Object value;

        public Cell(Object value) {
            super(null, 0);
            this.value = value;
        }

        @Override
        public Object get() {
            return value;
        }

        @Override
        public void set(Object v) {
            value = v;
        }

        @Override
        public String toString() {
            return "Cell@" + Integer.toHexString(System.identityHashCode(this));
        }
    }

    /** {@code &a[i]} for an element of a JVM array (array variable or slice backing store). */
    public static final class Elem extends Pointer {
        public Elem(Object array, int index) {
            super(array, index);
        }

        @Override
        public Object get() {
            return Array.get(base, slot);
        }

        @Override
        public void set(Object v) {
            Array.set(base, slot, v);
        }
    }
}
