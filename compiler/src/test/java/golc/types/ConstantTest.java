package golc.types;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exact constant arithmetic, representability and Go's printing of constants. */
class ConstantTest {
    private static Constant f(String lit) {
        return Constant.ofLiteral(new golc.syntax.Expr.BasicLit(null, golc.syntax.Token.FLOAT, lit));
    }

    @Test
    void exactArithmetic() {
        Constant tenth = Constant.binary(Constant.ofInt(1), "/", Constant.ofInt(10), false);
        assertEquals(Constant.Kind.FLOAT, tenth.kind());
        Constant sum = Constant.binary(Constant.binary(tenth, "+", tenth, false), "+", tenth, false);
        assertEquals("3/10", sum.exactString());
        assertEquals(3, Constant.binary(Constant.ofInt(7), "/", Constant.ofInt(2), true).longValue());
        assertEquals(-1, Constant.binary(Constant.ofInt(-7), "%", Constant.ofInt(2), true).longValue());
        BigInteger big = Constant.shift(Constant.ofInt(1), "<<", 100).intValue();
        assertEquals(BigInteger.ONE.shiftLeft(100), big);
        assertEquals(255, Constant.unary("^", Constant.ofInt(0), 8).longValue());
        assertEquals(-1, Constant.unary("^", Constant.ofInt(0), 0).longValue());
        assertTrue(Constant.compare(f("0.1"), "<", f("0.2")));
    }

    @Test
    void representability() {
        assertNull(Constant.ofInt(256).representable(Basic.UINT8));
        assertEquals(255, Constant.ofInt(255).representable(Basic.BYTE).longValue());
        assertNull(Constant.ofInt(-1).representable(Basic.UINT));
        assertNull(f("1.5").representable(Basic.INT));
        assertEquals(2, f("2.0").representable(Basic.INT).longValue());
        assertNull(f("1e39").representable(Basic.FLOAT32));
        assertEquals(0.1f, (float) f("0.1").representable(Basic.FLOAT32).doubleValue());
        assertEquals(0.1, f("0.1").representable(Basic.FLOAT64).doubleValue());
        assertNull(Constant.ofString("x").representable(Basic.INT));
    }

    @Test
    void printsAsGo() {
        assertEquals("1.5", f("1.5").toString());
        assertEquals("1e+100", f("1e100").toString());
        assertEquals("0.1", f("0.1").toString());
        assertEquals("3.14159", f("3.14159265").toString());
        assertEquals("100000", f("1e5").toString());
        assertEquals("1e+06", f("1e6").toString());
        assertEquals("1e+1000", f("1e1000").toString());
        assertEquals("(1 + 2i)", Constant.ofComplex(Rat.ONE, Rat.of(BigInteger.TWO)).toString());
        assertEquals("\"a\\n\\xff\"", Constant.ofString("a\n\u00ff").toString());
    }
}
