package golc.types;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Type printing: gc's message style (relative to the package) and reflect's %T style. */
class TypeStringTest {
    private static TypesTestSupport.Checked pkg() {
        return TypesTestSupport.check("t.go", "package main\n"
                + "type T struct{ a int; b string }\n"
                + "type I interface{ M(x int) string; N() }\n"
                + "var (\n"
                + "\tv1 []int\n\tv2 map[string]T\n\tv3 func(a int, b ...string) (int, error)\n"
                + "\tv4 struct{ x int `json:\"x\"`; T }\n\tv5 chan (<-chan int)\n\tv6 *[3]T\n\tv7 interface{}\n\tv8 I\n\tv9 any\n"
                + ")\nfunc main() {}\n");
    }

    private static void check(String var, String message, String reflect) {
        TypesTestSupport.Checked c = pkg();
        Type t = c.pkg.scope().lookup(var).type();
        assertEquals(message, TypeString.of(t, TypeString.relativeTo(c.pkg)), var);
        assertEquals(reflect, TypeString.reflect(t), var);
    }

    @Test
    void slicesMapsFuncs() {
        check("v1", "[]int", "[]int");
        check("v2", "map[string]T", "map[string]main.T");
        check("v3", "func(a int, b ...string) (int, error)", "func(int, ...string) (int, error)");
    }

    @Test
    void structsChansPointers() {
        check("v4", "struct{x int \"json:\\\"x\\\"\"; T}", "struct { x int \"json:\\\"x\\\"\"; main.T }");
        check("v5", "chan (<-chan int)", "chan (<-chan int)");
        check("v6", "*[3]T", "*[3]main.T");
    }

    @Test
    void interfaces() {
        check("v7", "interface{}", "interface {}");
        check("v8", "I", "main.I");
        check("v9", "any", "interface {}");
        TypesTestSupport.Checked c = pkg();
        Type i = c.pkg.scope().lookup("I").type().underlying();
        assertEquals("interface{M(x int) string; N()}", TypeString.of(i, TypeString.relativeTo(c.pkg)));
        assertEquals("interface { M(int) string; N() }", TypeString.reflect(i));
    }
}
