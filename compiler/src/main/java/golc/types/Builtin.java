package golc.types;

/** A predeclared function (len, append, ...). Its type is INVALID: builtins are not values. */
public final class Builtin extends Obj {
    public enum Id {
        APPEND("append"), CAP("cap"), CLOSE("close"), COMPLEX("complex"), COPY("copy"), DELETE("delete"),
        IMAG("imag"), LEN("len"), MAKE("make"), NEW("new"), PANIC("panic"), PRINT("print"),
        PRINTLN("println"), REAL("real"), RECOVER("recover");
        final String goName;
        Id(String n) { goName = n; }
        public String goName() { return goName; }
    }
    private final Id id;
    Builtin(Id id) {
        super(null, null, id.goName, Basic.INVALID);
        this.id = id;
    }
    public Id builtinId() { return id; }
}
