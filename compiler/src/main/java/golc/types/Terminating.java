package golc.types;

import golc.syntax.Expr;
import golc.syntax.Stmt;
import golc.syntax.Token;

import java.util.List;

/** Terminating statements (spec "Terminating statements", return.go), for "missing return". */
final class Terminating {
    private final Info info;

    Terminating(Info info) { this.info = info; }

    boolean isTerminatingList(List<Stmt> list, String label) {
        int i = list.size() - 1;
        while (i >= 0 && list.get(i) instanceof Stmt.EmptyStmt) i--;
        return i >= 0 && isTerminating(list.get(i), label);
    }

    boolean isTerminating(Stmt s, String label) {
        if (s instanceof Stmt.ReturnStmt) return true;
        if (s instanceof Stmt.BranchStmt) {
            Token t = ((Stmt.BranchStmt) s).tok;
            return t == Token.GOTO || t == Token.FALLTHROUGH;
        }
        if (s instanceof Stmt.ExprStmt) {
            Expr e = Exprs.unparen(((Stmt.ExprStmt) s).x);
            if (e instanceof Expr.CallExpr) {
                Expr f = Exprs.unparen(((Expr.CallExpr) e).fun);
                return f instanceof Expr.Ident && ((Expr.Ident) f).name.equals("panic") && isUniversePanic((Expr.Ident) f);
            }
            return false;
        }
        if (s instanceof Stmt.LabeledStmt) {
            Stmt.LabeledStmt ls = (Stmt.LabeledStmt) s;
            return isTerminating(ls.stmt, ls.label.name);
        }
        if (s instanceof Stmt.BlockStmt) return isTerminatingList(((Stmt.BlockStmt) s).list, "");
        if (s instanceof Stmt.IfStmt) {
            Stmt.IfStmt is = (Stmt.IfStmt) s;
            return is.els != null && isTerminatingList(is.body.list, "") && isTerminating(is.els, "");
        }
        if (s instanceof Stmt.SwitchStmt) {
            Stmt.SwitchStmt ss = (Stmt.SwitchStmt) s;
            boolean dflt = false;
            for (Stmt.CaseClause cc : ss.clauses) {
                if (cc.list.isEmpty()) dflt = true;
                if (!isTerminatingList(cc.body, "") || hasBreakList(cc.body, label, true)) return false;
            }
            return dflt;
        }
        if (s instanceof Stmt.TypeSwitchStmt) {
            Stmt.TypeSwitchStmt ss = (Stmt.TypeSwitchStmt) s;
            boolean dflt = false;
            for (Stmt.CaseClause cc : ss.clauses) {
                if (cc.list.isEmpty()) dflt = true;
                if (!isTerminatingList(cc.body, "") || hasBreakList(cc.body, label, true)) return false;
            }
            return dflt;
        }
        if (s instanceof Stmt.SelectStmt) {
            for (Stmt.CommClause cc : ((Stmt.SelectStmt) s).clauses) {
                if (!isTerminatingList(cc.body, "") || hasBreakList(cc.body, label, true)) return false;
            }
            return true;
        }
        if (s instanceof Stmt.ForStmt) {
            Stmt.ForStmt fs = (Stmt.ForStmt) s;
            return fs.cond == null && !hasBreak(fs.body, label, true);
        }
        return false;
    }

    /** Only a call of the predeclared panic terminates; a local variable named panic does not. */
    private boolean isUniversePanic(Expr.Ident id) {
        return info.uses.get(id) instanceof Builtin;
    }

    private static boolean hasBreakList(List<Stmt> list, String label, boolean implicit) {
        for (Stmt s : list) if (hasBreak(s, label, implicit)) return true;
        return false;
    }

    /** Whether s contains a break referring to the enclosing statement (unlabeled if implicit, or labeled label). */
    private static boolean hasBreak(Stmt s, String label, boolean implicit) {
        if (s instanceof Stmt.BranchStmt) {
            Stmt.BranchStmt b = (Stmt.BranchStmt) s;
            if (b.tok != Token.BREAK) return false;
            if (b.label == null) return implicit;
            return b.label.name.equals(label);
        }
        if (s instanceof Stmt.LabeledStmt) return hasBreak(((Stmt.LabeledStmt) s).stmt, label, implicit);
        if (s instanceof Stmt.BlockStmt) return hasBreakList(((Stmt.BlockStmt) s).list, label, implicit);
        if (s instanceof Stmt.IfStmt) {
            Stmt.IfStmt is = (Stmt.IfStmt) s;
            return hasBreak(is.body, label, implicit) || (is.els != null && hasBreak(is.els, label, implicit));
        }
        if (s instanceof Stmt.CaseClause) return hasBreakList(((Stmt.CaseClause) s).body, label, implicit);
        if (s instanceof Stmt.CommClause) return hasBreakList(((Stmt.CommClause) s).body, label, implicit);
        // Nested breakable statements: unlabeled breaks inside refer to them, not to us.
        if (label.isEmpty()) return false;
        if (s instanceof Stmt.SwitchStmt) {
            for (Stmt.CaseClause cc : ((Stmt.SwitchStmt) s).clauses) if (hasBreakList(cc.body, label, false)) return true;
        } else if (s instanceof Stmt.TypeSwitchStmt) {
            for (Stmt.CaseClause cc : ((Stmt.TypeSwitchStmt) s).clauses) if (hasBreakList(cc.body, label, false)) return true;
        } else if (s instanceof Stmt.SelectStmt) {
            for (Stmt.CommClause cc : ((Stmt.SelectStmt) s).clauses) if (hasBreakList(cc.body, label, false)) return true;
        } else if (s instanceof Stmt.ForStmt) {
            return hasBreak(((Stmt.ForStmt) s).body, label, false);
        } else if (s instanceof Stmt.RangeStmt) {
            return hasBreak(((Stmt.RangeStmt) s).body, label, false);
        }
        return false;
    }
}
