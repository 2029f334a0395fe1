package golc.codegen;

import golc.ir.Callee;
import golc.ir.Expr;
import golc.ir.IrFunc;
import golc.ir.IrPackage;
import golc.ir.Local;
import golc.ir.Program;
import golc.ir.Stmt;
import golc.syntax.Pos;
import golc.types.Basic;
import golc.types.Signature;
import golc.types.Tuple;
import golc.types.Type;
import golc.types.Var;
import java.util.ArrayList;
import java.util.List;

/** Builds IR by hand for codegen tests that must not depend on the front end. */
final class Ir {
    static final Pos P = new Pos("prog.go", 1, 1);

    private Ir() {}

    static Pos at(int line) {
        return new Pos("prog.go", line, 1);
    }

    static Signature sig(List<Type> params, List<Type> results) {
        List<Var> ps = new ArrayList<>();
        for (Type t : params) {
            ps.add(Var.param(P, null, "", t));
        }
        List<Var> rs = new ArrayList<>();
        for (Type t : results) {
            rs.add(Var.param(P, null, "", t));
        }
        return new Signature(null, List.of(), new Tuple(ps), new Tuple(rs), false);
    }

    static Signature voidSig() {
        return sig(List.of(), List.of());
    }

    static IrFunc func(String name, Signature sig, Stmt... body) {
        IrFunc f = new IrFunc("main", name, sig, P);
        f.setBody(block(body));
        return f;
    }

    static Stmt.Block block(Stmt... ss) {
        return new Stmt.Block(null, List.of(ss), P);
    }

    static Expr.Const i(long v) {
        return new Expr.Const(Basic.INT, v);
    }

    static Expr.Const c(Type t, Object v) {
        return new Expr.Const(t, v);
    }

    static Expr.Const s(String v) {
        return new Expr.Const(Basic.STRING, v);
    }

    static Expr.LocalRef ref(Local l) {
        return new Expr.LocalRef(l);
    }

    static Stmt println(int line, Expr... args) {
        return new Stmt.Call(List.of(), new Callee.Builtin(golc.ir.BuiltinOp.PRINTLN), List.of(args), at(line));
    }

    /** A program of package main with the given functions (one named main). */
    static Program program(IrFunc... funcs) {
        IrFunc init = new IrFunc("main", "init", voidSig(), P);
        init.setBody(block());
        return new Program(List.of(new IrPackage("main", "main", List.of(), init, List.of(funcs), List.of(), List.of())));
    }
}
