package golc.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Generic traversal of syntax trees, like go/ast's Inspect. */
public final class Walk {
    private Walk() {
    }

    /**
     * Depth-first traversal in source order: calls {@code f} on {@code n}; if it returns true, visits
     * the children of {@code n} the same way.
     */
    public static void inspect(Node n, Predicate<Node> f) {
        if (n == null || !f.test(n)) return;
        for (Node c : children(n)) inspect(c, f);
    }

    /** The direct children of {@code n} in source order; absent optional children are left out. */
    public static List<Node> children(Node n) {
        List<Node> l = new ArrayList<>();
        if (n instanceof File) {
            File f = (File) n;
            add(l, f.name);
            l.addAll(f.decls);
        } else if (n instanceof Field) {
            Field f = (Field) n;
            l.addAll(f.names);
            add(l, f.type, f.tag);
        } else if (n instanceof FieldList) {
            l.addAll(((FieldList) n).list);
        } else if (n instanceof Expr) {
            exprChildren((Expr) n, l);
        } else if (n instanceof Stmt) {
            stmtChildren((Stmt) n, l);
        } else if (n instanceof Decl.GenDecl) {
            l.addAll(((Decl.GenDecl) n).specs);
        } else if (n instanceof Decl.FuncDecl) {
            Decl.FuncDecl d = (Decl.FuncDecl) n;
            add(l, d.recv, d.name, d.type, d.body);
        } else if (n instanceof Spec.ImportSpec) {
            Spec.ImportSpec s = (Spec.ImportSpec) n;
            add(l, s.name, s.path);
        } else if (n instanceof Spec.ValueSpec) {
            Spec.ValueSpec s = (Spec.ValueSpec) n;
            l.addAll(s.names);
            add(l, s.type);
            l.addAll(s.values);
        } else if (n instanceof Spec.TypeSpec) {
            Spec.TypeSpec s = (Spec.TypeSpec) n;
            add(l, s.name, s.typeParams, s.type);
        }
        return l;
    }

    private static void exprChildren(Expr n, List<Node> l) {
        if (n instanceof Expr.Ellipsis) {
            add(l, ((Expr.Ellipsis) n).elt);
        } else if (n instanceof Expr.CompositeLit) {
            Expr.CompositeLit x = (Expr.CompositeLit) n;
            add(l, x.type);
            l.addAll(x.elts);
        } else if (n instanceof Expr.FuncLit) {
            Expr.FuncLit x = (Expr.FuncLit) n;
            add(l, x.type, x.body);
        } else if (n instanceof Expr.ParenExpr) {
            add(l, ((Expr.ParenExpr) n).x);
        } else if (n instanceof Expr.SelectorExpr) {
            Expr.SelectorExpr x = (Expr.SelectorExpr) n;
            add(l, x.x, x.sel);
        } else if (n instanceof Expr.IndexExpr) {
            Expr.IndexExpr x = (Expr.IndexExpr) n;
            add(l, x.x, x.index);
        } else if (n instanceof Expr.IndexListExpr) {
            Expr.IndexListExpr x = (Expr.IndexListExpr) n;
            add(l, x.x);
            l.addAll(x.indices);
        } else if (n instanceof Expr.SliceExpr) {
            Expr.SliceExpr x = (Expr.SliceExpr) n;
            add(l, x.x, x.low, x.high, x.max);
        } else if (n instanceof Expr.TypeAssertExpr) {
            Expr.TypeAssertExpr x = (Expr.TypeAssertExpr) n;
            add(l, x.x, x.type);
        } else if (n instanceof Expr.CallExpr) {
            Expr.CallExpr x = (Expr.CallExpr) n;
            add(l, x.fun);
            l.addAll(x.args);
        } else if (n instanceof Expr.StarExpr) {
            add(l, ((Expr.StarExpr) n).x);
        } else if (n instanceof Expr.UnaryExpr) {
            add(l, ((Expr.UnaryExpr) n).x);
        } else if (n instanceof Expr.BinaryExpr) {
            Expr.BinaryExpr x = (Expr.BinaryExpr) n;
            add(l, x.x, x.y);
        } else if (n instanceof Expr.KeyValueExpr) {
            Expr.KeyValueExpr x = (Expr.KeyValueExpr) n;
            add(l, x.key, x.value);
        } else if (n instanceof Expr.ArrayType) {
            Expr.ArrayType x = (Expr.ArrayType) n;
            add(l, x.len, x.elt);
        } else if (n instanceof Expr.StructType) {
            add(l, ((Expr.StructType) n).fields);
        } else if (n instanceof Expr.FuncType) {
            Expr.FuncType x = (Expr.FuncType) n;
            add(l, x.typeParams, x.params, x.results);
        } else if (n instanceof Expr.InterfaceType) {
            add(l, ((Expr.InterfaceType) n).methods);
        } else if (n instanceof Expr.MapType) {
            Expr.MapType x = (Expr.MapType) n;
            add(l, x.key, x.value);
        } else if (n instanceof Expr.ChanType) {
            add(l, ((Expr.ChanType) n).value);
        }
        // BadExpr, Ident, BasicLit: leaves
    }

    private static void stmtChildren(Stmt n, List<Node> l) {
        if (n instanceof Stmt.DeclStmt) {
            add(l, ((Stmt.DeclStmt) n).decl);
        } else if (n instanceof Stmt.LabeledStmt) {
            Stmt.LabeledStmt s = (Stmt.LabeledStmt) n;
            add(l, s.label, s.stmt);
        } else if (n instanceof Stmt.ExprStmt) {
            add(l, ((Stmt.ExprStmt) n).x);
        } else if (n instanceof Stmt.SendStmt) {
            Stmt.SendStmt s = (Stmt.SendStmt) n;
            add(l, s.chan, s.value);
        } else if (n instanceof Stmt.IncDecStmt) {
            add(l, ((Stmt.IncDecStmt) n).x);
        } else if (n instanceof Stmt.AssignStmt) {
            Stmt.AssignStmt s = (Stmt.AssignStmt) n;
            l.addAll(s.lhs);
            l.addAll(s.rhs);
        } else if (n instanceof Stmt.GoStmt) {
            add(l, ((Stmt.GoStmt) n).call);
        } else if (n instanceof Stmt.DeferStmt) {
            add(l, ((Stmt.DeferStmt) n).call);
        } else if (n instanceof Stmt.ReturnStmt) {
            l.addAll(((Stmt.ReturnStmt) n).results);
        } else if (n instanceof Stmt.BranchStmt) {
            add(l, ((Stmt.BranchStmt) n).label);
        } else if (n instanceof Stmt.BlockStmt) {
            l.addAll(((Stmt.BlockStmt) n).list);
        } else if (n instanceof Stmt.IfStmt) {
            Stmt.IfStmt s = (Stmt.IfStmt) n;
            add(l, s.init, s.cond, s.body, s.els);
        } else if (n instanceof Stmt.CaseClause) {
            Stmt.CaseClause s = (Stmt.CaseClause) n;
            l.addAll(s.list);
            l.addAll(s.body);
        } else if (n instanceof Stmt.SwitchStmt) {
            Stmt.SwitchStmt s = (Stmt.SwitchStmt) n;
            add(l, s.init, s.tag);
            l.addAll(s.clauses);
        } else if (n instanceof Stmt.TypeSwitchStmt) {
            Stmt.TypeSwitchStmt s = (Stmt.TypeSwitchStmt) n;
            add(l, s.init, s.lhs, s.guard);
            l.addAll(s.clauses);
        } else if (n instanceof Stmt.CommClause) {
            Stmt.CommClause s = (Stmt.CommClause) n;
            add(l, s.comm);
            l.addAll(s.body);
        } else if (n instanceof Stmt.SelectStmt) {
            l.addAll(((Stmt.SelectStmt) n).clauses);
        } else if (n instanceof Stmt.ForStmt) {
            Stmt.ForStmt s = (Stmt.ForStmt) n;
            add(l, s.init, s.cond, s.post, s.body);
        } else if (n instanceof Stmt.RangeStmt) {
            Stmt.RangeStmt s = (Stmt.RangeStmt) n;
            add(l, s.key, s.value, s.x, s.body);
        }
        // BadStmt, EmptyStmt: leaves
    }

    private static void add(List<Node> l, Node... ns) {
        for (Node n : ns) {
            if (n != null) l.add(n);
        }
    }
}
