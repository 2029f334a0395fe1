package golc.types;

import golc.syntax.Decl;
import golc.syntax.Expr;
import golc.syntax.Pos;
import golc.syntax.Stmt;
import golc.syntax.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Statements (stmt.go), terminating statements (return.go) and labels (labels.go). */
final class Stmts {
    private final Checker c;


    /** Labels of the function being checked. */
    private Map<String, Label> labels = new HashMap<>();
    private List<Stmt.BranchStmt> gotos = new ArrayList<>();

    Stmts(Checker c) { this.c = c; }

    void funcBody(Signature sig, Stmt.BlockStmt body) {
        Map<String, Label> savedLabels = labels;
        List<Stmt.BranchStmt> savedGotos = gotos;
        labels = new HashMap<>();
        gotos = new ArrayList<>();
        collectLabels(body.list);
        stmtList(body.list);
        // Label and branch errors are reported by the parser (as gc's syntax.checkBranches); record uses only.
        for (Stmt.BranchStmt g : gotos) {
            Label l = labels.get(g.label.name);
            if (l != null) { l.used = true; c.recordUse(g.label, l); }
        }
        labels = savedLabels;
        gotos = savedGotos;
        if (sig.results().size() > 0 && !new Terminating(c.info).isTerminatingList(body.list, "")) {
            c.error(body.rbrace, "missing return");
        }
    }

    private void collectLabels(List<Stmt> list) {
        for (Stmt s : list) collectLabels(s);
    }

    private void collectLabels(Stmt s) {
        if (s instanceof Stmt.LabeledStmt) {
            Stmt.LabeledStmt ls = (Stmt.LabeledStmt) s;
            String name = ls.label.name;
            if (!name.equals("_")) {
                Label l = new Label(ls.label.pos(), c.pkg, name);
                labels.putIfAbsent(name, l);
                c.recordDef(ls.label, labels.get(name));
            }
            collectLabels(ls.stmt);
        } else if (s instanceof Stmt.BlockStmt) collectLabels(((Stmt.BlockStmt) s).list);
        else if (s instanceof Stmt.IfStmt) {
            collectLabels(((Stmt.IfStmt) s).body);
            if (((Stmt.IfStmt) s).els != null) collectLabels(((Stmt.IfStmt) s).els);
        } else if (s instanceof Stmt.ForStmt) collectLabels(((Stmt.ForStmt) s).body);
        else if (s instanceof Stmt.RangeStmt) collectLabels(((Stmt.RangeStmt) s).body);
        else if (s instanceof Stmt.SwitchStmt) for (Stmt.CaseClause cc : ((Stmt.SwitchStmt) s).clauses) collectLabels(cc.body);
        else if (s instanceof Stmt.TypeSwitchStmt) for (Stmt.CaseClause cc : ((Stmt.TypeSwitchStmt) s).clauses) collectLabels(cc.body);
        else if (s instanceof Stmt.SelectStmt) for (Stmt.CommClause cc : ((Stmt.SelectStmt) s).clauses) collectLabels(cc.body);
    }

    private void stmtList(List<Stmt> list) {
        for (Stmt s : list) stmt(s);
    }

    private void openScope(golc.syntax.Node n, String comment) {
        c.openScope(n, comment);
    }

    /** Checks one statement; misplaced break/continue/fallthrough and labels are the parser's (gc's syntax package). */
    void stmt(Stmt s) {
        if (s instanceof Stmt.EmptyStmt || s instanceof Stmt.BadStmt) return;
        if (s instanceof Stmt.DeclStmt) {
            Decl.GenDecl g = ((Stmt.DeclStmt) s).decl;
            c.decls.declStmt(g);
            return;
        }
        if (s instanceof Stmt.LabeledStmt) {
            Stmt.LabeledStmt ls = (Stmt.LabeledStmt) s;
            stmt(ls.stmt);
            return;
        }
        if (s instanceof Stmt.ExprStmt) {
            Expr e = ((Stmt.ExprStmt) s).x;
            Operand x = new Operand();
            c.exprs.rawExpr(x, e, null, false);
            String msg;
            switch (x.mode) {
                case INVALID:
                    return;
                case BUILTIN:
                    msg = "must be called";
                    break;
                case TYPEXPR:
                    msg = "is not an expression";
                    break;
                default:
                    if (isStatementExpr(e, x)) return;
                    msg = "is not used";
            }
            c.error(e.pos(), c.str(x) + " " + msg);
            return;
        }
        if (s instanceof Stmt.SendStmt) {
            Stmt.SendStmt ss = (Stmt.SendStmt) s;
            Operand ch = new Operand(), val = new Operand();
            c.exprs.expr(ch, ss.chan);
            c.exprs.expr(val, ss.value);
            if (ch.mode == Operand.Mode.INVALID || val.mode == Operand.Mode.INVALID) return;
            Type core = Predicates.coreType(ch.type);
            if (!(core instanceof Chan)) {
                c.error(s.pos(), "invalid operation: cannot send to non-channel " + c.str(ch));
                return;
            }
            if (((Chan) core).dir() == Chan.Dir.RECV_ONLY) {
                c.error(s.pos(), "invalid operation: cannot send to receive-only channel " + c.str(ch));
                return;
            }
            c.assign.assignment(val, ((Chan) core).elem(), "send");
            return;
        }
        if (s instanceof Stmt.IncDecStmt) {
            Stmt.IncDecStmt ids = (Stmt.IncDecStmt) s;
            Operand x = new Operand();
            c.exprs.expr(x, ids.x);
            if (x.mode == Operand.Mode.INVALID) return;
            if (!Predicates.isNumeric(x.type)) {
                c.error(ids.x.pos(), "invalid operation: " + Checker.str(ids.x) + ids.tok + " (non-numeric type " + c.str(x.type) + ")");
                return;
            }
            // x++ is an assignment to x: it must be addressable (or a map index).
            c.assign.lhsVar(ids.x);
            return;
        }
        if (s instanceof Stmt.AssignStmt) {
            assignStmt((Stmt.AssignStmt) s);
            return;
        }
        if (s instanceof Stmt.GoStmt) {
            suspendedCall("go", ((Stmt.GoStmt) s).call);
            return;
        }
        if (s instanceof Stmt.DeferStmt) {
            suspendedCall("defer", ((Stmt.DeferStmt) s).call);
            return;
        }
        if (s instanceof Stmt.ReturnStmt) {
            returnStmt((Stmt.ReturnStmt) s);
            return;
        }
        if (s instanceof Stmt.BranchStmt) {
            branch((Stmt.BranchStmt) s);
            return;
        }
        if (s instanceof Stmt.BlockStmt) {
            openScope(s, "block");
            stmtList(((Stmt.BlockStmt) s).list);
            c.closeScope();
            return;
        }
        if (s instanceof Stmt.IfStmt) {
            Stmt.IfStmt is = (Stmt.IfStmt) s;
            openScope(s, "if");
            if (is.init != null) simpleStmt(is.init);
            Operand x = new Operand();
            c.exprs.expr(x, is.cond);
            if (x.mode != Operand.Mode.INVALID && !Predicates.isBoolean(x.type)) {
                c.error(is.cond.pos(), "non-boolean condition in if statement");
            }
            stmt(is.body);
            if (is.els != null) {
                if (is.els instanceof Stmt.IfStmt || is.els instanceof Stmt.BlockStmt) stmt(is.els);
                else c.error(is.els.pos(), "invalid else branch in if statement");
            }
            c.closeScope();
            return;
        }
        if (s instanceof Stmt.SwitchStmt) {
            switchStmt((Stmt.SwitchStmt) s);
            return;
        }
        if (s instanceof Stmt.TypeSwitchStmt) {
            typeSwitchStmt((Stmt.TypeSwitchStmt) s);
            return;
        }
        if (s instanceof Stmt.SelectStmt) {
            selectStmt((Stmt.SelectStmt) s);
            return;
        }
        if (s instanceof Stmt.ForStmt) {
            Stmt.ForStmt fs = (Stmt.ForStmt) s;
            openScope(s, "for");
            if (fs.init != null) simpleStmt(fs.init);
            if (fs.cond != null) {
                Operand x = new Operand();
                c.exprs.expr(x, fs.cond);
                if (x.mode != Operand.Mode.INVALID && !Predicates.isBoolean(x.type)) {
                    c.error(fs.cond.pos(), "non-boolean condition in for statement");
                }
            }
            if (fs.post != null) {
                if (fs.post instanceof Stmt.AssignStmt && ((Stmt.AssignStmt) fs.post).tok == Token.DEFINE) {
                    c.error(fs.post.pos(), "cannot declare in post statement of for loop");
                }
                simpleStmt(fs.post);
            }
            stmt(fs.body);
            c.closeScope();
            return;
        }
        if (s instanceof Stmt.RangeStmt) {
            rangeStmt((Stmt.RangeStmt) s);
            return;
        }
        if (s instanceof Stmt.CaseClause || s instanceof Stmt.CommClause) {
            c.error(s.pos(), "invalid statement");
            return;
        }
        c.error(s.pos(), "invalid statement");
    }

    private void simpleStmt(Stmt s) {
        stmt(s);
    }

    /** Whether an expression statement is a call or receive (allowed as a statement). */
    private boolean isStatementExpr(Expr e, Operand x) {
        Expr u = Exprs.unparen(e);
        if (u instanceof Expr.UnaryExpr && ((Expr.UnaryExpr) u).op == Token.ARROW) return true;
        if (!(u instanceof Expr.CallExpr)) return false;
        Expr.CallExpr call = (Expr.CallExpr) u;
        TypeAndValue ft = c.info.types.get(call.fun);
        if (ft != null && ft.isType()) return false;
        Expr f = Exprs.unparen(call.fun);
        if (ft != null && ft.isBuiltin() || (f instanceof Expr.Ident && c.info.uses.get(f) instanceof Builtin)) {
            Obj b = f instanceof Expr.Ident ? c.info.uses.get(f) : null;
            if (b instanceof Builtin) {
                switch (((Builtin) b).builtinId()) {
                    case APPEND: case CAP: case COMPLEX: case IMAG: case LEN: case MAKE: case NEW: case REAL:
                        return false;
                    default:
                        return true;
                }
            }
        }
        return true;
    }

    private void suspendedCall(String keyword, Expr.CallExpr call) {
        if (call == null) return;
        Operand x = new Operand();
        c.exprs.rawExpr(x, call, null, false);
        if (x.mode == Operand.Mode.INVALID) return;
        TypeAndValue ft = c.info.types.get(call.fun);
        String msg;
        if (ft != null && ft.isType()) msg = "requires function call, not conversion";
        else if (!isStatementExpr(call, x)) msg = "discards result of";
        else return;
        c.error(call.pos(), keyword + " " + msg + " " + c.str(x));
    }

    private void assignStmt(Stmt.AssignStmt s) {
        if (s.tok == Token.DEFINE) {
            c.assign.shortVarDecl(s.tokPos, s.lhs, s.rhs);
            return;
        }
        if (s.tok == Token.ASSIGN) {
            if (s.lhs.isEmpty() || s.rhs.isEmpty()) return;
            c.assign.assignVars(s.lhs, s.rhs);
            return;
        }
        // Assignment operation x op= y.
        if (s.lhs.size() != 1 || s.rhs.size() != 1) {
            c.error(s.tokPos, "assignment operation " + s.tok + " requires single-valued expressions");
            return;
        }
        Token op = s.tok.binaryOfAssignOp();
        Operand x = new Operand();
        Expr lhs = s.lhs.get(0);
        // A synthetic node with the assignment operator makes messages read "x += y" as gc's do.
        Expr.BinaryExpr bin = new Expr.BinaryExpr(lhs, s.tokPos, s.tok, s.rhs.get(0));
        // x op= y reads x, so (as in gc) it counts as a use of x.
        c.exprs.binary(x, bin, lhs, s.rhs.get(0), op, s.tokPos);
        if (x.mode == Operand.Mode.INVALID) return;
        x.expr = s.rhs.get(0);
        c.assign.assignVar(lhs, x);
    }

    private void returnStmt(Stmt.ReturnStmt s) {
        Tuple res = c.sig == null ? Tuple.EMPTY : c.sig.results();
        List<Expr> results = s.results;
        if (results.isEmpty() && res.size() > 0 && !res.at(0).name().isEmpty()) {
            for (Var r : res.vars()) {
                Obj alt = c.scope.lookupParent(r.name());
                if (alt != null && alt != r) {
                    c.error(s.pos(), "result parameter " + r.name() + " not in scope at return\n\t" + alt.pos() + ": inner declaration of " + r.name());
                }
            }
            return;
        }
        if (results.isEmpty() && res.size() == 0) return;
        if (res.size() == 0 && !results.isEmpty()) {
            List<Operand> ops = new ArrayList<>();
            for (Expr e : results) { Operand o = new Operand(); c.exprs.expr(o, e); ops.add(o); }
            for (Operand o : ops) if (o.mode == Operand.Mode.INVALID) return;
            c.error(results.get(0).pos(), "too many return values\n\thave " + c.calls.typesSummary(ops) + "\n\twant ()");
            return;
        }
        List<Operand> ops;
        if (results.size() == 1 && res.size() > 1) {
            ops = c.exprs.multiExpr(results.get(0), false);
            if (ops.size() == 1 && ops.get(0).mode == Operand.Mode.INVALID) return;
        } else {
            ops = new ArrayList<>();
            for (Expr e : results) { Operand o = new Operand(); c.exprs.expr(o, e); ops.add(o); }
        }
        if (ops.size() != res.size()) {
            for (Operand o : ops) if (o.mode == Operand.Mode.INVALID) return;
            Pos at = ops.size() < res.size() ? (results.isEmpty() ? s.pos() : results.get(0).pos()) : results.get(Math.min(res.size(), results.size() - 1)).pos();
            if (results.size() == 1) at = results.get(0).pos();
            String qual = ops.size() < res.size() ? "not enough" : "too many";
            StringBuilder want = new StringBuilder("(");
            for (int i = 0; i < res.size(); i++) {
                if (i > 0) want.append(", ");
                want.append(c.str(res.type(i)));
            }
            want.append(')');
            c.error(at, qual + " return values\n\thave " + c.calls.typesSummary(ops) + "\n\twant " + want);
            return;
        }
        for (int i = 0; i < ops.size(); i++) c.assign.assignment(ops.get(i), res.type(i), "return statement");
    }

    private void branch(Stmt.BranchStmt s) {
        // Misplaced break/continue/fallthrough and undefined labels are reported by the parser.
        if (s.label == null) return;
        if (s.tok == Token.GOTO) {
            gotos.add(s);
            return;
        }
        Label l = labels.get(s.label.name);
        if (l != null) {
            l.used = true;
            c.recordUse(s.label, l);
        }
    }


    private void switchStmt(Stmt.SwitchStmt s) {
        openScope(s, "switch");
        if (s.init != null) simpleStmt(s.init);
        Operand x = new Operand();
        if (s.tag != null) {
            c.exprs.expr(x, s.tag);
            c.assign.assignment(x, null, "switch expression");
            if (x.mode != Operand.Mode.INVALID && !Predicates.comparable(x.type) && !Predicates.hasNil(x.type)) {
                c.error(s.tag.pos(), "cannot switch on " + c.str(x) + " (" + c.str(x.type) + " is not comparable)");
                x.mode = Operand.Mode.INVALID;
            }
        } else {
            x.mode = Operand.Mode.CONSTANT;
            x.type = Basic.BOOL;
            x.val = Constant.TRUE;
            x.expr = new Expr.Ident(s.rbrace, "true");
        }
        List<Object[]> seen = new ArrayList<>();
        Stmt.CaseClause dflt = null;
        for (int i = 0; i < s.clauses.size(); i++) {
            Stmt.CaseClause cc = s.clauses.get(i);
            if (cc.list.isEmpty()) {
                if (dflt != null) c.error(cc.pos(), "multiple defaults in switch (first at " + dflt.pos() + ")");
                dflt = cc;
            }
            for (Expr e : cc.list) caseValue(x, e, seen);
            openScope(cc, "case");
            stmtList(cc.body);
            c.closeScope();
        }
        c.closeScope();
    }

    private void caseValue(Operand x, Expr e, List<Object[]> seen) {
        Operand v = new Operand();
        c.exprs.expr(v, e);
        if (x.mode == Operand.Mode.INVALID || v.mode == Operand.Mode.INVALID) return;
        c.exprs.matchTypes(v, x);
        if (v.mode == Operand.Mode.INVALID) return;
        Operand res = v.copy();
        c.exprs.comparison(res, x, Token.EQL, true, e);
        if (res.mode == Operand.Mode.INVALID) return;
        if (v.mode == Operand.Mode.CONSTANT && v.val != null && !v.val.isUnknown()) {
            for (Object[] p : seen) {
                Operand o = (Operand) p[0];
                if (Predicates.identical(o.type, v.type) && o.val.kind() == v.val.kind() && Constant.compare(o.val, "==", v.val)) {
                    c.error(e.pos(), "duplicate case " + c.str(v) + " in expression switch\n\t" + o.expr.pos() + ": previous case");
                    return;
                }
            }
            seen.add(new Object[] {v});
        }
    }

    private void typeSwitchStmt(Stmt.TypeSwitchStmt s) {
        openScope(s, "type switch");
        if (s.init != null) simpleStmt(s.init);
        Expr.Ident lhs = s.lhs;
        if (lhs != null && lhs.name.equals("_")) {
            c.error(lhs.pos(), "no new variable on left side of :=");
            lhs = null;
        }
        if (lhs != null) c.recordDef(lhs, null);
        Operand x = new Operand();
        c.exprs.expr(x, s.guard.x);
        boolean ok = x.mode != Operand.Mode.INVALID;
        if (ok && x.type instanceof TypeParam) {
            c.error(x.expr.pos(), "cannot use type switch on type parameter value " + c.str(x));
            ok = false;
        } else if (ok && !(x.type.underlying() instanceof Interface)) {
            c.error(x.expr.pos(), c.str(x) + " is not an interface");
            ok = false;
        }
        List<Var> caseVars = new ArrayList<>();
        List<Type> seen = new ArrayList<>();
        List<Expr> seenExpr = new ArrayList<>();
        Stmt.CaseClause dflt = null;
        for (Stmt.CaseClause cc : s.clauses) {
            if (cc.list.isEmpty()) {
                if (dflt != null) c.error(cc.pos(), "multiple defaults in switch (first at " + dflt.pos() + ")");
                dflt = cc;
            }
            Type T = null;
            int n = 0;
            for (Expr e : cc.list) {
                n++;
                Type t;
                Expr ue = Exprs.unparen(e);
                if (ue instanceof Expr.Ident && ((Expr.Ident) ue).name.equals("nil") && c.scope.lookupParent("nil") instanceof Nil) {
                    c.recordUse((Expr.Ident) ue, c.scope.lookupParent("nil"));
                    c.recordTypeAndValue(e, TypeAndValue.Mode.VALUE, Basic.UNTYPED_NIL, null);
                    t = null;
                } else {
                    t = c.typexprs.varType(e);
                    if (t == Basic.INVALID) { T = Basic.INVALID; continue; }
                }
                for (int k = 0; k < seen.size(); k++) {
                    Type o = seen.get(k);
                    if ((o == null && t == null) || (o != null && t != null && Predicates.identical(o, t))) {
                        c.error(e.pos(), "duplicate case " + (t == null ? "nil" : c.str(t)) + " in type switch\n\t" + seenExpr.get(k).pos() + ": previous case");
                    }
                }
                seen.add(t);
                seenExpr.add(e);
                if (ok && t != null) c.exprs.typeAssertion(e, x, (Interface) x.type.underlying(), t, true);
                T = t;
            }
            openScope(cc, "case");
            if (lhs != null) {
                Type vt = (n == 1 && T != null) ? T : x.type;
                if (vt == null) vt = Basic.INVALID;
                Var v = new Var(lhs.pos(), c.pkg, lhs.name, vt);
                c.scope.insert(v);
                c.recordImplicit(cc, v);
                caseVars.add(v);
            }
            stmtList(cc.body);
            c.closeScope();
        }
        if (lhs != null) {
            boolean used = false;
            for (Var v : caseVars) {
                used |= v.used;
                v.used = true; // reported once below, not per clause
            }
            if (!used) c.error(lhs.pos(), lhs.name + " declared but not used");
        }
        c.closeScope();
    }

    private void selectStmt(Stmt.SelectStmt s) {
        Stmt.CommClause dflt = null;
        for (Stmt.CommClause cc : s.clauses) {
            boolean valid = false;
            Stmt comm = cc.comm;
            if (comm == null) {
                if (dflt != null) c.error(cc.pos(), "multiple defaults in select (first at " + dflt.pos() + ")");
                dflt = cc;
                valid = true;
            } else if (comm instanceof Stmt.SendStmt) {
                valid = true;
            } else if (comm instanceof Stmt.AssignStmt) {
                List<Expr> rhs = ((Stmt.AssignStmt) comm).rhs;
                if (rhs.size() == 1) {
                    Expr r = Exprs.unparen(rhs.get(0));
                    valid = r instanceof Expr.UnaryExpr && ((Expr.UnaryExpr) r).op == Token.ARROW;
                }
            } else if (comm instanceof Stmt.ExprStmt) {
                Expr r = Exprs.unparen(((Stmt.ExprStmt) comm).x);
                valid = r instanceof Expr.UnaryExpr && ((Expr.UnaryExpr) r).op == Token.ARROW;
            }
            if (!valid) {
                c.error(comm.pos(), "select case must be send or receive (possibly with assignment)");
                continue;
            }
            openScope(cc, "case");
            if (comm != null) stmt(comm);
            stmtList(cc.body);
            c.closeScope();
        }
    }

    private void rangeStmt(Stmt.RangeStmt s) {
        openScope(s, "range");
        Operand x = new Operand();
        c.exprs.expr(x, s.x);
        Type key = null, val = null;
        if (x.mode != Operand.Mode.INVALID) {
            Type[] kv = rangeKeyVal(x.type);
            Type core = Predicates.coreType(x.type);
            if (kv == null && core instanceof Chan) {
                c.error(x.expr.pos(), "cannot range over " + c.str(x) + " (receive from send-only channel)");
            } else if (kv == null) {
                c.error(x.expr.pos(), "cannot range over " + c.str(x));
            } else {
                key = kv[0];
                val = kv[1];
                if (val == null && s.value != null) {
                    c.error(s.value.pos(), "range over " + c.str(x) + " permits only one iteration variable");
                }
                if (Predicates.isUntyped(x.type)) c.exprs.convertUntyped(x, Basic.STRING);
            }
        }
        Expr[] lhs = {s.key, s.value};
        Type[] rhs = {key, val};
        if (s.tok == Token.DEFINE) {
            List<Var> vars = new ArrayList<>();
            List<Expr.Ident> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) continue;
                if (!(lhs[i] instanceof Expr.Ident)) {
                    c.error(lhs[i].pos(), "non-name " + Checker.str(lhs[i]) + " on left side of :=");
                    continue;
                }
                Expr.Ident id = (Expr.Ident) lhs[i];
                Var v = new Var(id.pos(), c.pkg, id.name, rhs[i] == null ? Basic.INVALID : rhs[i]);
                vars.add(v);
                ids.add(id);
                c.recordDef(id, v);
            }
            for (int i = 0; i < vars.size(); i++) {
                if (!vars.get(i).name().equals("_")) c.declare(c.scope, ids.get(i), vars.get(i));
            }
        } else if (s.key != null) {
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) continue;
                if (rhs[i] == null) { c.assign.lhsVar(lhs[i]); continue; }
                Operand o = new Operand();
                o.mode = Operand.Mode.VALUE;
                o.expr = lhs[i];
                o.type = rhs[i];
                c.assign.assignVar(lhs[i], o);
            }
        }
        stmt(s.body);
        c.closeScope();
    }

    /** Key and value types of range over t ({key, null} when only one variable is permitted), or null. */
    private Type[] rangeKeyVal(Type t) {
        Type u = Predicates.coreType(t);
        if (t instanceof TypeParam && u == null) u = Predicates.coreString(t);
        if (u instanceof Basic && ((Basic) u).isString()) return new Type[] {Basic.INT, Basic.RUNE};
        if (u instanceof Array) return new Type[] {Basic.INT, ((Array) u).elem()};
        if (u instanceof Slice) return new Type[] {Basic.INT, ((Slice) u).elem()};
        if (u instanceof Pointer && ((Pointer) u).elem().underlying() instanceof Array) {
            return new Type[] {Basic.INT, ((Array) ((Pointer) u).elem().underlying()).elem()};
        }
        if (u instanceof MapType) return new Type[] {((MapType) u).key(), ((MapType) u).elem()};
        if (u instanceof Chan) {
            if (((Chan) u).dir() == Chan.Dir.SEND_ONLY) return null;
            return new Type[] {((Chan) u).elem(), null};
        }
        return null;
    }
}
