package golc.types;

import golc.syntax.Expr;
import golc.syntax.Node;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checker's results for one package, keyed by AST node identity (as go/types' Info):
 * <ul>
 *   <li>types: every expression (including type expressions, and parenthesised ones) → mode/type/value.
 *       Untyped operands get their final (converted) type and value; operands inside a constant
 *       expression keep their untyped types (they are never materialised). Comma-ok operands
 *       (map index, type assertion, receive) keep the value's type, with mode MAPINDEX or COMMAOK
 *       (unlike go/types, no (T, bool) tuple is recorded); the ok form is used when the assignment
 *       has two left-hand sides.</li>
 *   <li>defs: declaring identifiers → object (package name, blank and method names included; null for
 *       the package clause name and for symbolic variables of type switches).</li>
 *   <li>uses: identifiers denoting objects.</li>
 *   <li>implicits: objects declared without an identifier: per-clause variables of type switches
 *       (keyed by the CaseClause), anonymous/dot import PkgNames (keyed by the ImportSpec),
 *       anonymous parameters (keyed by the Field).</li>
 *   <li>selections: x.f selector expressions except qualified identifiers (pkg.Name).</li>
 *   <li>instances: identifiers denoting generic functions or types → type arguments and instantiated type.</li>
 *   <li>scopes: File, FuncType, BlockStmt, IfStmt, SwitchStmt, TypeSwitchStmt, CaseClause, CommClause,
 *       ForStmt, RangeStmt, FuncLit → scope.</li>
 * </ul>
 */
public final class Info {
    public final Map<Expr, TypeAndValue> types = new IdentityHashMap<>();
    public final Map<Expr.Ident, Obj> defs = new IdentityHashMap<>();
    public final Map<Expr.Ident, Obj> uses = new IdentityHashMap<>();
    public final Map<Node, Obj> implicits = new IdentityHashMap<>();
    public final Map<Expr.SelectorExpr, Selection> selections = new IdentityHashMap<>();
    public final Map<Expr.Ident, Instance> instances = new IdentityHashMap<>();
    public final Map<Node, Scope> scopes = new IdentityHashMap<>();
    /** Package-level variable initialisers in execution order. */
    public final List<Initializer> initOrder = new ArrayList<>();

    /** The type of expression e, or null if not recorded (identifiers: also looks at defs/uses). */
    public Type typeOf(Expr e) {
        TypeAndValue tv = types.get(e);
        if (tv != null) return tv.type();
        if (e instanceof Expr.Ident) {
            Obj o = objectOf((Expr.Ident) e);
            if (o != null) return o.type();
        }
        return null;
    }

    /** The object an identifier defines or uses, or null. */
    public Obj objectOf(Expr.Ident id) {
        Obj o = defs.get(id);
        return o != null ? o : uses.get(id);
    }

    /** The constant value of e, or null if e is not constant. */
    public Constant valueOf(Expr e) {
        TypeAndValue tv = types.get(e);
        return tv == null ? null : tv.value();
    }
}
