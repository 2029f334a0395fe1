package golc.ir;

import golc.types.Type;

/**
 * A local variable or temporary of one {@link IrFunc} (identity object; {@code id} is unique within the
 * function and only serves stable printing).
 *
 * <p>{@link #boxed()} locals live in a heap cell because a closure captures them and some code assigns
 * them after the capture, or because their address is taken ({@code &x}). Codegen keeps such a local as
 * a cell: a {@link Stmt.Decl} of it allocates a fresh cell (so each loop iteration's variable is
 * distinct), closures capture the cell, {@link Expr.AddrOf} of it yields a pointer to the cell. Unboxed
 * locals are plain JVM locals; closures capture their value.
 */
public final class Local {
    /** Where the local comes from; decides how codegen initialises it at function entry. */
    public enum Kind {
        /** a captured variable of a lifted closure: the leading JVM parameters */
        CAPTURE,
        /** the receiver of a method: first Go parameter */
        RECEIVER,
        /** a Go parameter */
        PARAM,
        /** a result variable (named, or synthesised as {@code ~r0}); zeroed at entry */
        RESULT,
        /** a variable declared in the body; initialised by its {@link Stmt.Decl} */
        VAR,
        /** a temporary made by lowering; initialised by its {@link Stmt.Decl} */
        TEMP
    }

    private final int id;
    private final String name;
    private final Type type;
    private final Kind kind;
    private boolean boxed;

    public Local(int id, String name, Type type, Kind kind) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.kind = kind;
    }

    public int id() { return id; }
    /** Go name for debugging ({@code x}, {@code ~r0}, {@code ~t3} for temporaries). */
    public String name() { return name; }
    public Type type() { return type; }
    public Kind kind() { return kind; }
    public boolean boxed() { return boxed; }
    public void setBoxed(boolean boxed) { this.boxed = boxed; }

    @Override
    public String toString() {
        return name + "#" + id;
    }
}
