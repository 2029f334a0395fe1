package golc.types;

import golc.syntax.Pos;

/** A type name: defined type, alias, type parameter, or predeclared type. */
public final class TypeName extends Obj {
    private boolean alias;
    public TypeName(Pos pos, Package pkg, String name, Type type) {
        super(pos, pkg, name, type);
    }
    /** Whether this name was declared as an alias (type A = B), or is byte/rune/any. */
    public boolean isAlias() { return alias; }
    void markAlias() { alias = true; }
}
