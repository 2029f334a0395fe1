package golc.syntax;

import golc.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class WalkAndPrinterTest {

    private static File parse(String src) {
        Diagnostics d = new Diagnostics();
        File f = Parser.parseFile("t.go", src.getBytes(StandardCharsets.UTF_8), d);
        assertFalse(d.hasErrors(), () -> d.format());
        return f;
    }

    private static Expr expr(String e) {
        File f = parse("package p\nvar _ = " + e + "\n");
        return ((Spec.ValueSpec) ((Decl.GenDecl) f.decls.get(0)).specs.get(0)).values.get(0);
    }

    @Test
    void inspectVisitsInSourceOrder() {
        File f = parse("package p\nfunc f(a int) int {\n\treturn a + g(b, c)\n}\n");
        List<String> names = new ArrayList<>();
        Walk.inspect(f, n -> {
            if (n instanceof Expr.Ident) names.add(((Expr.Ident) n).name);
            return true;
        });
        assertEquals(List.of("p", "f", "a", "int", "int", "a", "g", "b", "c"), names);
    }

    @Test
    void inspectCanPruneSubtrees() {
        File f = parse("package p\nfunc f() {\n\tx := func() { y() }\n\tz()\n}\n");
        List<String> calls = new ArrayList<>();
        Walk.inspect(f, n -> {
            if (n instanceof Expr.CallExpr) calls.add(Printer.expr(((Expr.CallExpr) n).fun));
            return !(n instanceof Expr.FuncLit); // do not look inside closures
        });
        assertEquals(List.of("z"), calls);
    }

    @Test
    void printsLikeGcShortForm() {
        assertEquals("a + b * c", Printer.expr(expr("a + b*c")));
        assertEquals("(a + b) * c", Printer.expr(expr("(a+b)*c")));
        assertEquals("f(x, ys...)", Printer.expr(expr("f(x, ys...)")));
        assertEquals("[]int{…}", Printer.expr(expr("[]int{1, 2}")));
        assertEquals("T{}", Printer.expr(expr("T{}")));
        assertEquals("func(x int) string {…}", Printer.expr(expr("func(x int) string { return \"\" }")));
        assertEquals("map[string][]*T", Printer.expr(((Expr.CallExpr) expr("map[string][]*T(nil)")).fun));
        assertEquals("s[1:2:3]", Printer.expr(expr("s[1:2:3]")));
        assertEquals("s[:]", Printer.expr(expr("s[:]")));
        assertEquals("x.(type)", Printer.expr(new Expr.TypeAssertExpr(new Expr.Ident(null, "x"), null, null, null)));
        assertEquals("x.(fmt.Stringer)", Printer.expr(expr("x.(fmt.Stringer)")));
        assertEquals("<-ch", Printer.expr(expr("<-ch")));
        assertEquals("&T{…}", Printer.expr(expr("&T{1}")));
        assertEquals("Pair[int, string]", Printer.expr(expr("Pair[int, string]")));
        assertEquals("struct{a, b int; c string}", Printer.expr(((Expr.CompositeLit) expr("struct{a, b int; c string}{}")).type));
        assertEquals("interface{M(int) (bool, error); fmt.Stringer}",
                Printer.expr(((Expr.CallExpr) expr("interface{ M(int) (bool, error); fmt.Stringer }(nil)")).fun));
        assertEquals("func(int, ...string) (n int, err error)",
                Printer.expr(((Expr.ParenExpr) ((Expr.CallExpr) expr("(func(int, ...string) (n int, err error))(nil)")).fun).x));
        assertEquals("chan<- <-chan int", Printer.expr(((Expr.ParenExpr) ((Expr.CallExpr) expr("(chan<- <-chan int)(nil)")).fun).x));
    }

    @Test
    void tokenHelpers() {
        assertEquals(Token.ADD, Token.ADD_ASSIGN.binaryOfAssignOp());
        assertEquals(Token.AND_NOT, Token.AND_NOT_ASSIGN.binaryOfAssignOp());
        assertEquals(Token.SHL, Token.SHL_ASSIGN.binaryOfAssignOp());
        assertEquals(Token.FUNC, Token.keyword("func"));
        assertEquals(null, Token.keyword("main"));
        assertEquals(5, Token.AND_NOT.precedence());
        assertEquals(1, Token.LOR.precedence());
        assertEquals(0, Token.NOT.precedence());
    }
}
