package golc.types;

/** A predeclared basic type, including the untyped kinds of constants and nil. */
public final class Basic extends Type {
    public enum Kind {
        INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
        FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER,
        UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL
    }

    public static final Basic INVALID = new Basic(Kind.INVALID, "invalid type");
    public static final Basic BOOL = new Basic(Kind.BOOL, "bool");
    public static final Basic INT = new Basic(Kind.INT, "int");
    public static final Basic INT8 = new Basic(Kind.INT8, "int8");
    public static final Basic INT16 = new Basic(Kind.INT16, "int16");
    public static final Basic INT32 = new Basic(Kind.INT32, "int32");
    public static final Basic INT64 = new Basic(Kind.INT64, "int64");
    public static final Basic UINT = new Basic(Kind.UINT, "uint");
    public static final Basic UINT8 = new Basic(Kind.UINT8, "uint8");
    public static final Basic UINT16 = new Basic(Kind.UINT16, "uint16");
    public static final Basic UINT32 = new Basic(Kind.UINT32, "uint32");
    public static final Basic UINT64 = new Basic(Kind.UINT64, "uint64");
    public static final Basic UINTPTR = new Basic(Kind.UINTPTR, "uintptr");
    public static final Basic FLOAT32 = new Basic(Kind.FLOAT32, "float32");
    public static final Basic FLOAT64 = new Basic(Kind.FLOAT64, "float64");
    public static final Basic COMPLEX64 = new Basic(Kind.COMPLEX64, "complex64");
    public static final Basic COMPLEX128 = new Basic(Kind.COMPLEX128, "complex128");
    public static final Basic STRING = new Basic(Kind.STRING, "string");
    public static final Basic UNSAFE_POINTER = new Basic(Kind.UNSAFE_POINTER, "Pointer");
    public static final Basic UNTYPED_BOOL = new Basic(Kind.UNTYPED_BOOL, "untyped bool");
    public static final Basic UNTYPED_INT = new Basic(Kind.UNTYPED_INT, "untyped int");
    public static final Basic UNTYPED_RUNE = new Basic(Kind.UNTYPED_RUNE, "untyped rune");
    public static final Basic UNTYPED_FLOAT = new Basic(Kind.UNTYPED_FLOAT, "untyped float");
    public static final Basic UNTYPED_COMPLEX = new Basic(Kind.UNTYPED_COMPLEX, "untyped complex");
    public static final Basic UNTYPED_STRING = new Basic(Kind.UNTYPED_STRING, "untyped string");
    public static final Basic UNTYPED_NIL = new Basic(Kind.UNTYPED_NIL, "untyped nil");
    /** The aliases byte and rune: same kind (hence identical) as uint8/int32, but printed by their own name. */
    public static final Basic BYTE = new Basic(Kind.UINT8, "byte");
    public static final Basic RUNE = new Basic(Kind.INT32, "rune");

    private final Kind kind;
    private final String name;

    private Basic(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public Kind kind() { return kind; }
    public String name() { return name; }

    public boolean isBoolean() { return kind == Kind.BOOL || kind == Kind.UNTYPED_BOOL; }
    public boolean isString() { return kind == Kind.STRING || kind == Kind.UNTYPED_STRING; }
    public boolean isUntyped() { return kind.ordinal() >= Kind.UNTYPED_BOOL.ordinal(); }
    public boolean isInteger() {
        return (kind.ordinal() >= Kind.INT.ordinal() && kind.ordinal() <= Kind.UINTPTR.ordinal())
                || kind == Kind.UNTYPED_INT || kind == Kind.UNTYPED_RUNE;
    }
    public boolean isUnsigned() { return kind.ordinal() >= Kind.UINT.ordinal() && kind.ordinal() <= Kind.UINTPTR.ordinal(); }
    public boolean isFloat() { return kind == Kind.FLOAT32 || kind == Kind.FLOAT64 || kind == Kind.UNTYPED_FLOAT; }
    public boolean isComplex() { return kind == Kind.COMPLEX64 || kind == Kind.COMPLEX128 || kind == Kind.UNTYPED_COMPLEX; }
    public boolean isNumeric() { return isInteger() || isFloat() || isComplex(); }
    public boolean isOrdered() { return isInteger() || isFloat() || isString(); }
    /** Whether constants may have this type (booleans, numbers, strings). */
    public boolean isConstType() { return isBoolean() || isNumeric() || isString(); }

    /** The size in bits of a sized integer or float kind (int/uint/uintptr are 64 bit on golc). */
    public int bits() {
        switch (kind) {
            case INT8: case UINT8: return 8;
            case INT16: case UINT16: return 16;
            case INT32: case UINT32: case FLOAT32: return 32;
            case COMPLEX64: return 64;
            case COMPLEX128: return 128;
            default: return 64;
        }
    }

    /** The default type of an untyped kind (spec "Constants"), or this type if typed. */
    public Basic defaultType() {
        switch (kind) {
            case UNTYPED_BOOL: return BOOL;
            case UNTYPED_INT: return INT;
            case UNTYPED_RUNE: return RUNE;
            case UNTYPED_FLOAT: return FLOAT64;
            case UNTYPED_COMPLEX: return COMPLEX128;
            case UNTYPED_STRING: return STRING;
            default: return this;
        }
    }
}
