package golc.types;

/** What the checker recorded for one expression: its mode, type, and constant value if constant. */
public final class TypeAndValue {
    public enum Mode {
        INVALID, NOVALUE, BUILTIN, TYPEXPR, CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK
    }

    private final Mode mode;
    private final Type type;
    private final Constant value;

    public TypeAndValue(Mode mode, Type type, Constant value) {
        this.mode = mode;
        this.type = type;
        this.value = value;
    }

    public Mode mode() { return mode; }
    public Type type() { return type; }
    /** The constant value (mode CONSTANT), else null. */
    public Constant value() { return value; }

    public boolean isType() { return mode == Mode.TYPEXPR; }
    public boolean isBuiltin() { return mode == Mode.BUILTIN; }
    public boolean isValue() {
        return mode == Mode.CONSTANT || mode == Mode.VARIABLE || mode == Mode.MAPINDEX || mode == Mode.VALUE || mode == Mode.COMMAOK;
    }
    public boolean isVoid() { return mode == Mode.NOVALUE; }
    /** Whether the expression is addressable. */
    public boolean addressable() { return mode == Mode.VARIABLE; }
    /** Whether the expression may be used in a comma-ok assignment (v, ok = ...). */
    public boolean hasOk() { return mode == Mode.COMMAOK || mode == Mode.MAPINDEX; }
    public boolean isNil() { return type == Basic.UNTYPED_NIL; }

    @Override
    public String toString() { return mode + " " + type + (value != null ? " = " + value : ""); }
}
