package golc.ir;

import golc.syntax.Pos;
import golc.types.Basic;
import golc.types.Signature;
import golc.types.Tuple;
import golc.types.Var;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IR built by hand (no front end needed): the printed form and the verifier's rules. */
class IrPrinterTest {
    private static final Pos P = new Pos("x.go", 3, 1);

    private static Signature intToInt() {
        Var a = Var.param(P, null, "a", Basic.INT);
        Var r = Var.param(P, null, "", Basic.INT);
        return new Signature(null, List.of(), new Tuple(List.of(a)), new Tuple(List.of(r)), false);
    }

    /** func inc(a int) int { t := g(a); for t < 10 { t++ }; return t } */
    private static IrFunc inc() {
        IrFunc f = new IrFunc("main", "inc", intToInt(), P);
        Local a = new Local(0, "a", Basic.INT, Local.Kind.PARAM);
        Local r = new Local(1, "~r0", Basic.INT, Local.Kind.RESULT);
        Local t = new Local(2, "t", Basic.INT, Local.Kind.VAR);
        f.params().add(a);
        f.results().add(r);
        f.locals().add(t);
        Label loop = new Label("~L0");
        Expr tRef = new Expr.LocalRef(t);
        Stmt.Block body = new Stmt.Block(null, List.of(
                new Stmt.Call(List.of(t), new Callee.Static(new FuncSym("main", "g", intToInt(), false)),
                        List.of(new Expr.LocalRef(a)), P),
                new Stmt.Loop(loop, new Expr.Binary(Op.LT, tRef, new Expr.Const(Basic.INT, 10L), Basic.BOOL),
                        new Stmt.Block(null, List.of(new Stmt.Assign(tRef,
                                new Expr.Binary(Op.ADD, tRef, new Expr.Const(Basic.INT, 1L), Basic.INT), new Pos("x.go", 5, 2))), P),
                        null, new Pos("x.go", 4, 1)),
                new Stmt.Return(List.of(tRef), new Pos("x.go", 6, 1))), P);
        f.setBody(body);
        return f;
    }

    @Test
    void printsFunctionsReadably() {
        String want = String.join("\n",
                "",
                "func inc",
                "  params (a int)",
                "  results (~r0 int)",
                "{",
                "  t = call main.g(a)   // 3",
                "  ~L0: loop (t < 10:int) {",
                "    t = (t + 1:int)   // 5",
                "  }   // 4",
                "  return t   // 6",
                "}",
                "");
        assertEquals(want, IrPrinter.print(inc()));
    }

    @Test
    void verifierAcceptsWellFormedIr() {
        IrFunc init = new IrFunc("main", "init", new Signature(null, List.of(), Tuple.EMPTY, Tuple.EMPTY, false), P);
        init.setBody(new Stmt.Block(null, List.of(new Stmt.Return(List.of(), P)), P));
        Program p = new Program(List.of(new IrPackage("main", "main", List.of(), init, List.of(inc()), List.of(), List.of())));
        assertEquals(List.of(), IrVerifier.verify(p));
    }

    @Test
    void verifierReportsForeignLocalsAndStrayBreaks() {
        IrFunc f = inc();
        Local stranger = new Local(9, "s", Basic.INT, Local.Kind.VAR);
        IrFunc init = new IrFunc("main", "init", new Signature(null, List.of(), Tuple.EMPTY, Tuple.EMPTY, false), P);
        init.setBody(new Stmt.Block(null, List.of(
                new Stmt.Assign(new Expr.LocalRef(stranger), new Expr.Const(Basic.INT, 1L), P),
                new Stmt.Break(new Label("nowhere"), P)), P));
        Program p = new Program(List.of(new IrPackage("main", "main", List.of(), init, List.of(f), List.of(), List.of())));
        List<String> errs = IrVerifier.verify(p);
        assertEquals(2, errs.size(), errs.toString());
        assertTrue(errs.get(0).contains("local s#9 not declared"), errs.get(0));
        assertTrue(errs.get(1).contains("break nowhere outside"), errs.get(1));
    }
}
