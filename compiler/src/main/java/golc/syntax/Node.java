package golc.syntax;

/**
 * A syntax tree node. Nodes are plain final classes with public final fields and identity equality,
 * so later phases can key {@link java.util.IdentityHashMap}s by node. {@link #pos()} is the node's
 * start position (as go/ast's {@code Pos()} and types2's {@code StartPos}); nodes also keep the
 * positions of their important tokens (operators, brackets, closing braces).
 * Node kinds are {@link File}, {@link Expr}, {@link Stmt}, {@link Decl}, {@link Spec},
 * {@link Field} and {@link FieldList}.
 */
public interface Node {
    Pos pos();
}
