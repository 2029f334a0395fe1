package golc.types;

import golc.syntax.Pos;

/** A declared constant with its exact value. */
public final class Const extends Obj {
    private Constant val;
    public Const(Pos pos, Package pkg, String name, Type type, Constant val) {
        super(pos, pkg, name, type);
        this.val = val;
    }
    public Constant val() { return val; }
    void setVal(Constant v) { this.val = v; }
}
