package golc.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Field and method lookup through embedding (spec "Selectors"), and interface satisfaction. */
public final class Lookup {
    private Lookup() {}

    /**
     * Result of {@link #fieldOrMethod}. obj is the Var (field) or Func (method), or null; when null,
     * index non-null means the name is ambiguous at the shallowest depth, and needsPointer means the
     * method exists but has a pointer receiver while x is neither a pointer nor addressable.
     */
    public static final class Result {
        public final Obj obj;
        public final List<Integer> index;
        public final boolean indirect;
        public final boolean needsPointer;

        Result(Obj obj, List<Integer> index, boolean indirect, boolean needsPointer) {
            this.obj = obj;
            this.index = index;
            this.indirect = indirect;
            this.needsPointer = needsPointer;
        }

        public boolean ambiguous() { return obj == null && index != null; }
    }

    private static final Result NOT_FOUND = new Result(null, null, false, false);

    private static final class Embedded {
        final Type typ;
        final List<Integer> index;
        final boolean indirect;
        final boolean multiples;
        Embedded(Type typ, List<Integer> index, boolean indirect, boolean multiples) {
            this.typ = typ;
            this.index = index;
            this.indirect = indirect;
            this.multiples = multiples;
        }
    }

    /** Whether name as written in package pkg matches object name/package (unexported names are package-local). */
    static boolean sameId(Obj o, Package pkg, String name) {
        if (!o.name().equals(name)) return false;
        if (o.exported()) return true;
        return o.pkg() == pkg || o.pkg() == null || pkg == null;
    }

    /** go/types LookupFieldOrMethod: looks up name in T (a pointer to T is dereferenced). */
    public static Result fieldOrMethod(Type t, boolean addressable, Package pkg, String name) {
        if (name.equals("_")) return NOT_FOUND;
        // A named pointer type has no methods; its fields are those of the pointer's base (go/types).
        if (t instanceof Named && t.underlying() instanceof Pointer) {
            Result r = fieldOrMethod(t.underlying(), false, pkg, name);
            return r.obj instanceof Func ? NOT_FOUND : r;
        }
        Type typ = t;
        boolean isPtr = false;
        if (t instanceof Pointer) {
            typ = ((Pointer) t).elem();
            isPtr = true;
        }
        if (isPtr && typ.underlying() instanceof Interface && !(typ instanceof TypeParam)) return NOT_FOUND; // *I has no methods
        List<Embedded> current = new ArrayList<>();
        current.add(new Embedded(typ, List.of(), isPtr, false));
        Map<Named, Boolean> seen = new IdentityHashMap<>();
        while (!current.isEmpty()) {
            List<Embedded> next = new ArrayList<>();
            Obj obj = null;
            List<Integer> index = null;
            boolean indirect = false;
            for (Embedded e : current) {
                Type et = e.typ;
                if (et instanceof Named) {
                    Named n = (Named) et;
                    if (seen.containsKey(n)) continue;
                    seen.put(n, true);
                    List<Func> ms = n.methods();
                    boolean found = false;
                    for (int i = 0; i < ms.size(); i++) {
                        if (sameId(ms.get(i), pkg, name)) {
                            index = concat(e.index, i);
                            if (obj != null || e.multiples) return new Result(null, index, false, false);
                            obj = ms.get(i);
                            indirect = e.indirect;
                            found = true;
                            break;
                        }
                    }
                    if (found) continue;
                }
                Type u = et instanceof TypeParam ? ((TypeParam) et).iface() : et.underlying();
                if (u instanceof Struct) {
                    Struct s = (Struct) u;
                    for (int i = 0; i < s.numFields(); i++) {
                        Var f = s.field(i);
                        if (sameId(f, pkg, name)) {
                            index = concat(e.index, i);
                            if (obj != null || e.multiples) return new Result(null, index, false, false);
                            obj = f;
                            indirect = e.indirect;
                            continue;
                        }
                        if (obj == null && f.embedded()) {
                            Type ft = f.type();
                            boolean p = false;
                            if (ft instanceof Pointer) { ft = ((Pointer) ft).elem(); p = true; }
                            next.add(new Embedded(ft, concat(e.index, i), e.indirect || p, e.multiples));
                        }
                    }
                } else if (u instanceof Interface) {
                    List<Func> ms = ((Interface) u).allMethods();
                    for (int i = 0; i < ms.size(); i++) {
                        if (sameId(ms.get(i), pkg, name)) {
                            index = concat(e.index, i);
                            if (obj != null || e.multiples) return new Result(null, index, false, false);
                            obj = ms.get(i);
                            indirect = e.indirect;
                        }
                    }
                }
            }
            if (obj != null) {
                if (obj instanceof Func && ((Func) obj).hasPtrRecv() && !indirect && !addressable) {
                    return new Result(null, null, true, true);
                }
                return new Result(obj, index, indirect, false);
            }
            current = consolidate(next);
        }
        return NOT_FOUND;
    }

    private static List<Embedded> consolidate(List<Embedded> list) {
        if (list.size() <= 1) return list;
        List<Embedded> out = new ArrayList<>();
        Map<Type, Integer> seen = new LinkedHashMap<>();
        outer:
        for (Embedded e : list) {
            for (int i = 0; i < out.size(); i++) {
                if (Predicates.identical(out.get(i).typ, e.typ)) {
                    Embedded o = out.get(i);
                    out.set(i, new Embedded(o.typ, o.index, o.indirect, true));
                    continue outer;
                }
            }
            out.add(e);
        }
        return out;
    }

    private static List<Integer> concat(List<Integer> a, int i) {
        List<Integer> r = new ArrayList<>(a);
        r.add(i);
        return r;
    }

    /**
     * A method of interface t missing from v, or null if v implements t's methods.
     * wrong[0] receives v's method of the same name if it exists with the wrong type or
     * on the pointer type only. For an interface v and !statik, only methods present in v are checked.
     */
    public static Func missingMethod(Type v, Interface t, boolean statik, Func[] wrong) {
        if (t.numMethods() == 0) return null;
        Type vu = v.underlying();
        if (vu instanceof Interface && !(v instanceof TypeParam)) {
            Interface vi = (Interface) vu;
            for (Func m : t.allMethods()) {
                Func f = lookupMethod(vi.allMethods(), m.pkg(), m.name());
                if (f == null) {
                    if (!statik) continue;
                    return m;
                }
                if (!Predicates.identical(f.type(), m.type())) {
                    if (wrong != null) wrong[0] = f;
                    return m;
                }
            }
            return null;
        }
        for (Func m : t.allMethods()) {
            Result r = fieldOrMethod(v, false, m.pkg(), m.name());
            boolean found = r.obj != null;
            Obj obj = r.obj;
            if (!found) {
                Result rp = fieldOrMethod(new Pointer(v), false, m.pkg(), m.name());
                obj = rp.obj;
                if (obj == null) obj = foldCase(v, m.name());
            }
            if (!(obj instanceof Func)) return m;
            Func f = (Func) obj;
            if (!found || !Predicates.identical(f.type(), m.type())) {
                if (wrong != null) wrong[0] = f;
                return m;
            }
        }
        return null;
    }

    /** A method of v (or *v) whose name equals name ignoring case, for "have m, want M" hints. */
    private static Func foldCase(Type v, String name) {
        for (Selection s : MethodSet.of(v instanceof Pointer ? v : new Pointer(v)).list()) {
            if (s.obj().name().equalsIgnoreCase(name)) return (Func) s.obj();
        }
        return null;
    }

    static Func lookupMethod(List<Func> ms, Package pkg, String name) {
        for (Func f : ms) if (sameId(f, pkg, name)) return f;
        return null;
    }

    /** Whether a value of type v implements interface type t (methods only; type sets not considered). */
    public static boolean implementsMethods(Type v, Type t) {
        Type tu = t.underlying();
        if (!(tu instanceof Interface)) return false;
        return missingMethod(v, (Interface) tu, true, null) == null;
    }
}
