package golc.rt.cg;

import golc.rt.Pointer;

/** A variable of representation {@code float} moved to the heap (its address is taken, or a closure assigns it). */
public final class FloatCell extends Pointer {
    public float value;

    public FloatCell(float value) {
        super(null, 0);
        this.value = value;
    }

    @Override
    public Object get() {
        return value;
    }

    @Override
    public void set(Object v) {
        value = (Float) v;
    }
}
