package golc.rt;

/**
 * Base class of the generated classes of named non-struct types ({@code type Celsius float64}), used when such a
 * value is stored in an interface. Subclasses hold one {@code value} field of the underlying representation
 * and have a public constructor taking it.
 */
public abstract class Named {
    /** The descriptor of the named type. */
    public abstract GoType $type();

    /** The underlying value, JVM-boxed ({@code J} → Long, {@code I} → Integer, references as is). */
    public abstract Object $unwrap();

    @Override
    public boolean equals(Object o) {
        return o instanceof Named && Types.ifaceEq(this, o);
    }

    @Override
    public int hashCode() {
        return Types.hash(this);
    }
}
