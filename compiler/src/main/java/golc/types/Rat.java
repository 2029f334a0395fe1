package golc.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** An exact rational number num/den (den > 0, reduced); the representation of untyped float constants. */
public final class Rat implements Comparable<Rat> {
    public static final Rat ZERO = new Rat(BigInteger.ZERO, BigInteger.ONE);
    public static final Rat ONE = new Rat(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;

    private Rat(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    public static Rat of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) throw new ArithmeticException("division by zero");
        if (den.signum() < 0) { num = num.negate(); den = den.negate(); }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) { num = num.divide(g); den = den.divide(g); }
        if (num.signum() == 0) den = BigInteger.ONE;
        return new Rat(num, den);
    }

    public static Rat of(BigInteger i) { return new Rat(i, BigInteger.ONE); }

    /** The exact value of a finite double. */
    public static Rat of(double d) {
        BigDecimal b = new BigDecimal(d);
        return of(b);
    }

    public static Rat of(BigDecimal b) {
        if (b.scale() <= 0) return of(b.unscaledValue().multiply(BigInteger.TEN.pow(-b.scale())));
        return of(b.unscaledValue(), BigInteger.TEN.pow(b.scale()));
    }

    public BigInteger num() { return num; }
    public BigInteger den() { return den; }
    public boolean isInt() { return den.equals(BigInteger.ONE); }
    public int signum() { return num.signum(); }

    public Rat add(Rat o) { return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den)); }
    public Rat sub(Rat o) { return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den)); }
    public Rat mul(Rat o) { return of(num.multiply(o.num), den.multiply(o.den)); }
    public Rat div(Rat o) { return of(num.multiply(o.den), den.multiply(o.num)); }
    public Rat negate() { return new Rat(num.negate(), den); }

    @Override
    public int compareTo(Rat o) { return num.multiply(o.den).compareTo(o.num.multiply(den)); }

    @Override
    public boolean equals(Object o) { return o instanceof Rat && ((Rat) o).num.equals(num) && ((Rat) o).den.equals(den); }

    @Override
    public int hashCode() { return num.hashCode() * 31 + den.hashCode(); }

    /** The nearest double (may be infinite if out of range), correctly rounded (ties to even). */
    public double doubleValue() {
        return round(53, -1022, Double.MAX_VALUE);
    }

    /** The nearest float (may be infinite), correctly rounded (ties to even). */
    public float floatValue() {
        return (float) round(24, -126, Float.MAX_VALUE);
    }

    /**
     * Rounds to a binary floating-point value with a mantissa of prec bits and minimum normal
     * exponent minExp (subnormals lose precision), returned as an exact double; +-Infinity above max.
     */
    private double round(int prec, int minExp, double max) {
        if (num.signum() == 0) return 0.0;
        BigInteger a = num.abs();
        // Scale so that the quotient has prec + 2 bits or more; the remainder becomes a sticky bit.
        int s = prec + 2 - (a.bitLength() - den.bitLength()) + 1;
        BigInteger[] qr = s >= 0 ? a.shiftLeft(s).divideAndRemainder(den) : a.divideAndRemainder(den.shiftLeft(-s));
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int e = q.bitLength() - 1 - s; // value in [2^e, 2^(e+1))
        int keep = prec;
        if (e < minExp) keep = prec - (minExp - e);
        double result;
        if (keep <= 0) {
            // Below half the smallest subnormal rounds to zero; between, to the smallest subnormal.
            double tiny = Math.scalb(1.0, minExp - prec + 1);
            boolean above = keep == 0 && (q.bitLength() > 1 ? q.clearBit(q.bitLength() - 1).signum() != 0 || sticky : sticky);
            result = keep == 0 && above ? tiny : 0.0;
        } else {
            int shift = q.bitLength() - keep;
            if (shift > 0) {
                BigInteger lower = q.and(BigInteger.ONE.shiftLeft(shift).subtract(BigInteger.ONE));
                q = q.shiftRight(shift);
                BigInteger half = BigInteger.ONE.shiftLeft(shift - 1);
                int cmp = lower.compareTo(half);
                if (cmp > 0 || (cmp == 0 && (sticky || q.testBit(0)))) q = q.add(BigInteger.ONE);
            } else {
                shift = 0;
            }
            result = Math.scalb(q.doubleValue(), shift - s);
        }
        if (result > max) result = Double.POSITIVE_INFINITY;
        return num.signum() < 0 ? -result : result;
    }

    @Override
    public String toString() { return isInt() ? num.toString() : num + "/" + den; }

    BigDecimal toBigDecimal(int digits) {
        return new BigDecimal(num).divide(new BigDecimal(den), new MathContext(digits));
    }
}
