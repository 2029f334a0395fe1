package golc.ir;

/**
 * A jump target: a loop or block that {@link Stmt.Break}/{@link Stmt.Continue} name, or a position
 * marked by {@link Stmt.LabelDef} for {@link Stmt.Goto}. Identity object; {@code name} is the Go label
 * or a synthesised one ({@code ~L3}) and only serves printing.
 */
public final class Label {
    private final String name;

    public Label(String name) {
        this.name = name;
    }

    public String name() { return name; }

    @Override
    public String toString() {
        return name;
    }
}
