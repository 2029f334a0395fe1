package golc.rt.cg;

import golc.rt.GoType;
import golc.rt.Pointer;

/**
 * {@code &a} for an array variable a: the array object is the variable (assignment copies into it), so the
 * pointer holds it; two such pointers are equal when they hold the same array.
 */
public final class ArrayPtr extends Pointer {
    /** The array type, for copying elements on {@code *p = v}. */
    private final GoType type;

    public ArrayPtr(Object array, GoType type) {
        super(array, -1);
        this.type = type;
    }

    @Override
    public Object get() {
        return base;
    }

    @Override
    public void set(Object v) {
        Values.assignArray(base, v, type);
    }
}
