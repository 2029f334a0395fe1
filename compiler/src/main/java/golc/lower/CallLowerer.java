package golc.lower;

import golc.ir.BuiltinOp;
import golc.ir.Callee;
import golc.ir.Expr;
import golc.ir.FuncSym;
import golc.ir.IrFunc;
import golc.ir.Local;
import golc.ir.Stmt;
import golc.syntax.Pos;
import golc.types.Basic;
import golc.types.Builtin;
import golc.types.Func;
import golc.types.Interface;
import golc.types.MapType;
import golc.types.Obj;
import golc.types.Pointer;
import golc.types.Selection;
import golc.types.Signature;
import golc.types.Slice;
import golc.types.Tuple;
import golc.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowers calls (functions, methods, func values, interface methods, builtins, conversions), method
 * values and method expressions. A call becomes a {@link Stmt.Call} whose results land in temporaries.
 */
final class CallLowerer {
    private final ExprLowerer ex;
    private final FnBuilder fb;
    private final TypeInfo info;

    CallLowerer(ExprLowerer ex) {
        this.ex = ex;
        this.fb = ex.fb;
        this.info = ex.info;
    }

    /** What a call calls and with which JVM arguments, before it is emitted (defer/go need it as a value). */
    record Prepared(Callee callee, List<Expr> args, Signature sig, Expr funcValue, Pos pos) {}

    /** The value of a single-valued call expression (conversion, builtin or call). */
    Expr single(golc.syntax.Expr.CallExpr c) {
        golc.syntax.Expr fun = TypeInfo.unparen(c.fun);
        if (info.isType(fun)) return conversion(c);
        Builtin b = builtinOf(fun);
        if (b != null) return builtin(c, b, true);
        List<Local> rs = call(c, true);
        if (rs.size() != 1) throw new IllegalStateException("call used as value has " + rs.size() + " results at " + c.pos());
        return new Expr.LocalRef(rs.get(0));
    }

    /** Lowers call c as a statement; with wantResults, returns one temporary per result. */
    List<Local> call(golc.syntax.Expr.CallExpr c, boolean wantResults) {
        golc.syntax.Expr fun = TypeInfo.unparen(c.fun);
        if (info.isType(fun)) {
            Expr v = conversion(c);
            return wantResults ? List.of(fb.temp(v, c.pos())) : List.of();
        }
        Builtin b = builtinOf(fun);
        if (b != null) {
            Expr v = builtin(c, b, wantResults);
            return v == null ? List.of() : List.of(v instanceof Expr.LocalRef lr ? lr.local() : fb.temp(v, c.pos()));
        }
        Prepared p = prepare(c);
        return emit(p, wantResults);
    }

    List<Local> emit(Prepared p, boolean wantResults) {
        List<Local> results = new ArrayList<>();
        if (wantResults) {
            for (golc.types.Var r : p.sig.results().vars()) {
                Local t = fb.newTemp(r.type());
                fb.markFresh(t); // callees return values they no longer reference
                results.add(t);
            }
        }
        fb.emit(new Stmt.Call(results, p.callee, p.args, p.pos));
        return results;
    }

    Builtin builtinOf(golc.syntax.Expr fun) {
        if (fun instanceof golc.syntax.Expr.Ident id && info.objOf(id) instanceof Builtin b) return b;
        return null;
    }

    private Expr conversion(golc.syntax.Expr.CallExpr c) {
        Type t = info.typeOf(c);
        golc.syntax.Expr arg = c.args.get(0);
        if (info.isNil(arg)) return new Expr.Zero(t);
        golc.types.Constant k = info.constOf(arg);
        // T(0) in an instance of generic code: a conversion of a constant (a constant in any other code)
        if (k != null && t.underlying() instanceof Basic) return Consts.of(k, t);
        Expr v = ex.expr(arg);
        if (golc.types.Predicates.identical(v.type(), t)) return v;
        return new Expr.Convert(v, t);
    }

    /** Resolves the callee of c and evaluates its receiver and arguments in Go's order. */
    Prepared prepare(golc.syntax.Expr.CallExpr c) {
        golc.syntax.Expr fun = TypeInfo.unparen(c.fun);
        Pos pos = c.lparen;
        if (fun instanceof golc.syntax.Expr.SelectorExpr s) {
            Selection sel = info.selection(s);
            if (sel != null && sel.kind() == Selection.Kind.METHOD_VAL) {
                Func m = (Func) sel.obj();
                checkNotGeneric(m, c.pos());
                Signature sig = m.signature();
                Expr recv = receiver(s, sel, m);
                List<Expr> args = args(sig, c);
                if (Conv.isInterface(recv.type())) {
                    return new Prepared(new Callee.Iface(recv, ex.pl.ifaceMethod(m)), args, sig, null, pos);
                }
                List<Expr> all = new ArrayList<>();
                all.add(recv);
                all.addAll(args);
                return new Prepared(new Callee.Static(ex.pl.funcSym(m)), all, sig, null, pos);
            }
        }
        FuncSym inst = ex.pl.lowerer.generics.funcInstance(info, fun);
        if (inst != null) return new Prepared(new Callee.Static(inst), args(inst.sig(), c), inst.sig(), null, pos);
        Obj target = fun instanceof golc.syntax.Expr.Ident id ? info.objOf(id)
                : fun instanceof golc.syntax.Expr.SelectorExpr s && info.selection(s) == null ? info.objOf(s.sel) : null;
        if (target instanceof Func f && !f.isMethod()) {
            checkNotGeneric(f, c.pos());
            Signature sig = f.signature();
            return new Prepared(new Callee.Static(ex.pl.funcSym(f)), args(sig, c), sig, null, pos);
        }
        if (fun instanceof golc.syntax.Expr.IndexListExpr
                || fun instanceof golc.syntax.Expr.IndexExpr ix && info.typeOf(ix.x) instanceof Signature) {
            throw ex.unsupported(c.pos(), "generic function call");
        }
        Expr fv = ex.expr(fun);
        Signature sig = (Signature) fv.type().underlying();
        Expr fs = ex.stable(fv, pos);
        return new Prepared(new Callee.Dynamic(fs, sig), args(sig, c), sig, fs, pos);
    }

    /** Generic code reaches lowering only through instances (see Generics); anything else is a golc bug. */
    private void checkNotGeneric(Func f, Pos pos) {
        if (Generics.hasTypeParams(f.signature())) throw ex.unsupported(pos, "generic code outside an instantiation");
    }

    /**
     * The receiver argument of method m selected by s: follows embedded fields, then takes the address
     * ({@code &x} for pointer methods on addressable values) or dereferences and copies (value methods
     * through pointers) as the method's receiver needs. An interface-typed result means an interface call.
     */
    Expr receiver(golc.syntax.Expr.SelectorExpr s, Selection sel, Func m) {
        List<Integer> path = sel.index();
        boolean xIsPtr = info.typeOf(s.x).underlying() instanceof Pointer;
        boolean needAddr = m.hasPtrRecv() && !(xIsPtr && path.size() == 1);
        Expr base = needAddr && !xIsPtr ? ex.lvalue(s.x, false) : ex.expr(s.x);
        for (int k = 0; k < path.size() - 1; k++) base = ExprLowerer.field(base, path.get(k));
        return adaptReceiver(base, m);
    }

    /** base (a T, *T or interface value) as receiver of m. */
    static Expr adaptReceiver(Expr base, Func m) {
        Type bt = base.type();
        if (Conv.isInterface(bt)) return base;
        boolean isPtr = bt.underlying() instanceof Pointer && !(bt instanceof golc.types.Named);
        Type recvType = m.signature().recv().type();
        if (m.hasPtrRecv()) {
            if (isPtr) return base;
            if (base instanceof Expr.Deref d) return d.x();
            return new Expr.AddrOf(base, recvType);
        }
        if (isPtr) return Conv.copyIfShared(new Expr.Deref(base, ((Pointer) bt.underlying()).elem()));
        return Conv.copyIfShared(base);
    }

    /** The Go arguments of c for a callee of signature sig: converted, copied, variadic ones packed. */
    List<Expr> args(Signature sig, golc.syntax.Expr.CallExpr c) {
        List<golc.types.Var> params = sig.params().vars();
        int n = params.size();
        List<Expr> vals = new ArrayList<>();
        if (c.args.size() == 1 && info.typeOf(c.args.get(0)) instanceof Tuple) {
            List<Expr> vs = ex.values(c.args.get(0));
            for (int i = 0; i < vs.size(); i++) vals.add(fb.own(Conv.to(vs.get(i), paramType(sig, i, false))));
        } else {
            for (int i = 0; i < c.args.size(); i++) vals.add(ex.valueTo(c.args.get(i), paramType(sig, i, c.hasEllipsis())));
        }
        if (!sig.variadic() || c.hasEllipsis()) return vals;
        List<Expr> out = new ArrayList<>(vals.subList(0, n - 1));
        out.add(pack(params.get(n - 1).type(), vals.subList(n - 1, vals.size()), c.pos()));
        return out;
    }

    private static Type paramType(Signature sig, int i, boolean ellipsis) {
        List<golc.types.Var> ps = sig.params().vars();
        int n = ps.size();
        if (sig.variadic() && i >= n - 1) {
            Type last = ps.get(n - 1).type();
            return ellipsis ? last : ((Slice) last.underlying()).elem();
        }
        return ps.get(i).type();
    }

    /** The slice for a variadic parameter: nil without arguments, else a new slice of them. */
    Expr pack(Type sliceType, List<Expr> elems, Pos pos) {
        if (elems.isEmpty()) return new Expr.Zero(sliceType);
        Type elem = ((Slice) sliceType.underlying()).elem();
        Local t = fb.temp(new Expr.Builtin(BuiltinOp.MAKE_SLICE,
                List.of(Consts.ofInt(elems.size()), Consts.ofInt(elems.size())), sliceType), pos);
        for (int i = 0; i < elems.size(); i++) {
            fb.emit(new Stmt.Assign(new Expr.Index(new Expr.LocalRef(t), Consts.ofInt(i), elem), elems.get(i), pos));
        }
        return new Expr.LocalRef(t);
    }

    // ---- builtins

    /** A builtin call: pure ones become expressions; others are emitted; returns the result or null. */
    Expr builtin(golc.syntax.Expr.CallExpr c, Builtin b, boolean wantResult) {
        Type t = info.typeOf(c);
        Pos pos = c.lparen;
        List<golc.syntax.Expr> a = c.args;
        if (a.size() == 1 && info.typeOf(a.get(0)) instanceof Tuple) return builtinOfTuple(b, ex.values(a.get(0)), t, wantResult, pos);
        switch (b.builtinId()) {
            case LEN:
                return new Expr.Builtin(BuiltinOp.LEN, List.of(ex.expr(a.get(0))), Basic.INT);
            case CAP:
                return new Expr.Builtin(BuiltinOp.CAP, List.of(ex.expr(a.get(0))), Basic.INT);
            case NEW:
                return new Expr.Builtin(BuiltinOp.NEW, List.of(), t);
            case MAKE: {
                Type u = t.underlying();
                if (u instanceof Slice) {
                    Expr len = ex.stable(ex.intIndex(a.get(1)), pos);
                    Expr cap = a.size() > 2 ? ex.intIndex(a.get(2)) : len;
                    return new Expr.Builtin(BuiltinOp.MAKE_SLICE, List.of(len, cap), t);
                }
                Expr size = a.size() > 1 ? ex.intIndex(a.get(1)) : Consts.ofInt(0);
                return new Expr.Builtin(u instanceof MapType ? BuiltinOp.MAKE_MAP : BuiltinOp.MAKE_CHAN, List.of(size), t);
            }
            case COMPLEX:
                return new Expr.Builtin(BuiltinOp.COMPLEX, List.of(ex.expr(a.get(0)), ex.exprTo(a.get(1), info.typeOf(a.get(0)))), t);
            case REAL:
                return new Expr.Builtin(BuiltinOp.REAL, List.of(ex.expr(a.get(0))), t);
            case IMAG:
                return new Expr.Builtin(BuiltinOp.IMAG, List.of(ex.expr(a.get(0))), t);
            case APPEND: {
                Expr s = ex.expr(a.get(0));
                if (a.size() == 1) return s;
                List<Expr> args = new ArrayList<>();
                args.add(s);
                BuiltinOp op;
                if (c.hasEllipsis()) {
                    op = BuiltinOp.APPEND_SPREAD;
                    args.add(ex.expr(a.get(1)));
                } else {
                    op = BuiltinOp.APPEND;
                    Type elem = ((Slice) t.underlying()).elem();
                    for (int i = 1; i < a.size(); i++) args.add(ex.valueTo(a.get(i), elem));
                }
                return callBuiltin(op, args, t, pos);
            }
            case COPY:
                return callBuiltin(BuiltinOp.COPY, List.of(ex.expr(a.get(0)), ex.expr(a.get(1))), wantResult ? Basic.INT : null, pos);
            case DELETE: {
                Expr m = ex.expr(a.get(0));
                Expr k = ex.exprTo(a.get(1), ((MapType) m.type().underlying()).key());
                return callBuiltin(BuiltinOp.DELETE, List.of(m, k), null, pos);
            }
            case PANIC:
                return callBuiltin(BuiltinOp.PANIC, List.of(ex.exprTo(a.get(0), Interface.EMPTY)), null, pos);
            case PRINT:
            case PRINTLN: {
                List<Expr> args = new ArrayList<>();
                for (golc.syntax.Expr e : a) args.add(ex.expr(e));
                return callBuiltin(b.builtinId() == Builtin.Id.PRINT ? BuiltinOp.PRINT : BuiltinOp.PRINTLN, args, null, pos);
            }
            case RECOVER:
                fb.fn.setUsesRecover(true);
                return callBuiltin(BuiltinOp.RECOVER, List.of(), wantResult ? Interface.EMPTY : null, pos);
            case CLOSE:
                return callBuiltin(BuiltinOp.CLOSE, List.of(ex.expr(a.get(0))), null, pos);
            default:
                throw ex.unsupported(c.pos(), "builtin " + b.name());
        }
    }

    /** A builtin applied to the results of one multi-valued call: {@code println(f())}, {@code append(g())}. */
    private Expr builtinOfTuple(Builtin b, List<Expr> vs, Type t, boolean wantResult, Pos pos) {
        switch (b.builtinId()) {
            case PRINT:
            case PRINTLN:
                return callBuiltin(b.builtinId() == Builtin.Id.PRINT ? BuiltinOp.PRINT : BuiltinOp.PRINTLN, vs, null, pos);
            case COMPLEX:
                return new Expr.Builtin(BuiltinOp.COMPLEX, vs, t);
            case COPY:
                return callBuiltin(BuiltinOp.COPY, vs, wantResult ? Basic.INT : null, pos);
            case DELETE:
                return callBuiltin(BuiltinOp.DELETE, List.of(vs.get(0), Conv.to(vs.get(1), ((MapType) vs.get(0).type().underlying()).key())), null, pos);
            case APPEND: {
                if (vs.size() == 1) return vs.get(0);
                Type elem = ((Slice) t.underlying()).elem();
                List<Expr> args = new ArrayList<>();
                args.add(Conv.to(vs.get(0), t));
                for (Expr v : vs.subList(1, vs.size())) args.add(fb.own(Conv.to(v, elem)));
                return callBuiltin(BuiltinOp.APPEND, args, t, pos);
            }
            default:
                throw ex.unsupported(pos, "builtin " + b.name() + " of a multi-valued call");
        }
    }

    private Expr callBuiltin(BuiltinOp op, List<Expr> args, Type result, Pos pos) {
        if (result == null) {
            fb.emit(new Stmt.Call(List.of(), new Callee.Builtin(op), args, pos));
            return null;
        }
        Local r = fb.newTemp(result);
        fb.emit(new Stmt.Call(List.of(r), new Callee.Builtin(op), args, pos));
        return new Expr.LocalRef(r);
    }

    // ---- method values and expressions

    /** x.M as a value: the receiver is evaluated (and copied) now and bound in a closure. */
    Expr methodValue(golc.syntax.Expr.SelectorExpr s, Selection sel) {
        Func m = (Func) sel.obj();
        checkNotGeneric(m, s.pos());
        Expr recv = receiver(s, sel, m);
        // Go evaluates the receiver now: a nil interface (or a nil pointer that must be dereferenced) panics
        // here, not when the method value is called.
        if (Conv.isInterface(recv.type())) recv = new Expr.Builtin(BuiltinOp.NIL_CHECK, List.of(recv), recv.type());
        Local r = fb.temp(recv, s.pos());
        IrFunc w = ex.pl.boundMethod(m, r.type());
        return new Expr.MakeClosure(w.sym(), List.of(r), sel.type());
    }

    /** T.M, (*T).M, I.M as a func value taking the receiver first. */
    Expr methodExpr(golc.syntax.Expr.SelectorExpr s, Selection sel) {
        Func m = (Func) sel.obj();
        checkNotGeneric(m, s.pos());
        Type recvType = sel.recv();
        boolean recvIsPtr = recvType.underlying() instanceof Pointer && !(recvType instanceof golc.types.Named);
        if (sel.index().size() == 1 && !Conv.isInterface(recvType) && recvIsPtr == m.hasPtrRecv()) {
            return new Expr.FuncRef(ex.pl.funcSym(m), sel.type());
        }
        IrFunc w = ex.pl.methodWrapper(m, recvType, sel.index(), (Signature) sel.type());
        return new Expr.FuncRef(w.sym(), sel.type());
    }

    /**
     * For defer and go: the called func value and its evaluated arguments. Functions and methods are
     * referenced statically (receiver as first argument); interface methods and builtins go through
     * wrappers.
     */
    Prepared deferred(golc.syntax.Expr.CallExpr c) {
        golc.syntax.Expr fun = TypeInfo.unparen(c.fun);
        Builtin b = builtinOf(fun);
        if (b != null) return deferredBuiltin(c, b);
        if (info.isType(fun)) throw ex.unsupported(c.pos(), "defer of a conversion");
        if (fun instanceof golc.syntax.Expr.FuncLit) {
            // go/defer func(...){...}(x): keep the MakeClosure itself as the func value (no temporary), so that
            // codegen can call the lifted function directly. Making it later than Go would changes nothing: its
            // captures are cells or variables never assigned after their declaration.
            Expr fv = ex.expr(fun);
            Signature sig = (Signature) fv.type().underlying();
            List<Expr> args = new ArrayList<>();
            for (Expr a : args(sig, c)) args.add(ex.stable(a, c.lparen));
            Expr fn = fv instanceof Expr.MakeClosure || fv instanceof Expr.FuncRef ? fv : ex.stable(fv, c.lparen);
            return new Prepared(new Callee.Dynamic(fn, sig), args, sig, fn, c.lparen);
        }
        Prepared p = prepare(c);
        List<Expr> args = new ArrayList<>();
        for (Expr a : p.args) args.add(ex.stable(a, p.pos));
        Expr fn;
        if (p.callee instanceof Callee.Static st) {
            fn = new Expr.FuncRef(st.fn(), st.fn().sig());
        } else if (p.callee instanceof Callee.Iface ic) {
            Local r = fb.temp(new Expr.Builtin(BuiltinOp.NIL_CHECK, List.of(ic.recv()), ic.recv().type()), p.pos);
            Func m = (Func) info.selection((golc.syntax.Expr.SelectorExpr) fun).obj();
            IrFunc w = ex.pl.boundMethod(m, r.type());
            fn = new Expr.MakeClosure(w.sym(), List.of(r), p.sig);
        } else {
            fn = ((Callee.Dynamic) p.callee).fn();
        }
        return new Prepared(p.callee, args, p.sig, fn, p.pos);
    }

    /** defer/go of a builtin: a lifted wrapper taking the evaluated arguments. */
    private Prepared deferredBuiltin(golc.syntax.Expr.CallExpr c, Builtin b) {
        Pos pos = c.lparen;
        Stmt.Block evaluated = fb.block(pos, () -> builtin(c, b, false));
        // the builtin's own statements: argument evaluation plus the final call; keep the evaluation here
        List<Stmt> stmts = evaluated.stmts();
        Stmt last = stmts.isEmpty() ? null : stmts.get(stmts.size() - 1);
        if (!(last instanceof Stmt.Call call) || !(call.callee() instanceof Callee.Builtin cb)) {
            throw ex.unsupported(c.pos(), "defer of builtin " + b.name());
        }
        for (Stmt s : stmts.subList(0, stmts.size() - 1)) fb.emit(s);
        List<Expr> args = new ArrayList<>();
        for (Expr a : call.args()) args.add(ex.stable(a, pos));
        IrFunc w = ex.pl.builtinWrapper(cb.op(), args, fb.fn.symbol(), pos);
        return new Prepared(call.callee(), args, w.sig(), new Expr.FuncRef(w.sym(), w.sig()), pos);
    }
}
