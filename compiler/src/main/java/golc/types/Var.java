package golc.types;

import golc.syntax.Pos;

/** A variable: local, package-level, parameter, result, receiver, or struct field. */
public final class Var extends Obj {
    private final boolean isField;
    private final boolean embedded;
    private boolean isParam;
    /** Whether the variable was used (for "declared but not used"). */
    boolean used;
    /** For fields and params of instantiated types: the generic original. */
    private Var origin = this;

    public Var(Pos pos, Package pkg, String name, Type type) {
        this(pos, pkg, name, type, false, false);
    }

    private Var(Pos pos, Package pkg, String name, Type type, boolean isField, boolean embedded) {
        super(pos, pkg, name, type);
        this.isField = isField;
        this.embedded = embedded;
    }

    public static Var field(Pos pos, Package pkg, String name, Type type, boolean embedded) {
        return new Var(pos, pkg, name, type, true, embedded);
    }

    public static Var param(Pos pos, Package pkg, String name, Type type) {
        Var v = new Var(pos, pkg, name, type, false, false);
        v.isParam = true;
        return v;
    }

    public boolean isField() { return isField; }
    public boolean embedded() { return embedded; }
    public boolean isParam() { return isParam; }
    public Var origin() { return origin; }
    /** Whether this is a package-level variable. */
    public boolean isGlobal() { return parent() != null && pkg() != null && parent() == pkg().scope(); }

    Var withType(Type t) {
        Var v = new Var(pos(), pkg(), name(), t, isField, embedded);
        v.isParam = isParam;
        v.origin = origin;
        return v;
    }
}
