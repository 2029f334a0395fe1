package golc.types;

import java.util.List;

/** An ordered list of variables: parameters, results, or the types of a multi-valued expression. */
public final class Tuple extends Type {
    public static final Tuple EMPTY = new Tuple(List.of());
    private final List<Var> vars;
    public Tuple(List<Var> vars) { this.vars = List.copyOf(vars); }
    public List<Var> vars() { return vars; }
    public int size() { return vars.size(); }
    public Var at(int i) { return vars.get(i); }
    public Type type(int i) { return vars.get(i).type(); }
}
