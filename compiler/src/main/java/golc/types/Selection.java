package golc.types;

import java.util.List;

/**
 * The meaning of a selector expression x.f (go/types Selection): a field, a method value, or a
 * method expression T.m. index is the path through embedded fields (the last entry is the field or
 * method index in its struct/named type's method list); indirect says whether a pointer was
 * dereferenced on the way.
 */
public final class Selection {
    public enum Kind { FIELD_VAL, METHOD_VAL, METHOD_EXPR }

    private final Kind kind;
    private final Type recv;
    private final Obj obj;
    private final List<Integer> index;
    private final boolean indirect;
    private final Type type;

    public Selection(Kind kind, Type recv, Obj obj, List<Integer> index, boolean indirect, Type type) {
        this.kind = kind;
        this.recv = recv;
        this.obj = obj;
        this.index = List.copyOf(index);
        this.indirect = indirect;
        this.type = type;
    }

    public Kind kind() { return kind; }
    /** The type of x in x.f. */
    public Type recv() { return recv; }
    /** The selected field (Var) or method (Func). */
    public Obj obj() { return obj; }
    /** Path of field indices through embedded fields; for methods the last entry is the method's index. */
    public List<Integer> index() { return index; }
    /** Whether a pointer indirection is needed to get from x to the field or method receiver. */
    public boolean indirect() { return indirect; }
    /** The type of x.f: the field's type, the method value's signature without receiver, or for
     * method expressions the signature with the receiver as first parameter. */
    public Type type() { return type; }
}
