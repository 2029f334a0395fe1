package golc.rt.std.fmt;

import golc.rt.GoType;
import golc.rt.Kind;
import java.util.List;

/**
 * Go's fmt printer (print.go) over golc values: Printf's format language, Print/Println spacing, and
 * the printing of every value from its dynamic {@link GoType}, with error/Stringer/GoStringer/Formatter
 * dispatch and Go's error annotations ({@code %!d(string=hi)}, {@code %!(EXTRA ...)}, ...).
 *
 * <p>A value below the top level is a pair (GoType, representation) as ARCHITECTURE.md maps it; a
 * third flag says whether it was reached through unexported fields, where Go does not call methods.
 * One Printer formats one call; it is not shared.
 */
public final class Printer {
    private static final String NIL_ANGLE = "<nil>";
    private static final String NIL_PAREN = "(nil)";

    final StringBuilder buf = new StringBuilder();
    final Fmt fmt = new Fmt(buf);
    private final FormatterHook hook;

    /** The current top-level or method-capable operand, as an interface value (null if none). */
    private Object arg;
    /** The current reflected value when arg is null (the reflect.Value of Go's pp). */
    private GoType valueType;
    private Object value;
    private boolean valueValid;

    private boolean reordered;
    private boolean goodArgNum;
    private boolean panicking;
    private boolean erroring;
    private boolean wrapErrs;
    private Object wrappedErr;

    /** hook calls Go Format methods (may be null: Formatter values then print as other values). */
    public Printer(FormatterHook hook) {
        this.hook = hook;
    }

    /** The output so far, a Go byte-string. */
    public String result() {
        return buf.toString();
    }

    /** Enables %w (Errorf). */
    public void allowWrap() {
        wrapErrs = true;
    }

    /** The operand of the single valid %w, or null. */
    public Object wrappedError() {
        return wrappedErr;
    }

    // ---- State, for Formatter hooks ----

    public boolean widthPresent() {
        return fmt.widPresent;
    }

    public int width() {
        return fmt.wid;
    }

    public boolean precisionPresent() {
        return fmt.precPresent;
    }

    public int precision() {
        return fmt.prec;
    }

    /** State.Flag. */
    public boolean flag(int c) {
        switch (c) {
            case '-': return fmt.minus;
            case '+': return fmt.plus || fmt.plusV;
            case '#': return fmt.sharp || fmt.sharpV;
            case ' ': return fmt.space;
            case '0': return fmt.zero;
            default: return false;
        }
    }

    /** State.Write: appends a byte-string. */
    public void write(String bytes) {
        buf.append(bytes);
    }

    private void writeRune(int r) {
        Utf8.encode(buf, r);
    }

    // ---- Print, Println, Printf ----

    /** Print: spaces between operands when neither is a string. */
    public void doPrint(List<Object> a) {
        boolean prevString = false;
        for (int i = 0; i < a.size(); i++) {
            Object o = a.get(i);
            boolean isString = o != null && Values.typeOf(o).kind() == Kind.STRING;
            if (i > 0 && !isString && !prevString) {
                buf.append(' ');
            }
            printArg(o, 'v');
            prevString = isString;
        }
    }

    /** Println: spaces always, then a newline. */
    public void doPrintln(List<Object> a) {
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                buf.append(' ');
            }
            printArg(a.get(i), 'v');
        }
        buf.append('\n');
    }

    private static boolean tooLarge(long x) {
        return x > 1_000_000 || x < -1_000_000;
    }

    /** Parses digits at s[start:end]; returns {num, isnum (0/1), newi}. */
    private static int[] parsenum(String s, int start, int end) {
        if (start >= end) {
            return new int[] {0, 0, end};
        }
        int num = 0;
        boolean isnum = false;
        int i = start;
        for (; i < end && '0' <= s.charAt(i) && s.charAt(i) <= '9'; i++) {
            if (tooLarge(num)) {
                return new int[] {0, 0, end};
            }
            num = num * 10 + s.charAt(i) - '0';
            isnum = true;
        }
        return new int[] {num, isnum ? 1 : 0, i};
    }

    /** An int operand for '*': {num, isInt (0/1)}. */
    private static int[] intFromArg(List<Object> a, int argNum) {
        long num = 0;
        boolean isInt = false;
        Object o = a.get(argNum);
        if (o != null) {
            GoType t = Values.typeOf(o);
            Kind k = t.kind();
            if (k.isInteger()) {
                long n = Values.integerBits(t, Values.unwrap(o));
                if (!k.isUnsigned() || n >= 0) {
                    num = n;
                    isInt = true;
                }
            }
        }
        if (tooLarge(num)) {
            num = 0;
            isInt = false;
        }
        return new int[] {(int) num, isInt ? 1 : 0};
    }

    private int argNumNew;
    private int iNew;
    private boolean foundNew;

    /** Go's argNumber: an explicit [n] at format[i:], setting argNumNew, iNew, foundNew. */
    private void argNumber(int argNum, String format, int i, int numArgs) {
        argNumNew = argNum;
        iNew = i;
        foundNew = false;
        if (format.length() <= i || format.charAt(i) != '[') {
            return;
        }
        reordered = true;
        // parseArgNumber: there must be at least 3 bytes: [n].
        int index = 0;
        int wid = 1;
        boolean ok = false;
        String f = format.substring(i);
        if (f.length() >= 3) {
            for (int j = 1; j < f.length(); j++) {
                if (f.charAt(j) == ']') {
                    int[] pn = parsenum(f, 1, j);
                    if (pn[1] == 0 || pn[2] != j) {
                        wid = j + 1;
                    } else {
                        index = pn[0] - 1;
                        wid = j + 1;
                        ok = true;
                    }
                    break;
                }
            }
        }
        if (ok && 0 <= index && index < numArgs) {
            argNumNew = index;
            iNew = i + wid;
            foundNew = true;
            return;
        }
        goodArgNum = false;
        iNew = i + wid;
        foundNew = ok;
    }

    /** Printf. */
    public void doPrintf(String format, List<Object> a) {
        int end = format.length();
        int argNum = 0;
        boolean afterIndex = false;
        reordered = false;
        formatLoop:
        for (int i = 0; i < end; ) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > lasti) {
                buf.append(format, lasti, i);
            }
            if (i >= end) {
                break;
            }
            i++;
            fmt.clearflags();
            simpleFormat:
            for (; i < end; i++) {
                char c = format.charAt(i);
                switch (c) {
                    case '#': fmt.sharp = true; break;
                    case '0': fmt.zero = !fmt.minus; break;
                    case '+': fmt.plus = true; break;
                    case '-': fmt.minus = true; fmt.zero = false; break;
                    case ' ': fmt.space = true; break;
                    default:
                        // Fast path: flags then a lower-case verb.
                        if ('a' <= c && c <= 'z' && argNum < a.size()) {
                            if (c == 'v') {
                                fmt.sharpV = fmt.sharp;
                                fmt.sharp = false;
                                fmt.plusV = fmt.plus;
                                fmt.plus = false;
                            }
                            printArg(a.get(argNum), c);
                            argNum++;
                            i++;
                            continue formatLoop;
                        }
                        break simpleFormat;
                }
            }

            argNumber(argNum, format, i, a.size());
            argNum = argNumNew;
            i = iNew;
            afterIndex = foundNew;

            if (i < end && format.charAt(i) == '*') {
                i++;
                if (argNum < a.size()) {
                    int[] n = intFromArg(a, argNum);
                    fmt.wid = n[0];
                    fmt.widPresent = n[1] != 0;
                    argNum++;
                } else {
                    fmt.wid = 0;
                    fmt.widPresent = false;
                }
                if (!fmt.widPresent) {
                    buf.append("%!(BADWIDTH)");
                }
                if (fmt.wid < 0) {
                    fmt.wid = -fmt.wid;
                    fmt.minus = true;
                    fmt.zero = false;
                }
                afterIndex = false;
            } else {
                int[] pn = parsenum(format, i, end);
                fmt.wid = pn[0];
                fmt.widPresent = pn[1] != 0;
                i = pn[2];
                if (afterIndex && fmt.widPresent) {
                    goodArgNum = false;
                }
            }

            if (i + 1 < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) {
                    goodArgNum = false;
                }
                argNumber(argNum, format, i, a.size());
                argNum = argNumNew;
                i = iNew;
                afterIndex = foundNew;
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    if (argNum < a.size()) {
                        int[] n = intFromArg(a, argNum);
                        fmt.prec = n[0];
                        fmt.precPresent = n[1] != 0;
                        argNum++;
                    } else {
                        fmt.prec = 0;
                        fmt.precPresent = false;
                    }
                    if (fmt.prec < 0) {
                        fmt.prec = 0;
                        fmt.precPresent = false;
                    }
                    if (!fmt.precPresent) {
                        buf.append("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    int[] pn = parsenum(format, i, end);
                    fmt.prec = pn[0];
                    fmt.precPresent = pn[1] != 0;
                    i = pn[2];
                    if (!fmt.precPresent) {
                        fmt.prec = 0;
                        fmt.precPresent = true;
                    }
                }
            }

            if (!afterIndex) {
                argNumber(argNum, format, i, a.size());
                argNum = argNumNew;
                i = iNew;
                afterIndex = foundNew;
            }

            if (i >= end) {
                buf.append("%!(NOVERB)");
                break;
            }

            int verb = format.charAt(i);
            int size = 1;
            if (verb >= 0x80) {
                long d = Utf8.decode(format, i);
                verb = Utf8.rune(d);
                size = Utf8.width(d);
            }
            i += size;

            if (verb == '%') {
                buf.append('%'); // absorbs no operand, ignores width and precision
            } else if (!goodArgNum) {
                buf.append("%!");
                writeRune(verb);
                buf.append("(BADINDEX)");
            } else if (argNum >= a.size()) {
                buf.append("%!");
                writeRune(verb);
                buf.append("(MISSING)");
            } else {
                if (verb == 'v') {
                    fmt.sharpV = fmt.sharp;
                    fmt.sharp = false;
                    fmt.plusV = fmt.plus;
                    fmt.plus = false;
                }
                printArg(a.get(argNum), verb);
                argNum++;
            }
        }

        // Extra operands, unless the format reordered them.
        if (!reordered && argNum < a.size()) {
            fmt.clearflags();
            buf.append("%!(EXTRA ");
            for (int k = argNum; k < a.size(); k++) {
                if (k > argNum) {
                    buf.append(", ");
                }
                Object o = a.get(k);
                if (o == null) {
                    buf.append(NIL_ANGLE);
                } else {
                    buf.append(Values.typeOf(o).toString());
                    buf.append('=');
                    printArg(o, 'v');
                }
            }
            buf.append(')');
        }
    }

    // ---- operands ----

    private void badVerb(int verb) {
        erroring = true;
        buf.append("%!");
        writeRune(verb);
        buf.append('(');
        if (arg != null) {
            buf.append(Values.typeOf(arg).toString());
            buf.append('=');
            printArg(arg, 'v');
        } else if (valueValid) {
            buf.append(valueType.toString());
            buf.append('=');
            printValue(valueType, value, 'v', 0, true);
        } else {
            buf.append(NIL_ANGLE);
        }
        buf.append(')');
        erroring = false;
    }

    private void fmtBool(boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            fmt.fmtBoolean(v);
        } else {
            badVerb(verb);
        }
    }

    private void fmt0x64(long v, boolean leading0x) {
        boolean sharp = fmt.sharp;
        fmt.sharp = leading0x;
        fmt.fmtInteger(v, 16, false, 'v', Fmt.LDIGITS);
        fmt.sharp = sharp;
    }

    private void fmtInteger(long v, boolean isSigned, int verb) {
        switch (verb) {
            case 'v':
                if (fmt.sharpV && !isSigned) {
                    fmt0x64(v, true);
                } else {
                    fmt.fmtInteger(v, 10, isSigned, verb, Fmt.LDIGITS);
                }
                break;
            case 'd': fmt.fmtInteger(v, 10, isSigned, verb, Fmt.LDIGITS); break;
            case 'b': fmt.fmtInteger(v, 2, isSigned, verb, Fmt.LDIGITS); break;
            case 'o': case 'O': fmt.fmtInteger(v, 8, isSigned, verb, Fmt.LDIGITS); break;
            case 'x': fmt.fmtInteger(v, 16, isSigned, verb, Fmt.LDIGITS); break;
            case 'X': fmt.fmtInteger(v, 16, isSigned, verb, Fmt.UDIGITS); break;
            case 'c': fmt.fmtC(v); break;
            case 'q': fmt.fmtQc(v); break;
            case 'U': fmt.fmtUnicode(v); break;
            default: badVerb(verb);
        }
    }

    private void fmtFloat(double v, int size, int verb) {
        switch (verb) {
            case 'v': fmt.fmtFloat(v, size, 'g', -1); break;
            case 'b': case 'g': case 'G': case 'x': case 'X': fmt.fmtFloat(v, size, verb, -1); break;
            case 'f': case 'e': case 'E': fmt.fmtFloat(v, size, verb, 6); break;
            case 'F': fmt.fmtFloat(v, size, 'f', 6); break;
            default: badVerb(verb);
        }
    }

    private void fmtComplex(double re, double im, int size, int verb) {
        switch (verb) {
            case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
                boolean oldPlus = fmt.plus;
                buf.append('(');
                fmtFloat(re, size / 2, verb);
                fmt.plus = true; // the imaginary part always has a sign
                fmtFloat(im, size / 2, verb);
                buf.append("i)");
                fmt.plus = oldPlus;
                break;
            }
            default:
                badVerb(verb);
        }
    }

    private void fmtString(String v, int verb) {
        switch (verb) {
            case 'v':
                if (fmt.sharpV) {
                    fmt.fmtQ(v);
                } else {
                    fmt.fmtS(v);
                }
                break;
            case 's': fmt.fmtS(v); break;
            case 'x': fmt.fmtSx(v, Fmt.LDIGITS); break;
            case 'X': fmt.fmtSx(v, Fmt.UDIGITS); break;
            case 'q': fmt.fmtQ(v); break;
            default: badVerb(verb);
        }
    }

    /** A []byte or [N]byte; bytes is null for a nil slice. t and v are the value for other verbs. */
    private void fmtBytes(String bytes, int verb, String typeString, GoType t, Object v) {
        switch (verb) {
            case 'v': case 'd':
                if (fmt.sharpV) {
                    buf.append(typeString);
                    if (bytes == null) {
                        buf.append(NIL_PAREN);
                        return;
                    }
                    buf.append('{');
                    for (int i = 0; i < bytes.length(); i++) {
                        if (i > 0) {
                            buf.append(", ");
                        }
                        fmt0x64(bytes.charAt(i), true);
                    }
                    buf.append('}');
                } else {
                    buf.append('[');
                    for (int i = 0; bytes != null && i < bytes.length(); i++) {
                        if (i > 0) {
                            buf.append(' ');
                        }
                        fmt.fmtInteger(bytes.charAt(i), 10, false, verb, Fmt.LDIGITS);
                    }
                    buf.append(']');
                }
                break;
            case 's': fmt.fmtS(bytes == null ? "" : bytes); break;
            case 'x': fmt.fmtSx(bytes == null ? "" : bytes, Fmt.LDIGITS); break;
            case 'X': fmt.fmtSx(bytes == null ? "" : bytes, Fmt.UDIGITS); break;
            case 'q': fmt.fmtQ(bytes == null ? "" : bytes); break;
            default: printValue(t, v, verb, 0, true);
        }
    }

    private void fmtPointer(GoType t, Object v, int verb) {
        long u;
        switch (t.kind()) {
            case CHAN: case FUNC: case MAP: case POINTER: case SLICE: case UNSAFE_POINTER:
                u = Values.address(t, v);
                break;
            default:
                badVerb(verb);
                return;
        }
        switch (verb) {
            case 'v':
                if (fmt.sharpV) {
                    buf.append('(').append(t.toString()).append(")(");
                    if (u == 0) {
                        buf.append("nil");
                    } else {
                        fmt0x64(u, true);
                    }
                    buf.append(')');
                } else if (u == 0) {
                    fmt.pad(NIL_ANGLE);
                } else {
                    fmt0x64(u, !fmt.sharp);
                }
                break;
            case 'p':
                fmt0x64(u, !fmt.sharp);
                break;
            case 'b': case 'o': case 'd': case 'x': case 'X':
                fmtInteger(u, false, verb);
                break;
            default:
                badVerb(verb);
        }
    }

    /** Recovers a panic from a method called by fmt, printing it as %!v(PANIC=String method: ...). */
    private void catchPanic(Object operand, int verb, String method, RuntimeException e) {
        Object err = Values.panicValue(e);
        // A nil pointer receiver most likely failed to guard against nil: print <nil>.
        if (Values.isNilPointer(operand)) {
            buf.append(NIL_ANGLE);
            return;
        }
        if (panicking) {
            throw e; // nested panics: the recursion cannot succeed
        }
        int oldFlags = fmt.saveFlags();
        int oldWid = fmt.wid;
        int oldPrec = fmt.prec;
        fmt.clearflags();
        buf.append("%!");
        writeRune(verb);
        buf.append("(PANIC=").append(method).append(" method: ");
        panicking = true;
        printArg(err, 'v');
        panicking = false;
        buf.append(')');
        fmt.restoreFlags(oldFlags);
        fmt.wid = oldWid;
        fmt.prec = oldPrec;
    }

    private boolean handleMethods(int verb) {
        if (erroring) {
            return false;
        }
        Object a = arg;
        if (verb == 'w') {
            // %w is valid once per Errorf call, with an error operand.
            if (!Values.isError(a) || !wrapErrs || wrappedErr != null) {
                wrappedErr = null;
                wrapErrs = false;
                badVerb(verb);
                return true;
            }
            wrappedErr = a;
            verb = 'v';
        }
        if (hook != null && Values.hasMethod(a, "Format")) {
            if (Values.isNilPointer(a)) {
                buf.append(NIL_ANGLE); // Format on a nil receiver: Go's catchPanic prints <nil>
                return true;
            }
            try {
                if (hook.format(this, a, verb)) {
                    return true;
                }
            } catch (RuntimeException e) {
                catchPanic(a, verb, "Format", e);
                return true;
            }
        }
        if (fmt.sharpV) {
            Object r = Values.receiver(a, "GoString", golc.rt.m.GoString.class);
            if (r == Values.NIL_RECEIVER) {
                buf.append(NIL_ANGLE);
                return true;
            }
            if (r != null) {
                try {
                    fmt.fmtS(((golc.rt.m.GoString) r).GoString());
                } catch (RuntimeException e) {
                    catchPanic(a, verb, "GoString", e);
                }
                return true;
            }
        } else {
            switch (verb) {
                case 'v': case 's': case 'x': case 'X': case 'q': {
                    Object r = Values.receiver(a, "Error", golc.rt.m.Error.class);
                    String method = "Error";
                    if (r == null) {
                        r = Values.receiver(a, "String", golc.rt.m.String.class);
                        method = "String";
                    }
                    if (r == Values.NIL_RECEIVER) {
                        // Go's call would most likely dereference nil, and catchPanic print <nil>.
                        buf.append(NIL_ANGLE);
                        return true;
                    }
                    if (r != null) {
                        try {
                            String text = method.equals("Error") ? ((golc.rt.m.Error) r).Error()
                                    : ((golc.rt.m.String) r).String();
                            fmtString(text, verb);
                        } catch (RuntimeException e) {
                            catchPanic(a, verb, method, e);
                        }
                        return true;
                    }
                    break;
                }
                default:
                    break;
            }
        }
        return false;
    }

    /** Prints one operand (an interface value) for verb. */
    public void printArg(Object a, int verb) {
        arg = a;
        valueValid = false;
        value = null;
        valueType = null;
        if (a == null) {
            if (verb == 'T' || verb == 'v') {
                fmt.pad(NIL_ANGLE);
            } else {
                badVerb(verb);
            }
            return;
        }
        GoType t = Values.typeOf(a);
        Object v = Values.unwrap(a);
        if (verb == 'T') {
            fmt.fmtS(t.toString());
            return;
        }
        if (verb == 'p') {
            fmtPointer(t, v, 'p');
            return;
        }
        // Unnamed basic types and []byte have no methods: print them directly, as Go's type switch does.
        if (!t.isNamed()) {
            Kind k = t.kind();
            if (k.isBasic()) {
                printBasic(t, k, v, verb);
                return;
            }
            if (k == Kind.SLICE && t.elem() == GoType.UINT8) {
                fmtBytes(Values.bytes(t, v), verb, "[]byte", t, v);
                return;
            }
        }
        if (!handleMethods(verb)) {
            printValue(t, v, verb, 0, true);
        }
    }

    private void printBasic(GoType t, Kind k, Object v, int verb) {
        switch (k) {
            case BOOL: fmtBool((Boolean) v, verb); break;
            case FLOAT32: fmtFloat(((Float) v).doubleValue(), 32, verb); break;
            case FLOAT64: fmtFloat((Double) v, 64, verb); break;
            case COMPLEX64: fmtComplex(Values.real(v), Values.imag(v), 64, verb); break;
            case COMPLEX128: fmtComplex(Values.real(v), Values.imag(v), 128, verb); break;
            case STRING: fmtString((String) v, verb); break;
            default: fmtInteger(Values.integerBits(t, v), !k.isUnsigned(), verb); break;
        }
    }

    /** Prints a value of static type t with representation v (printValue of Go's pp). */
    private void printValue(GoType t, Object v, int verb, int depth, boolean canIface) {
        // Values below the top level may have methods (not reachable through unexported fields).
        if (depth > 0 && canIface && Values.mayHaveMethods(t)) {
            arg = t.kind() == Kind.INTERFACE ? v : Values.box(t, v);
            if (arg != null && handleMethods(verb)) {
                return;
            }
        }
        arg = null;
        valueType = t;
        value = v;
        valueValid = true;

        if (v instanceof golc.rt.RuntimeError) {
            // golc's runtime errors keep only their message, not the fields of Go's runtime types.
            fmtString(((golc.rt.RuntimeError) v).Error(), verb);
            return;
        }
        Kind k = t.kind();
        switch (k) {
            case MAP:
                printMap(t, v, verb, depth, canIface);
                return;
            case STRUCT:
                printStruct(t, v, verb, depth, canIface);
                return;
            case INTERFACE:
                if (v == null) {
                    if (fmt.sharpV) {
                        buf.append(t.toString()).append(NIL_PAREN);
                    } else {
                        buf.append(NIL_ANGLE);
                    }
                } else {
                    printValue(Values.typeOf(v), Values.unwrap(v), verb, depth + 1, canIface);
                }
                return;
            case ARRAY: case SLICE:
                printList(t, v, verb, depth, canIface);
                return;
            case POINTER:
                // &{...} for pointers to composites at the top level only (avoids loops).
                if (depth == 0 && v != null) {
                    GoType e = t.elem();
                    switch (e.kind()) {
                        case ARRAY: case SLICE: case STRUCT: case MAP:
                            buf.append('&');
                            printValue(e, Values.deref(t, v), verb, depth + 1, canIface);
                            return;
                        default:
                            break;
                    }
                }
                fmtPointer(t, v, verb);
                return;
            case CHAN: case FUNC: case UNSAFE_POINTER:
                fmtPointer(t, v, verb);
                return;
            default:
                if (k.isBasic()) {
                    printBasic(t, k, v, verb);
                } else {
                    buf.append('?').append(t.toString()).append('?');
                }
        }
    }

    private void printMap(GoType t, Object v, int verb, int depth, boolean canIface) {
        if (fmt.sharpV) {
            buf.append(t.toString());
            if (v == null) {
                buf.append(NIL_PAREN);
                return;
            }
            buf.append('{');
        } else {
            buf.append("map[");
        }
        List<Object[]> entries = MapSort.sorted(t, v);
        GoType kt = t.key();
        GoType vt = t.elem();
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                if (fmt.sharpV) {
                    buf.append(", ");
                } else {
                    buf.append(' ');
                }
            }
            printValue(kt, entries.get(i)[0], verb, depth + 1, canIface);
            buf.append(':');
            printValue(vt, entries.get(i)[1], verb, depth + 1, canIface);
        }
        buf.append(fmt.sharpV ? '}' : ']');
    }

    private void printStruct(GoType t, Object v, int verb, int depth, boolean canIface) {
        if (fmt.sharpV) {
            buf.append(t.toString());
        }
        buf.append('{');
        int n = t.numFields();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                if (fmt.sharpV) {
                    buf.append(", ");
                } else {
                    buf.append(' ');
                }
            }
            GoType.Field f = t.field(i);
            if ((fmt.plusV || fmt.sharpV) && !f.name.isEmpty()) {
                buf.append(f.name).append(':');
            }
            Object fv = Values.field(v, i);
            boolean can = canIface && f.exported();
            // A non-nil interface field prints as its dynamic value.
            if (f.type.kind() == Kind.INTERFACE && fv != null) {
                printValue(Values.typeOf(fv), Values.unwrap(fv), verb, depth + 1, can);
            } else {
                printValue(f.type, f.type.kind() == Kind.INTERFACE ? null : Values.unwrap(fv), verb, depth + 1, can);
            }
        }
        buf.append('}');
    }

    private void printList(GoType t, Object v, int verb, int depth, boolean canIface) {
        GoType et = t.elem();
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && et.kind() == Kind.UINT8) {
            fmtBytes(Values.bytes(t, v), verb, t.toString(), t, v);
            return;
        }
        int n = Values.length(t, v);
        if (fmt.sharpV) {
            buf.append(t.toString());
            if (t.kind() == Kind.SLICE && v == null) {
                buf.append(NIL_PAREN);
                return;
            }
            buf.append('{');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    buf.append(", ");
                }
                printValue(et, Values.index(t, v, i), verb, depth + 1, canIface);
            }
            buf.append('}');
        } else {
            buf.append('[');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    buf.append(' ');
                }
                printValue(et, Values.index(t, v, i), verb, depth + 1, canIface);
            }
            buf.append(']');
        }
    }
}
