package golc.codegen;

import golc.ir.Callee;
import golc.ir.Expr;
import golc.ir.Global;
import golc.ir.IrFunc;
import golc.ir.IrPackage;
import golc.ir.Program;
import golc.ir.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds package variables whose address is taken ({@code &g}, or {@code &g.f}/{@code &g[i]} through an array).
 * Those of non-struct type are kept in a cell (a {@code golc.rt.Pointer}) so that the pointer and the variable
 * are the same storage; struct-typed globals need no cell, as a pointer to a struct is the struct object.
 */
final class AddressTaken {
    private final Set<Global> found = new HashSet<>();

    private AddressTaken() {}

    static Set<Global> globals(Program p) {
        AddressTaken a = new AddressTaken();
        for (IrPackage pkg : p.packages()) {
            a.func(pkg.init());
            for (IrFunc f : pkg.funcs()) {
                a.func(f);
            }
        }
        return a.found;
    }

    private void func(IrFunc f) {
        if (f != null && f.body() != null) {
            stmt(f.body());
        }
    }

    private void stmts(List<Stmt> ss) {
        for (Stmt s : ss) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.Block b) {
            stmts(b.stmts());
        } else if (s instanceof Stmt.Decl d) {
            expr(d.init());
        } else if (s instanceof Stmt.Assign a) {
            expr(a.target());
            expr(a.value());
        } else if (s instanceof Stmt.Call c) {
            if (c.callee() instanceof Callee.Dynamic d) {
                expr(d.fn());
            } else if (c.callee() instanceof Callee.Iface i) {
                expr(i.recv());
            }
            exprs(c.args());
        } else if (s instanceof Stmt.If i) {
            expr(i.cond());
            stmt(i.then());
            if (i.els() != null) {
                stmt(i.els());
            }
        } else if (s instanceof Stmt.Loop l) {
            expr(l.cond());
            stmt(l.body());
            if (l.post() != null) {
                stmt(l.post());
            }
        } else if (s instanceof Stmt.RangeMap r) {
            expr(r.map());
            stmt(r.body());
        } else if (s instanceof Stmt.Return r) {
            exprs(r.values());
        } else if (s instanceof Stmt.Defer d) {
            expr(d.fn());
            exprs(d.args());
        } else if (s instanceof Stmt.Go g) {
            expr(g.fn());
            exprs(g.args());
        } else if (s instanceof Stmt.Send se) {
            expr(se.ch());
            expr(se.value());
        } else if (s instanceof Stmt.Recv r) {
            expr(r.ch());
        } else if (s instanceof Stmt.Select x) {
            for (Stmt.Select.Case c : x.cases()) {
                expr(c.ch());
                if (c.send() != null) {
                    expr(c.send());
                }
            }
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.AddrOf a) {
            Expr x = a.x();
            // &g[i] of an array global points into the array object, which is not replaced on assignment.
            if (x instanceof Expr.GlobalRef g && !JvmTypes.isStruct(g.type())) {
                found.add(g.global());
            }
            expr(x);
        } else {
            Expr.forEachOperand(e, this::expr);
        }
    }
}
