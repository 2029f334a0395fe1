package golc.codegen;

import static golc.codegen.Ir.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import golc.ir.Expr;
import golc.ir.IrFunc;
import golc.ir.Local;
import golc.ir.Op;
import golc.ir.Stmt;
import golc.types.Basic;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vertical slice on hand-built IR: println to stderr, locals, a loop; verified, jarred and run. */
class HelloIrTest {
    @Test
    void printlnHelloRunsFromTheJar() throws Exception {
        IrFunc main = func("main", voidSig(), println(3, s("hello"), i(42)));
        Map<String, byte[]> classes = CodeGen.generate(program(main));
        Verifier.verifyAndLoad(classes);
        JarRunner.Result r = JarRunner.run(classes);
        assertEquals("hello 42\n", r.stderr());
        assertEquals("", r.stdout());
        assertEquals(0, r.exit());
    }

    /** for i := 0; i < 3; i++ { println(i) } with an int8 that wraps: x := int8(127); x++. */
    @Test
    void loopsAndNarrowIntegersWrap() throws Exception {
        Local n = new Local(0, "i", Basic.INT, Local.Kind.VAR);
        Local x = new Local(1, "x", Basic.INT8, Local.Kind.VAR);
        golc.ir.Label l = new golc.ir.Label("L");
        IrFunc main = func("main", voidSig(),
                new Stmt.Decl(n, i(0), at(2)),
                new Stmt.Loop(l, new Expr.Binary(Op.LT, ref(n), i(3), Basic.BOOL),
                        block(println(3, ref(n))),
                        block(new Stmt.Assign(ref(n), new Expr.Binary(Op.ADD, ref(n), i(1), Basic.INT), at(2))), at(2)),
                new Stmt.Decl(x, c(Basic.INT8, 127L), at(4)),
                new Stmt.Assign(ref(x), new Expr.Binary(Op.ADD, ref(x), c(Basic.INT8, 1L), Basic.INT8), at(5)),
                println(6, ref(x)));
        Map<String, byte[]> classes = CodeGen.generate(program(main));
        Verifier.verifyAndLoad(classes);
        JarRunner.Result r = JarRunner.run(classes);
        assertEquals(GoOutputs.expected("loop_int8.go"), r.stderr());
    }
}
