package golc.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type set of an interface (spec "Interface types"): its methods, the types it permits
 * ({@code terms == null} means all types), and whether it is restricted to comparable types.
 */
public final class TypeSet {
    static final TypeSet ALL = new TypeSet(List.of(), null, false);

    private final List<Func> methods;
    private final List<Term> terms;
    private final boolean comparable;

    TypeSet(List<Func> methods, List<Term> terms, boolean comparable) {
        this.methods = methods;
        this.terms = terms;
        this.comparable = comparable;
    }

    public List<Func> methods() { return methods; }
    /** The permitted types, or null for all types. An empty list is the empty type set. */
    public List<Term> terms() { return terms; }
    public boolean comparable() { return comparable; }

    /** Whether t is in the type set's terms (ignoring methods). */
    public boolean includes(Type t) {
        if (terms == null) return true;
        for (Term term : terms) if (term.includes(t)) return true;
        return false;
    }

    static TypeSet compute(Interface iface) {
        Map<String, Func> methods = new LinkedHashMap<>();
        for (Func f : iface.explicitMethods()) methods.putIfAbsent(f.id(), f);
        List<Term> terms = null;
        boolean comparable = iface.isComparableBuiltin();
        for (Type e : iface.embeddeds()) {
            List<Term> eterms;
            Type u = e.underlying();
            if (u instanceof Interface) {
                TypeSet s = ((Interface) u).typeSet();
                for (Func f : s.methods) methods.putIfAbsent(f.id(), f);
                comparable |= s.comparable;
                eterms = s.terms;
            } else if (e instanceof Union) {
                eterms = unionTerms((Union) e);
            } else if (u == Basic.INVALID) {
                continue;
            } else {
                eterms = List.of(new Term(false, e));
            }
            terms = intersect(terms, eterms);
        }
        List<Func> all = new ArrayList<>(methods.values());
        all.sort((a, b) -> a.id().compareTo(b.id()));
        return new TypeSet(List.copyOf(all), terms, comparable);
    }

    private static List<Term> unionTerms(Union u) {
        List<Term> out = new ArrayList<>();
        for (Term t : u.terms()) {
            Type tu = t.type().underlying();
            if (!t.tilde() && tu instanceof Interface) {
                List<Term> sub = ((Interface) tu).typeSet().terms;
                if (sub == null) return null;
                out.addAll(sub);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Intersection of two term lists (null = all types). */
    static List<Term> intersect(List<Term> a, List<Term> b) {
        if (a == null) return b;
        if (b == null) return a;
        List<Term> out = new ArrayList<>();
        for (Term x : a) {
            for (Term y : b) {
                Term r = intersect(x, y);
                if (r != null) out.add(r);
            }
        }
        return out;
    }

    private static Term intersect(Term x, Term y) {
        if (x.tilde() && y.tilde()) return Predicates.identical(x.type(), y.type()) ? x : null;
        if (x.tilde()) return Predicates.identical(y.type().underlying(), x.type()) ? y : null;
        if (y.tilde()) return Predicates.identical(x.type().underlying(), y.type()) ? x : null;
        return Predicates.identical(x.type(), y.type()) ? x : null;
    }
}
