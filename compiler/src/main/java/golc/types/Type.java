package golc.types;

/**
 * A Go type, modelled on go/types. Identity of types is structural except for {@link Named} and
 * {@link TypeParam}, which are identical only to themselves; use {@link Predicates#identical}.
 */
public abstract class Type {
    Type() {}

    /** The underlying type (spec "Underlying types"); a type parameter's underlying type is its constraint interface. */
    public Type underlying() {
        return this;
    }

    /** The type as Go writes it in error messages, with package-qualified names for all packages. */
    @Override
    public String toString() {
        return TypeString.of(this, TypeString.qualifyAll());
    }
}
