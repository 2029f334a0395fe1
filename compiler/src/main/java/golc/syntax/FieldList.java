package golc.syntax;

import java.util.List;

/**
 * A parenthesised or braced list of fields: parameters, results, type parameters, struct fields,
 * interface elements, receiver. {@code opening}/{@code closing} are the positions of the brackets;
 * for a single unparenthesised result type they equal the type's position.
 */
public final class FieldList implements Node {
    public final Pos opening;
    public final List<Field> list;
    public final Pos closing;

    public FieldList(Pos opening, List<Field> list, Pos closing) {
        this.opening = opening;
        this.list = List.copyOf(list);
        this.closing = closing;
    }

    /** Number of declared entities: a field with n names counts n, an unnamed one counts 1. */
    public int numFields() {
        int n = 0;
        for (Field f : list) n += f.names.isEmpty() ? 1 : f.names.size();
        return n;
    }

    @Override
    public Pos pos() {
        return opening;
    }
}
