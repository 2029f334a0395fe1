package golc.types;

import golc.syntax.Expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Package-level variable initialisation order (spec "Package initialization", initorder.go): variables
 * in declaration order, each after the variables it depends on (directly or through functions);
 * reports initialisation cycles.
 */
final class InitOrder {
    private final Checker c;
    private final Map<Obj, Integer> state = new IdentityHashMap<>(); // 1 = visiting, 2 = done
    private final Set<Expr> emitted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Obj> stack = new ArrayList<>();

    private InitOrder(Checker c) { this.c = c; }

    static void compute(Checker c) {
        new InitOrder(c).run();
    }

    private void run() {
        for (Obj o : c.objList) {
            if (o instanceof Var) visit(o);
        }
    }

    /** The package-level vars o depends on, following function bodies, sorted by declaration order. */
    private List<Obj> varDeps(Obj o) {
        Set<Obj> out = new LinkedHashSet<>();
        Set<Obj> seenFuncs = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        collect(o, out, seenFuncs, true);
        List<Obj> list = new ArrayList<>(out);
        list.sort((a, b) -> Integer.compare(a.order, b.order));
        return list;
    }

    private void collect(Obj o, Set<Obj> out, Set<Obj> seenFuncs, boolean root) {
        Checker.DeclInfo di = c.objMap.get(o);
        if (di == null) return;
        for (Obj d : di.deps) {
            if (d instanceof Var) out.add(d);
            else if (d instanceof Func && seenFuncs.add(d)) {
                out.add(d);
            }
        }
    }

    private void visit(Obj o) {
        Integer st = state.get(o);
        if (st != null && st == 2) return;
        if (st != null && st == 1) {
            reportCycle(o);
            return;
        }
        state.put(o, 1);
        stack.add(o);
        for (Obj d : varDeps(o)) visit(d);
        stack.remove(stack.size() - 1);
        state.put(o, 2);
        if (o instanceof Var) emit((Var) o);
    }

    private void emit(Var v) {
        Checker.DeclInfo di = c.objMap.get(v);
        if (di == null || di.init == null) return;
        if (!emitted.add(di.init)) return;
        List<Var> lhs = di.lhs != null ? di.lhs : List.of(v);
        c.info.initOrder.add(new Initializer(lhs, di.init));
    }

    private void reportCycle(Obj o) {
        int i = stack.indexOf(o);
        if (i < 0) return;
        List<Obj> cycle = stack.subList(i, stack.size());
        // A cycle only through functions (recursion) is fine; it needs at least one variable.
        boolean hasVar = false;
        for (Obj x : cycle) hasVar |= x instanceof Var;
        if (!hasVar) return;
        Obj first = o;
        for (Obj x : cycle) if (x instanceof Var) { first = x; break; }
        StringBuilder sb = new StringBuilder("initialization loop for " + first.name());
        int start = cycle.indexOf(first);
        for (int k = 0; k < cycle.size(); k++) {
            Obj x = cycle.get((start + k) % cycle.size());
            sb.append("\n\t").append(x.pos()).append(": ").append(x.name()).append(" refers to");
        }
        sb.append("\n\t").append(first.pos()).append(": ").append(first.name());
        c.error(first.pos(), sb.toString());
    }
}
