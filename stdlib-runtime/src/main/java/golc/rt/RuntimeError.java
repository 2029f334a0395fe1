package golc.rt;

/**
 * The values Go's runtime panics with (index out of range, nil dereference, divide by zero, failed type
 * assertions, ...). Each implements {@code error} and is a {@code runtime.Error} (its descriptor's method set
 * has both {@code Error} and {@code RuntimeError}); its dynamic type is the runtime type Go uses
 * ({@code runtime.boundsError}, {@code runtime.errorString}, {@code *runtime.TypeAssertionError},
 * {@code runtime.plainError}).
 */
public final class RuntimeError implements golc.rt.m.Error {
    private static final GoType ERROR_FN = GoType.func(new GoType[0], new GoType[] {GoType.STRING}, false);
    private static final GoType NULLARY_FN = GoType.func(new GoType[0], new GoType[0], false);
    private static final GoType.Method[] METHODS = {
        new GoType.Method("Error", ERROR_FN), new GoType.Method("RuntimeError", NULLARY_FN)
    };

    /** runtime.boundsError: index and slice bounds failures. */
    public static final GoType BOUNDS_ERROR = runtimeType("boundsError", GoType.INT64);
    /** runtime.errorString: nil dereference, divide by zero, and most other runtime faults. */
    public static final GoType ERROR_STRING = runtimeType("errorString", GoType.STRING);
    /** runtime.plainError: like errorString but without the "runtime error: " prefix. */
    public static final GoType PLAIN_ERROR = runtimeType("plainError", GoType.STRING);
    /** *runtime.TypeAssertionError: failed x.(T). */
    public static final GoType TYPE_ASSERTION_ERROR = GoType.pointer(
            GoType.named("runtime", "runtime", "TypeAssertionError").define(
                    GoType.struct(new GoType.Field[0], null), null, new GoType.Method[0], METHODS));

    private static GoType runtimeType(String name, GoType underlying) {
        return GoType.named("runtime", "runtime", name).define(underlying, null, METHODS, METHODS);
    }

    private final GoType type;
    private final String message;

    private RuntimeError(GoType type, String message) {
        this.type = type;
        this.message = message;
    }

    /** The dynamic Go type of this error value. */
    public GoType type() {
        return type;
    }

    /** The full message as Error() returns it (a byte-string). */
    @Override
    public String Error() {
        return message;
    }

    public void RuntimeError() {
    }

    @Override
    public String toString() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuntimeError && ((RuntimeError) o).type == type
                && ((RuntimeError) o).message.equals(message);
    }

    @Override
    public int hashCode() {
        return message.hashCode();
    }

    // ---- constructors of the panics generated code and the runtime throw ----

    /** {@code runtime error: <msg>} of type runtime.errorString. */
    public static GoPanic error(String msg) {
        return new GoPanic(new RuntimeError(ERROR_STRING, "runtime error: " + msg));
    }

    /** A message without the "runtime error: " prefix (runtime.plainError), e.g. "close of nil channel". */
    public static GoPanic plain(String msg) {
        return new GoPanic(new RuntimeError(PLAIN_ERROR, msg));
    }

    /**
     * A value method called through a nil pointer held in an interface (Go's runtime.panicwrap):
     * {@code value method main.T.F called using nil *T pointer}; p is returned when not nil.
     */
    public static Object nonNilReceiver(Object p, String pkgPath, String type, String method) {
        if (p == null) {
            throw plain("value method " + pkgPath + "." + type + "." + method + " called using nil *" + type
                    + " pointer");
        }
        return p;
    }

    public static GoPanic nilDeref() {
        return error("invalid memory address or nil pointer dereference");
    }

    public static GoPanic divideByZero() {
        return error("integer divide by zero");
    }

    public static GoPanic nilMapWrite() {
        return plain("assignment to entry in nil map");
    }

    /** x.(T) failed: {@code interface conversion: interface {} is string, not int}. */
    public static GoPanic typeAssertion(GoType iface, GoType actual, GoType asserted) {
        String msg;
        if (actual == null) {
            msg = "interface conversion: " + (iface == null ? "interface" : iface.toString()) + " is nil, not "
                    + asserted;
        } else {
            msg = "interface conversion: " + iface + " is " + actual + ", not " + asserted;
            if (actual.toString().equals(asserted.toString())) {
                // two types that print alike, as Go explains them
                msg += actual.pkgPath().equals(asserted.pkgPath()) ? " (types from different scopes)"
                        : " (types from different packages)";
            }
        }
        return new GoPanic(new RuntimeError(TYPE_ASSERTION_ERROR, msg));
    }

    /** x.(I) failed because the dynamic type lacks a method: {@code interface conversion: main.T is not main.I: missing method M}. */
    public static GoPanic missingMethod(GoType actual, GoType asserted, String method) {
        return new GoPanic(new RuntimeError(TYPE_ASSERTION_ERROR,
                "interface conversion: " + actual + " is not " + asserted + ": missing method " + method));
    }

    /** Any runtime error with a preformatted Go message ("runtime error: ..." included if wanted). */
    public static GoPanic typed(GoType type, String fullMessage) {
        return new GoPanic(new RuntimeError(type, fullMessage));
    }

    // bounds failures, with the codes and formats of Go's runtime/error.go
    static final int INDEX = 0, SLICE_ALEN = 1, SLICE_ACAP = 2, SLICE_B = 3, SLICE3_ALEN = 4, SLICE3_ACAP = 5,
            SLICE3_B = 6, SLICE3_C = 7, CONVERT = 8;
    private static final String[] FMT = {
        "index out of range [%x] with length %y",
        "slice bounds out of range [:%x] with length %y",
        "slice bounds out of range [:%x] with capacity %y",
        "slice bounds out of range [%x:%y]",
        "slice bounds out of range [::%x] with length %y",
        "slice bounds out of range [::%x] with capacity %y",
        "slice bounds out of range [:%x:%y]",
        "slice bounds out of range [%x:%y:]",
        "cannot convert slice with length %y to pointer to array with length %x",
    };
    private static final String[] NEG_FMT = {
        "index out of range [%x]",
        "slice bounds out of range [:%x]",
        "slice bounds out of range [:%x]",
        "slice bounds out of range [%x:]",
        "slice bounds out of range [::%x]",
        "slice bounds out of range [::%x]",
        "slice bounds out of range [:%x:]",
        "slice bounds out of range [%x::]",
        "",
    };

    static GoPanic bounds(int code, long x, long y, boolean signed) {
        String f = signed && x < 0 ? NEG_FMT[code] : FMT[code];
        String xs = signed ? Long.toString(x) : Long.toUnsignedString(x);
        String msg = f.replace("%x", xs).replace("%y", Long.toString(y));
        return new GoPanic(new RuntimeError(BOUNDS_ERROR, "runtime error: " + msg));
    }

    /** {@code index out of range [x] with length len} (x a signed index). */
    public static GoPanic index(long x, long len) {
        return bounds(INDEX, x, len, true);
    }

    /** Same, for an index of unsigned type (printed unsigned, never as negative). */
    public static GoPanic indexUnsigned(long x, long len) {
        return bounds(INDEX, x, len, false);
    }

    /** {@code cannot convert slice with length len to pointer to array with length n}. */
    public static GoPanic convert(long n, long len) {
        return bounds(CONVERT, n, len, true);
    }
}
