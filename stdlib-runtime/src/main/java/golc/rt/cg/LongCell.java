package golc.rt.cg;

import golc.rt.Pointer;

/** A variable of representation {@code long} moved to the heap (its address is taken, or a closure assigns it). */
public final class LongCell extends Pointer {
    public long value;

    public LongCell(long value) {
        super(null, 0);
        this.value = value;
    }

    @Override
    public Object get() {
        return value;
    }

    @Override
    public void set(Object v) {
        value = (Long) v;
    }
}
