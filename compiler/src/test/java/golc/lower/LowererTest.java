package golc.lower;

import golc.diag.Diagnostics;
import golc.ir.Callee;
import golc.ir.Expr;
import golc.ir.IrFunc;
import golc.ir.IrPackage;
import golc.ir.IrPrinter;
import golc.ir.IrVerifier;
import golc.ir.Local;
import golc.ir.Program;
import golc.ir.Stmt;
import golc.syntax.File;
import golc.syntax.Parser;
import golc.types.Checker;
import golc.types.Package;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the lowering that codegen and the goroutine transform rely on, asserted directly. */
class LowererTest {

    private static IrFunc func(Program p, String pkg, String symbol) {
        IrFunc f = p.pkg(pkg).func(symbol);
        assertNotNull(f, symbol + " in\n" + IrPrinter.print(p));
        return f;
    }

    private static Local local(IrFunc f, String name) {
        List<Local> all = new ArrayList<>(f.locals());
        all.addAll(f.params());
        all.addAll(f.results());
        all.addAll(f.captures());
        for (Local l : all) if (l.name().equals(name)) return l;
        throw new AssertionError("no local " + name + " in " + f);
    }

    private static List<Stmt.Call> calls(Stmt s, List<Stmt.Call> out) {
        if (s instanceof Stmt.Call c) out.add(c);
        if (s instanceof Stmt.Block b) for (Stmt x : b.stmts()) calls(x, out);
        if (s instanceof Stmt.If i) {
            calls(i.then(), out);
            if (i.els() != null) calls(i.els(), out);
        }
        if (s instanceof Stmt.Loop l) calls(l.body(), out);
        return out;
    }

    @Test
    void variablesGetCellsOnlyWhenShared() {
        LowerFixture fx = LowerFixture.of("box.go", String.join("\n",
                "package main",
                "type P struct{ x int }",
                "func main() {",
                "	mutated, readOnly, addressed := 1, 2, 3",
                "	var s P",
                "	f := func() int { mutated++; return readOnly + s.x }",
                "	p := &addressed",
                "	q := &s",
                "	println(f(), *p, q.x)",
                "}", ""));
        IrFunc main = func(fx.program, "main", "main");
        assertTrue(local(main, "mutated").boxed(), "captured and assigned");
        assertFalse(local(main, "readOnly").boxed(), "captured, never assigned");
        assertTrue(local(main, "addressed").boxed(), "address taken");
        assertFalse(local(main, "s").boxed(), "a struct variable is its own object");
        IrFunc lit = func(fx.program, "main", "main·func1");
        assertEquals(List.of("mutated", "readOnly", "s"), lit.captures().stream().map(Local::name).toList());
        assertTrue(lit.captures().get(0).boxed());
    }

    @Test
    void callsAreHoistedInSourceOrderAndNeverNested() {
        LowerFixture fx = LowerFixture.of("order.go", String.join("\n",
                "package main",
                "func a() int { return 1 }",
                "func b() int { return 2 }",
                "func c(x, y int) int { return x + y }",
                "func main() { println(c(a(), b()) + a()) }", ""));
        IrFunc main = func(fx.program, "main", "main");
        List<String> order = new ArrayList<>();
        for (Stmt.Call c : calls(main.body(), new ArrayList<>())) {
            order.add(c.callee() instanceof Callee.Static s ? s.fn().symbol() : String.valueOf(c.callee()));
            for (Expr arg : c.args()) {
                assertTrue(arg instanceof Expr.Const || arg instanceof Expr.LocalRef || arg instanceof Expr.Binary,
                        "simple operand: " + arg);
            }
        }
        assertEquals(List.of("a", "b", "c", "a", "Builtin[op=PRINTLN]"), order);
    }

    @Test
    void crossPackageReferencesAndNatives() {
        Diagnostics diags = new Diagnostics();
        Map<String, Package> done = new HashMap<>();
        Package lib = check("lib", String.join("\n",
                "package lib",
                "var Count = 2",
                "func Twice(x int) int { return hidden(x) * Count }",
                "func hidden(x int) int", ""), done, diags);
        Package main = check("main", String.join("\n",
                "package main",
                "import \"lib\"",
                "func main() { lib.Count++; println(lib.Twice(3)) }", ""), done, diags);
        assertFalse(diags.hasErrors(), diags.format());
        Program p = Lowerer.lower(List.of(lib, main), diags);
        assertFalse(diags.hasErrors(), diags.format());
        assertEquals(List.of(), IrVerifier.verify(p));
        IrPackage ir = p.pkg("lib");
        assertEquals(List.of("Count"), ir.globals().stream().map(g -> g.name()).toList());
        assertTrue(ir.func("hidden").isNative());
        assertEquals(null, ir.func("hidden").body());
        Stmt.Call twiceCall = calls(func(p, "main", "main").body(), new ArrayList<>()).get(0);
        Callee.Static st = (Callee.Static) twiceCall.callee();
        assertEquals("lib", st.fn().pkgPath());
        assertEquals("Twice", st.fn().symbol());
        Stmt.Call hiddenCall = calls(func(p, "lib", "Twice").body(), new ArrayList<>()).get(0);
        assertTrue(((Callee.Static) hiddenCall.callee()).fn().isNative(), "calls know their callee is native");
        String init = IrPrinter.print(ir.init());
        assertTrue(init.contains("lib.Count = 2:int"), init);
    }

    private static Package check(String path, String src, Map<String, Package> done, Diagnostics diags) {
        File f = Parser.parseFile(path + ".go", src.getBytes(StandardCharsets.UTF_8), diags);
        Package p = Checker.check(path, List.of(f), done::get, diags);
        done.put(path, p);
        return p;
    }

    @Test
    void deferredCallsMakeReturnsValueless() {
        LowerFixture fx = LowerFixture.of("d.go", String.join("\n",
                "package main",
                "func f() (n int) {",
                "	defer func() { n *= 2 }()",
                "	return 21",
                "}",
                "func main() { println(f()) }", ""));
        IrFunc f = func(fx.program, "main", "f");
        assertTrue(f.hasDefer());
        assertTrue(f.results().get(0).boxed(), "the deferred closure assigns the named result");
        String dump = IrPrinter.print(f);
        assertTrue(dump.contains("n = 21:int   // 4\n  return   // 4"), dump);
        assertFalse(func(fx.program, "main", "main").hasDefer());
    }
}
