package golc.types;

import java.math.BigInteger;

/**
 * An exact constant value, as go/constant: booleans, strings (byte-strings, one char per byte, as the
 * runtime represents Go strings), arbitrary-precision integers, exact rationals for floats, and complex
 * numbers as pairs of rationals. Values are immutable.
 */
public final class Constant {
    public enum Kind { UNKNOWN, BOOL, STRING, INT, FLOAT, COMPLEX }

    public static final Constant UNKNOWN = new Constant(Kind.UNKNOWN, null, null, null, null);
    public static final Constant TRUE = new Constant(Kind.BOOL, Boolean.TRUE, null, null, null);
    public static final Constant FALSE = new Constant(Kind.BOOL, Boolean.FALSE, null, null, null);

    private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigInteger MIN_I64 = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_I64 = BigInteger.valueOf(Long.MAX_VALUE);

    private final Kind kind;
    private final Object val; // Boolean, String, BigInteger, Rat
    private final Rat re;     // complex parts
    private final Rat im;

    private Constant(Kind kind, Object val, Rat re, Rat im, Object unused) {
        this.kind = kind;
        this.val = val;
        this.re = re;
        this.im = im;
    }

    public static Constant ofBool(boolean b) { return b ? TRUE : FALSE; }
    /** A string constant from its byte-string (each char one byte). */
    public static Constant ofString(String bytes) { return new Constant(Kind.STRING, bytes, null, null, null); }
    public static Constant ofInt(BigInteger i) { return new Constant(Kind.INT, i, null, null, null); }
    public static Constant ofInt(long i) { return ofInt(BigInteger.valueOf(i)); }
    /** A float constant; integral values stay FLOAT (the kind records the untyped-ness). */
    public static Constant ofFloat(Rat r) { return new Constant(Kind.FLOAT, r, null, null, null); }
    public static Constant ofFloat(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return UNKNOWN;
        return ofFloat(Rat.of(d));
    }
    public static Constant ofComplex(Rat re, Rat im) { return new Constant(Kind.COMPLEX, null, re, im, null); }

    public Kind kind() { return kind; }
    public boolean isUnknown() { return kind == Kind.UNKNOWN; }

    public boolean boolValue() { return (Boolean) val; }
    /** The byte-string value. */
    public String stringValue() { return (String) val; }
    public BigInteger intValue() { return (BigInteger) val; }
    public Rat ratValue() { return (Rat) val; }
    public Rat real() { return kind == Kind.COMPLEX ? re : toFloat().ratValue(); }
    public Rat imag() { return kind == Kind.COMPLEX ? im : Rat.ZERO; }

    /** The value as a Java long (two's complement wrap for uint64 values above MaxInt64). */
    public long longValue() {
        Constant i = toInt();
        if (i.kind != Kind.INT) return 0;
        return i.intValue().longValue();
    }

    public double doubleValue() {
        switch (kind) {
            case INT: return new java.math.BigDecimal(intValue()).doubleValue();
            case FLOAT: return ratValue().doubleValue();
            case COMPLEX: return re.doubleValue();
            default: return 0;
        }
    }

    public boolean fitsInt64() { return kind == Kind.INT && intValue().compareTo(MIN_I64) >= 0 && intValue().compareTo(MAX_I64) <= 0; }
    public boolean fitsUint64() { return kind == Kind.INT && intValue().signum() >= 0 && intValue().compareTo(MAX_U64) <= 0; }

    public int sign() {
        switch (kind) {
            case INT: return intValue().signum();
            case FLOAT: return ratValue().signum();
            case COMPLEX: return re.signum() | im.signum();
            default: return 1;
        }
    }

    // ---- conversions between numeric kinds ----

    /** The value as INT if it is exactly integral, else UNKNOWN. */
    public Constant toInt() {
        switch (kind) {
            case INT: return this;
            case FLOAT: return ratValue().isInt() ? ofInt(ratValue().num()) : UNKNOWN;
            case COMPLEX: return im.signum() == 0 && re.isInt() ? ofInt(re.num()) : UNKNOWN;
            default: return UNKNOWN;
        }
    }

    public Constant toFloat() {
        switch (kind) {
            case INT: return ofFloat(Rat.of(intValue()));
            case FLOAT: return this;
            case COMPLEX: return im.signum() == 0 ? ofFloat(re) : UNKNOWN;
            default: return UNKNOWN;
        }
    }

    public Constant toComplex() {
        switch (kind) {
            case INT: return ofComplex(Rat.of(intValue()), Rat.ZERO);
            case FLOAT: return ofComplex(ratValue(), Rat.ZERO);
            case COMPLEX: return this;
            default: return UNKNOWN;
        }
    }

    private static int rank(Kind k) {
        switch (k) {
            case INT: return 1;
            case FLOAT: return 2;
            case COMPLEX: return 3;
            default: return 0;
        }
    }

    private Constant toRank(int r) {
        switch (r) {
            case 1: return toInt();
            case 2: return toFloat();
            case 3: return toComplex();
            default: return this;
        }
    }

    // ---- operations ----

    /** Unary + - ^ !; for ^ on unsigned typed values, prec is the bit size (0 = signed/untyped). */
    public static Constant unary(String op, Constant x, int prec) {
        if (x.kind == Kind.UNKNOWN) return UNKNOWN;
        switch (op) {
            case "+":
                return x;
            case "-":
                switch (x.kind) {
                    case INT: return ofInt(x.intValue().negate());
                    case FLOAT: return ofFloat(x.ratValue().negate());
                    case COMPLEX: return ofComplex(x.re.negate(), x.im.negate());
                    default: return UNKNOWN;
                }
            case "^":
                if (x.kind != Kind.INT) return UNKNOWN;
                BigInteger z = x.intValue().not();
                if (prec > 0) z = z.and(BigInteger.ONE.shiftLeft(prec).subtract(BigInteger.ONE));
                return ofInt(z);
            case "!":
                return x.kind == Kind.BOOL ? ofBool(!x.boolValue()) : UNKNOWN;
            default:
                return UNKNOWN;
        }
    }

    /**
     * Binary arithmetic, logic and string concatenation. For "/" with intDiv, integer operands use
     * truncated integer division; otherwise division is exact. Division by zero yields UNKNOWN
     * (the checker reports it before calling).
     */
    public static Constant binary(Constant x, String op, Constant y, boolean intDiv) {
        if (x.kind == Kind.UNKNOWN || y.kind == Kind.UNKNOWN) return UNKNOWN;
        if (x.kind == Kind.BOOL && y.kind == Kind.BOOL) {
            switch (op) {
                case "&&": return ofBool(x.boolValue() && y.boolValue());
                case "||": return ofBool(x.boolValue() || y.boolValue());
                default: return UNKNOWN;
            }
        }
        if (x.kind == Kind.STRING && y.kind == Kind.STRING) {
            return op.equals("+") ? ofString(x.stringValue() + y.stringValue()) : UNKNOWN;
        }
        int r = Math.max(rank(x.kind), rank(y.kind));
        if (r == 0 || rank(x.kind) == 0 || rank(y.kind) == 0) return UNKNOWN;
        if (r == 1 && op.equals("/") && !intDiv) r = 2;
        x = x.toRank(r);
        y = y.toRank(r);
        if (x.isUnknown() || y.isUnknown()) return UNKNOWN;
        try {
            switch (r) {
                case 1: {
                    BigInteger a = x.intValue(), b = y.intValue();
                    switch (op) {
                        case "+": return ofInt(a.add(b));
                        case "-": return ofInt(a.subtract(b));
                        case "*": return ofInt(a.multiply(b));
                        case "/": return ofInt(a.divide(b));
                        case "%": return ofInt(a.remainder(b));
                        case "&": return ofInt(a.and(b));
                        case "|": return ofInt(a.or(b));
                        case "^": return ofInt(a.xor(b));
                        case "&^": return ofInt(a.andNot(b));
                        default: return UNKNOWN;
                    }
                }
                case 2: {
                    Rat a = x.ratValue(), b = y.ratValue();
                    switch (op) {
                        case "+": return ofFloat(a.add(b));
                        case "-": return ofFloat(a.sub(b));
                        case "*": return ofFloat(a.mul(b));
                        case "/": return ofFloat(a.div(b));
                        default: return UNKNOWN;
                    }
                }
                default: {
                    Rat a = x.re, b = x.im, c = y.re, d = y.im;
                    switch (op) {
                        case "+": return ofComplex(a.add(c), b.add(d));
                        case "-": return ofComplex(a.sub(c), b.sub(d));
                        case "*": return ofComplex(a.mul(c).sub(b.mul(d)), b.mul(c).add(a.mul(d)));
                        case "/": {
                            Rat s = c.mul(c).add(d.mul(d));
                            Rat re = a.mul(c).add(b.mul(d)).div(s);
                            Rat im = b.mul(c).sub(a.mul(d)).div(s);
                            return ofComplex(re, im);
                        }
                        default: return UNKNOWN;
                    }
                }
            }
        } catch (ArithmeticException e) {
            return UNKNOWN;
        }
    }

    /** x << s or x >> s for an integer x. */
    public static Constant shift(Constant x, String op, long s) {
        Constant i = x.toInt();
        if (i.kind != Kind.INT || s < 0) return UNKNOWN;
        if (op.equals("<<")) {
            if (s > 10000) return UNKNOWN;
            return ofInt(i.intValue().shiftLeft((int) s));
        }
        return ofInt(i.intValue().shiftRight((int) Math.min(s, Integer.MAX_VALUE)));
    }

    /** Comparison ==, !=, <, <=, >, >=. */
    public static boolean compare(Constant x, String op, Constant y) {
        int c;
        if (x.kind == Kind.BOOL && y.kind == Kind.BOOL) {
            boolean eq = x.boolValue() == y.boolValue();
            return op.equals("==") ? eq : op.equals("!=") && !eq;
        } else if (x.kind == Kind.STRING && y.kind == Kind.STRING) {
            c = x.stringValue().compareTo(y.stringValue());
        } else {
            int r = Math.max(rank(x.kind), rank(y.kind));
            if (r == 0) return false;
            Constant a = x.toRank(r), b = y.toRank(r);
            if (a.isUnknown() || b.isUnknown()) return false;
            if (r == 3) {
                boolean eq = a.re.equals(b.re) && a.im.equals(b.im);
                return op.equals("==") ? eq : op.equals("!=") && !eq;
            }
            c = r == 1 ? a.intValue().compareTo(b.intValue()) : a.ratValue().compareTo(b.ratValue());
        }
        switch (op) {
            case "==": return c == 0;
            case "!=": return c != 0;
            case "<": return c < 0;
            case "<=": return c <= 0;
            case ">": return c > 0;
            case ">=": return c >= 0;
            default: return false;
        }
    }

    // ---- representability (spec "Representability") ----

    /**
     * The value converted to basic type t if representable (floats rounded to t's precision), else null.
     * Untyped targets accept any value of a compatible kind.
     */
    public Constant representable(Basic t) {
        if (kind == Kind.UNKNOWN) return this;
        if (t.isInteger()) {
            Constant x = toInt();
            if (x.kind != Kind.INT) return null;
            BigInteger v = x.intValue();
            switch (t.kind()) {
                case UNTYPED_INT: case UNTYPED_RUNE: return x;
                case INT8: return inRange(v, -128, 127) ? x : null;
                case INT16: return inRange(v, -32768, 32767) ? x : null;
                case INT32: return inRange(v, Integer.MIN_VALUE, Integer.MAX_VALUE) ? x : null;
                case INT: case INT64: return x.fitsInt64() ? x : null;
                case UINT8: return inRange(v, 0, 255) ? x : null;
                case UINT16: return inRange(v, 0, 65535) ? x : null;
                case UINT32: return inRange(v, 0, 0xFFFFFFFFL) ? x : null;
                default: return x.fitsUint64() ? x : null;
            }
        }
        if (t.isFloat()) {
            Constant x = toFloat();
            if (x.kind != Kind.FLOAT) return null;
            switch (t.kind()) {
                case FLOAT32: return roundFloat32(x.ratValue());
                case FLOAT64: return roundFloat64(x.ratValue());
                default: return x;
            }
        }
        if (t.isComplex()) {
            Constant x = toComplex();
            if (x.kind != Kind.COMPLEX) return null;
            switch (t.kind()) {
                case COMPLEX64: {
                    Constant r = roundFloat32(x.re), i = roundFloat32(x.im);
                    return r == null || i == null ? null : ofComplex(r.ratValue(), i.ratValue());
                }
                case COMPLEX128: {
                    Constant r = roundFloat64(x.re), i = roundFloat64(x.im);
                    return r == null || i == null ? null : ofComplex(r.ratValue(), i.ratValue());
                }
                default: return x;
            }
        }
        if (t.isString()) return kind == Kind.STRING ? this : null;
        if (t.isBoolean()) return kind == Kind.BOOL ? this : null;
        return null;
    }

    private static boolean inRange(BigInteger v, long lo, long hi) {
        return v.compareTo(BigInteger.valueOf(lo)) >= 0 && v.compareTo(BigInteger.valueOf(hi)) <= 0;
    }

    private static Constant roundFloat64(Rat r) {
        double d = r.doubleValue();
        if (Double.isInfinite(d)) return null;
        return ofFloat(Rat.of(d));
    }

    private static Constant roundFloat32(Rat r) {
        float f = r.floatValue();
        if (Float.isInfinite(f)) return null;
        return ofFloat(Rat.of((double) f));
    }

    // ---- literals ----

    /** The value of a literal token (INT, FLOAT, IMAG, CHAR, STRING); UNKNOWN if malformed. */
    public static Constant ofLiteral(golc.syntax.Expr.BasicLit lit) {
        try {
            switch (lit.kind) {
                case INT: return ofInt(golc.syntax.Literals.intValue(lit.value));
                case FLOAT: {
                    java.math.BigDecimal d = golc.syntax.Literals.floatValue(lit.value);
                    return tooLarge(d) ? UNKNOWN : ofFloat(Rat.of(d));
                }
                case IMAG: {
                    java.math.BigDecimal d = golc.syntax.Literals.imagValue(lit.value);
                    return tooLarge(d) ? UNKNOWN : ofComplex(Rat.ZERO, Rat.of(d));
                }
                case CHAR: return ofInt(golc.syntax.Literals.runeValue(lit.value));
                case STRING: return ofString(golc.syntax.Literals.stringValue(lit.value));
                default: return UNKNOWN;
            }
        } catch (RuntimeException e) {
            return UNKNOWN; // the scanner has reported the malformed literal
        }
    }

    /** Whether a well-formed FLOAT or IMAG literal has no value only because of {@link #tooLarge}. */
    public static boolean beyondExactRange(golc.syntax.Expr.BasicLit lit) {
        try {
            switch (lit.kind) {
                case FLOAT: return tooLarge(golc.syntax.Literals.floatValue(lit.value));
                case IMAG: return tooLarge(golc.syntax.Literals.imagValue(lit.value));
                default: return false;
            }
        } catch (RuntimeException e) {
            return false; // malformed: the scanner has reported it
        }
    }

    /**
     * Exact rationals for exponents beyond this would be huge; such literals are treated as not representable.
     * The spec asks for binary exponents of at least 16 bits (about 10^±9864), so the bound is above that.
     */
    private static boolean tooLarge(java.math.BigDecimal d) {
        return Math.abs((long) d.scale()) > 20000 || d.precision() - (long) d.scale() > 20000;
    }

    // ---- printing ----

    /** The short form go/constant's String() gives (used in error messages). */
    @Override
    public String toString() {
        switch (kind) {
            case BOOL: return boolValue() ? "true" : "false";
            case STRING: return quoteTruncated(stringValue());
            case INT: return intValue().toString();
            case FLOAT: return formatFloat(ratValue());
            case COMPLEX: return "(" + formatFloat(re) + " + " + formatFloat(im) + "i)";
            default: return "unknown";
        }
    }

    /** Exact representation: integers in decimal, floats as fractions (go/constant ExactString). */
    public String exactString() {
        switch (kind) {
            case FLOAT: return ratValue().toString();
            case COMPLEX: return "(" + re + " + " + im + "i)";
            case STRING: return GoQuote.quote(stringValue());
            default: return toString();
        }
    }

    private static String quoteTruncated(String s) {
        // go/constant shortens long strings in String(): at most 72 characters with "..." inside the quotes.
        String q = GoQuote.quote(s);
        final int max = 72;
        if (q.length() > max) {
            int i = max - 3;
            q = q.substring(0, i) + "...";
        }
        return q;
    }

    static String formatFloat(Rat r) {
        double d = r.doubleValue();
        if (!Double.isInfinite(d) && (r.signum() == 0) == (d == 0)) return GoFloatFormat.formatG(d, 6);
        // Out of float64 range: mantissa and decimal exponent from high-precision decimal.
        java.math.BigDecimal b = r.toBigDecimal(7).stripTrailingZeros();
        int exp = b.precision() - b.scale() - 1;
        java.math.BigDecimal m = b.movePointLeft(exp);
        String ms = m.stripTrailingZeros().toPlainString();
        return ms + "e" + (exp < 0 ? "-" : "+") + Math.abs(exp);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Constant)) return false;
        Constant c = (Constant) o;
        if (c.kind != kind) return false;
        if (kind == Kind.COMPLEX) return re.equals(c.re) && im.equals(c.im);
        return java.util.Objects.equals(val, c.val);
    }

    @Override
    public int hashCode() { return kind.hashCode() ^ java.util.Objects.hashCode(val); }
}
