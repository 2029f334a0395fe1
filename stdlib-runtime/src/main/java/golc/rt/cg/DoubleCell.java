package golc.rt.cg;

import golc.rt.Pointer;

/** A variable of representation {@code double} moved to the heap (its address is taken, or a closure assigns it). */
public final class DoubleCell extends Pointer {
    public double value;

    public DoubleCell(double value) {
        super(null, 0);
        this.value = value;
    }

    @Override
    public Object get() {
        return value;
    }

    @Override
    public void set(Object v) {
        value = (Double) v;
    }
}
