package golc.lower;

import golc.ir.Expr;
import golc.ir.Label;
import golc.ir.Local;
import golc.ir.Op;
import golc.ir.Stmt;
import golc.syntax.Pos;
import golc.syntax.Token;
import golc.types.Basic;
import golc.types.Chan;
import golc.types.Constant;
import golc.types.Type;
import golc.types.Var;

import java.util.ArrayList;
import java.util.List;

import static golc.syntax.Stmt.AssignStmt;
import static golc.syntax.Stmt.CommClause;
import static golc.syntax.Stmt.ExprStmt;
import static golc.syntax.Stmt.SelectStmt;
import static golc.syntax.Stmt.SendStmt;

/**
 * {@code select} as one {@link Stmt.Select} followed by the clause bodies, each run when the chosen index is
 * its own, inside a labelled block (the target of {@code break}). As the spec says, the channel operands of
 * every case and the values of send cases are evaluated once, in source order, before the select; the
 * left-hand sides of receive cases are assigned (or declared) only in the chosen clause.
 */
final class SelectLowerer {
    private SelectLowerer() {}

    static void select(StmtLowerer sl, SelectStmt s, String goLabel) {
        FnBuilder fb = sl.fb();
        ExprLowerer ex = sl.ex();
        Label label = fb.newLabel(goLabel);
        fb.emit(fb.block(label, s.pos(), () -> {
            List<Stmt.Select.Case> cases = new ArrayList<>();
            List<CommClause> clauses = new ArrayList<>();
            CommClause dflt = null;
            for (CommClause cc : s.clauses) {
                if (cc.comm == null) {
                    dflt = cc;
                    continue;
                }
                clauses.add(cc);
                cases.add(evalCase(sl, cc.comm));
            }
            Local index = fb.temp(Consts.of(Constant.ofInt(-1), Basic.INT), s.pos());
            fb.emit(new Stmt.Select(cases, dflt != null, index, s.pos()));
            CommClause dfltClause = dflt;
            fb.withTarget(new FnBuilder.Target(label, false, goLabel), () -> {
                for (int i = 0; i < clauses.size(); i++) {
                    CommClause cc = clauses.get(i);
                    Stmt.Select.Case c = cases.get(i);
                    Stmt.Block body = fb.block(cc.pos(), () -> {
                        bindReceived(sl, cc.comm, c);
                        sl.stmts(cc.body);
                    });
                    fb.emit(new Stmt.If(is(index, i), body, null, cc.pos()));
                }
                if (dfltClause != null) {
                    Stmt.Block body = fb.block(dfltClause.pos(), () -> sl.stmts(dfltClause.body));
                    fb.emit(new Stmt.If(is(index, -1), body, null, dfltClause.pos()));
                }
            });
        }));
    }

    private static Expr is(Local index, int i) {
        return new Expr.Binary(Op.EQ, new Expr.LocalRef(index), Consts.of(Constant.ofInt(i), Basic.INT), Basic.BOOL);
    }

    /** The receive expression {@code <-ch} of a receive case. */
    private static golc.syntax.Expr.UnaryExpr recvExpr(golc.syntax.Stmt comm) {
        golc.syntax.Expr e = comm instanceof ExprStmt es ? es.x : ((AssignStmt) comm).rhs.get(0);
        return (golc.syntax.Expr.UnaryExpr) TypeInfo.unparen(e);
    }

    /** Evaluates a case's channel (and send value) into temporaries; a receive gets temporaries for value/ok. */
    private static Stmt.Select.Case evalCase(StmtLowerer sl, golc.syntax.Stmt comm) {
        FnBuilder fb = sl.fb();
        ExprLowerer ex = sl.ex();
        if (comm instanceof SendStmt send) {
            Expr ch = ex.stable(ex.expr(send.chan), send.pos());
            Type elem = ((Chan) ch.type().underlying()).elem();
            Expr v = new Expr.LocalRef(fb.temp(fb.own(ex.valueTo(send.value, elem)), send.pos()));
            return new Stmt.Select.Case(ch, v, null, null);
        }
        golc.syntax.Expr.UnaryExpr un = recvExpr(comm);
        Expr ch = ex.stable(ex.expr(un.x), un.pos());
        Type elem = ((Chan) ch.type().underlying()).elem();
        int lhs = comm instanceof AssignStmt a ? a.lhs.size() : 0;
        Local value = lhs >= 1 ? fb.temp(new Expr.Zero(elem), un.pos()) : null;
        Local ok = lhs >= 2 ? fb.temp(new Expr.Zero(Basic.BOOL), un.pos()) : null;
        return new Stmt.Select.Case(ch, null, value, ok);
    }

    /** In the chosen clause: declares or assigns the receive case's left-hand sides. */
    private static void bindReceived(StmtLowerer sl, golc.syntax.Stmt comm, Stmt.Select.Case c) {
        if (!(comm instanceof AssignStmt a)) {
            return;
        }
        FnBuilder fb = sl.fb();
        Pos pos = a.pos();
        List<Local> got = new ArrayList<>();
        got.add(c.value());
        if (c.ok() != null) {
            got.add(c.ok());
        }
        for (int i = 0; i < a.lhs.size(); i++) {
            golc.syntax.Expr lhs = a.lhs.get(i);
            Expr val = new Expr.LocalRef(got.get(i));
            if (lhs instanceof golc.syntax.Expr.Ident id && id.isBlank()) {
                continue;
            }
            if (a.tok == Token.DEFINE) {
                Var v = (Var) sl.info().defOf((golc.syntax.Expr.Ident) lhs);
                if (v != null) {
                    fb.emit(new Stmt.Decl(fb.local(v), fb.own(Conv.to(val, v.type())), pos));
                    continue;
                }
            }
            Expr lv = sl.ex().lvalue(lhs, false);
            fb.emit(new Stmt.Assign(lv, Conv.to(val, lv.type()), pos));
        }
    }
}
