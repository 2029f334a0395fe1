package golc.rt.cg;

import golc.rt.Pointer;

/** A variable of representation {@code int} moved to the heap (its address is taken, or a closure assigns it). */
public final class IntCell extends Pointer {
    public int value;

    public IntCell(int value) {
        super(null, 0);
        this.value = value;
    }

    @Override
    public Object get() {
        return value;
    }

    @Override
    public void set(Object v) {
        value = (Integer) v;
    }
}
