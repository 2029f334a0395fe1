package golc.types;

import golc.syntax.Pos;

/** A statement label. */
public final class Label extends Obj {
    boolean used;
    public Label(Pos pos, Package pkg, String name) { super(pos, pkg, name, Basic.INVALID); }
}
