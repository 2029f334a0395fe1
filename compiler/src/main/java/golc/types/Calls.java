package golc.types;

import golc.syntax.Expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Calls, conversions, generic inference (call.go, conversions.go, infer.go), index/slice and composite literals. */
final class Calls {
    private final Checker c;

    Calls(Checker c) { this.c = c; }

    void call(Operand x, Expr.CallExpr e) {
        c.exprs.exprOrType(x, e.fun, true);
        switch (x.mode) {
            case INVALID:
                for (Expr a : e.args) { Operand o = new Operand(); c.exprs.rawExpr(o, a, null, true); }
                x.expr = e;
                return;
            case TYPEXPR: {
                Type t = x.type;
                x.mode = Operand.Mode.INVALID;
                if (e.args.size() != 1) {
                    if (e.args.isEmpty()) c.error(e.rparen, "missing argument in conversion to " + c.str(t));
                    else c.error(e.args.get(e.args.size() - 1).pos(), "too many arguments in conversion to " + c.str(t));
                    for (Expr a : e.args) { Operand o = new Operand(); c.exprs.rawExpr(o, a, null, true); }
                    return;
                }
                if (e.hasEllipsis()) c.error(e.args.get(0).pos(), "invalid use of ... in conversion to " + c.str(t));
                c.exprs.exprWithHint(x, e.args.get(0), t);
                if (x.mode != Operand.Mode.INVALID) conversion(x, t);
                x.expr = e;
                return;
            }
            case BUILTIN:
                c.builtins.call(x, e, x.id);
                x.expr = e;
                return;
            default:
                break;
        }
        Type core = Predicates.coreType(x.type);
        if (!(core instanceof Signature)) {
            c.error(x.expr.pos(), "invalid operation: cannot call non-function " + c.str(x));
            for (Expr a : e.args) { Operand o = new Operand(); c.exprs.rawExpr(o, a, null, true); }
            x.mode = Operand.Mode.INVALID;
            x.expr = e;
            return;
        }
        Signature sig = (Signature) core;
        List<Operand> args = arguments(e.args);
        // Explicit instantiation f[T](...) was handled by index(); remaining type params are inferred.
        if (!sig.typeParams().isEmpty()) {
            List<Type> explicit = partial.remove(Exprs.unparen(e.fun));
            List<Type> targs = infer(e, sig, explicit != null ? new ArrayList<>(explicit) : new ArrayList<>(), args);
            if (targs == null) {
                x.mode = Operand.Mode.INVALID;
                x.expr = e;
                return;
            }
            sig = Instantiate.signature(sig, targs);
            Expr.Ident id = funIdent(e.fun);
            if (id != null) c.recordInstance(id, targs, sig);
            c.recordTypeAndValue(e.fun, TypeAndValue.Mode.VALUE, sig, null);
        }
        checkArguments(e, sig, args, x);
        int n = sig.results().size();
        if (n == 0) {
            x.mode = Operand.Mode.NOVALUE;
            x.type = Tuple.EMPTY;
        } else if (n == 1) {
            x.mode = Operand.Mode.VALUE;
            x.type = sig.results().type(0);
        } else {
            x.mode = Operand.Mode.VALUE;
            x.type = sig.results();
        }
        x.val = null;
        x.expr = e;
    }

    static Expr.Ident funIdent(Expr f) {
        f = Exprs.unparen(f);
        if (f instanceof Expr.Ident) return (Expr.Ident) f;
        if (f instanceof Expr.SelectorExpr) return ((Expr.SelectorExpr) f).sel;
        if (f instanceof Expr.IndexExpr) return funIdent(((Expr.IndexExpr) f).x);
        if (f instanceof Expr.IndexListExpr) return funIdent(((Expr.IndexListExpr) f).x);
        return null;
    }

    /** Evaluates call arguments; a single multi-valued call argument expands to its results. */
    List<Operand> arguments(List<Expr> args) {
        List<Operand> out = new ArrayList<>();
        if (args.size() == 1) {
            out.addAll(c.exprs.multiExpr(args.get(0), false));
            return out;
        }
        for (Expr a : args) {
            Operand o = new Operand();
            c.exprs.expr(o, a);
            out.add(o);
        }
        return out;
    }

    private void checkArguments(Expr.CallExpr call, Signature sig, List<Operand> args, Operand fun) {
        for (Operand a : args) if (a.mode == Operand.Mode.INVALID) return;
        int nargs = args.size();
        int npars = sig.params().size();
        boolean ddd = call.hasEllipsis();
        List<Type> ptypes = new ArrayList<>();
        for (Var p : sig.params().vars()) ptypes.add(p.type());
        if (sig.variadic()) {
            if (ddd) {
                if (call.args.size() == 1 && nargs > 1) {
                    c.error(call.pos(), "cannot use ... with " + nargs + "-valued " + Checker.str(call.args.get(0)));
                    return;
                }
            } else {
                Type last = ptypes.get(npars - 1);
                Type elem = ((Slice) last).elem();
                ptypes.remove(npars - 1);
                while (ptypes.size() < nargs) ptypes.add(elem);
                if (nargs < npars - 1) {
                    // fall through to count error below
                } else {
                    npars = nargs;
                }
            }
        } else if (ddd) {
            c.error(call.pos(), "cannot use ... in call to non-variadic " + Checker.str(call.fun));
            return;
        }
        if (nargs != npars) {
            // As types2: at the first extra argument, or the last argument, or the call.
            golc.syntax.Pos at = nargs > npars ? args.get(npars).expr.pos() : nargs > 0 ? args.get(nargs - 1).expr.pos() : call.pos();
            if (call.args.size() == 1 && nargs > 1) at = call.args.get(0).pos();
            String qual = nargs < npars ? "not enough" : "too many";
            c.error(at, qual + " arguments in call to " + Checker.str(call.fun) + "\n\thave " + typesSummary(args)
                    + "\n\twant " + paramsSummary(sig));
            return;
        }
        String ctx = "argument to " + Checker.str(call.fun);
        for (int i = 0; i < nargs; i++) {
            c.assign.assignment(args.get(i), ptypes.get(i), ctx);
        }
    }

    String typesSummary(List<Operand> args) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) sb.append(", ");
            Type t = args.get(i).type;
            if (t == null || t == Basic.INVALID) sb.append("<T>");
            else if (Predicates.isUntyped(t)) {
                Basic b = (Basic) t;
                if (b.isNumeric()) sb.append("number");
                else sb.append(b.name().replace("untyped ", ""));
            } else sb.append(c.str(t));
        }
        return sb.append(')').toString();
    }

    private String paramsSummary(Signature sig) {
        StringBuilder sb = new StringBuilder("(");
        List<Var> ps = sig.params().vars();
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) sb.append(", ");
            Type t = ps.get(i).type();
            if (sig.variadic() && i == ps.size() - 1) sb.append("...").append(c.str(((Slice) t).elem()));
            else sb.append(c.str(t));
        }
        return sb.append(')').toString();
    }

    // ---- generics ----

    /**
     * Infers the type arguments of sig from explicit targs and the arguments (function argument type
     * inference from typed arguments, then untyped constants' default types), reporting failures.
     */
    List<Type> infer(Expr.CallExpr call, Signature sig, List<Type> targs, List<Operand> args) {
        List<TypeParam> tparams = sig.typeParams();
        Map<TypeParam, Type> m = new IdentityHashMap<>();
        for (int i = 0; i < targs.size() && i < tparams.size(); i++) m.put(tparams.get(i), targs.get(i));
        List<Var> params = sig.params().vars();
        int n = Math.min(args.size(), sig.variadic() && !call.hasEllipsis() ? Integer.MAX_VALUE : params.size());
        // Pass 1: typed arguments.
        for (int i = 0; i < args.size(); i++) {
            Type pt = paramType(sig, i, call.hasEllipsis());
            if (pt == null) break;
            Operand a = args.get(i);
            if (a.mode == Operand.Mode.INVALID) return null;
            if (Predicates.isTyped(a.type) && hasTypeParams(pt, tparams)) {
                if (!unify(pt, a.type, m)) {
                    Type inferred = Subst.subst(pt, m);
                    c.error(a.expr.pos(), "type " + c.str(a.type) + " of " + Checker.str(a.expr) + " does not match "
                            + (inferred != pt && !hasTypeParams(inferred, tparams) ? "inferred type " + c.str(inferred) + " for " : "")
                            + c.str(pt));
                    return null;
                }
            }
        }
        // Pass 2: untyped constants for parameters that are bare type parameters.
        for (int i = 0; i < args.size(); i++) {
            Type pt = paramType(sig, i, call.hasEllipsis());
            if (pt == null) break;
            Operand a = args.get(i);
            if (Predicates.isUntyped(a.type) && pt instanceof TypeParam && m.get(pt) == null && !a.isNil()) {
                Type prev = null;
                // Use the "largest" default type among untyped args for the same parameter.
                for (int j = 0; j < args.size(); j++) {
                    Type pj = paramType(sig, j, call.hasEllipsis());
                    if (pj == pt && Predicates.isUntyped(args.get(j).type) && !args.get(j).isNil()) {
                        prev = prev == null ? args.get(j).type : Exprs.maxType(prev, args.get(j).type);
                        if (prev == null) break;
                    }
                }
                if (prev != null) m.put((TypeParam) pt, ((Basic) prev).defaultType());
            }
        }
        // Core type inference from constraints with a single type (e.g. [S ~[]E, E any]).
        for (int round = 0; round < 3; round++) {
            for (TypeParam tp : tparams) {
                Type core = singleTerm(tp);
                if (core == null) continue;
                Type bound = m.get(tp);
                if (bound != null) unify(core, bound.underlying() == bound ? bound : bound.underlying(), m);
                else if (!hasTypeParams(core, tparams) || allBound(core, tparams, m)) m.put(tp, Subst.subst(core, m));
            }
        }
        List<Type> out = new ArrayList<>();
        for (TypeParam tp : tparams) {
            Type t = m.get(tp);
            if (t == null) {
                c.error(call.rparen, "cannot infer " + tp.obj().name() + " (" + tp.obj().pos() + ")");
                return null;
            }
            out.add(Subst.subst(t, m));
        }
        // Verify constraints.
        var sm = Subst.map(tparams, out);
        for (int i = 0; i < tparams.size(); i++) {
            Type bound = Subst.subst(tparams.get(i).constraint(), sm);
            String cause = satisfies(out.get(i), bound);
            if (cause != null) {
                c.error(call.lparen, cause);
                return null;
            }
        }
        return out;
    }

    private static Type singleTerm(TypeParam tp) {
        List<Term> terms = tp.iface().typeSet().terms();
        if (terms == null || terms.size() != 1) return null;
        return terms.get(0).type();
    }

    private static boolean allBound(Type t, List<TypeParam> tps, Map<TypeParam, Type> m) {
        for (TypeParam tp : tps) if (mentions(t, tp) && m.get(tp) == null) return false;
        return true;
    }

    private static boolean hasTypeParams(Type t, List<TypeParam> tps) {
        for (TypeParam tp : tps) if (mentions(t, tp)) return true;
        return false;
    }

    private static boolean mentions(Type t, TypeParam tp) {
        if (t == tp) return true;
        if (t instanceof Pointer) return mentions(((Pointer) t).elem(), tp);
        if (t instanceof Slice) return mentions(((Slice) t).elem(), tp);
        if (t instanceof Array) return mentions(((Array) t).elem(), tp);
        if (t instanceof MapType) return mentions(((MapType) t).key(), tp) || mentions(((MapType) t).elem(), tp);
        if (t instanceof Chan) return mentions(((Chan) t).elem(), tp);
        if (t instanceof Named) { for (Type a : ((Named) t).typeArgs()) if (mentions(a, tp)) return true; return false; }
        if (t instanceof Signature) {
            for (Var v : ((Signature) t).params().vars()) if (mentions(v.type(), tp)) return true;
            for (Var v : ((Signature) t).results().vars()) if (mentions(v.type(), tp)) return true;
        }
        if (t instanceof Struct) for (Var v : ((Struct) t).fields()) if (mentions(v.type(), tp)) return true;
        return false;
    }

    private static Type paramType(Signature sig, int i, boolean ddd) {
        List<Var> ps = sig.params().vars();
        if (sig.variadic() && !ddd && i >= ps.size() - 1) return ((Slice) ps.get(ps.size() - 1).type()).elem();
        return i < ps.size() ? ps.get(i).type() : null;
    }

    /** Unifies parameter type p (with type parameters) against argument type a, extending m. */
    boolean unify(Type p, Type a, Map<TypeParam, Type> m) {
        // p comes from the signature being inferred, so every type parameter in it is one to bind.
        if (p instanceof TypeParam) {
            TypeParam tp = (TypeParam) p;
            Type bound = m.get(tp);
            if (bound == null) { m.put(tp, a); return true; }
            if (Predicates.identical(bound, a)) return true;
            // Inexact unification: a named type and its underlying type literal unify.
            if (!(bound instanceof Named) && a instanceof Named && Predicates.identical(bound, a.underlying())) { m.put(tp, a); return true; }
            if (bound instanceof Named && !(a instanceof Named) && Predicates.identical(bound.underlying(), a)) return true;
            return false;
        }
        if (p instanceof Named && ((Named) p).isInstance()) {
            if (a instanceof Named && ((Named) a).origin() == ((Named) p).origin()) {
                List<Type> pa = ((Named) p).typeArgs(), aa = ((Named) a).typeArgs();
                for (int i = 0; i < pa.size(); i++) if (!unify(pa.get(i), aa.get(i), m)) return false;
                return true;
            }
            // Inexact unification: a generic named type against a type literal unifies their structure.
            if (!(a instanceof Named)) return unify(p.underlying(), a, m);
            return false;
        }
        if (p instanceof Named || p instanceof Basic) {
            return Predicates.identical(p, a) || (!(p instanceof Named) && Predicates.identical(p, a.underlying()));
        }
        Type au = a instanceof Named ? a.underlying() : a;
        if (p instanceof Pointer && au instanceof Pointer) return unify(((Pointer) p).elem(), ((Pointer) au).elem(), m);
        if (p instanceof Slice && au instanceof Slice) return unify(((Slice) p).elem(), ((Slice) au).elem(), m);
        if (p instanceof Array && au instanceof Array) return ((Array) p).len() == ((Array) au).len() && unify(((Array) p).elem(), ((Array) au).elem(), m);
        if (p instanceof MapType && au instanceof MapType) return unify(((MapType) p).key(), ((MapType) au).key(), m) && unify(((MapType) p).elem(), ((MapType) au).elem(), m);
        if (p instanceof Chan && au instanceof Chan) return unify(((Chan) p).elem(), ((Chan) au).elem(), m);
        if (p instanceof Signature && au instanceof Signature) {
            Signature ps = (Signature) p, as = (Signature) au;
            if (ps.params().size() != as.params().size() || ps.results().size() != as.results().size() || ps.variadic() != as.variadic()) return false;
            for (int i = 0; i < ps.params().size(); i++) if (!unify(ps.params().type(i), as.params().type(i), m)) return false;
            for (int i = 0; i < ps.results().size(); i++) if (!unify(ps.results().type(i), as.results().type(i), m)) return false;
            return true;
        }
        if (p instanceof Struct && au instanceof Struct) {
            Struct ps = (Struct) p, as = (Struct) au;
            if (ps.numFields() != as.numFields()) return false;
            for (int i = 0; i < ps.numFields(); i++) {
                if (!ps.field(i).name().equals(as.field(i).name())) return false;
                if (!unify(ps.field(i).type(), as.field(i).type(), m)) return false;
            }
            return true;
        }
        return Predicates.identical(p, a);
    }

    /** Why t does not satisfy constraint bound (types2 implements), or null if it does. */
    String satisfies(Type t, Type bound) {
        Type bu = bound.underlying();
        if (!(bu instanceof Interface)) return null;
        Interface ti = (Interface) bu;
        if (t.underlying() == Basic.INVALID) return null;
        if (ti.isEmpty()) return null;
        Type tu = t.underlying();
        Interface vi = tu instanceof Interface ? (Interface) tu : null;
        Func[] wrong = new Func[1];
        Func m = Lookup.missingMethod(t, ti, true, wrong);
        if (m != null) return c.str(t) + " does not implement " + c.str(bound) + " " + missingMethodReason(t, bound, m, wrong[0]);
        if (ti.typeSet().comparable() && !Predicates.comparable(t)) return c.str(t) + " does not implement comparable";
        List<Term> terms = ti.typeSet().terms();
        if (terms == null) return null;
        if (vi != null && !(t instanceof TypeParam)) return c.str(t) + " does not implement " + c.str(bound);
        if (t instanceof TypeParam) {
            List<Term> tt = ((TypeParam) t).iface().typeSet().terms();
            if (tt == null) return c.str(t) + " does not implement " + c.str(bound);
            for (Term x : tt) {
                boolean inc = false;
                for (Term y : terms) if (y.includes(x.type()) && (!x.tilde() || y.tilde())) inc = true;
                if (!inc) return c.str(t) + " does not implement " + c.str(bound);
            }
            return null;
        }
        for (Term term : terms) if (term.includes(t)) return null;
        for (Term term : terms) {
            if (!term.tilde() && Predicates.identical(term.type(), term.type().underlying()) && Predicates.identical(t.underlying(), term.type())) {
                return c.str(t) + " does not implement " + c.str(bound) + " (possibly missing ~ for " + c.str(term.type()) + " in constraint " + c.str(bound) + ")";
            }
        }
        StringBuilder ts = new StringBuilder();
        for (Term term : terms) {
            if (ts.length() > 0) ts.append(" | ");
            if (term.tilde()) ts.append('~');
            ts.append(c.str(term.type()));
        }
        return c.str(t) + " does not implement " + c.str(bound) + " (" + c.str(t) + " missing in " + ts + ")";
    }

    String missingMethodReason(Type v, Type t, Func m, Func alt) {
        String mname = m.name() + " method";
        if (alt != null) {
            if (!m.name().equals(alt.name())) {
                return "(missing " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
            }
            if (Predicates.identical(m.type(), alt.type())) return "(" + mname + " has pointer receiver)";
            return "(wrong type for " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
        }
        if (v.underlying() instanceof Pointer && Predicates.isInterface(((Pointer) v.underlying()).elem())) {
            return "(type " + c.str(v) + " is pointer to interface, not interface)";
        }
        return "(missing " + mname + ")";
    }

    private String funcString(Func f) {
        return f.name() + TypeString.signature(f.signature(), c.qf);
    }

    // ---- conversions ----

    void conversion(Operand x, Type t) {
        boolean constArg = x.mode == Operand.Mode.CONSTANT;
        boolean ok;
        String cause = null;
        Constant newVal = null;
        if (constArg && Predicates.isConstType(t)) {
            Basic tb = (Basic) t.underlying();
            Constant v = x.val;
            if (v.isUnknown()) { ok = true; newVal = v; }
            else if (tb.isString() && Predicates.isInteger(x.type)) {
                Constant iv = v.toInt();
                long cp = iv.fitsInt64() ? iv.longValue() : -1;
                newVal = Constant.ofString(GoQuote.utf8(cp < 0 || cp > 0x10ffff ? 0xfffd : (int) cp));
                ok = true;
            } else {
                newVal = v.representable(tb);
                ok = newVal != null;
            }
        } else if (constArg && t instanceof TypeParam) {
            ok = true;
            List<Term> terms = ((TypeParam) t).iface().typeSet().terms();
            if (terms != null) {
                for (Term term : terms) {
                    Type u = term.type().underlying();
                    if (u instanceof Basic && x.val.representable((Basic) u) == null && !(((Basic) u).isString() && Predicates.isInteger(x.type))) {
                        ok = false;
                        cause = "cannot convert " + c.str(x) + " to type " + c.str(term.type()) + " (in " + c.str(t) + ")";
                    }
                }
            }
            x.mode = Operand.Mode.VALUE;
        } else if (x.isNil()) {
            ok = Predicates.hasNil(t);
            if (ok) { x.mode = Operand.Mode.VALUE; }
        } else {
            String[] why = new String[1];
            ok = convertibleTo(x, t, why);
            cause = why[0];
            if (ok) x.mode = Operand.Mode.VALUE;
        }
        if (!ok) {
            if (cause != null) c.error(x.expr.pos(), "cannot convert " + c.str(x) + " to type " + c.str(t) + ":\n\t" + cause);
            else c.error(x.expr.pos(), "cannot convert " + c.str(x) + " to type " + c.str(t));
            x.mode = Operand.Mode.INVALID;
            return;
        }
        if (constArg && newVal != null && Predicates.isConstType(t)) {
            x.val = newVal;
            x.mode = Operand.Mode.CONSTANT;
        }
        if (Predicates.isUntyped(x.type)) {
            Type fin = t;
            if (Predicates.isInterface(t) || (constArg && !Predicates.isConstType(t)) || x.isNil() && !Predicates.isTyped(t)) {
                fin = Exprs.defaultType(x.type);
            } else if (x.mode == Operand.Mode.CONSTANT && Predicates.isInteger(x.type) && Predicates.isString(t)) {
                fin = x.type; // constant integer to string conversions keep the argument's type (types2)
            }
            if (x.isNil() || x.type == Basic.UNTYPED_NIL) fin = t;
            c.exprs.updateExprType(x.expr, fin, true);
        }
        x.type = t;
    }

    /** Whether non-constant x is convertible to t (spec "Conversions"). */
    boolean convertibleTo(Operand x, Type t, String[] cause) {
        if (c.assign.assignableTo(x, t, cause)) return true;
        if (cause != null && Predicates.isInterface(t)) return false;
        if (cause != null) cause[0] = null;
        Type v = x.type;
        Type vu = v.underlying(), tu = t.underlying();
        if (!(v instanceof TypeParam) && !(t instanceof TypeParam)) {
            if (Predicates.identicalIgnoreTags(vu, tu)) return true;
            if (v instanceof Pointer && t instanceof Pointer
                    && Predicates.identicalIgnoreTags(((Pointer) v).elem().underlying(), ((Pointer) t).elem().underlying())) return true;
        }
        if (isNumericNonComplex(vu) && isNumericNonComplex(tu)) return true;
        if (vu instanceof Basic && ((Basic) vu).isComplex() && tu instanceof Basic && ((Basic) tu).isComplex()) return true;
        if ((Predicates.isInteger(v) || isBytesOrRunes(vu)) && Predicates.isString(t)) return true;
        if (Predicates.isString(v) && isBytesOrRunes(tu)) return true;
        if (vu instanceof Slice && tu instanceof Pointer && ((Pointer) tu).elem().underlying() instanceof Array) {
            Array a = (Array) ((Pointer) tu).elem().underlying();
            if (Predicates.identical(((Slice) vu).elem(), a.elem())) return true;
        }
        if (v instanceof TypeParam || t instanceof TypeParam) {
            List<Term> vt = v instanceof TypeParam ? ((TypeParam) v).iface().typeSet().terms() : List.of(new Term(false, v));
            List<Term> tt = t instanceof TypeParam ? ((TypeParam) t).iface().typeSet().terms() : List.of(new Term(false, t));
            if (vt == null || tt == null) return false;
            for (Term a : vt) {
                for (Term b : tt) {
                    Operand o = x.copy();
                    o.type = a.type();
                    if (!convertibleTo(o, b.type(), null)) return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isNumericNonComplex(Type u) {
        return u instanceof Basic && (((Basic) u).isInteger() || ((Basic) u).isFloat()) && !((Basic) u).isUntyped();
    }

    private static boolean isBytesOrRunes(Type u) {
        if (!(u instanceof Slice)) return false;
        Type e = ((Slice) u).elem().underlying();
        return e instanceof Basic && (((Basic) e).kind() == Basic.Kind.UINT8 || ((Basic) e).kind() == Basic.Kind.INT32);
    }

    // ---- explicit instantiation ----

    /** Explicit type arguments of partially instantiated generic functions f[A](...), by expression. */
    private final Map<Expr, List<Type>> partial = new IdentityHashMap<>();

    void funcInst(Operand x, Expr e, List<Expr> indices) {
        Signature sig = (Signature) x.type;
        List<Type> targs = new ArrayList<>();
        for (Expr i : indices) targs.add(c.typexprs.varType(i));
        for (Type t : targs) if (t == Basic.INVALID) { x.mode = Operand.Mode.INVALID; return; }
        if (targs.size() > sig.typeParams().size()) {
            c.error(indices.get(sig.typeParams().size()).pos(), "got " + targs.size() + " type arguments but want " + sig.typeParams().size());
            x.mode = Operand.Mode.INVALID;
            return;
        }
        if (targs.size() < sig.typeParams().size()) {
            // Partial instantiation: the remaining type arguments are inferred by the enclosing call.
            partial.put(e, targs);
            x.expr = e;
            return;
        }
        if (!c.typexprs.verifyInstance(indices, sig.typeParams(), targs, e)) {
            x.mode = Operand.Mode.INVALID;
            return;
        }
        Signature inst = Instantiate.signature(sig, targs);
        Expr.Ident id = funIdent(x.expr);
        if (id != null) c.recordInstance(id, targs, inst);
        x.type = inst;
        x.mode = Operand.Mode.VALUE;
        x.expr = e;
    }

}
