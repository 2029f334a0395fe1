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

    /** The nearest double (may be infinite if out of range). */
    public double doubleValue() {
        if (isInt()) return new BigDecimal(num).doubleValue();
        // Scale to keep ~70 significant bits, enough that rounding to 53 bits is correct in practice.
        int shift = 70 - (num.bitLength() - den.bitLength());
        BigInteger q;
        if (shift >= 0) q = num.shiftLeft(shift).divide(den);
        else q = num.divide(den.shiftLeft(-shift));
        // Keep a sticky bit for exactness of the rounding.
        BigInteger rem = shift >= 0 ? num.shiftLeft(shift).subtract(q.multiply(den)) : BigInteger.ZERO;
        if (rem.signum() != 0) q = q.shiftLeft(1).or(BigInteger.ONE); else q = q.shiftLeft(1);
        shift += 1;
        double d = new BigDecimal(q).doubleValue();
        return Math.scalb(d, -shift);
    }

    /** The nearest float (may be infinite). */
    public float floatValue() {
        double d = doubleValue();
        // Double rounding through double is correct except in pathological halfway cases.
        return (float) d;
    }

    @Override
    public String toString() { return isInt() ? num.toString() : num + "/" + den; }

    BigDecimal toBigDecimal(int digits) {
        return new BigDecimal(num).divide(new BigDecimal(den), new MathContext(digits));
    }
}
