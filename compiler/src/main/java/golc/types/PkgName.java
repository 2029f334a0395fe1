package golc.types;

import golc.syntax.Pos;

/** An imported package's name in a file scope. */
public final class PkgName extends Obj {
    private final Package imported;
    boolean used;
    public PkgName(Pos pos, Package pkg, String name, Package imported) {
        super(pos, pkg, name, Basic.INVALID);
        this.imported = imported;
    }
    public Package imported() { return imported; }
}
