package golc.types;

import java.util.List;

/** A use of a generic function or type with its (explicit or inferred) type arguments. */
public final class Instance {
    private final List<Type> typeArgs;
    private final Type type;
    public Instance(List<Type> typeArgs, Type type) {
        this.typeArgs = List.copyOf(typeArgs);
        this.type = type;
    }
    public List<Type> typeArgs() { return typeArgs; }
    /** The instantiated type: a Signature for functions, a Named for types. */
    public Type type() { return type; }
}
