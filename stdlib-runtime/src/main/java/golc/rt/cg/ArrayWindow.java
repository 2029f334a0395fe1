package golc.rt.cg;

import golc.rt.GoType;
import golc.rt.Pointer;
import golc.rt.Types;

/**
 * {@code (*[n]T)(s)} for a slice s that does not cover exactly its whole backing array: Go's result points
 * into that backing array (writes through it are seen by s), but a golc array value is a whole JVM array, so
 * this pointer is a window: {@link #base} is the backing array and {@link #slot} the offset of element 0.
 * Indexing and slicing through a pointer to an array go through {@link Values#arrayBase} and
 * {@link Values#arrayOffset}, so they reach the shared elements; only {@code *p} as a whole value reads a
 * copy of the window (it is copied anyway) and {@code *p = v} copies into it. Equality is the inherited
 * (base, slot): the address of element 0, as in Go.
 */
public final class ArrayWindow extends Pointer {
    /** The array length n. */
    final int len;
    /** The array type [n]T, for copying elements. */
    private final GoType type;

    public ArrayWindow(Object array, int off, int len, GoType type) {
        super(array, off);
        this.len = len;
        this.type = type;
    }

    @Override
    public Object get() {
        Object c = java.lang.reflect.Array.newInstance(base.getClass().getComponentType(), len);
        System.arraycopy(base, slot, c, 0, len);
        return c;
    }

    @Override
    public void set(Object v) {
        Object c = Types.copyValue(type, v);
        System.arraycopy(c, 0, base, slot, len);
    }
}
