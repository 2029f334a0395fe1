package golc.rt;

/** The kind of a Go type, in the order and with the names of Go's reflect.Kind. */
public enum Kind {
    INVALID("invalid"), BOOL("bool"), INT("int"), INT8("int8"), INT16("int16"), INT32("int32"), INT64("int64"),
    UINT("uint"), UINT8("uint8"), UINT16("uint16"), UINT32("uint32"), UINT64("uint64"), UINTPTR("uintptr"),
    FLOAT32("float32"), FLOAT64("float64"), COMPLEX64("complex64"), COMPLEX128("complex128"),
    ARRAY("array"), CHAN("chan"), FUNC("func"), INTERFACE("interface"), MAP("map"), POINTER("ptr"),
    SLICE("slice"), STRING("string"), STRUCT("struct"), UNSAFE_POINTER("unsafe.Pointer");

    /** The name reflect.Kind.String() gives. */
    public final String goName;

    Kind(String goName) {
        this.goName = goName;
    }

    public boolean isInteger() {
        return ordinal() >= INT.ordinal() && ordinal() <= UINTPTR.ordinal();
    }

    public boolean isUnsigned() {
        return ordinal() >= UINT.ordinal() && ordinal() <= UINTPTR.ordinal();
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    public boolean isComplex() {
        return this == COMPLEX64 || this == COMPLEX128;
    }

    /** Basic kinds: those with a predeclared type of the same name. */
    public boolean isBasic() {
        return (ordinal() >= BOOL.ordinal() && ordinal() <= COMPLEX128.ordinal()) || this == STRING;
    }
}
