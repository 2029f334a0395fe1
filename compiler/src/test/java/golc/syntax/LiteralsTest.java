package golc.syntax;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LiteralsTest {

    @Test
    void strings() {
        assertEquals("abc", Literals.stringValue("\"abc\""));
        assertEquals("\u0007\b\f\n\r\t\u000b\\\"", Literals.stringValue("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\""));
        // octal and \x escapes are single bytes, \\u and \\U are UTF-8 encoded
        assertArrayEquals(new byte[] {(byte) 0xff, 0x07}, Literals.stringBytes("\"\\377\\x07\""));
        assertArrayEquals(new byte[] {(byte) 0xe6, (byte) 0x97, (byte) 0xa5}, Literals.stringBytes("\"\\u65e5\""));
        assertArrayEquals(new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80}, Literals.stringBytes("\"\\U0001F600\""));
        // source text is UTF-8 encoded: the byte-string has one char per byte
        assertEquals("\u00e6\u0097\u00a5", Literals.stringValue("\"日\""));
        // raw strings: no escapes, carriage returns dropped
        assertEquals("a\\n\nb", Literals.stringValue("`a\\n\r\nb`"));
        assertThrows(IllegalArgumentException.class, () -> Literals.stringValue("abc"));
    }

    @Test
    void runes() {
        assertEquals('a', Literals.runeValue("'a'"));
        assertEquals(0x672c, Literals.runeValue("'本'"));
        assertEquals(0x1F600, Literals.runeValue("'😀'"));
        assertEquals('\n', Literals.runeValue("'\\n'"));
        assertEquals('\'', Literals.runeValue("'\\''"));
        assertEquals(255, Literals.runeValue("'\\377'"));
        assertEquals(255, Literals.runeValue("'\\xff'"));
        assertEquals(0x12e4, Literals.runeValue("'\\u12e4'"));
        assertEquals(0x101234, Literals.runeValue("'\\U00101234'"));
        assertEquals(11, Literals.runeValue("'\\v'"));
        assertThrows(IllegalArgumentException.class, () -> Literals.runeValue("'ab'"));
    }

    @Test
    void integers() {
        assertEquals(BigInteger.valueOf(42), Literals.intValue("4_2"));
        assertEquals(BigInteger.valueOf(0600), Literals.intValue("0600"));
        assertEquals(BigInteger.valueOf(0600), Literals.intValue("0o600"));
        assertEquals(BigInteger.valueOf(0xBadFace), Literals.intValue("0xBad_Face"));
        assertEquals(BigInteger.valueOf(11), Literals.intValue("0b1011"));
        assertEquals(BigInteger.ZERO, Literals.intValue("0"));
        assertEquals(new BigInteger("170141183460469231731687303715884105727"),
                Literals.intValue("170141183460469231731687303715884105727"));
    }

    @Test
    void floats() {
        assertEquals(0, new BigDecimal("72.40").compareTo(Literals.floatValue("72.40")));
        assertEquals(0, new BigDecimal("72.40").compareTo(Literals.floatValue("072.40"))); // decimal, not octal
        assertEquals(0, new BigDecimal("6.67428e-11").compareTo(Literals.floatValue("6.67428e-11")));
        assertEquals(0, new BigDecimal("0.25").compareTo(Literals.floatValue(".25")));
        assertEquals(0, new BigDecimal("15").compareTo(Literals.floatValue("1_5.")));
        assertEquals(0, new BigDecimal("0.25").compareTo(Literals.floatValue("0x1p-2")));
        assertEquals(0, new BigDecimal("2048").compareTo(Literals.floatValue("0x2.p10")));
        assertEquals(0, new BigDecimal("1.9375").compareTo(Literals.floatValue("0x1.Fp+0")));
        assertEquals(0, new BigDecimal("0.5").compareTo(Literals.floatValue("0X.8p-0")));
        assertEquals(0, new BigDecimal(8191).divide(new BigDecimal(65536)).compareTo(Literals.floatValue("0X_1FFFP-16")));
        assertEquals(0, new BigDecimal("1e1000").compareTo(Literals.floatValue("1e1000")));
    }

    @Test
    void imaginary() {
        assertEquals(0, new BigDecimal("123").compareTo(Literals.imagValue("0123i"))); // legacy: decimal
        assertEquals(0, new BigDecimal("83").compareTo(Literals.imagValue("0o123i")));
        assertEquals(0, new BigDecimal("2748").compareTo(Literals.imagValue("0xabci")));
        assertEquals(0, new BigDecimal("2.71828").compareTo(Literals.imagValue("2.71828i")));
        assertEquals(0, new BigDecimal("0.25").compareTo(Literals.imagValue("0x1p-2i")));
    }
}
