package golc.types;

import golc.syntax.Expr;
import golc.syntax.Spec;

import java.util.ArrayList;
import java.util.List;

/** Assignability and assignments (assignments.go, operand.go's assignableTo). */
final class Assignments {
    private final Checker c;

    Assignments(Checker c) { this.c = c; }

    /** Whether x is assignable to t (spec "Assignability"); cause receives a reason if available. */
    boolean assignableTo(Operand x, Type t, String[] cause) {
        if (x.mode == Operand.Mode.INVALID || t == Basic.INVALID) return true;
        Type v = x.type;
        if (v == Basic.INVALID) return true;
        if (Predicates.identical(v, t)) return true;
        Type vu = v.underlying(), tu = t.underlying();
        boolean vp = v instanceof TypeParam, tp = t instanceof TypeParam;
        if (Predicates.isUntyped(v)) {
            if (tp) {
                List<Term> terms = ((TypeParam) t).iface().typeSet().terms();
                if (terms == null) return x.isNil() ? false : false;
                for (Term term : terms) {
                    Operand o = x.copy();
                    if (!assignableTo(o, term.type(), null)) return false;
                }
                return true;
            }
            Exprs.Implicit r = c.exprs.implicitTypeAndValue(x, t);
            return r.type != null;
        }
        if (Predicates.identical(vu, tu) && (!hasName(v) || !hasName(t)) && !vp && !tp) return true;
        if (tu instanceof Interface && !tp) {
            Func[] wrong = new Func[1];
            Func m = Lookup.missingMethod(v, (Interface) tu, true, wrong);
            if (m == null && ((Interface) tu).isMethodSet()) return true;
            if (m == null) return false;
            if (cause != null) cause[0] = c.str(v) + " does not implement " + c.str(t) + " " + c.calls.missingMethodReason(v, t, m, wrong[0]);
            return false;
        }
        if (vu instanceof Interface && !vp && !(tu instanceof Interface)) {
            Func[] wrong = new Func[1];
            if (Lookup.missingMethod(t, (Interface) vu, true, wrong) == null && cause != null) {
                cause[0] = "need type assertion";
            }
            return false;
        }
        if (vu instanceof Chan && ((Chan) vu).dir() == Chan.Dir.SEND_RECV && tu instanceof Chan
                && Predicates.identical(((Chan) vu).elem(), ((Chan) tu).elem())) {
            return !hasName(v) || !hasName(t);
        }
        if (vp && !hasName(t)) {
            List<Term> terms = ((TypeParam) v).iface().typeSet().terms();
            if (terms == null || terms.isEmpty()) return false;
            for (Term term : terms) {
                Operand o = x.copy();
                o.type = term.type();
                if (!assignableTo(o, t, null)) return false;
            }
            return true;
        }
        if (tp && !hasName(v)) {
            List<Term> terms = ((TypeParam) t).iface().typeSet().terms();
            if (terms == null || terms.isEmpty()) return false;
            for (Term term : terms) if (!assignableTo(x, term.type(), null)) return false;
            return true;
        }
        return false;
    }

    private static boolean hasName(Type t) {
        return t instanceof Basic || t instanceof Named || t instanceof TypeParam;
    }

    /** Checks that x can be assigned to a value of type t (t null: blank/untyped target); converts untyped x. */
    void assignment(Operand x, Type t, String context) {
        if (x.mode == Operand.Mode.INVALID) return;
        switch (x.mode) {
            case CONSTANT: case VARIABLE: case MAPINDEX: case VALUE: case NILVALUE: case COMMAOK:
                break;
            default:
                c.error(x.expr.pos(), "cannot assign " + c.str(x) + " to " + (t == null ? "_" : c.str(t)) + " in " + context);
                x.mode = Operand.Mode.INVALID;
                return;
        }
        if (Predicates.isUntyped(x.type)) {
            Type target = t;
            if (x.isNil()) {
                if (t == null) {
                    c.error(x.expr.pos(), "use of untyped nil in " + context);
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
            } else if (t == null || (Predicates.isInterface(t) && !(t instanceof TypeParam))) {
                target = ((Basic) x.type).defaultType();
            }
            Exprs.Implicit r = c.exprs.implicitTypeAndValue(x, target);
            if (r.type == null) {
                String msg = "cannot use " + c.str(x) + " as " + c.str(target) + " value in " + context;
                if (r.code == 1) msg += " (truncated)";
                else if (r.code == 2) msg += " (overflows)";
                c.error(x.expr.pos(), msg);
                x.mode = Operand.Mode.INVALID;
                return;
            }
            if (r.val != null) x.val = r.val;
            if (r.type != x.type) {
                x.type = r.type;
                c.exprs.updateExprType(x.expr, r.type, false);
            }
        }
        if (x.type instanceof Signature && !((Signature) x.type).typeParams().isEmpty()) {
            c.error(x.expr.pos(), "cannot use generic function " + Checker.str(x.expr) + " without instantiation in " + context);
            x.mode = Operand.Mode.INVALID;
            return;
        }
        if (t == null) return;
        String[] cause = new String[1];
        if (!assignableTo(x, t, cause)) {
            if (cause[0] != null) {
                c.error(x.expr.pos(), "cannot use " + c.str(x) + " as type " + c.str(t) + " in " + context + ":\n\t" + cause[0]);
            } else {
                c.error(x.expr.pos(), "cannot use " + c.str(x) + " as type " + c.str(t) + " in " + context);
            }
            x.mode = Operand.Mode.INVALID;
        }
    }

    void initConst(Const lhs, Operand x, Type declared) {
        if (x.mode == Operand.Mode.INVALID || x.type == Basic.INVALID || lhs.type() == Basic.INVALID) {
            if (lhs.type() == null) lhs.setType(Basic.INVALID);
            return;
        }
        if (x.mode != Operand.Mode.CONSTANT) {
            c.error(x.expr.pos(), c.str(x) + " is not constant");
            if (lhs.type() == null) lhs.setType(Basic.INVALID);
            return;
        }
        if (declared != null) {
            lhs.setType(declared);
            assignment(x, declared, "constant declaration");
            if (x.mode == Operand.Mode.INVALID) return;
        } else {
            lhs.setType(x.type);
        }
        lhs.setVal(x.val);
    }

    /** Initialises variable lhs with x; infers lhs's type if not declared. */
    void initVar(Var lhs, Operand x, String context) {
        if (x.mode == Operand.Mode.INVALID || x.type == Basic.INVALID || lhs.type() == Basic.INVALID) {
            if (lhs.type() == null) lhs.setType(Basic.INVALID);
            lhs.used = true; // avoid follow-on "declared but not used" errors
            return;
        }
        if (lhs.type() == null) {
            Type t = x.type;
            if (Predicates.isUntyped(t)) {
                if (t == Basic.UNTYPED_NIL) {
                    c.error(x.expr.pos(), "use of untyped nil in " + context);
                    lhs.setType(Basic.INVALID);
                    return;
                }
                t = ((Basic) t).defaultType();
            }
            lhs.setType(t);
        }
        assignment(x, lhs.type(), context);
        if (x.mode == Operand.Mode.INVALID) lhs.used = true; // avoid follow-on "declared but not used" errors
    }

    /** var a, b = rhs... and a, b := rhs... (count checks, multi-value calls, comma-ok). */
    void initVars(List<Var> lhs, List<Expr> rhs, Expr returnStmt) {
        int l = lhs.size(), r = rhs.size();
        String context = returnStmt != null ? "return statement" : "assignment";
        if (l == r && r > 1) {
            boolean ok = true;
            for (int i = 0; i < l; i++) {
                Operand x = new Operand();
                c.exprs.expr(x, rhs.get(i));
                initVar(lhs.get(i), x, returnStmt != null ? "return statement" : "variable declaration");
                ok &= x.mode != Operand.Mode.INVALID;
            }
            if (!ok) for (Var v : lhs) v.used = true; // avoid follow-on "declared but not used" errors
            return;
        }
        if (r == 1) {
            List<Operand> xs = c.exprs.multiExpr(rhs.get(0), l == 2);
            if (xs.size() == 1 && xs.get(0).mode == Operand.Mode.INVALID) {
                invalidate(lhs);
                return;
            }
            if (xs.size() == l) {
                boolean ok = true;
                for (int i = 0; i < l; i++) {
                    initVar(lhs.get(i), xs.get(i), "assignment");
                    ok &= xs.get(i).mode != Operand.Mode.INVALID;
                }
                if (!ok) for (Var v : lhs) v.used = true;

                return;
            }
            mismatch(rhs.get(0), l, xs.size(), rhs, returnStmt);
            invalidate(lhs);
            return;
        }
        // Evaluate all for side effects/uses, then report.
        for (Expr e : rhs) { Operand o = new Operand(); c.exprs.rawExpr(o, e, null, true); }
        invalidate(lhs);
        mismatch(rhs.get(0), l, r, rhs, returnStmt);
    }

    private void invalidate(List<Var> lhs) {
        for (Var v : lhs) {
            if (v.type() == null) v.setType(Basic.INVALID);
            v.used = true; // avoid follow-on "declared but not used" errors
        }
    }

    void mismatch(Expr rhs0, int l, int r, List<Expr> rhs, Expr returnStmt) {
        String vars = l == 1 ? "1 variable" : l + " variables";
        Expr call = Exprs.unparen(rhs0);
        if (rhs.size() == 1 && call instanceof Expr.CallExpr) {
            c.error(rhs0.pos(), "assignment mismatch: " + vars + " but " + Checker.str(((Expr.CallExpr) call).fun) + " returns " + (r == 1 ? "1 value" : r + " values"));
            return;
        }
        c.error(rhs0.pos(), "assignment mismatch: " + vars + " but " + (r == 1 ? "1 value" : r + " values"));
    }

    // ---- assignment statements ----

    /** Checks lhs as an assignment target and returns its type (null for blank), or INVALID. */
    Type lhsVar(Expr lhs) {
        Expr ul = Exprs.unparen(lhs);
        if (ul instanceof Expr.Ident && ((Expr.Ident) ul).name.equals("_")) {
            c.recordDef((Expr.Ident) ul, null);
            c.recordTypeAndValue(lhs, TypeAndValue.Mode.NOVALUE, null, null);
            return null;
        }
        // An assignment to a local variable does not count as a use.
        Var v = null;
        boolean wasUsed = false;
        if (ul instanceof Expr.Ident) {
            Obj o = c.scope.lookupParent(((Expr.Ident) ul).name);
            if (o instanceof Var && o.pkg() == c.pkg) {
                v = (Var) o;
                wasUsed = v.used;
            }
        }
        Operand x = new Operand();
        c.exprs.expr(x, lhs);
        if (v != null) v.used = wasUsed;
        if (x.mode == Operand.Mode.INVALID) return Basic.INVALID;
        switch (x.mode) {
            case VARIABLE: case MAPINDEX:
                return x.type;
            case NILVALUE:
                c.error(x.expr.pos(), "cannot assign to nil");
                return Basic.INVALID;
            default:
                Expr u = Exprs.unparen(x.expr);
                if (u instanceof Expr.SelectorExpr) {
                    TypeAndValue base = c.info.types.get(((Expr.SelectorExpr) u).x);
                    if (base != null && base.mode() == TypeAndValue.Mode.MAPINDEX) {
                        c.error(x.expr.pos(), "cannot assign to struct field " + Checker.str(x.expr) + " in map");
                        return Basic.INVALID;
                    }
                }
                c.error(x.expr.pos(), "cannot assign to " + c.str(x));
                return Basic.INVALID;
        }
    }

    void assignVar(Expr lhs, Operand x) {
        Type t = lhsVar(lhs);
        if (t == Basic.INVALID) {
            x.mode = Operand.Mode.INVALID;
            return;
        }
        assignment(x, t, "assignment");
    }

    void assignVars(List<Expr> lhs, List<Expr> rhs) {
        int l = lhs.size(), r = rhs.size();
        if (l == r && r > 1) {
            boolean ok = true;
            for (int i = 0; i < l; i++) {
                Type t = lhsVar(lhs.get(i));
                Operand x = new Operand();
                c.exprs.exprWithHint(x, rhs.get(i), t);
                if (t == Basic.INVALID) { ok = false; continue; }
                assignment(x, t, "assignment");
                ok &= x.mode != Operand.Mode.INVALID;
            }
            if (!ok) useLhs(lhs);
            return;
        }
        if (r == 1) {
            List<Type> ts = new ArrayList<>();
            for (Expr e : lhs) ts.add(lhsVar(e));
            List<Operand> xs = c.exprs.multiExpr(rhs.get(0), l == 2);
            if (xs.size() == 1 && xs.get(0).mode == Operand.Mode.INVALID) return;
            if (xs.size() == l) {
                for (int i = 0; i < l; i++) if (ts.get(i) != Basic.INVALID) assignment(xs.get(i), ts.get(i), "assignment");

                return;
            }
            mismatch(rhs.get(0), l, xs.size(), rhs, null);
            useLhs(lhs);
            return;
        }
        for (Expr e : lhs) lhsVar(e);
        useLhs(lhs);
        for (Expr e : rhs) { Operand o = new Operand(); c.exprs.rawExpr(o, e, null, true); }
        mismatch(rhs.get(0), l, r, rhs, null);
    }

    /** Marks local variables on the left of a failed assignment as used (avoids follow-on errors). */
    private void useLhs(List<Expr> lhs) {
        for (Expr e : lhs) {
            Expr u = Exprs.unparen(e);
            if (u instanceof Expr.Ident) {
                Obj o = c.scope.lookupParent(((Expr.Ident) u).name);
                if (o instanceof Var && o.pkg() == c.pkg) ((Var) o).used = true;
            }
        }
    }

    /** a, b := ... */
    void shortVarDecl(golc.syntax.Pos pos, List<Expr> lhs, List<Expr> rhs) {
        List<Var> vars = new ArrayList<>();
        List<Var> newVars = new ArrayList<>();
        List<Expr.Ident> newIds = new ArrayList<>();
        boolean hasErr = false;
        List<String> seen = new ArrayList<>();
        for (Expr e : lhs) {
            if (!(e instanceof Expr.Ident)) {
                Operand o = new Operand();
                c.exprs.rawExpr(o, e, null, true);
                c.error(e.pos(), "non-name " + Checker.str(e) + " on left side of :=");
                hasErr = true;
                vars.add(new Var(e.pos(), c.pkg, "_", null));
                continue;
            }
            Expr.Ident id = (Expr.Ident) e;
            if (!id.name.equals("_")) {
                if (seen.contains(id.name)) {
                    c.error(id.pos(), id.name + " repeated on left side of :=");
                    hasErr = true;
                    vars.add(new Var(id.pos(), c.pkg, "_", null));
                    continue;
                }
                seen.add(id.name);
            }
            Obj alt = c.scope.lookup(id.name);
            if (alt != null) {
                c.recordUse(id, alt);
                if (alt instanceof Var) {
                    vars.add((Var) alt);
                } else {
                    c.error(id.pos(), "cannot assign to " + id.name);
                    hasErr = true;
                    vars.add(new Var(id.pos(), c.pkg, "_", null));
                }
                continue;
            }
            Var v = new Var(id.pos(), c.pkg, id.name, null);
            vars.add(v);
            if (!id.name.equals("_")) {
                newVars.add(v);
                newIds.add(id);
            } else {
                c.recordDef(id, v);
            }
        }
        // Existing variables keep their type; new ones get inferred types.
        List<Var> targets = new ArrayList<>();
        for (Var v : vars) targets.add(v);
        // Uses of redeclared variables on the right (bp, err := f(b[bp:])) count, as in go/types.
        initVars(targets, rhs, null);
        if (newVars.isEmpty() && !hasErr) {
            c.error(pos, "no new variables on left side of :=");
        }
        for (int i = 0; i < newVars.size(); i++) c.declare(c.scope, newIds.get(i), newVars.get(i));
    }

    // ---- arity of value specs ----

    static void arityConst(Checker c, Spec.ValueSpec vs, List<Expr> values, boolean inherited) {
        int l = vs.names.size(), r = values.size();
        if (r == 0 && vs.type == null && !inherited) {
            c.error(vs.names.get(0).pos(), "missing init expr for const declaration");
            return;
        }
        if (r == 0 && vs.type != null && !inherited) {
            c.error(vs.names.get(0).pos(), "missing init expr for const declaration");
            return;
        }
        if (l < r) {
            c.error(values.get(l).pos(), inherited ? "extra init expr at " + vs.names.get(0).pos() : "extra init expr");
        } else if (l > r && r > 0) {
            c.error(vs.names.get(r).pos(), inherited ? "missing init expr for " + vs.names.get(r).name : "missing init expr for " + vs.names.get(r).name);
        }
    }

    static void arityVar(Checker c, Spec.ValueSpec vs) {
        int l = vs.names.size(), r = vs.values.size();
        if (r == 0 || r == l || r == 1) return;
        String vars = l == 1 ? "1 variable" : l + " variables";
        c.error(vs.names.get(0).pos(), "assignment mismatch: " + vars + " but " + (r == 1 ? "1 value" : r + " values"));
    }
}
