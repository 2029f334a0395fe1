package golc.lower;

import golc.ir.BuiltinOp;
import golc.ir.Expr;
import golc.ir.Label;
import golc.ir.Local;
import golc.ir.Op;
import golc.ir.Stmt;
import golc.syntax.Pos;
import golc.syntax.Token;
import golc.types.Array;
import golc.types.Basic;
import golc.types.Chan;
import golc.types.MapType;
import golc.types.Pointer;
import golc.types.Slice;
import golc.types.Type;
import golc.types.Var;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code for range} over strings, arrays, pointers to arrays, slices, maps and channels, as loops over a
 * hidden index (or a map iterator, or receives). The range expression is evaluated once; iteration
 * variables declared with {@code :=} exist once per loop (Go 1.19) and are assigned each iteration.
 */
final class RangeLowerer {
    private final StmtLowerer sl;
    private final FnBuilder fb;
    private final ExprLowerer ex;
    private final golc.syntax.Stmt.RangeStmt r;
    private final Label label;
    private final String goLabel;
    /** Where each iteration stores its key and value (null: not wanted). */
    private Expr keyTarget;
    private Expr valueTarget;

    private RangeLowerer(StmtLowerer sl, golc.syntax.Stmt.RangeStmt r, String goLabel) {
        this.sl = sl;
        this.fb = sl.fb();
        this.ex = sl.ex();
        this.r = r;
        this.goLabel = goLabel;
        this.label = fb.newLabel(goLabel);
    }

    static void range(StmtLowerer sl, golc.syntax.Stmt.RangeStmt r, String goLabel) {
        RangeLowerer rl = new RangeLowerer(sl, r, goLabel);
        sl.fb().emit(sl.fb().block(r.pos(), rl::lower));
    }

    private void lower() {
        Pos pos = r.pos();
        Type xt = sl.info().typeOf(r.x);
        Type u = xt.underlying();
        boolean wantValue = r.value != null && !isBlank(r.value);
        Expr x;
        if (u instanceof Array && wantValue) {
            x = new Expr.LocalRef(fb.temp(fb.own(ex.expr(r.x)), pos));
        } else {
            x = ex.stable(ex.expr(r.x), pos);
        }
        keyTarget = target(r.key);
        valueTarget = target(r.value);
        if (u instanceof Basic b && b.isString()) {
            stringLoop(x, pos);
        } else if (u instanceof Array || u instanceof Slice || u instanceof Pointer) {
            indexLoop(x, pos);
        } else if (u instanceof MapType m) {
            Local k = wantsKey() ? fb.newTemp(m.key()) : null;
            Local v = wantsValue() ? fb.newTemp(m.elem()) : null;
            Stmt.Block body = body(k == null ? null : new Expr.LocalRef(k), v == null ? null : new Expr.LocalRef(v));
            fb.emit(new Stmt.RangeMap(label, x, k, v, body, pos));
        } else if (u instanceof Chan c) {
            Local v = fb.newTemp(c.elem());
            Local ok = fb.newTemp(Basic.BOOL);
            Stmt.Block body = fb.block(pos, () -> {
                fb.emit(new Stmt.Recv(v, ok, x, pos));
                fb.emit(new Stmt.If(new Expr.Unary(Op.NOT, new Expr.LocalRef(ok), Basic.BOOL),
                        new Stmt.Block(null, List.of(new Stmt.Break(label, pos)), pos), null, pos));
                for (Stmt s : body(new Expr.LocalRef(v), null).stmts()) fb.emit(s);
            });
            fb.emit(new Stmt.Loop(label, null, body, null, pos));
        } else {
            throw sl.pl().unsupported(r.x.pos(), "range over " + xt);
        }
    }

    private static boolean isBlank(golc.syntax.Expr e) {
        return TypeInfo.unparen(e) instanceof golc.syntax.Expr.Ident id && id.isBlank();
    }

    /** The per-loop variable (:=) or assignment target (=) for k, declared before the loop. */
    private Expr target(golc.syntax.Expr k) {
        if (k == null || isBlank(k)) return null;
        if (r.tok == Token.DEFINE) {
            Var v = (Var) sl.info().defOf((golc.syntax.Expr.Ident) TypeInfo.unparen(k));
            Local l = fb.local(v);
            fb.emit(new Stmt.Decl(l, null, k.pos()));
            return new Expr.LocalRef(l);
        }
        return null; // assignment form: evaluated per iteration in body()
    }

    /** The loop body: store key and value, then the user's statements with break/continue bound to the loop. */
    private Stmt.Block body(Expr key, Expr value) {
        return fb.block(r.body.pos(), () -> {
            Pos pos = r.pos();
            // As in an assignment statement, both targets' operands are evaluated before either is stored
            // (for i, x[i] = range y indexes x with the old i).
            boolean both = key != null && value != null;
            Expr kt = key == null ? null : target(r.key, keyTarget, both);
            Expr vt = value == null ? null : target(r.value, valueTarget, both);
            if (kt != null) sl.store(kt, key, pos);
            if (vt != null) sl.store(vt, value, pos);
            fb.withTarget(new FnBuilder.Target(label, true, goLabel), () -> sl.stmts(r.body.list));
        });
    }

    /** The assignment target for syn (null for none or _), its operands fixed in temporaries when {@code fix}. */
    private Expr target(golc.syntax.Expr syn, Expr declared, boolean fix) {
        if (syn == null || isBlank(syn)) return null;
        return declared != null ? declared : ex.lvalue(syn, fix);
    }

    private boolean wantsKey() {
        return r.key != null && !isBlank(r.key);
    }

    private boolean wantsValue() {
        return r.value != null && !isBlank(r.value);
    }

    private void indexLoop(Expr x, Pos pos) {
        Local n = fb.temp(new Expr.Builtin(BuiltinOp.LEN, List.of(x), Basic.INT), pos);
        Local i = fb.temp(Consts.ofInt(0), pos);
        Type xt = x.type().underlying();
        if (xt instanceof Pointer p) xt = p.elem().underlying();
        Type elem = xt instanceof Array a ? a.elem() : ((Slice) xt).elem();
        Expr key = wantsKey() ? new Expr.LocalRef(i) : null;
        Expr value = wantsValue() ? new Expr.Index(x, new Expr.LocalRef(i), elem) : null;
        Stmt.Block body = body(key, value);
        Stmt.Block post = new Stmt.Block(null, List.of(increment(i, Consts.ofInt(1), pos)), pos);
        fb.emit(new Stmt.Loop(label, less(i, n), body, post, pos));
    }

    private void stringLoop(Expr s, Pos pos) {
        Local n = fb.temp(new Expr.Builtin(BuiltinOp.LEN, List.of(s), Basic.INT), pos);
        Local i = fb.temp(Consts.ofInt(0), pos);
        Local w = fb.temp(Consts.ofInt(1), pos);
        Expr idx = new Expr.LocalRef(i);
        List<Stmt> pre = new ArrayList<>();
        pre.add(new Stmt.Assign(new Expr.LocalRef(w), new Expr.Builtin(BuiltinOp.DECODE_RUNE_WIDTH, List.of(s, idx), Basic.INT), pos));
        Expr key = wantsKey() ? idx : null;
        Expr value = wantsValue() ? new Expr.Builtin(BuiltinOp.DECODE_RUNE, List.of(s, idx), Basic.INT32) : null;
        Stmt.Block user = body(key, value);
        pre.addAll(user.stmts());
        Stmt.Block body = new Stmt.Block(null, pre, user.pos());
        Stmt.Block post = new Stmt.Block(null, List.of(increment(i, new Expr.LocalRef(w), pos)), pos);
        fb.emit(new Stmt.Loop(label, less(i, n), body, post, pos));
    }

    private static Expr less(Local i, Local n) {
        return new Expr.Binary(Op.LT, new Expr.LocalRef(i), new Expr.LocalRef(n), Basic.BOOL);
    }

    private static Stmt increment(Local i, Expr by, Pos pos) {
        return new Stmt.Assign(new Expr.LocalRef(i), new Expr.Binary(Op.ADD, new Expr.LocalRef(i), by, Basic.INT), pos);
    }
}
