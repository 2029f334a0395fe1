package golc.ir;

/**
 * Built-in operations. The pure ones are {@link Expr.Builtin} expressions; those with effects are
 * {@link Callee.Builtin} calls (statement level, like any call).
 */
public enum BuiltinOp {
    // ---- pure: Expr.Builtin
    /** len(x): string, array, *array, slice, map, chan; result int */
    LEN(true),
    /** cap(x): array, *array, slice, chan */
    CAP(true),
    /** new(T): a pointer to a fresh zero T; the expression type is *T, no arguments */
    NEW(true),
    /** make([]T, len, cap): both arguments int (lowering supplies cap = len when absent) */
    MAKE_SLICE(true),
    /** make(map[K]V, hint): one int argument (0 when absent) */
    MAKE_MAP(true),
    /** make(chan T, size): one int argument (0 when absent) */
    MAKE_CHAN(true),
    REAL(true), IMAG(true), COMPLEX(true),
    /** (m, k): whether map m (possibly nil) holds key k; bool. Lowering's comma-ok map index. */
    MAP_HAS(true),
    /** (s, i): the rune of UTF-8 string s starting at byte i (U+FFFD for invalid); rune */
    DECODE_RUNE(true),
    /** (s, i): the byte width of that encoding (1 for invalid); int */
    DECODE_RUNE_WIDTH(true),
    /** (x): x, a pointer, interface, map or func value, after panicking with Go's nil dereference if it is nil */
    NIL_CHECK(true),

    // ---- with effects: Callee.Builtin
    /** append(s, e1, e2, ...): arguments are the slice then each element; one result */
    APPEND(false),
    /** append(s, t...): t a slice of the same type or (for []byte) a string; one result */
    APPEND_SPREAD(false),
    /** copy(dst, src): src a slice or (for []byte dst) a string; result int */
    COPY(false),
    DELETE(false),
    /** panic(v): v is already converted to interface{} */
    PANIC(false),
    PRINT(false), PRINTLN(false),
    /** recover(): result interface{} */
    RECOVER(false),
    CLOSE(false);

    public final boolean pure;

    BuiltinOp(boolean pure) {
        this.pure = pure;
    }
}
