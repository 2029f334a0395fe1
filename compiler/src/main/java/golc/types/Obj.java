package golc.types;

import golc.syntax.Pos;

/**
 * A named language entity (go/types' Object; renamed to avoid java.lang.Object): a variable, constant,
 * type name, function, package name, builtin, label or nil. Objects are identified by reference.
 */
public abstract class Obj {
    private final Pos pos;
    private final Package pkg;
    private final String name;
    private Type type;
    private Scope parent;
    /** Order in which package-level objects were declared; used for init order ties. */
    int order;

    Obj(Pos pos, Package pkg, String name, Type type) {
        this.pos = pos;
        this.pkg = pkg;
        this.name = name;
        this.type = type;
    }

    public Pos pos() { return pos; }
    /** The package the object belongs to; null for universe objects (and for nothing else). */
    public Package pkg() { return pkg; }
    public String name() { return name; }
    public Type type() { return type; }
    void setType(Type t) { this.type = t; }
    /** The scope in which the object is declared; null for fields and methods. */
    public Scope parent() { return parent; }
    void setParent(Scope s) { this.parent = s; }

    public boolean exported() {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    /** Name qualified by package path for unexported names, so that identical names from different packages differ. */
    public String id() {
        if (exported() || pkg == null) return name;
        return pkg.path() + "." + name;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName().toLowerCase() + " " + name + " " + (type == null ? "" : type.toString());
    }
}
