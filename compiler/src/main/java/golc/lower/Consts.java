package golc.lower;

import golc.ir.Expr;
import golc.types.Basic;
import golc.types.Constant;
import golc.types.Type;

/** Converts the checker's exact constants to the IR's constant values (see {@link Expr.Const}). */
final class Consts {
    private Consts() {}

    /** The IR constant of exact value c at type t (t's underlying type is basic; untyped uses its default). */
    static Expr.Const of(Constant c, Type t) {
        Type u = t.underlying();
        if (!(u instanceof Basic b)) throw new IllegalArgumentException("constant of non-basic type " + t);
        if (b.isUntyped()) {
            t = b.defaultType();
            b = (Basic) t;
        }
        Object v;
        if (b.isBoolean()) {
            v = c.boolValue();
        } else if (b.isString()) {
            v = c.kind() == Constant.Kind.STRING ? c.stringValue() : runeString(c.toInt().intValue().longValue());
        } else if (b.isInteger()) {
            v = c.toInt().intValue().longValue();
        } else if (b.isFloat()) {
            double d = c.toFloat().doubleValue();
            v = b.kind() == Basic.Kind.FLOAT32 ? (double) (float) d : d;
        } else if (b.isComplex()) {
            double re = c.real().doubleValue();
            double im = c.imag().doubleValue();
            if (b.kind() == Basic.Kind.COMPLEX64) {
                re = (float) re;
                im = (float) im;
            }
            v = new double[] {re, im};
        } else {
            throw new IllegalArgumentException("constant of type " + t);
        }
        return new Expr.Const(t, v);
    }

    static Expr.Const ofInt(long v) {
        return new Expr.Const(Basic.INT, v);
    }

    static Expr.Const ofBool(boolean v) {
        return new Expr.Const(Basic.BOOL, v);
    }

    /** string(rune) of a constant: UTF-8 bytes, U+FFFD for invalid code points, one char per byte. */
    private static String runeString(long r) {
        int cp = (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) ? 0xFFFD : (int) r;
        byte[] bytes = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        for (byte x : bytes) sb.append((char) (x & 0xFF));
        return sb.toString();
    }
}
