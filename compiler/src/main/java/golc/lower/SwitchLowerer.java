package golc.lower;

import golc.ir.Expr;
import golc.ir.Label;
import golc.ir.Local;
import golc.ir.Op;
import golc.ir.Stmt;
import golc.syntax.Pos;
import golc.syntax.Token;
import golc.types.Basic;
import golc.types.Type;
import golc.types.Var;

import java.util.ArrayList;
import java.util.List;

import static golc.syntax.Stmt.BranchStmt;
import static golc.syntax.Stmt.CaseClause;

/**
 * Expression and type switches as if-else chains inside a labelled block (the target of {@code break}).
 * Case expressions are evaluated lazily, top to bottom and left to right, the default clause last.
 * With {@code fallthrough}, the chain only selects a clause number and the bodies follow in source order,
 * each run when the number matches and passing it on when it falls through.
 */
final class SwitchLowerer {
    private final StmtLowerer sl;
    private final FnBuilder fb;
    private final ExprLowerer ex;

    private SwitchLowerer(StmtLowerer sl) {
        this.sl = sl;
        this.fb = sl.fb();
        this.ex = sl.ex();
    }

    /** How one clause matches: emits what it needs and returns the condition. */
    private interface Matcher {
        Expr cond(CaseClause c);
    }

    /** What a selected clause runs before its statements (type switch: declare the clause variable). */
    private interface Prologue {
        void run(CaseClause c);
    }

    static void exprSwitch(StmtLowerer sl, golc.syntax.Stmt.SwitchStmt s, String goLabel) {
        SwitchLowerer sw = new SwitchLowerer(sl);
        Label label = sw.fb.newLabel(goLabel);
        sw.fb.emit(sw.fb.block(label, s.pos(), () -> {
            if (s.init != null) sl.stmts(List.of(s.init));
            Expr tag = s.tag == null ? null : sw.ex.stable(sw.ex.expr(s.tag), s.tag.pos());
            sw.fb.withTarget(new FnBuilder.Target(label, false, goLabel),
                    () -> sw.clauses(s.clauses, c -> sw.caseCond(c, tag), c -> {}, s.pos()));
        }));
    }

    static void typeSwitch(StmtLowerer sl, golc.syntax.Stmt.TypeSwitchStmt s, String goLabel) {
        SwitchLowerer sw = new SwitchLowerer(sl);
        Label label = sw.fb.newLabel(goLabel);
        TypeInfo info = sl.info();
        sw.fb.emit(sw.fb.block(label, s.pos(), () -> {
            if (s.init != null) sl.stmts(List.of(s.init));
            Expr x = new Expr.LocalRef(sw.fb.temp(sw.ex.expr(s.guard.x), s.guard.pos()));
            Matcher m = c -> {
                Expr cond = null;
                for (golc.syntax.Expr te : c.list) {
                    Type t = info.isNil(te) ? Basic.UNTYPED_NIL : info.typeOf(te);
                    Expr is = new Expr.TypeIs(x, t, Basic.BOOL);
                    cond = cond == null ? is : new Expr.Binary(Op.LOR, cond, is, Basic.BOOL);
                }
                return cond;
            };
            Prologue p = c -> {
                if (!(info.implicit(c) instanceof Var v)) return;
                Expr val = x;
                if (c.list.size() == 1 && !info.isNil(c.list.get(0))) {
                    Type t = info.typeOf(c.list.get(0));
                    val = Conv.isInterface(t) ? new Expr.Convert(x, t) : new Expr.TypeAssert(x, t);
                }
                sw.fb.emit(new Stmt.Decl(sw.fb.local(v), sw.fb.own(val), c.pos()));
            };
            sw.fb.withTarget(new FnBuilder.Target(label, false, goLabel), () -> sw.clauses(s.clauses, m, p, s.pos()));
        }));
    }

    /** tag == e1 || tag == e2 ... (tag null: e1 || e2 ...), later operands evaluated only if needed. */
    private Expr caseCond(CaseClause c, Expr tag) {
        Local r = null;
        Expr cond = null;
        for (golc.syntax.Expr e : c.list) {
            List<Expr> one = new ArrayList<>();
            Stmt.Block pre = fb.block(e.pos(), () -> one.add(tag == null ? ex.expr(e) : compareTag(tag, e)));
            if (r == null && pre.stmts().isEmpty()) {
                cond = cond == null ? one.get(0) : new Expr.Binary(Op.LOR, cond, one.get(0), Basic.BOOL);
                continue;
            }
            if (r == null) r = fb.temp(cond == null ? Consts.ofBool(false) : cond, c.pos());
            List<Stmt> then = new ArrayList<>(pre.stmts());
            then.add(new Stmt.Assign(new Expr.LocalRef(r), one.get(0), e.pos()));
            fb.emit(new Stmt.If(new Expr.Unary(Op.NOT, new Expr.LocalRef(r), Basic.BOOL), new Stmt.Block(null, then, e.pos()), null, e.pos()));
            cond = new Expr.LocalRef(r);
        }
        return cond;
    }

    private Expr compareTag(Expr tag, golc.syntax.Expr e) {
        TypeInfo info = sl.info();
        if (info.isNil(e)) return new Expr.Binary(Op.EQ, tag, new Expr.Zero(tag.type()), Basic.BOOL);
        Type et = info.typeOf(e);
        if (Conv.isInterface(et) && !Conv.isInterface(tag.type())) {
            return new Expr.Binary(Op.EQ, new Expr.Convert(tag, et), ex.expr(e), Basic.BOOL);
        }
        return new Expr.Binary(Op.EQ, tag, ex.exprTo(e, tag.type()), Basic.BOOL);
    }

    private static boolean fallsThrough(CaseClause c) {
        return !c.body.isEmpty() && c.body.get(c.body.size() - 1) instanceof BranchStmt b && b.tok == Token.FALLTHROUGH;
    }

    private void clauses(List<CaseClause> all, Matcher m, Prologue p, Pos pos) {
        List<CaseClause> cases = new ArrayList<>();
        CaseClause dflt = null;
        for (CaseClause c : all) {
            if (c.isDefault()) dflt = c;
            else cases.add(c);
        }
        boolean anyFall = false;
        for (CaseClause c : all) anyFall |= fallsThrough(c);
        if (!anyFall) {
            chain(cases, 0, dflt, m, c -> {
                p.run(c);
                sl.stmts(c.body);
            });
            return;
        }
        Local k = fb.temp(Consts.ofInt(-1), pos);
        chain(cases, 0, dflt, m, c -> fb.emit(new Stmt.Assign(new Expr.LocalRef(k), Consts.ofInt(all.indexOf(c)), c.pos())));
        for (int i = 0; i < all.size(); i++) {
            CaseClause c = all.get(i);
            int next = i + 1;
            Expr is = new Expr.Binary(Op.EQ, new Expr.LocalRef(k), Consts.ofInt(i), Basic.BOOL);
            Stmt.Block body = fb.block(c.pos(), () -> {
                p.run(c);
                boolean fall = fallsThrough(c);
                sl.stmts(fall ? c.body.subList(0, c.body.size() - 1) : c.body);
                if (fall) fb.emit(new Stmt.Assign(new Expr.LocalRef(k), Consts.ofInt(next), c.body.get(c.body.size() - 1).pos()));
            });
            fb.emit(new Stmt.If(is, body, null, c.pos()));
        }
    }

    /** if case_i { run(case_i) } else { ...next... } with the default clause in the innermost else. */
    private void chain(List<CaseClause> cases, int i, CaseClause dflt, Matcher m, Prologue run) {
        if (i == cases.size()) {
            if (dflt != null) fb.emit(fb.block(dflt.pos(), () -> run.run(dflt)));
            return;
        }
        CaseClause c = cases.get(i);
        Expr cond = m.cond(c);
        Stmt.Block then = fb.block(c.pos(), () -> run.run(c));
        Stmt.Block els = fb.block(c.pos(), () -> chain(cases, i + 1, dflt, m, run));
        fb.emit(new Stmt.If(cond, then, els.stmts().isEmpty() ? null : els, c.pos()));
    }
}
