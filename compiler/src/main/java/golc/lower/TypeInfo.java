package golc.lower;

import golc.syntax.Expr;
import golc.syntax.Node;
import golc.types.Basic;
import golc.types.Constant;
import golc.types.Obj;
import golc.types.Package;
import golc.types.Selection;
import golc.types.Type;
import golc.types.TypeAndValue;

/**
 * The lowering's view of the checker's side tables for one package: one place that knows how
 * {@code golc.types.Info} is shaped, so the rest of the lowering reads as questions about the program.
 */
final class TypeInfo {
    private final Package pkg;

    TypeInfo(Package pkg) {
        this.pkg = pkg;
    }

    Package pkg() {
        return pkg;
    }

    TypeAndValue tv(Expr e) {
        e = unparen(e);
        return pkg.info().types.get(e);
    }

    /** The type of e; untyped constants get their default type (the checker leaves some untyped). */
    Type typeOf(Expr e) {
        TypeAndValue tv = tv(e);
        Type t = tv != null ? tv.type() : pkg.info().typeOf(unparen(e));
        if (t == null) return null;
        if (t instanceof Basic b && b.isUntyped() && b != Basic.UNTYPED_NIL) return b.defaultType();
        return t;
    }

    /** The constant value of e, or null if e is not constant. */
    Constant constOf(Expr e) {
        TypeAndValue tv = tv(e);
        if (tv == null || tv.value() == null) return null;
        return operandsConstant(unparen(e)) ? tv.value() : null;
    }

    /**
     * Guards against a constant recorded for an expression with a non-constant operand (seen for shifts of
     * untyped constants by variables, {@code 1<<s + 1}): such an expression is never constant.
     */
    private boolean operandsConstant(Expr e) {
        if (e instanceof Expr.BinaryExpr b) {
            return constOf(b.x) != null && constOf(b.y) != null;
        }
        if (e instanceof Expr.UnaryExpr u) return constOf(u.x) != null;
        return true;
    }

    boolean isType(Expr e) {
        TypeAndValue tv = tv(e);
        return tv != null && tv.isType();
    }

    boolean isNil(Expr e) {
        TypeAndValue tv = tv(e);
        return tv != null && tv.isNil();
    }

    /** The object an identifier defines or uses. */
    Obj objOf(Expr.Ident id) {
        Obj o = pkg.info().defs.get(id);
        return o != null ? o : pkg.info().uses.get(id);
    }

    /** The object an identifier defines (null for uses and blank identifiers without object). */
    Obj defOf(Expr.Ident id) {
        return pkg.info().defs.get(id);
    }

    Obj implicit(Node n) {
        return pkg.info().implicits.get(n);
    }

    Selection selection(Expr.SelectorExpr e) {
        return pkg.info().selections.get(e);
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.ParenExpr p) e = p.x;
        return e;
    }
}
