package golc.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected texts are what Go 1.19's println prints for the same values. */
class PrintTest {
    @Test
    void floatsAsRuntimePrint() {
        assertEquals("+1.500000e+000", Print.formatFloat(1.5));
        assertEquals("+0.000000e+000", Print.formatFloat(0.0));
        assertEquals("-0.000000e+000", Print.formatFloat(-0.0));
        assertEquals("+1.000000e+100", Print.formatFloat(1e100));
        assertEquals("+1.234568e+008", Print.formatFloat(123456789.0));
        assertEquals("+1.230000e-004", Print.formatFloat(0.000123));
        assertEquals("+4.285714e-001", Print.formatFloat(3.0 / 7));
        assertEquals("+1.000000e-001", Print.formatFloat(0.1f));
        assertEquals("NaN", Print.formatFloat(Double.NaN));
        assertEquals("-Inf", Print.formatFloat(Double.NEGATIVE_INFINITY));
        assertEquals("(+1.000000e+000-2.000000e+000i)", Print.formatComplex(new Complex(1, -2)));
    }

    @Test
    void slicesAsRuntimePrint() {
        assertEquals("[0/0]0x0", Print.formatSlice(null));
        assertEquals("[2/4]0xc", Print.formatSlice(Slice.make(GoType.INT, 2, 4)).substring(0, 8));
    }
}
