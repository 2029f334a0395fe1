package golc.types;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Non-constant shifts of untyped constants take the type the constant would have alone (spec "Operators"). */
class ShiftTypesTest {

    private static TypeAndValue tv(TypesTestSupport.Checked c, String text) {
        return c.pkg.info().types.entrySet().stream()
                .filter(e -> golc.syntax.Printer.expr(e.getKey()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no expression " + text + " in "
                        + c.pkg.info().types.keySet().stream().map(golc.syntax.Printer::expr).toList())).getValue();
    }

    @Test
    void untypedConstantShiftedByVariableTakesContextType() {
        TypesTestSupport.Checked c = TypesTestSupport.check("t.go", "package main\nfunc main() {\n\tn := 40\n"
                + "\ta := uint64(1 << uint(n))\n\tvar s uint = 33\n\tb := 1<<s + 1\n\tvar v int64 = 1 << n\n"
                + "\tvar w int32 = 1.0 << s\n\t_, _, _, _ = a, b, v, w\n}\n");
        assertFalse(c.diags.hasErrors(), c.diags::format);
        TypeAndValue a = tv(c, "1 << uint(n)");
        assertEquals("uint64", a.type().toString());
        assertEquals(TypeAndValue.Mode.VALUE, a.mode());
        assertNull(a.value());
        TypeAndValue b = tv(c, "1 << s + 1");
        assertEquals("int", b.type().toString());
        assertEquals(TypeAndValue.Mode.VALUE, b.mode());
        assertNull(b.value());
        assertEquals("int64", tv(c, "1 << n").type().toString());
        assertEquals("int32", tv(c, "1.0 << s").type().toString());
    }

    @Test
    void untypedFloatShiftedByVariableIsAnError() {
        TypesTestSupport.Checked c = TypesTestSupport.check("t.go", "package main\nvar s uint = 33\nvar u = 1.0 << s\n"
                + "var u1 = 1.0<<s != 0\nvar w int64 = 1.0 << 33\nfunc main() {}\n");
        String out = c.diags.format();
        assertTrue(out.contains("t.go:3:9: invalid operation: shifted operand 1.0 (type float64) must be integer"), out);
        assertTrue(out.contains("t.go:4:10: invalid operation: shifted operand 1.0 (type float64) must be integer"), out);
        assertFalse(out.contains(":5:"), out);
    }
}
