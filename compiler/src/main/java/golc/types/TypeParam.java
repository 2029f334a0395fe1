package golc.types;

/** A type parameter; its constraint is an interface (possibly implicit, as for [T ~int]). */
public final class TypeParam extends Type {
    private final TypeName obj;
    private final int index;
    private Type constraint;

    public TypeParam(TypeName obj, int index, Type constraint) {
        this.obj = obj;
        this.index = index;
        this.constraint = constraint;
        if (obj.type() == null) obj.setType(this);
    }

    public TypeName obj() { return obj; }
    public int index() { return index; }
    public Type constraint() { return constraint; }
    void setConstraint(Type c) { this.constraint = c; }

    /** The constraint's underlying interface. */
    public Interface iface() {
        Type u = constraint == null ? null : constraint.underlying();
        if (u instanceof Interface) return (Interface) u;
        return Interface.EMPTY;
    }

    @Override
    public Type underlying() { return iface(); }
}
