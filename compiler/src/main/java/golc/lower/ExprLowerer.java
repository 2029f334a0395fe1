package golc.lower;

import golc.ir.BuiltinOp;
import golc.ir.Expr;
import golc.ir.Local;
import golc.ir.Op;
import golc.ir.Stmt;
import golc.syntax.Pos;
import golc.syntax.Token;
import golc.types.Array;
import golc.types.Basic;
import golc.types.Builtin;
import golc.types.Constant;
import golc.types.Func;
import golc.types.MapType;
import golc.types.Obj;
import golc.types.Pointer;
import golc.types.Selection;
import golc.types.Signature;
import golc.types.Slice;
import golc.types.Struct;
import golc.types.Tuple;
import golc.types.Type;
import golc.types.Var;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowers expressions of one function: returns a call-free IR expression and emits, in Go's evaluation
 * order, the statements computing its calls, receives and short-circuit parts into temporaries.
 */
final class ExprLowerer {
    final PkgLowering pl;
    final FnBuilder fb;
    final TypeInfo info;
    final CallLowerer calls;

    ExprLowerer(PkgLowering pl, FnBuilder fb) {
        this.pl = pl;
        this.fb = fb;
        this.info = pl.info;
        this.calls = new CallLowerer(this);
    }

    Unsupported unsupported(Pos pos, String what) {
        return pl.unsupported(pos, what);
    }

    /** The value of single-valued expression e. */
    Expr expr(golc.syntax.Expr e) {
        e = TypeInfo.unparen(e);
        Constant c = info.constOf(e);
        if (c != null && c.kind() == Constant.Kind.UNKNOWN && e instanceof golc.syntax.Expr.BasicLit) c = null;
        if (c != null) return Consts.of(c, info.typeOf(e));
        if (e instanceof golc.syntax.Expr.Ident id) return ident(id);
        if (e instanceof golc.syntax.Expr.BasicLit b) {
            // the checker keeps no value for literals beyond its exact range (Constant.tooLarge)
            throw unsupported(b.pos(), "the constant " + b.value + " (exponent beyond ±20000)");
        }
        if (e instanceof golc.syntax.Expr.CompositeLit cl) return composite(cl, info.typeOf(cl));
        if (e instanceof golc.syntax.Expr.FuncLit fl) return pl.closure(fl, fb);
        if (e instanceof golc.syntax.Expr.SelectorExpr s) return selector(s);
        if (e instanceof golc.syntax.Expr.IndexExpr ix) return index(ix);
        if (e instanceof golc.syntax.Expr.SliceExpr s) return slice(s);
        if (e instanceof golc.syntax.Expr.TypeAssertExpr ta) return new Expr.TypeAssert(expr(ta.x), info.typeOf(ta));
        if (e instanceof golc.syntax.Expr.CallExpr call) return calls.single(call);
        if (e instanceof golc.syntax.Expr.StarExpr st) return new Expr.Deref(expr(st.x), info.typeOf(st));
        if (e instanceof golc.syntax.Expr.UnaryExpr u) return unary(u);
        if (e instanceof golc.syntax.Expr.BinaryExpr b) return binary(b);
        if (e instanceof golc.syntax.Expr.IndexListExpr il) return genericFuncValue(il);
        throw unsupported(e.pos(), "expression " + e.getClass().getSimpleName());
    }

    /** The value of e assigned to a variable of type target (implicit conversion, typed constants). */
    Expr exprTo(golc.syntax.Expr e, Type target) {
        Constant c = info.constOf(e);
        if (c != null && target != null && !Conv.isInterface(target) && target.underlying() instanceof Basic) {
            return Consts.of(c, target);
        }
        if (info.isNil(e)) return new Expr.Zero(target);
        return Conv.to(expr(e), target);
    }

    /** A new value of type target from e: {@link #exprTo} plus the copy Go's value semantics need. */
    Expr valueTo(golc.syntax.Expr e, Type target) {
        return fb.own(exprTo(e, target));
    }

    /** The values of e: one for single-valued e, one per result for a multi-valued call (in temporaries). */
    List<Expr> values(golc.syntax.Expr e) {
        golc.syntax.Expr u = TypeInfo.unparen(e);
        if (info.typeOf(u) instanceof Tuple && u instanceof golc.syntax.Expr.CallExpr call) {
            List<Expr> out = new ArrayList<>();
            for (Local l : calls.call(call, true)) out.add(new Expr.LocalRef(l));
            return out;
        }
        return List.of(expr(e));
    }

    /** e fixed in a temporary, unless it is a constant or already a temporary: its value cannot change any more. */
    Expr stable(Expr e, Pos pos) {
        if (e instanceof Expr.Const || e instanceof Expr.Zero && !Conv.isValueAggregate(e.type())) return e;
        if (e instanceof Expr.LocalRef lr && lr.local().kind() == Local.Kind.TEMP) return e;
        return new Expr.LocalRef(fb.temp(e, pos));
    }

    // ---- identifiers and selectors

    Expr ident(golc.syntax.Expr.Ident id) {
        Obj o = info.objOf(id);
        if (o instanceof Var v) {
            if (pl.lowerer.isGlobal(v)) return new Expr.GlobalRef(pl.lowerer.global(v));
            Local l = fb.lookup(v);
            if (l == null) l = fb.local(v);
            return new Expr.LocalRef(l);
        }
        if (o instanceof Func f) return funcValue(id, f);
        if (o instanceof golc.types.Nil) return new Expr.Zero(Basic.UNTYPED_NIL);
        throw unsupported(id.pos(), "use of " + id.name + " as a value");
    }

    Expr selector(golc.syntax.Expr.SelectorExpr s) {
        Selection sel = info.selection(s);
        if (sel == null) return ident(s.sel); // qualified identifier pkg.Name
        switch (sel.kind()) {
            case FIELD_VAL:
                return fieldPath(expr(s.x), sel.index());
            case METHOD_VAL:
                return calls.methodValue(s, sel);
            default:
                return calls.methodExpr(s, sel);
        }
    }

    /** Follows field indices from x, dereferencing pointers implicitly (Field accepts *struct operands). */
    Expr fieldPath(Expr x, List<Integer> path) {
        for (int idx : path) x = field(x, idx);
        return x;
    }

    static Expr field(Expr x, int idx) {
        Type t = x.type().underlying();
        if (t instanceof Pointer p) t = p.elem().underlying();
        Var f = ((Struct) t).field(idx);
        return new Expr.Field(x, idx, f.name(), f.type());
    }

    Expr index(golc.syntax.Expr.IndexExpr ix) {
        Type xt = info.typeOf(ix.x);
        if (!info.isType(ix.x) && xt instanceof Signature) return genericFuncValue(ix); // F[int]
        if (info.isType(ix.x)) throw unsupported(ix.pos(), "generic type as a value");
        Expr x = expr(ix.x);
        Type u = xt.underlying();
        Expr i = u instanceof MapType m ? exprTo(ix.index, m.key()) : intIndex(ix.index);
        return new Expr.Index(x, i, info.typeOf(ix));
    }

    /** Function f named by id as a value; a generic one is the instance the checker inferred. */
    private Expr funcValue(golc.syntax.Expr.Ident id, Func f) {
        golc.ir.FuncSym inst = pl.lowerer.generics.funcInstance(info, id);
        if (inst != null) return new Expr.FuncRef(inst, inst.sig());
        return new Expr.FuncRef(pl.funcSym(f), f.type());
    }

    /** F[int] (or pkg.F[int, string]) as a value. */
    Expr genericFuncValue(golc.syntax.Expr e) {
        golc.ir.FuncSym inst = pl.lowerer.generics.funcInstance(info, e);
        if (inst == null) throw unsupported(e.pos(), "generic function value");
        return new Expr.FuncRef(inst, inst.sig());
    }

    /** An index or length operand: any integer type, kept as is (codegen widens). */
    Expr intIndex(golc.syntax.Expr e) {
        Constant c = info.constOf(e);
        if (c != null) return Consts.of(c, Basic.INT);
        return expr(e);
    }

    Expr slice(golc.syntax.Expr.SliceExpr s) {
        Expr x = expr(s.x);
        Expr lo = s.low == null ? null : intIndex(s.low);
        Expr hi = s.high == null ? null : intIndex(s.high);
        Expr max = s.max == null ? null : intIndex(s.max);
        return new Expr.SliceExpr(x, lo, hi, max, info.typeOf(s));
    }

    // ---- operators

    Expr unary(golc.syntax.Expr.UnaryExpr u) {
        Type t = info.typeOf(u);
        switch (u.op) {
            case ADD:
                return expr(u.x);
            case SUB:
                return new Expr.Unary(Op.NEG, exprTo(u.x, t), t);
            case NOT:
                return new Expr.Unary(Op.NOT, exprTo(u.x, t), t);
            case XOR:
                return new Expr.Unary(Op.COMPL, exprTo(u.x, t), t);
            case AND:
                return addressOf(u.x, t, u.pos());
            case ARROW: {
                Local v = fb.newTemp(t);
                fb.emit(new Stmt.Recv(v, null, expr(u.x), u.pos()));
                return new Expr.LocalRef(v);
            }
            default:
                throw unsupported(u.pos(), "operator " + u.op);
        }
    }

    /** &x: a composite literal allocates; otherwise x is addressable. */
    Expr addressOf(golc.syntax.Expr x, Type ptrType, Pos pos) {
        x = TypeInfo.unparen(x);
        if (x instanceof golc.syntax.Expr.CompositeLit cl) {
            Type t = ((Pointer) ptrType.underlying()).elem();
            Expr v = composite(cl, t);
            return pointerToFresh(v, ptrType, pos);
        }
        return new Expr.AddrOf(lvalue(x, false), ptrType);
    }

    /** A pointer to a new variable holding fresh value v: new(T), then *p = v. */
    private Expr pointerToFresh(Expr v, Type ptrType, Pos pos) {
        if (v.type().underlying() instanceof Struct && v instanceof Expr.LocalRef lr) {
            // a struct's JVM object is its own address; the temporary holding the literal is not used elsewhere
            return new Expr.AddrOf(lr, ptrType);
        }
        Local p = fb.temp(new Expr.Builtin(BuiltinOp.NEW, List.of(), ptrType), pos);
        fb.emit(new Stmt.Assign(new Expr.Deref(new Expr.LocalRef(p), v.type()), v, pos));
        return new Expr.LocalRef(p);
    }

    Expr binary(golc.syntax.Expr.BinaryExpr b) {
        Type t = info.typeOf(b);
        if (b.op == Token.LAND || b.op == Token.LOR) return shortCircuit(b, t);
        Op op = binOp(b.op);
        if (op.ordinal() >= Op.EQ.ordinal() && op.ordinal() <= Op.GE.ordinal()) return compare(op, b.x, b.y, t);
        // arithmetic operands have the result's type; typing constants from t also covers untyped
        // constants the checker left with their default type (1<<x in an int32 context)
        Expr x = exprTo(b.x, t);
        Expr y = op == Op.SHL || op == Op.SHR ? intIndex(b.y) : exprTo(b.y, t);
        return new Expr.Binary(op, x, y, t);
    }

    /** x op y for a comparison: nil becomes the other side's zero; a concrete side meets an interface boxed. */
    Expr compare(Op op, golc.syntax.Expr xs, golc.syntax.Expr ys, Type t) {
        if (info.isNil(xs)) {
            Expr y = expr(ys);
            return new Expr.Binary(op, new Expr.Zero(y.type()), y, t);
        }
        Expr x = expr(xs);
        if (info.isNil(ys)) return new Expr.Binary(op, x, new Expr.Zero(x.type()), t);
        Type yt = info.typeOf(ys);
        Expr y;
        if (Conv.isInterface(yt) && !Conv.isInterface(x.type())) {
            x = new Expr.Convert(x, yt);
            y = expr(ys);
        } else {
            y = exprTo(ys, x.type());
        }
        return new Expr.Binary(op, x, y, t);
    }

    /** x && y, x || y: if y needs statements (calls), they run only when Go evaluates y. */
    private Expr shortCircuit(golc.syntax.Expr.BinaryExpr b, Type t) {
        Expr x = expr(b.x);
        List<Expr> y = new ArrayList<>();
        Stmt.Block yb = fb.block(b.y.pos(), () -> y.add(expr(b.y)));
        if (yb.stmts().isEmpty()) return new Expr.Binary(b.op == Token.LAND ? Op.LAND : Op.LOR, x, y.get(0), t);
        Local r = fb.temp(x, b.pos());
        List<golc.ir.Stmt> then = new ArrayList<>(yb.stmts());
        then.add(new Stmt.Assign(new Expr.LocalRef(r), y.get(0), b.y.pos()));
        Expr cond = b.op == Token.LAND ? new Expr.LocalRef(r) : new Expr.Unary(Op.NOT, new Expr.LocalRef(r), t);
        fb.emit(new Stmt.If(cond, new Stmt.Block(null, then, b.y.pos()), null, b.pos()));
        return new Expr.LocalRef(r);
    }

    static Op binOp(Token t) {
        switch (t) {
            case ADD: return Op.ADD;
            case SUB: return Op.SUB;
            case MUL: return Op.MUL;
            case QUO: return Op.DIV;
            case REM: return Op.REM;
            case AND: return Op.AND;
            case OR: return Op.OR;
            case XOR: return Op.XOR;
            case AND_NOT: return Op.ANDNOT;
            case SHL: return Op.SHL;
            case SHR: return Op.SHR;
            case EQL: return Op.EQ;
            case NEQ: return Op.NE;
            case LSS: return Op.LT;
            case LEQ: return Op.LE;
            case GTR: return Op.GT;
            case GEQ: return Op.GE;
            default: throw new IllegalArgumentException("not a binary operator: " + t);
        }
    }

    // ---- addressable operands

    /**
     * e as an assignment target or {@code &} operand. With {@code spill}, the operands the target depends on
     * (indices, pointers, slices, maps) are fixed in temporaries first, as the first phase of a tuple
     * assignment requires.
     */
    Expr lvalue(golc.syntax.Expr e, boolean spill) {
        e = TypeInfo.unparen(e);
        if (e instanceof golc.syntax.Expr.Ident id) {
            if (id.isBlank()) return null;
            return ident(id);
        }
        if (e instanceof golc.syntax.Expr.IndexExpr ix) {
            Type xt = info.typeOf(ix.x).underlying();
            Expr x = xt instanceof Array ? lvalue(ix.x, spill) : maybeSpill(expr(ix.x), spill, ix.pos());
            Expr i = xt instanceof MapType m ? exprTo(ix.index, m.key()) : intIndex(ix.index);
            return new Expr.Index(x, maybeSpill(i, spill, ix.pos()), info.typeOf(ix));
        }
        if (e instanceof golc.syntax.Expr.SelectorExpr s) {
            Selection sel = info.selection(s);
            if (sel == null) return ident(s.sel);
            Type xt = info.typeOf(s.x);
            Expr x = xt.underlying() instanceof Pointer ? maybeSpill(expr(s.x), spill, s.pos()) : lvalue(s.x, spill);
            List<Integer> path = sel.index();
            for (int k = 0; k < path.size(); k++) {
                x = field(x, path.get(k));
                if (spill && k < path.size() - 1 && x.type().underlying() instanceof Pointer) x = stable(x, s.pos());
            }
            return x;
        }
        if (e instanceof golc.syntax.Expr.StarExpr st) {
            return new Expr.Deref(maybeSpill(expr(st.x), spill, st.pos()), info.typeOf(st));
        }
        if (e instanceof golc.syntax.Expr.CompositeLit || e instanceof golc.syntax.Expr.CallExpr) {
            // not addressable in Go, but x.f of a call result or literal is read through it
            return expr(e);
        }
        throw unsupported(e.pos(), "assignment to " + e.getClass().getSimpleName());
    }

    private Expr maybeSpill(Expr e, boolean spill, Pos pos) {
        return spill ? stable(e, pos) : e;
    }

    // ---- composite literals

    /** The value of literal cl of type t (t may be a pointer for elided {@code &T} in nested literals). */
    Expr composite(golc.syntax.Expr.CompositeLit cl, Type t) {
        if (t.underlying() instanceof Pointer p) {
            Expr v = composite(cl, p.elem());
            return pointerToFresh(v, t, cl.pos());
        }
        Type u = t.underlying();
        Pos pos = cl.pos();
        if (u instanceof Struct st) {
            Local tmp = fb.temp(new Expr.Zero(t), pos);
            for (int i = 0; i < cl.elts.size(); i++) {
                golc.syntax.Expr el = cl.elts.get(i);
                int fi = i;
                golc.syntax.Expr ve = el;
                if (el instanceof golc.syntax.Expr.KeyValueExpr kv) {
                    String name = ((golc.syntax.Expr.Ident) kv.key).name;
                    for (int k = 0; k < st.numFields(); k++) if (st.field(k).name().equals(name)) fi = k;
                    ve = kv.value;
                }
                Var f = st.field(fi);
                Expr v = element(ve, f.type(), false);
                fb.emit(new Stmt.Assign(new Expr.Field(new Expr.LocalRef(tmp), fi, f.name(), f.type()), v, el.pos()));
            }
            return new Expr.LocalRef(tmp);
        }
        if (u instanceof Array || u instanceof Slice) {
            Type elem = u instanceof Array a ? a.elem() : ((Slice) u).elem();
            long n = 0, next = 0;
            List<long[]> idx = new ArrayList<>();
            for (golc.syntax.Expr el : cl.elts) {
                if (el instanceof golc.syntax.Expr.KeyValueExpr kv) next = info.constOf(kv.key).toInt().intValue().longValue();
                idx.add(new long[] {next});
                next++;
                n = Math.max(n, next);
            }
            Expr init = u instanceof Array ? new Expr.Zero(t)
                    : new Expr.Builtin(BuiltinOp.MAKE_SLICE, List.of(Consts.ofInt(n), Consts.ofInt(n)), t);
            Local tmp = fb.temp(init, pos);
            for (int i = 0; i < cl.elts.size(); i++) {
                golc.syntax.Expr el = cl.elts.get(i);
                golc.syntax.Expr ve = el instanceof golc.syntax.Expr.KeyValueExpr kv ? kv.value : el;
                Expr v = element(ve, elem, false);
                fb.emit(new Stmt.Assign(new Expr.Index(new Expr.LocalRef(tmp), Consts.ofInt(idx.get(i)[0]), elem), v, el.pos()));
            }
            return new Expr.LocalRef(tmp);
        }
        if (u instanceof MapType m) {
            Local tmp = fb.temp(new Expr.Builtin(BuiltinOp.MAKE_MAP, List.of(Consts.ofInt(cl.elts.size())), t), pos);
            for (golc.syntax.Expr el : cl.elts) {
                golc.syntax.Expr.KeyValueExpr kv = (golc.syntax.Expr.KeyValueExpr) el;
                Expr k = element(kv.key, m.key(), true);
                Expr v = element(kv.value, m.elem(), true);
                fb.emit(new Stmt.Assign(new Expr.Index(new Expr.LocalRef(tmp), k, m.elem()), v, el.pos()));
            }
            return new Expr.LocalRef(tmp);
        }
        throw unsupported(pos, "composite literal of type " + t);
    }

    /**
     * An element of a composite literal (nested literals may elide their type). Struct fields and
     * array/slice elements are assigned in place, so only map keys and values need their own copy.
     */
    private Expr element(golc.syntax.Expr e, Type t, boolean own) {
        golc.syntax.Expr u = TypeInfo.unparen(e);
        if (u instanceof golc.syntax.Expr.CompositeLit cl && cl.type == null) return composite(cl, t);
        return own ? valueTo(e, t) : exprTo(e, t);
    }
}
