package golc.lower;

import golc.syntax.Expr;
import golc.syntax.Node;
import golc.syntax.Stmt;
import golc.syntax.Token;
import golc.types.Array;
import golc.types.Func;
import golc.types.Obj;
import golc.types.Pointer;
import golc.types.Selection;
import golc.types.Struct;
import golc.types.Var;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

/**
 * Decides which local variables of a top-level function (closures included) live in heap cells: those
 * whose address is taken, and those captured by a closure and assigned anywhere (so the closure and the
 * function see one variable). Struct and array variables never need a cell: their JVM object is the
 * variable's storage (assignment copies into it), so capturing or taking the address shares it already.
 */
final class Boxing {
    private final Map<Var, Integer> depth = new IdentityHashMap<>();
    private final Set<Var> captured = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Var> assigned = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Var> addressed = Collections.newSetFromMap(new IdentityHashMap<>());

    private Boxing() {}

    /** For generated functions without Go variables. */
    static Boxing none() {
        return new Boxing();
    }

    static Boxing analyse(java.util.List<? extends Node> roots, TypeInfo info) {
        Boxing b = new Boxing();
        for (Node root : roots) b.scan(root, info);
        return b;
    }

    private void scan(Node fn, TypeInfo info) {
        Boxing b = this;
        int[] level = {0};
        AstWalk.walk(fn, new AstWalk.Visitor() {
            @Override
            public boolean enter(Node n) {
                if (n instanceof Expr.FuncLit) level[0]++;
                if (n instanceof Expr.FuncType ft && ft.results != null) {
                    // named results are assigned by every return statement with values
                    for (golc.syntax.Field f : ft.results.list) {
                        for (Expr.Ident id : f.names) if (info.defOf(id) instanceof Var v) b.assigned.add(v);
                    }
                }
                if (n instanceof Stmt.CaseClause c && info.implicit(c) instanceof Var v) b.depth.putIfAbsent(v, level[0]);
                if (n instanceof Expr.Ident id) {
                    Obj d = info.defOf(id);
                    if (d instanceof Var v && !v.isField()) {
                        b.depth.putIfAbsent(v, level[0]);
                    } else if (info.objOf(id) instanceof Var v && !v.isGlobal()) {
                        Integer dl = b.depth.get(v);
                        if (dl != null && dl < level[0]) b.captured.add(v);
                    }
                } else if (n instanceof Stmt.AssignStmt a && a.tok != Token.DEFINE) {
                    for (Expr l : a.lhs) b.markAssigned(l, info);
                } else if (n instanceof Stmt.AssignStmt a) {
                    // := reuses already declared variables on the left: those are assignments
                    for (Expr l : a.lhs) {
                        if (l instanceof Expr.Ident id && info.defOf(id) == null) b.markAssigned(l, info);
                    }
                } else if (n instanceof Stmt.IncDecStmt s) {
                    b.markAssigned(s.x, info);
                } else if (n instanceof Stmt.RangeStmt r) {
                    // range variables, even declared with :=, exist once per loop and are assigned per iteration
                    b.markAssigned(r.key, info);
                    b.markAssigned(r.value, info);
                } else if (n instanceof Expr.UnaryExpr u && u.op == Token.AND) {
                    if (TypeInfo.unparen(u.x) instanceof Expr.Ident id && info.objOf(id) instanceof Var v) {
                        b.addressed.add(v);
                    }
                } else if (n instanceof Expr.SelectorExpr s) {
                    // x.M() with M on *T and x a variable of type T takes &x implicitly
                    Selection sel = info.selection(s);
                    if (sel != null && sel.kind() == Selection.Kind.METHOD_VAL && sel.obj() instanceof Func f
                            && f.hasPtrRecv() && !(sel.recv().underlying() instanceof Pointer)
                            && TypeInfo.unparen(s.x) instanceof Expr.Ident id && info.objOf(id) instanceof Var v) {
                        b.addressed.add(v);
                    }
                }
                return true;
            }

            @Override
            public void exit(Node n) {
                if (n instanceof Expr.FuncLit) level[0]--;
            }
        });
    }

    private void markAssigned(Expr e, TypeInfo info) {
        if (e != null && TypeInfo.unparen(e) instanceof Expr.Ident id && info.objOf(id) instanceof Var v) assigned.add(v);
    }

    boolean needsCell(Var v) {
        if (v.type() != null && (v.type().underlying() instanceof Struct || v.type().underlying() instanceof Array)) return false;
        return addressed.contains(v) || (captured.contains(v) && assigned.contains(v));
    }
}
