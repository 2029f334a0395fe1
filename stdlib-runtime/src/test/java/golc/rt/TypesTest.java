package golc.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypesTest {
    private static String message(Runnable r) {
        GoPanic p = assertThrows(GoPanic.class, r::run);
        return ((golc.rt.m.Error) p.value).Error();
    }

    /** Expected strings are what Go 1.19 prints with %T for the same types. */
    @Test
    void typeStringsMatchGo() {
        GoType fn = GoType.func(new GoType[] {GoType.INT, GoType.slice(GoType.STRING)},
                new GoType[] {GoType.BOOL, GoType.ERROR}, true);
        assertEquals("func(int, ...string) (bool, error)", fn.toString());
        assertEquals("<-chan int", GoType.chan(GoType.RECV, GoType.INT).toString());
        assertEquals("chan (<-chan int)", GoType.chan(GoType.BOTH, GoType.chan(GoType.RECV, GoType.INT)).toString());
        GoType st = GoType.struct(new GoType.Field[] {
            new GoType.Field("Pt", null, Pt.TYPE, true, ""), new GoType.Field("b", "main", GoType.STRING, false, ""),
        }, null);
        assertEquals("struct { main.Pt; b string }", st.toString());
        assertEquals("struct {}", GoType.struct(new GoType.Field[0], null).toString());
        GoType stringer = GoType.iface(new GoType.Method[] {
            new GoType.Method("String", GoType.func(new GoType[0], new GoType[] {GoType.STRING}, false))});
        assertEquals("[]interface { String() string }", GoType.slice(stringer).toString());
        assertEquals("map[string]interface {}", GoType.map(GoType.STRING, GoType.EMPTY_INTERFACE).toString());
        assertEquals("*main.Pt", Pt.TYPE.ptrTo().toString());
        assertEquals("[3]*main.Pt", GoType.array(3, Pt.TYPE.ptrTo()).toString());
    }

    @Test
    void descriptorsAreInterned() {
        assertSame(GoType.slice(GoType.INT), GoType.slice(GoType.INT));
        assertSame(GoType.map(GoType.STRING, Pt.TYPE), GoType.map(GoType.STRING, Pt.TYPE));
        assertSame(Pt.TYPE, GoType.named("main", "main", "Pt"));
        // same %T text, different packages: different types
        GoType a = GoType.named("a/x", "x", "T").define(GoType.INT, null, null, null);
        GoType b = GoType.named("b/x", "x", "T").define(GoType.INT, null, null, null);
        assertEquals(a.toString(), b.toString());
        assertFalse(a == b);
        assertFalse(GoType.slice(a) == GoType.slice(b));
    }

    @Test
    void sizesAsOnAmd64() {
        GoType mixed = GoType.struct(new GoType.Field[] {
            new GoType.Field("a", "main", GoType.BOOL, false, ""), new GoType.Field("b", "main", GoType.INT64, false, ""),
            new GoType.Field("c", "main", GoType.INT16, false, ""),
        }, null);
        assertEquals(24, mixed.size());
        GoType trailingEmpty = GoType.struct(new GoType.Field[] {
            new GoType.Field("a", "main", GoType.INT32, false, ""),
            new GoType.Field("z", "main", GoType.struct(new GoType.Field[0], null), false, ""),
        }, null);
        assertEquals(8, trailingEmpty.size());
        assertEquals(16, GoType.COMPLEX128.size());
        assertEquals(8, GoType.COMPLEX64.size());
        assertEquals(48, GoType.array(3, GoType.STRING).size());
    }

    @Test
    void typeOfAndBoxing() {
        assertNull(Types.typeOf(null));
        assertSame(GoType.INT, Types.typeOf(5L));
        assertSame(GoType.INT32, Types.typeOf(5));
        assertSame(GoType.STRING, Types.typeOf("x"));
        Pt p = new Pt(1, 2);
        assertSame(Pt.TYPE.ptrTo(), Types.typeOf(Types.box(Pt.TYPE.ptrTo(), p)));
        Object v = Types.box(Pt.TYPE, p);
        assertSame(Pt.TYPE, Types.typeOf(v));
        p.x = 7; // the interface holds a copy
        assertEquals(1L, ((Pt) v).x);
        Object nilPtr = Types.box(Pt.TYPE.ptrTo(), null);
        assertSame(Pt.TYPE.ptrTo(), Types.typeOf(nilPtr));
        assertSame(GoType.UINT8, Types.typeOf(Types.box(GoType.UINT8, 3)));
        assertEquals(3, Types.unbox(Types.box(GoType.UINT8, 3)));
    }

    @Test
    void interfaceEquality() {
        assertTrue(Types.ifaceEq(null, null));
        assertFalse(Types.ifaceEq(null, 1L));
        assertTrue(Types.ifaceEq(1L, 1L));
        assertFalse(Types.ifaceEq(1L, 1));
        assertFalse(Types.ifaceEq(Double.NaN, Double.NaN));
        assertTrue(Types.ifaceEq(0.0, -0.0));
        assertTrue(Types.ifaceEq(Types.box(Pt.TYPE, new Pt(1, 2)), Types.box(Pt.TYPE, new Pt(1, 2))));
        assertFalse(Types.ifaceEq(new Pt(1, 2), new Pt(1, 2))); // *Pt: identity
        assertTrue(Types.ifaceEq(new Box(GoType.array(2, GoType.INT), new long[] {1, 2}),
                new Box(GoType.array(2, GoType.INT), new long[] {1, 2})));
        Box s1 = new Box(GoType.slice(GoType.INT), null);
        assertEquals("runtime error: comparing uncomparable type []int", message(() -> Types.ifaceEq(s1, s1)));
        // different dynamic types compare unequal without panicking
        assertFalse(Types.ifaceEq(s1, 1L));
    }

    @Test
    void assertions() {
        GoType stringer = GoType.iface(new GoType.Method[] {
            new GoType.Method("String", GoType.func(new GoType[0], new GoType[] {GoType.STRING}, false))});
        assertEquals(5L, Types.assertType(5L, GoType.INT, GoType.EMPTY_INTERFACE));
        assertEquals("interface conversion: interface {} is string, not int",
                message(() -> Types.assertType("x", GoType.INT, GoType.EMPTY_INTERFACE)));
        assertEquals("interface conversion: interface {} is nil, not int",
                message(() -> Types.assertType(null, GoType.INT, GoType.EMPTY_INTERFACE)));
        assertEquals("interface conversion: int is not interface { String() string }: missing method String",
                message(() -> Types.assertType(5L, stringer, GoType.EMPTY_INTERFACE)));
        assertTrue(Types.is(Types.box(GoType.ERROR, RuntimeError.divideByZero().value), GoType.ERROR));
        // local types of the same name in two scopes, and same-named types of two packages
        GoType t1 = GoType.named("main", "main", "T", 1).define(GoType.INT, null, null, null);
        GoType t2 = GoType.named("main", "main", "T", 2).define(GoType.INT, null, null, null);
        assertEquals("interface conversion: interface {} is main.T, not main.T (types from different scopes)",
                message(() -> Types.assertType(new Box(t1, 1L), t2, GoType.EMPTY_INTERFACE)));
        GoType t3 = GoType.named("other/main", "main", "T").define(GoType.INT, null, null, null);
        assertEquals("interface conversion: interface {} is main.T, not main.T (types from different packages)",
                message(() -> Types.assertType(new Box(t1, 1L), t3, GoType.EMPTY_INTERFACE)));
        assertFalse(Types.is(5L, GoType.ERROR));
    }

    @Test
    void namedNonStructValues() {
        GoType celsius = GoType.named("main", "main", "Celsius");
        celsius.define(GoType.FLOAT64, Celsius.class, null, null);
        Object v = Types.box(celsius, 36.6);
        assertSame(celsius, Types.typeOf(v));
        assertEquals(36.6, Types.unbox(v));
        assertTrue(Types.ifaceEq(v, Types.box(celsius, 36.6)));
        assertFalse(Types.ifaceEq(v, 36.6));
        assertEquals(Double.valueOf(0.0), celsius.zero());
    }

    /** Shaped like codegen's class for {@code type Celsius float64}. */
    public static final class Celsius extends Named {
        public final double value;

        public Celsius(double value) {
            this.value = value;
        }

        @Override
        public GoType $type() {
            return GoType.named("main", "main", "Celsius");
        }

        @Override
        public Object $unwrap() {
            return value;
        }
    }
}
