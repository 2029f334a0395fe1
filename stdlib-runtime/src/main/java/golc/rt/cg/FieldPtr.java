package golc.rt.cg;

import golc.rt.GoStruct;
import golc.rt.Pointer;

/** {@code &s.f} for a non-struct field f: the struct object and the field's number. */
public final class FieldPtr extends Pointer {
    public FieldPtr(GoStruct s, int field) {
        super(s, field);
    }

    @Override
    public Object get() {
        return ((FieldAccess) base).$load(slot);
    }

    @Override
    public void set(Object v) {
        ((FieldAccess) base).$store(slot, v);
    }
}
