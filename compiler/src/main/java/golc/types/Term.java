package golc.types;

/** A union term ~T or T. */
public final class Term {
    private final boolean tilde;
    private final Type type;
    public Term(boolean tilde, Type type) { this.tilde = tilde; this.type = type; }
    public boolean tilde() { return tilde; }
    public Type type() { return type; }

    /** Whether type t is in this term's type set. */
    public boolean includes(Type t) {
        return tilde ? Predicates.identical(t.underlying(), type) : Predicates.identical(t, type);
    }
}
