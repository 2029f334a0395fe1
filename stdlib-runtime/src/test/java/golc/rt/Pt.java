package golc.rt;

/** A hand-written struct class shaped like codegen's output for {@code type Pt struct{ X, Y int }} in package main. */
public final class Pt extends GoStruct {
    static final GoType TYPE = GoType.named("main", "main", "Pt");

    static {
        TYPE.define(GoType.struct(new GoType.Field[] {
            new GoType.Field("X", null, GoType.INT, false, ""),
            new GoType.Field("Y", null, GoType.INT, false, ""),
        }, null), Pt.class, new GoType.Method[0], new GoType.Method[0]);
    }

    public long x;
    public long y;

    public Pt() {
    }

    public Pt(long x, long y) {
        this.x = x;
        this.y = y;
    }

    @Override
    public GoType $type() {
        return TYPE;
    }

    @Override
    public GoStruct $copy() {
        return new Pt(x, y);
    }

    @Override
    public boolean $eq(Object o) {
        Pt p = (Pt) o;
        return x == p.x && y == p.y;
    }

    @Override
    public Object $get(int i) {
        return i == 0 ? (Object) x : (Object) y;
    }
}
