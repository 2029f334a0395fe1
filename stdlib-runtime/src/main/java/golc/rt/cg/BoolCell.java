package golc.rt.cg;

import golc.rt.Pointer;

/** A variable of representation {@code boolean} moved to the heap (its address is taken, or a closure assigns it). */
public final class BoolCell extends Pointer {
    public boolean value;

    public BoolCell(boolean value) {
        super(null, 0);
        this.value = value;
    }

    @Override
    public Object get() {
        return value;
    }

    @Override
    public void set(Object v) {
        value = (Boolean) v;
    }
}
