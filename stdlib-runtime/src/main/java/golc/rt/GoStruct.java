package golc.rt;

/**
 * Base class of the generated classes of struct types. A struct variable, field or array element holds its own
 * instance, copied on assignment with {@link #$copy()}; a pointer {@code *S} is the instance itself. An
 * instance stored in an interface is a copy with {@link #$isValue} set, which tells {@code T} (value) from
 * {@code *T} (pointer) in the interface's dynamic type.
 *
 * <p>Generated subclasses have a public no-argument constructor producing the zero value.
 */
public abstract class GoStruct {
    /** True when this instance is a struct value boxed in an interface, false for an addressable struct. */
    public boolean $isValue;

    /** The descriptor of this struct type (the named type, or the unnamed struct type). */
    public abstract GoType $type();

    /** A copy of this value (fields copied as by assignment: nested structs and arrays deeply), $isValue false. */
    public abstract GoStruct $copy();

    /** Go's == on struct values: field by field (interface fields with {@link Types#ifaceEq}). */
    public abstract boolean $eq(Object other);

    /** Field i as an interface value (boxed as for conversion to interface{}). */
    public abstract Object $get(int i);

    /** Number of fields. */
    public int $numFields() {
        return $type().numFields();
    }

    /** Hash consistent with {@link #$eq}, used by map keys. */
    public int $hash() {
        int h = 17;
        int n = $numFields();
        for (int i = 0; i < n; i++) {
            h = h * 31 + Types.hash($get(i));
        }
        return h;
    }
}
