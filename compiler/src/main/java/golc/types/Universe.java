package golc.types;

import java.util.List;

/**
 * The universe scope: predeclared types, constants, nil and builtins. Built once and never modified
 * afterwards (immutable shared data, not mutable global state).
 */
public final class Universe {
    private Universe() {}

    private static final Scope SCOPE = new Scope(null, "universe");
    private static final Interface ANY = new Interface(List.of(), List.of());
    private static final Named ERROR;
    private static final Named COMPARABLE;
    private static final Const IOTA;

    static {
        Basic[] basics = {
            Basic.BOOL, Basic.INT, Basic.INT8, Basic.INT16, Basic.INT32, Basic.INT64, Basic.UINT, Basic.UINT8,
            Basic.UINT16, Basic.UINT32, Basic.UINT64, Basic.UINTPTR, Basic.FLOAT32, Basic.FLOAT64,
            Basic.COMPLEX64, Basic.COMPLEX128, Basic.STRING,
        };
        for (Basic b : basics) SCOPE.insert(new TypeName(null, null, b.name(), b));
        TypeName byteName = new TypeName(null, null, "byte", Basic.BYTE);
        byteName.markAlias();
        SCOPE.insert(byteName);
        TypeName runeName = new TypeName(null, null, "rune", Basic.RUNE);
        runeName.markAlias();
        SCOPE.insert(runeName);
        TypeName anyName = new TypeName(null, null, "any", ANY);
        anyName.markAlias();
        SCOPE.insert(anyName);

        TypeName errName = new TypeName(null, null, "error", null);
        ERROR = new Named(errName, null);
        Var recv = new Var(null, null, "", ERROR);
        Signature errSig = new Signature(recv, List.of(), Tuple.EMPTY,
                new Tuple(List.of(new Var(null, null, "", Basic.STRING))), false);
        Func errMethod = new Func(null, null, "Error", errSig);
        errMethod.isInterfaceMethod = true;
        ERROR.setUnderlying(new Interface(List.of(errMethod), List.of()));
        SCOPE.insert(errName);

        TypeName cmpName = new TypeName(null, null, "comparable", null);
        COMPARABLE = new Named(cmpName, Interface.comparableBuiltin());
        SCOPE.insert(cmpName);

        SCOPE.insert(new Const(null, null, "true", Basic.UNTYPED_BOOL, Constant.TRUE));
        SCOPE.insert(new Const(null, null, "false", Basic.UNTYPED_BOOL, Constant.FALSE));
        IOTA = new Const(null, null, "iota", Basic.UNTYPED_INT, Constant.ofInt(0));
        SCOPE.insert(IOTA);
        SCOPE.insert(new Nil());
        for (Builtin.Id id : Builtin.Id.values()) SCOPE.insert(new Builtin(id));
    }

    public static Scope scope() { return SCOPE; }
    public static Obj lookup(String name) { return SCOPE.lookup(name); }
    /** The interface type denoted by 'any' (printed as "any" in messages). */
    public static Interface anyType() { return ANY; }
    public static Named errorType() { return ERROR; }
    public static Named comparableType() { return COMPARABLE; }
    static Const iota() { return IOTA; }
}
