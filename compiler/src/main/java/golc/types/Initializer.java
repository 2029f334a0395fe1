package golc.types;

import golc.syntax.Expr;

import java.util.List;

/**
 * One package-level variable initialisation in execution order (go/types Initializer): lhs = rhs,
 * with several lhs variables for a multi-valued rhs (var a, b = f()).
 */
public final class Initializer {
    private final List<Var> lhs;
    private final Expr rhs;
    public Initializer(List<Var> lhs, Expr rhs) {
        this.lhs = List.copyOf(lhs);
        this.rhs = rhs;
    }
    public List<Var> lhs() { return lhs; }
    public Expr rhs() { return rhs; }
}
