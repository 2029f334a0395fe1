package golc.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Go's strconv 'g' formatting with an explicit precision (as fmt's %.6g), used to print float constants. */
final class GoFloatFormat {
    private GoFloatFormat() {}

    static String formatG(double d, int prec) {
        if (d == 0) return (1 / d < 0) ? "-0" : "0";
        boolean neg = d < 0;
        BigDecimal b = new BigDecimal(Math.abs(d)).round(new MathContext(prec, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String digs = b.unscaledValue().toString();
        int nd = digs.length();
        int dp = nd - b.scale();
        int eprec = prec;
        if (eprec > nd && nd >= dp) eprec = nd;
        int exp = dp - 1;
        StringBuilder sb = new StringBuilder();
        if (neg) sb.append('-');
        if (exp < -4 || exp >= eprec) {
            int p = prec > nd ? nd : prec;
            p -= 1;
            sb.append(digs.charAt(0));
            if (p > 0) {
                sb.append('.');
                for (int i = 1; i <= p; i++) sb.append(i < nd ? digs.charAt(i) : '0');
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) sb.append('0');
            sb.append(ae);
            return sb.toString();
        }
        int p = prec > dp ? nd : prec;
        int frac = Math.max(p - dp, 0);
        if (dp > 0) {
            for (int i = 0; i < dp; i++) sb.append(i < nd ? digs.charAt(i) : '0');
        } else {
            sb.append('0');
        }
        if (frac > 0) {
            sb.append('.');
            for (int i = 1; i <= frac; i++) {
                int j = dp + i - 1;
                sb.append(j >= 0 && j < nd ? digs.charAt(j) : '0');
            }
        }
        return sb.toString();
    }
}
