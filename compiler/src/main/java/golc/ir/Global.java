package golc.ir;

import golc.syntax.Pos;
import golc.types.Type;

/**
 * A package-level variable: a static field named {@code name} of class {@code go/<pkgPath>/package}.
 * Identity matters: {@link Expr.GlobalRef} points at the declaring object.
 */
public final class Global {
    private final String pkgPath;
    private final String name;
    private final Type type;
    private final Pos pos;

    public Global(String pkgPath, String name, Type type, Pos pos) {
        this.pkgPath = pkgPath;
        this.name = name;
        this.type = type;
        this.pos = pos;
    }

    public String pkgPath() { return pkgPath; }
    public String name() { return name; }
    public Type type() { return type; }
    public Pos pos() { return pos; }

    @Override
    public String toString() {
        return pkgPath + "." + name;
    }
}
