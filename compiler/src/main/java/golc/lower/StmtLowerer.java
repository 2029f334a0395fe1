package golc.lower;

import golc.ir.BuiltinOp;
import golc.ir.Expr;
import golc.ir.Label;
import golc.ir.Local;
import golc.ir.Op;
import golc.ir.Stmt;
import golc.syntax.Decl;
import golc.syntax.Pos;
import golc.syntax.Spec;
import golc.syntax.Token;
import golc.types.Basic;
import golc.types.Chan;
import golc.types.Constant;
import golc.types.Initializer;
import golc.types.MapType;
import golc.types.Obj;
import golc.types.Pointer;
import golc.types.Type;
import golc.types.Var;

import java.util.ArrayList;
import java.util.List;

import static golc.syntax.Stmt.*;

/**
 * Lowers statements of one function: assignments with Go's two-phase order, declarations, control flow
 * (if, for, range, switch, type switch, labels, goto), return, defer and go.
 */
final class StmtLowerer {
    private final PkgLowering pl;
    private final FnBuilder fb;
    private final ExprLowerer ex;
    private final TypeInfo info;

    StmtLowerer(PkgLowering pl, FnBuilder fb) {
        this.pl = pl;
        this.fb = fb;
        this.ex = new ExprLowerer(pl, fb);
        this.info = pl.info;
    }

    void stmts(List<golc.syntax.Stmt> list) {
        for (golc.syntax.Stmt s : list) stmt(s, null);
    }

    private void stmt(golc.syntax.Stmt s, String goLabel) {
        Pos pos = s.pos();
        if (s instanceof EmptyStmt) return;
        if (s instanceof BlockStmt b) {
            fb.emit(fb.block(b.pos(), () -> stmts(b.list)));
        } else if (s instanceof ExprStmt e) {
            exprStmt(e.x);
        } else if (s instanceof AssignStmt a) {
            assign(a);
        } else if (s instanceof IncDecStmt s2) {
            Expr lv = ex.lvalue(s2.x, false);
            Expr one = Consts.of(Constant.ofInt(1), lv.type());
            fb.emit(new Stmt.Assign(lv, new Expr.Binary(s2.tok == Token.INC ? Op.ADD : Op.SUB, lv, one, lv.type()), pos));
        } else if (s instanceof DeclStmt d) {
            declStmt(d.decl);
        } else if (s instanceof LabeledStmt l) {
            if (fb.gotoTargets.contains(l.label.name)) fb.emit(new Stmt.LabelDef(fb.goLabel(l.label.name), pos));
            stmt(l.stmt, l.label.name);
        } else if (s instanceof ReturnStmt r) {
            returnStmt(r);
        } else if (s instanceof BranchStmt b) {
            branch(b);
        } else if (s instanceof IfStmt i) {
            fb.emit(fb.block(pos, () -> ifStmt(i)));
        } else if (s instanceof ForStmt f) {
            forStmt(f, goLabel);
        } else if (s instanceof RangeStmt r) {
            RangeLowerer.range(this, r, goLabel);
        } else if (s instanceof SwitchStmt sw) {
            SwitchLowerer.exprSwitch(this, sw, goLabel);
        } else if (s instanceof TypeSwitchStmt ts) {
            SwitchLowerer.typeSwitch(this, ts, goLabel);
        } else if (s instanceof SendStmt send) {
            Expr ch = ex.expr(send.chan);
            Type elem = ((Chan) ch.type().underlying()).elem();
            fb.emit(new Stmt.Send(ch, ex.valueTo(send.value, elem), send.arrow));
        } else if (s instanceof DeferStmt d) {
            CallLowerer.Prepared p = ex.calls.deferred(d.call);
            fb.emit(new Stmt.Defer(p.funcValue(), p.args(), pos));
        } else if (s instanceof GoStmt g) {
            CallLowerer.Prepared p = ex.calls.deferred(g.call);
            fb.emit(new Stmt.Go(p.funcValue(), p.args(), pos));
        } else if (s instanceof SelectStmt sel) {
            SelectLowerer.select(this, sel, goLabel);
        } else {
            throw pl.unsupported(pos, "statement " + s.getClass().getSimpleName());
        }
    }

    FnBuilder fb() {
        return fb;
    }

    ExprLowerer ex() {
        return ex;
    }

    TypeInfo info() {
        return info;
    }

    PkgLowering pl() {
        return pl;
    }

    private void exprStmt(golc.syntax.Expr e) {
        golc.syntax.Expr u = TypeInfo.unparen(e);
        if (u instanceof golc.syntax.Expr.CallExpr c) {
            ex.calls.call(c, false);
        } else if (u instanceof golc.syntax.Expr.UnaryExpr un && un.op == Token.ARROW) {
            fb.emit(new Stmt.Recv(null, null, ex.expr(un.x), un.pos()));
        } else {
            throw pl.unsupported(e.pos(), "expression statement");
        }
    }

    // ---- declarations and assignments

    private void declStmt(Decl.GenDecl g) {
        if (g.tok != Token.VAR) return; // constants are folded; types are collected per package
        for (Spec s : g.specs) {
            Spec.ValueSpec vs = (Spec.ValueSpec) s;
            List<Var> vars = new ArrayList<>();
            for (golc.syntax.Expr.Ident id : vs.names) vars.add(id.isBlank() ? null : (Var) info.defOf(id));
            if (vs.values.isEmpty()) {
                for (Var v : vars) if (v != null) fb.emit(new Stmt.Decl(fb.local(v), null, vs.pos()));
                continue;
            }
            List<Expr> vals = rhsValues(vs.values, vars.size(), typesOf(vars), vs.pos());
            for (int i = 0; i < vars.size(); i++) declare(vars.get(i), vals.get(i), vs.pos());
        }
    }

    private static List<Type> typesOf(List<Var> vars) {
        List<Type> ts = new ArrayList<>();
        for (Var v : vars) ts.add(v == null ? null : v.type());
        return ts;
    }

    /** Declares v (null: blank, value discarded but evaluated) with initial value val. */
    private void declare(Var v, Expr val, Pos pos) {
        if (v == null) {
            discard(val, pos);
            return;
        }
        fb.emit(new Stmt.Decl(fb.local(v), fb.own(Conv.to(val, v.type())), pos));
    }

    private void discard(Expr val, Pos pos) {
        if (!(val instanceof Expr.Const || val instanceof Expr.LocalRef || val instanceof Expr.Zero)) fb.temp(val, pos);
    }

    /**
     * The values of right-hand sides for n targets of types ts (null: blank/unknown): n expressions, or one
     * multi-valued expression (call, comma-ok). With several values, each is fixed in a temporary so the
     * assignments that follow cannot disturb the values still to be assigned.
     */
    List<Expr> rhsValues(List<golc.syntax.Expr> rhs, int n, List<Type> ts, Pos pos) {
        List<Expr> out = new ArrayList<>();
        if (rhs.size() == n) {
            for (int i = 0; i < n; i++) {
                Expr v = ts.get(i) != null ? ex.exprTo(rhs.get(i), ts.get(i)) : ex.expr(rhs.get(i));
                out.add(n == 1 ? v : stable(fb.own(v), pos));
            }
            return out;
        }
        List<Expr> vs = tupleValues(rhs.get(0), pos);
        for (int i = 0; i < n; i++) out.add(ts.get(i) != null ? Conv.to(vs.get(i), ts.get(i)) : vs.get(i));
        return out;
    }

    private Expr stable(Expr e, Pos pos) {
        return ex.stable(e, pos);
    }

    /** The values of a multi-valued expression: call results, or value and ok of a comma-ok form. */
    List<Expr> tupleValues(golc.syntax.Expr e, Pos pos) {
        golc.syntax.Expr u = TypeInfo.unparen(e);
        if (u instanceof golc.syntax.Expr.CallExpr) return ex.values(u);
        if (u instanceof golc.syntax.Expr.IndexExpr ix) {
            Expr m = stable(ex.expr(ix.x), pos);
            Expr k = stable(ex.exprTo(ix.index, ((MapType) m.type().underlying()).key()), pos);
            Local ok = fb.temp(new Expr.Builtin(BuiltinOp.MAP_HAS, List.of(m, k), Basic.BOOL), pos);
            Local v = fb.temp(new Expr.Index(m, k, info.typeOf(ix)), pos);
            return List.of(new Expr.LocalRef(v), new Expr.LocalRef(ok));
        }
        if (u instanceof golc.syntax.Expr.TypeAssertExpr ta) {
            Type t = info.typeOf(ta);
            Expr x = stable(ex.expr(ta.x), pos);
            Local ok = fb.temp(new Expr.TypeIs(x, t, Basic.BOOL), pos);
            Local v = fb.temp(new Expr.Zero(t), pos);
            Stmt.Block then = fb.block(pos, () -> fb.emit(new Stmt.Assign(new Expr.LocalRef(v), new Expr.TypeAssert(x, t), pos)));
            fb.emit(new Stmt.If(new Expr.LocalRef(ok), then, null, pos));
            return List.of(new Expr.LocalRef(v), new Expr.LocalRef(ok));
        }
        if (u instanceof golc.syntax.Expr.UnaryExpr un && un.op == Token.ARROW) {
            Expr ch = ex.expr(un.x);
            Local v = fb.newTemp(((Chan) ch.type().underlying()).elem());
            Local ok = fb.newTemp(Basic.BOOL);
            fb.emit(new Stmt.Recv(v, ok, ch, un.pos()));
            return List.of(new Expr.LocalRef(v), new Expr.LocalRef(ok));
        }
        throw pl.unsupported(e.pos(), "multi-valued expression " + u.getClass().getSimpleName());
    }

    private void assign(AssignStmt a) {
        Pos pos = a.tokPos;
        if (a.tok.isAssignOp()) {
            Expr lv = ex.lvalue(a.lhs.get(0), false);
            Op op = ExprLowerer.binOp(a.tok.binaryOfAssignOp());
            Expr r = op == Op.SHL || op == Op.SHR ? ex.intIndex(a.rhs.get(0)) : ex.exprTo(a.rhs.get(0), lv.type());
            fb.emit(new Stmt.Assign(lv, new Expr.Binary(op, lv, r, lv.type()), pos));
            return;
        }
        int n = a.lhs.size();
        boolean define = a.tok == Token.DEFINE;
        // phase 1: the operands of the targets, then the values
        List<Expr> targets = new ArrayList<>();
        List<Var> fresh = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        for (golc.syntax.Expr l : a.lhs) {
            Obj def = define && l instanceof golc.syntax.Expr.Ident id && !id.isBlank() ? info.defOf(id) : null;
            if (def instanceof Var v) {
                fresh.add(v);
                targets.add(null);
                types.add(v.type());
            } else {
                Expr t = ex.lvalue(l, n > 1);
                fresh.add(null);
                targets.add(t);
                types.add(t == null ? null : t.type());
            }
        }
        List<Expr> vals = rhsValues(a.rhs, n, types, pos);
        // phase 2: assign left to right
        for (int i = 0; i < n; i++) {
            if (fresh.get(i) != null) {
                declare(fresh.get(i), vals.get(i), pos);
            } else if (targets.get(i) == null) {
                discard(vals.get(i), pos);
            } else {
                store(targets.get(i), vals.get(i), pos);
            }
        }
    }

    /** target = v; a map element gets its own copy (other targets are copied into by codegen). */
    void store(Expr target, Expr v, Pos pos) {
        Expr val = Conv.to(v, target.type());
        if (target instanceof Expr.Index ix && ix.x().type().underlying() instanceof MapType) val = fb.own(val);
        fb.emit(new Stmt.Assign(target, val, pos));
    }

    /** A package-level variable initialiser, inside the package's init function. */
    void initializer(Initializer in) {
        Pos pos = in.rhs().pos();
        List<Type> types = new ArrayList<>();
        for (Var v : in.lhs()) types.add(v.type());
        List<Expr> vals = rhsValues(List.of(in.rhs()), in.lhs().size(), types, pos);
        if (in.lhs().size() == 1 && vals.size() != 1) throw new IllegalStateException("initializer arity");
        for (int i = 0; i < in.lhs().size(); i++) {
            Var v = in.lhs().get(i);
            golc.ir.Global g = pl.lowerer.global(v);
            if (g == null) {
                discard(vals.get(i), pos);
            } else {
                fb.emit(new Stmt.Assign(new Expr.GlobalRef(g), vals.get(i), pos));
            }
        }
    }

    // ---- control flow

    private void returnStmt(ReturnStmt r) {
        Pos pos = r.pos();
        List<Local> results = fb.fn.results();
        if (r.results.isEmpty()) {
            fb.emit(new Stmt.Return(List.of(), pos));
            return;
        }
        List<Type> types = new ArrayList<>();
        for (Local l : results) types.add(l.type());
        List<Expr> vals = new ArrayList<>();
        for (Expr v : rhsValues(r.results, results.size(), types, pos)) vals.add(fb.own(v));
        if (!fb.fn.hasDefer()) {
            fb.emit(new Stmt.Return(vals, pos));
            return;
        }
        if (vals.size() == 1) vals.set(0, stable(vals.get(0), pos));
        for (int i = 0; i < vals.size(); i++) fb.emit(new Stmt.Assign(new Expr.LocalRef(results.get(i)), vals.get(i), pos));
        fb.emit(new Stmt.Return(List.of(), pos));
    }

    private void branch(BranchStmt b) {
        String name = b.label == null ? null : b.label.name;
        switch (b.tok) {
            case BREAK: {
                FnBuilder.Target t = fb.target(name, false);
                if (t == null) throw pl.unsupported(b.pos(), "break outside loop or switch");
                fb.emit(new Stmt.Break(t.label(), b.pos()));
                return;
            }
            case CONTINUE: {
                FnBuilder.Target t = fb.target(name, true);
                if (t == null) throw pl.unsupported(b.pos(), "continue outside loop");
                fb.emit(new Stmt.Continue(t.label(), b.pos()));
                return;
            }
            case GOTO:
                fb.emit(new Stmt.Goto(fb.goLabel(name), b.pos()));
                return;
            default:
                throw pl.unsupported(b.pos(), "fallthrough here");
        }
    }

    private void ifStmt(IfStmt i) {
        if (i.init != null) stmt(i.init, null);
        Expr cond = ex.expr(i.cond);
        Stmt.Block then = fb.block(i.body.pos(), () -> stmts(i.body.list));
        Stmt.Block els = null;
        if (i.els instanceof IfStmt ei) {
            els = fb.block(ei.pos(), () -> ifStmt(ei));
        } else if (i.els instanceof BlockStmt eb) {
            els = fb.block(eb.pos(), () -> stmts(eb.list));
        }
        fb.emit(new Stmt.If(cond, then, els, i.pos()));
    }

    private void forStmt(ForStmt f, String goLabel) {
        Label label = fb.newLabel(goLabel);
        fb.emit(fb.block(f.pos(), () -> {
            if (f.init != null) stmt(f.init, null);
            List<Expr> cond = new ArrayList<>();
            Stmt.Block condStmts = f.cond == null ? null : fb.block(f.cond.pos(), () -> cond.add(ex.expr(f.cond)));
            boolean inlineCond = condStmts != null && condStmts.stmts().isEmpty();
            Stmt.Block body = fb.block(f.body.pos(), () -> {
                if (condStmts != null && !inlineCond) {
                    for (Stmt s : condStmts.stmts()) fb.emit(s);
                    Stmt.Block brk = new Stmt.Block(null, List.of(new Stmt.Break(label, f.cond.pos())), f.cond.pos());
                    fb.emit(new Stmt.If(new Expr.Unary(Op.NOT, cond.get(0), cond.get(0).type()), brk, null, f.cond.pos()));
                }
                fb.withTarget(new FnBuilder.Target(label, true, goLabel), () -> stmts(f.body.list));
            });
            Stmt.Block post = f.post == null ? null : fb.block(f.post.pos(), () -> stmt(f.post, null));
            fb.emit(new Stmt.Loop(label, inlineCond ? cond.get(0) : null, body, post, f.pos()));
        }));
    }

    /** Is t's underlying type a pointer (to an array, for range)? */
    static boolean isPointer(Type t) {
        return t.underlying() instanceof Pointer;
    }
}
