package golc.rt.std.fmt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import golc.rt.GoType;
import golc.rt.GoType.Method;
import golc.rt.Pointer;
import golc.rt.Slice;
import golc.rt.Strings;
import golc.rt.Types;
import org.junit.jupiter.api.Test;

/**
 * The natives behind scanning into pointers to named types (scan.go's default case). The Go side,
 * with these natives done by reflect, matches Go's fmt on every case of scancheck/main.go.
 */
class ScanTargetTest {
    private static GoType named(String name, GoType underlying) {
        return GoType.named("main", "main", name).define(underlying, null, new Method[0], new Method[0]);
    }

    @Test
    void classifiesPointees() {
        GoType myInt8 = named("ScanInt8", GoType.INT8);
        GoType myU32 = named("ScanU32", GoType.UINT32);
        GoType celsius = named("ScanCelsius", GoType.FLOAT64);
        GoType myBytes = named("ScanBytes", GoType.slice(GoType.UINT8));
        assertArrayEquals(new Object[] {ScanTarget.INT, 8L},
                ScanTarget.classify(Types.box(GoType.pointer(myInt8), new Pointer.Cell(0))));
        assertArrayEquals(new Object[] {ScanTarget.UINT, 32L},
                ScanTarget.classify(Types.box(GoType.pointer(myU32), new Pointer.Cell(0))));
        assertArrayEquals(new Object[] {ScanTarget.FLOAT, 64L},
                ScanTarget.classify(Types.box(GoType.pointer(celsius), new Pointer.Cell(0.0))));
        assertArrayEquals(new Object[] {ScanTarget.BYTES, 0L},
                ScanTarget.classify(Types.box(GoType.pointer(myBytes), new Pointer.Cell(null))));
        assertEquals(ScanTarget.NOT_POINTER, ScanTarget.classify(5L)[0]);
        assertEquals(ScanTarget.OTHER, ScanTarget.classify(new Fixtures.T(1, 2))[0]);
    }

    @Test
    void storesInTheVariablesRepresentation() {
        Pointer.Cell i8 = new Pointer.Cell(0);
        ScanTarget.store(Types.box(GoType.pointer(named("StoreInt8", GoType.INT8)), i8), Types.box(GoType.INT64, -5L));
        assertEquals(-5, i8.value);
        Pointer.Cell u32 = new Pointer.Cell(0);
        ScanTarget.store(Types.box(GoType.pointer(named("StoreU32", GoType.UINT32)), u32),
                Types.box(GoType.UINT64, 4294967295L));
        assertEquals(-1, u32.value); // the 32 bits of 4294967295
        Pointer.Cell f32 = new Pointer.Cell(0f);
        ScanTarget.store(Types.box(GoType.pointer(named("StoreF32", GoType.FLOAT32)), f32), 0.1);
        assertEquals(0.1f, f32.value);
        Pointer.Cell bytes = new Pointer.Cell(null);
        ScanTarget.store(Types.box(GoType.pointer(named("StoreBytes", GoType.slice(GoType.UINT8))), bytes), "hi");
        assertEquals("hi", Strings.fromSlice((Slice) bytes.value));
    }
}
