package golc.types;

import java.util.List;

/** A function type; for methods, recv is the receiver parameter. */
public final class Signature extends Type {
    private Var recv;
    private final List<TypeParam> typeParams;
    private final Tuple params;
    private final Tuple results;
    private final boolean variadic;

    public Signature(Var recv, List<TypeParam> typeParams, Tuple params, Tuple results, boolean variadic) {
        this.recv = recv;
        this.typeParams = typeParams == null ? List.of() : List.copyOf(typeParams);
        this.params = params == null ? Tuple.EMPTY : params;
        this.results = results == null ? Tuple.EMPTY : results;
        this.variadic = variadic;
    }

    public Var recv() { return recv; }
    void setRecv(Var recv) { this.recv = recv; }
    public List<TypeParam> typeParams() { return typeParams; }
    public Tuple params() { return params; }
    public Tuple results() { return results; }
    /** If true, the last parameter's type is a slice []T standing for ...T. */
    public boolean variadic() { return variadic; }
}
