package golc.types;

import golc.syntax.Expr;
import golc.syntax.Stmt;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The side tables the lowering reads: expression types and constants, objects, selections, init order, instances. */
class InfoTest {

    private static TypesTestSupport.Checked ok(String src) {
        TypesTestSupport.Checked c = TypesTestSupport.check("t.go", src);
        assertFalse(c.diags.hasErrors(), c.diags::format);
        return c;
    }

    /** The recorded expression whose printed form is text (first found). */
    private static Map.Entry<Expr, TypeAndValue> expr(TypesTestSupport.Checked c, String text) {
        return c.pkg.info().types.entrySet().stream()
                .filter(e -> golc.syntax.Printer.expr(e.getKey()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no expression " + text));
    }

    private static String typeOf(TypesTestSupport.Checked c, String text) {
        return TypeString.of(expr(c, text).getValue().type(), TypeString.relativeTo(c.pkg));
    }

    @Test
    void untypedConstantsGetTheirFinalTypesAndValues() {
        TypesTestSupport.Checked c = ok("package main\nfunc main() {\n\tvar f float64 = 3\n\tx := 1 << 4\n\tvar b byte = 'a' + 1\n\t_, _, _ = f, x, b\n}\n");
        TypeAndValue three = expr(c, "3").getValue();
        assertEquals("float64", three.type().toString());
        assertEquals(TypeAndValue.Mode.CONSTANT, three.mode());
        assertEquals(Constant.Kind.FLOAT, three.value().kind());
        assertEquals(3.0, three.value().doubleValue());
        TypeAndValue shift = expr(c, "1 << 4").getValue();
        assertEquals("int", shift.type().toString());
        assertEquals(16, shift.value().longValue());
        assertEquals("byte", typeOf(c, "'a' + 1"));
        assertEquals(98, expr(c, "'a' + 1").getValue().value().longValue());
        // Operands of constant expressions are never materialised and keep their untyped types (as go/types).
        assertEquals("untyped rune", typeOf(c, "'a'"));
    }

    @Test
    void modesOfExpressions() {
        TypesTestSupport.Checked c = ok("package main\nfunc main() {\n\tm := map[string]int{}\n\tv, ok := m[\"k\"]\n\ts := []int{1}\n\t_, _, _ = v, ok, s[0]\n\tvar i interface{} = 1\n\t_, _ = i.(int)\n}\n");
        // Comma-ok operands keep the value's type (unlike go/types' tuple); the mode says the ok form is possible.
        TypeAndValue mi = expr(c, "m[\"k\"]").getValue();
        assertEquals(TypeAndValue.Mode.MAPINDEX, mi.mode());
        assertEquals("int", mi.type().toString());
        assertTrue(mi.hasOk());
        assertEquals(TypeAndValue.Mode.VARIABLE, expr(c, "s[0]").getValue().mode());
        assertEquals(TypeAndValue.Mode.TYPEXPR, expr(c, "interface{}").getValue().mode());
        assertTrue(expr(c, "i.(int)").getValue().hasOk());
    }

    @Test
    void definitionsAndUsesShareObjects() {
        TypesTestSupport.Checked c = ok("package main\nvar g = 1\nfunc f(p int) int { return p + g }\nfunc main() { _ = f(2) }\n");
        Info info = c.pkg.info();
        Obj g = c.pkg.scope().lookup("g");
        assertTrue(g instanceof Var && ((Var) g).isGlobal());
        long uses = info.uses.entrySet().stream().filter(e -> e.getValue() == g).count();
        assertEquals(1, uses);
        Obj p = info.defs.entrySet().stream().filter(e -> e.getKey().name.equals("p")).findFirst().orElseThrow().getValue();
        assertTrue(((Var) p).isParam());
        assertTrue(info.uses.containsValue(p));
        Func f = (Func) c.pkg.scope().lookup("f");
        assertEquals("func(p int) int", TypeString.of(f.type(), TypeString.relativeTo(c.pkg)));
        assertEquals("func(int) int", TypeString.reflect(f.type()));
    }

    @Test
    void selectionsThroughEmbeddedPointers() {
        TypesTestSupport.Checked c = ok("package main\ntype In struct{ a, b int }\nfunc (i *In) M() int { return i.b }\n"
                + "type Out struct {\n\tx string\n\t*In\n}\nfunc main() {\n\tvar o Out\n\t_ = o.b\n\t_ = o.M\n\tf := (*In).M\n\t_ = f\n}\n");
        Map<Expr.SelectorExpr, Selection> sels = c.pkg.info().selections;
        Selection fb = find(sels, "o.b");
        assertEquals(Selection.Kind.FIELD_VAL, fb.kind());
        assertEquals(List.of(1, 1), fb.index());
        assertTrue(fb.indirect());
        Selection m = find(sels, "o.M");
        assertEquals(Selection.Kind.METHOD_VAL, m.kind());
        assertEquals(List.of(1, 0), m.index());
        assertEquals("func() int", m.type().toString());
        Selection me = find(sels, "(*In).M");
        assertEquals(Selection.Kind.METHOD_EXPR, me.kind());
        assertEquals("func(_ *main.In) int", me.type().toString());
    }

    private static Selection find(Map<Expr.SelectorExpr, Selection> sels, String text) {
        return sels.entrySet().stream().filter(e -> golc.syntax.Printer.expr(e.getKey()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no selection " + text)).getValue();
    }

    @Test
    void initOrderFollowsDependenciesThroughFunctions() {
        TypesTestSupport.Checked c = ok("package main\nvar a = b + 1\nvar b = f()\nfunc f() int { return c * 2 }\nvar c = 1\n"
                + "var d, e = pair()\nfunc pair() (int, int) { return a, 0 }\nfunc main() {}\n");
        List<String> order = new ArrayList<>();
        for (Initializer i : c.pkg.initOrder()) order.add(i.lhs().stream().map(Obj::name).collect(Collectors.joining(",")));
        assertEquals(List.of("c", "b", "a", "d,e"), order);
    }

    @Test
    void initOrderTakesTheEarliestReadyVariable() {
        // issue22326: a, b, c are ready first; the second _ waits for c and b, and then precedes d.
        TypesTestSupport.Checked c = ok("package main\nvar (\n\t_ = d\n\tx = f(c, b)\n\ta = f()\n\tb = f()\n\tc = f()\n\td = f()\n)\n"
                + "func f(rest ...int) int { return 0 }\nfunc main() {}\n");
        List<String> order = new ArrayList<>();
        for (Initializer i : c.pkg.initOrder()) order.add(i.lhs().stream().map(Obj::name).collect(Collectors.joining(",")));
        assertEquals(List.of("a", "b", "c", "x", "d", "_"), order);
    }

    @Test
    void initOrderFollowsMethodValuesAndExpressions() {
        TypesTestSupport.Checked c = ok("package main\ntype T int\nfunc (T) m() int { return y }\n"
                + "var a = T.m\nvar b = T(0).m\nvar y = 1\nfunc main() {}\n");
        List<String> order = new ArrayList<>();
        for (Initializer i : c.pkg.initOrder()) order.add(i.lhs().stream().map(Obj::name).collect(Collectors.joining(",")));
        assertEquals(List.of("y", "a", "b"), order);
    }

    @Test
    void genericInstancesRecordTypeArguments() {
        TypesTestSupport.Checked c = ok("package main\nfunc Map[T, U any](xs []T, f func(T) U) []U { return nil }\n"
                + "type Box[T any] struct{ v T }\nfunc (b Box[T]) Get() T { return b.v }\n"
                + "func main() {\n\t_ = Map([]int{1}, func(i int) string { return \"\" })\n\tb := Box[float64]{1}\n\t_ = b.Get()\n}\n");
        Map<Expr.Ident, Instance> inst = c.pkg.info().instances;
        Instance map = inst.entrySet().stream().filter(e -> e.getKey().name.equals("Map")).findFirst().orElseThrow().getValue();
        assertEquals("[int, string]", map.typeArgs().toString());
        assertEquals("func(xs []int, f func(int) string) []string", map.type().toString());
        Instance box = inst.entrySet().stream().filter(e -> e.getKey().name.equals("Box") && e.getValue().type() instanceof Named)
                .findFirst().orElseThrow().getValue();
        assertEquals("main.Box[float64]", box.type().toString());
        assertEquals("float64", typeOf(c, "b.Get()"));
    }

    @Test
    void typeSwitchCaseVariablesAreImplicit() {
        TypesTestSupport.Checked c = ok("package main\nfunc main() {\n\tvar x interface{} = 1\n\tswitch v := x.(type) {\n\tcase int:\n\t\t_ = v + 1\n\tcase string, bool:\n\t\t_ = v\n\t}\n}\n");
        List<String> types = new ArrayList<>();
        c.pkg.info().implicits.forEach((n, o) -> {
            if (n instanceof Stmt.CaseClause) types.add(o.type().toString());
        });
        types.sort(null);
        assertEquals(List.of("int", "interface{}"), types);
    }

    @Test
    void scopesAreRecordedForBlocks() {
        TypesTestSupport.Checked c = ok("package main\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tx := i\n\t\t_ = x\n\t}\n}\n");
        long forScopes = c.pkg.info().scopes.keySet().stream().filter(n -> n instanceof Stmt.ForStmt).count();
        assertEquals(1, forScopes);
        Scope fs = c.pkg.info().scopes.entrySet().stream().filter(e -> e.getKey() instanceof Stmt.ForStmt).findFirst().orElseThrow().getValue();
        assertNotNull(fs.lookup("i"));
    }
}
