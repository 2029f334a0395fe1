package golc.rt;

/** An immutable complex number: the representation of complex128 and complex64 (the latter kept rounded to float). */
public final class Complex {
    public static final Complex ZERO = new Complex(0, 0);

    public final double re;
    public final double im;

    public Complex(double re, double im) {
        this.re = re;
        this.im = im;
    }

    public static Complex of(double re, double im) {
        return new Complex(re, im);
    }

    /** complex64(c): both parts rounded to float32. */
    public Complex toComplex64() {
        return new Complex((float) re, (float) im);
    }

    public Complex add(Complex o) {
        return new Complex(re + o.re, im + o.im);
    }

    public Complex sub(Complex o) {
        return new Complex(re - o.re, im - o.im);
    }

    public Complex mul(Complex o) {
        return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    public Complex neg() {
        return new Complex(-re, -im);
    }

    /** Division as Go's runtime complex128div (Smith's algorithm with C99's infinity/NaN corrections). */
    public Complex div(Complex m) {
        double e, f;
        if (Math.abs(m.re) >= Math.abs(m.im)) {
            double ratio = m.im / m.re;
            double denom = m.re + ratio * m.im;
            e = (re + im * ratio) / denom;
            f = (im - re * ratio) / denom;
        } else {
            double ratio = m.re / m.im;
            double denom = m.im + ratio * m.re;
            e = (re * ratio + im) / denom;
            f = (im * ratio - re) / denom;
        }
        if (Double.isNaN(e) && Double.isNaN(f)) {
            double a = re, b = im, c = m.re, d = m.im;
            if (c == 0 && d == 0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
                e = Math.copySign(Double.POSITIVE_INFINITY, c) * a;
                f = Math.copySign(Double.POSITIVE_INFINITY, c) * b;
            } else if ((Double.isInfinite(a) || Double.isInfinite(b)) && Double.isFinite(c) && Double.isFinite(d)) {
                a = inf2one(a);
                b = inf2one(b);
                e = Double.POSITIVE_INFINITY * (a * c + b * d);
                f = Double.POSITIVE_INFINITY * (b * c - a * d);
            } else if ((Double.isInfinite(c) || Double.isInfinite(d)) && Double.isFinite(a) && Double.isFinite(b)) {
                c = inf2one(c);
                d = inf2one(d);
                e = 0 * (a * c + b * d);
                f = 0 * (b * c - a * d);
            }
        }
        return new Complex(e, f);
    }

    private static double inf2one(double f) {
        return Math.copySign(Double.isInfinite(f) ? 1.0 : 0.0, f);
    }

    /** Go's == (NaN parts never equal, +0 == -0). */
    public static boolean eq(Complex a, Complex b) {
        return a.re == b.re && a.im == b.im;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complex && eq(this, (Complex) o);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(re == 0 ? 0 : re) * 31 + Double.hashCode(im == 0 ? 0 : im);
    }

    @Override
    public String toString() {
        return "(" + re + (im >= 0 || Double.isNaN(im) ? "+" : "") + im + "i)";
    }
}
