package golc.syntax;

import java.util.List;

/**
 * A field of a struct, a parameter or result, a type parameter, a receiver, or an interface element.
 * <ul>
 *   <li>struct field: {@code names} empty for an embedded field ({@code T}, {@code *T}, {@code p.T},
 *       {@code T[int]}); {@code tag} the raw tag literal or null;</li>
 *   <li>parameter/result: {@code names} empty for unnamed parameters; {@code type} is an
 *       {@link Expr.Ellipsis} for a variadic parameter;</li>
 *   <li>type parameter: one name, {@code type} the constraint;</li>
 *   <li>interface element: a method has one name and an {@link Expr.FuncType} type; an embedded
 *       element has no names and any type expression, including unions ({@link Expr.BinaryExpr}
 *       with {@link Token#OR}) and approximations ({@link Expr.UnaryExpr} with {@link Token#TILDE}).</li>
 * </ul>
 */
public final class Field implements Node {
    public final List<Expr.Ident> names;
    public final Expr type;
    public final Expr.BasicLit tag;
    private final Pos pos;

    public Field(Pos pos, List<Expr.Ident> names, Expr type, Expr.BasicLit tag) {
        this.pos = pos;
        this.names = List.copyOf(names);
        this.type = type;
        this.tag = tag;
    }

    public boolean isEmbedded() {
        return names.isEmpty();
    }

    @Override
    public Pos pos() {
        return pos;
    }
}
