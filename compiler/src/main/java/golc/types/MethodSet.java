package golc.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The method set of a type (spec "Method sets"), including methods promoted through embedded fields:
 * for a value type T only value-receiver methods (and those reachable through embedded pointers), for
 * *T all. Each entry is a METHOD_VAL {@link Selection} with the path through embedded fields.
 */
public final class MethodSet {
    private final List<Selection> list;

    private MethodSet(List<Selection> list) { this.list = list; }

    public List<Selection> list() { return list; }
    public int size() { return list.size(); }

    public Selection lookup(Package pkg, String name) {
        for (Selection s : list) if (Lookup.sameId(s.obj(), pkg, name)) return s;
        return null;
    }

    /** Computes the method set of t. */
    public static MethodSet of(Type t) {
        Map<String, Func> candidates = new LinkedHashMap<>();
        collect(t instanceof Pointer ? ((Pointer) t).elem() : t, candidates, new ArrayList<>());
        List<Selection> out = new ArrayList<>();
        for (Func cand : candidates.values()) {
            Lookup.Result r = Lookup.fieldOrMethod(t, false, cand.pkg(), cand.name());
            if (r.obj instanceof Func) {
                Func f = (Func) r.obj;
                Signature s = f.signature();
                Signature bare = new Signature(null, List.of(), s.params(), s.results(), s.variadic());
                out.add(new Selection(Selection.Kind.METHOD_VAL, t, f, r.index, r.indirect, bare));
            }
        }
        out.sort((a, b) -> a.obj().id().compareTo(b.obj().id()));
        return new MethodSet(List.copyOf(out));
    }

    private static void collect(Type t, Map<String, Func> out, List<Type> seen) {
        for (Type s : seen) if (s == t) return;
        seen.add(t);
        if (t instanceof Named) for (Func f : ((Named) t).methods()) out.putIfAbsent(f.id(), f);
        Type u = t.underlying();
        if (u instanceof Interface) {
            for (Func f : ((Interface) u).allMethods()) out.putIfAbsent(f.id(), f);
        } else if (u instanceof Struct) {
            for (Var f : ((Struct) u).fields()) {
                if (!f.embedded()) continue;
                Type ft = f.type();
                if (ft instanceof Pointer) ft = ((Pointer) ft).elem();
                collect(ft, out, seen);
            }
        }
    }
}
