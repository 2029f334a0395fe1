package golc.rt;

/**
 * The builtins print and println: they write to standard error with the formats of Go's runtime
 * (print.go): floats as {@code +1.500000e+000}, complex as {@code (+1.000000e+000+2.000000e+000i)},
 * pointers and other references as hex addresses. The {@code format*} methods return the Go string,
 * the {@code print*} methods write it.
 */
public final class Print {
    private Print() {
    }

    public static String formatFloat(double v) {
        if (v != v) {
            return "NaN";
        }
        if (v + v == v && v > 0) {
            return "+Inf";
        }
        if (v + v == v && v < 0) {
            return "-Inf";
        }
        final int n = 7;
        char[] buf = new char[n + 7];
        buf[0] = '+';
        int e = 0;
        if (v == 0) {
            if (1 / v < 0) {
                buf[0] = '-';
            }
        } else {
            if (v < 0) {
                v = -v;
                buf[0] = '-';
            }
            while (v >= 10) {
                e++;
                v /= 10;
            }
            while (v < 1) {
                e--;
                v *= 10;
            }
            double h = 5.0;
            for (int i = 0; i < n; i++) {
                h /= 10;
            }
            v += h;
            if (v >= 10) {
                e++;
                v /= 10;
            }
        }
        for (int i = 0; i < n; i++) {
            int s = (int) v;
            buf[i + 2] = (char) (s + '0');
            v -= s;
            v *= 10;
        }
        buf[1] = buf[2];
        buf[2] = '.';
        buf[n + 2] = 'e';
        buf[n + 3] = '+';
        if (e < 0) {
            e = -e;
            buf[n + 3] = '-';
        }
        buf[n + 4] = (char) (e / 100 + '0');
        buf[n + 5] = (char) (e / 10 % 10 + '0');
        buf[n + 6] = (char) (e % 10 + '0');
        return new String(buf);
    }

    public static String formatComplex(Complex c) {
        return "(" + formatFloat(c.re) + formatFloat(c.im) + "i)";
    }

    /** A stand-in address for a reference (Go prints real addresses, which differ from run to run anyway). */
    public static String formatPointer(Object p) {
        if (p == null) {
            return "0x0";
        }
        return "0xc" + String.format("%09x", (System.identityHashCode(p) & 0xfffffffL) << 3);
    }

    public static void printString(String s) {
        Stdio.write(2, s);
    }

    public static void printLong(long v) {
        Stdio.write(2, Long.toString(v));
    }

    public static void printUlong(long v) {
        Stdio.write(2, Long.toUnsignedString(v));
    }

    public static void printDouble(double v) {
        Stdio.write(2, formatFloat(v));
    }

    public static void printComplex(Complex c) {
        Stdio.write(2, formatComplex(c));
    }

    public static void printBool(boolean b) {
        Stdio.write(2, b ? "true" : "false");
    }

    /** Pointers, slices, maps, channels, funcs: an address. */
    public static void printPointer(Object p) {
        Stdio.write(2, formatPointer(p));
    }

    /** A slice as print does: {@code [len/cap]0xc000012345} (the address of its backing array). */
    public static String formatSlice(Slice s) {
        return s == null ? "[0/0]0x0" : "[" + s.len + "/" + s.cap + "]" + formatPointer(s.array);
    }

    /** print/println of a slice. */
    public static void printSlice(Slice s) {
        Stdio.write(2, formatSlice(s));
    }

    /** An interface value as print does: {@code (0x4a1f20,0xc000012345)}. */
    public static void printIface(Object v) {
        Stdio.write(2, v == null ? "(0x0,0x0)"
                : "(" + formatPointer(Types.typeOf(v)) + "," + formatPointer(v) + ")");
    }

    public static void printSp() {
        Stdio.write(2, " ");
    }

    public static void printNl() {
        Stdio.write(2, "\n");
    }
}
