package golc.rt;

/**
 * An interface value whose dynamic type has no class of its own and is not one of the canonical boxes
 * (Long = int, Integer = int32, Double = float64, Float = float32, Boolean = bool, String = string,
 * Complex = complex128): e.g. {@code uint8}, {@code []int}, {@code map[string]int}, {@code *int}, funcs.
 */
public final class Box {
    public final GoType type;
    /** The value in its JVM-boxed representation (Integer for uint8, Slice for []int, ...). */
    public final Object value;

    public Box(GoType type, Object value) {
        this.type = type;
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box && Types.ifaceEq(this, o);
    }

    @Override
    public int hashCode() {
        return Types.hash(this);
    }

    @Override
    public String toString() {
        return type + "(" + value + ")";
    }
}
