package golc.codegen;

import golc.ir.Expr;
import golc.ir.Global;
import golc.ir.IrFunc;
import golc.ir.IrPackage;
import golc.ir.Program;
import golc.ir.Stmt;
import java.util.HashSet;
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

    private void stmt(Stmt s) {
        Stmt.forEachPart(s, this::stmt, this::expr);
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
