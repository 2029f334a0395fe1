package golc.types;

import golc.syntax.Expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Package-level variable initialisation order (spec "Package initialization", initorder.go): repeatedly
 * the earliest variable in declaration order that is ready, i.e. whose variable dependencies (direct or
 * through functions and methods) are all initialised; reports initialisation cycles.
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
        // A depth-first walk finds the cycles; the order itself is the spec's "earliest ready" rule.
        List<Var> vars = new ArrayList<>();
        for (Obj o : c.objList) {
            if (o instanceof Var) {
                visit(o);
                vars.add((Var) o);
            }
        }
        emitInOrder(vars);
    }

    /**
     * Emits the initialisers like initorder.go's priority queue: among the variables not yet initialised,
     * the one with the fewest uninitialised dependencies (zero unless there is a cycle), earliest first.
     */
    private void emitInOrder(List<Var> vars) {
        Map<Obj, Set<Var>> deps = new IdentityHashMap<>();
        Map<Obj, List<Var>> dependents = new IdentityHashMap<>();
        Set<Var> ours = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        ours.addAll(vars);
        for (Var v : vars) {
            Set<Var> ds = new LinkedHashSet<>();
            collectVars(v, ds, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
            ds.remove(v);
            ds.retainAll(ours);
            deps.put(v, ds);
            for (Var d : ds) dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(v);
        }
        Map<Obj, Integer> pending = new IdentityHashMap<>();
        for (Var v : vars) pending.put(v, deps.get(v).size());
        List<Var> left = new ArrayList<>(vars);
        while (!left.isEmpty()) {
            int best = 0;
            for (int i = 1; i < left.size(); i++) {
                Var a = left.get(i), b = left.get(best);
                int pa = pending.get(a), pb = pending.get(b);
                if (pa < pb || (pa == pb && a.order < b.order)) best = i;
            }
            Var v = left.remove(best);
            pending.put(v, -1);
            for (Var w : dependents.getOrDefault(v, List.of())) {
                int n = pending.get(w);
                if (n > 0) pending.put(w, n - 1);
            }
            emit(v);
        }
    }

    /** The package-level vars o refers to, directly or through the bodies of functions and methods it refers to. */
    private void collectVars(Obj o, Set<Var> out, Set<Obj> seenFuncs) {
        Checker.DeclInfo di = c.objMap.get(o);
        if (di == null) return;
        for (Obj d : di.deps) {
            if (d instanceof Var) out.add((Var) d);
            else if (d instanceof Func && seenFuncs.add(d)) collectVars(d, out, seenFuncs);
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
