package golc.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Type predicates of the spec: identity, comparability, and classification helpers. */
public final class Predicates {
    private Predicates() {}

    /** Type identity (spec "Type identity"). */
    public static boolean identical(Type x, Type y) {
        return new Identity(false).identical(x, y);
    }

    /** Identity ignoring struct tags (for conversions). */
    public static boolean identicalIgnoreTags(Type x, Type y) {
        return new Identity(true).identical(x, y);
    }

    private static final class Identity {
        final boolean ignoreTags;
        final List<Type[]> seen = new ArrayList<>();
        final Map<TypeParam, TypeParam> tparamMap = new IdentityHashMap<>();

        Identity(boolean ignoreTags) { this.ignoreTags = ignoreTags; }

        boolean identical(Type x, Type y) {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x instanceof Basic && y instanceof Basic) return ((Basic) x).kind() == ((Basic) y).kind();
            if (x instanceof Array && y instanceof Array) {
                Array a = (Array) x, b = (Array) y;
                return a.len() == b.len() && identical(a.elem(), b.elem());
            }
            if (x instanceof Slice && y instanceof Slice) return identical(((Slice) x).elem(), ((Slice) y).elem());
            if (x instanceof Pointer && y instanceof Pointer) return identical(((Pointer) x).elem(), ((Pointer) y).elem());
            if (x instanceof MapType && y instanceof MapType) {
                MapType a = (MapType) x, b = (MapType) y;
                return identical(a.key(), b.key()) && identical(a.elem(), b.elem());
            }
            if (x instanceof Chan && y instanceof Chan) {
                Chan a = (Chan) x, b = (Chan) y;
                return a.dir() == b.dir() && identical(a.elem(), b.elem());
            }
            if (x instanceof Struct && y instanceof Struct) {
                Struct a = (Struct) x, b = (Struct) y;
                if (a.numFields() != b.numFields()) return false;
                for (int i = 0; i < a.numFields(); i++) {
                    Var f = a.field(i), g = b.field(i);
                    if (f.embedded() != g.embedded() || !f.id().equals(g.id())) return false;
                    if (!ignoreTags && !a.tag(i).equals(b.tag(i))) return false;
                    if (!identical(f.type(), g.type())) return false;
                }
                return true;
            }
            if (x instanceof Tuple && y instanceof Tuple) {
                Tuple a = (Tuple) x, b = (Tuple) y;
                if (a.size() != b.size()) return false;
                for (int i = 0; i < a.size(); i++) if (!identical(a.type(i), b.type(i))) return false;
                return true;
            }
            if (x instanceof Signature && y instanceof Signature) {
                Signature a = (Signature) x, b = (Signature) y;
                if (a.typeParams().size() != b.typeParams().size() || a.variadic() != b.variadic()) return false;
                for (int i = 0; i < a.typeParams().size(); i++) tparamMap.put(a.typeParams().get(i), b.typeParams().get(i));
                for (int i = 0; i < a.typeParams().size(); i++) {
                    if (!identical(a.typeParams().get(i).constraint(), b.typeParams().get(i).constraint())) return false;
                }
                return identical(a.params(), b.params()) && identical(a.results(), b.results());
            }
            if (x instanceof Interface && y instanceof Interface) {
                for (Type[] p : seen) if (p[0] == x && p[1] == y) return true;
                seen.add(new Type[] {x, y});
                Interface a = (Interface) x, b = (Interface) y;
                TypeSet sa = a.typeSet(), sb = b.typeSet();
                if (sa.comparable() != sb.comparable()) return false;
                if (!sameTerms(sa.terms(), sb.terms())) return false;
                List<Func> ma = sa.methods(), mb = sb.methods();
                if (ma.size() != mb.size()) return false;
                for (int i = 0; i < ma.size(); i++) {
                    if (!ma.get(i).id().equals(mb.get(i).id())) return false;
                    if (!identical(ma.get(i).type(), mb.get(i).type())) return false;
                }
                return true;
            }
            if (x instanceof Union && y instanceof Union) {
                return sameTerms(((Union) x).terms(), ((Union) y).terms());
            }
            if (x instanceof Named && y instanceof Named) {
                Named a = (Named) x, b = (Named) y;
                if (a.origin() != b.origin()) return false;
                if (a.typeArgs().size() != b.typeArgs().size()) return false;
                for (int i = 0; i < a.typeArgs().size(); i++) if (!identical(a.typeArgs().get(i), b.typeArgs().get(i))) return false;
                return true;
            }
            if (x instanceof TypeParam && y instanceof TypeParam) {
                return tparamMap.get(x) == y;
            }
            return false;
        }

        boolean sameTerms(List<Term> a, List<Term> b) {
            if (a == null || b == null) return a == b;
            if (a.size() != b.size()) return false;
            outer:
            for (Term t : a) {
                for (Term u : b) if (t.tilde() == u.tilde() && identical(t.type(), u.type())) continue outer;
                return false;
            }
            return true;
        }
    }

    /** Whether values of t can be compared with == (spec "Comparison operators"). */
    public static boolean comparable(Type t) {
        return comparable(t, new ArrayList<>());
    }

    private static boolean comparable(Type t, List<Type> seen) {
        for (Type s : seen) if (s == t) return true;
        seen.add(t);
        if (t instanceof TypeParam) return ((TypeParam) t).iface().typeSet().comparable() || allComparable((TypeParam) t);
        Type u = t.underlying();
        if (u instanceof Basic) return ((Basic) u).kind() != Basic.Kind.UNTYPED_NIL;
        if (u instanceof Pointer || u instanceof Chan || u instanceof Interface) return true;
        if (u instanceof Struct) {
            for (Var f : ((Struct) u).fields()) if (!comparable(f.type(), seen)) return false;
            return true;
        }
        if (u instanceof Array) return comparable(((Array) u).elem(), seen);
        return false;
    }

    private static boolean allComparable(TypeParam p) {
        List<Term> terms = p.iface().typeSet().terms();
        if (terms == null || terms.isEmpty()) return false;
        for (Term t : terms) if (!comparable(t.type())) return false;
        return true;
    }

    /** Whether t's core type is ordered (supports < etc.). */
    public static boolean ordered(Type t) {
        return allMatch(t, u -> u instanceof Basic && ((Basic) u).isOrdered());
    }

    public static boolean isInteger(Type t) { return allMatch(t, u -> u instanceof Basic && ((Basic) u).isInteger()); }
    public static boolean isUnsigned(Type t) { return allMatch(t, u -> u instanceof Basic && ((Basic) u).isUnsigned()); }
    public static boolean isFloat(Type t) { return allMatch(t, u -> u instanceof Basic && ((Basic) u).isFloat()); }
    public static boolean isComplex(Type t) { return allMatch(t, u -> u instanceof Basic && ((Basic) u).isComplex()); }
    public static boolean isNumeric(Type t) { return allMatch(t, u -> u instanceof Basic && ((Basic) u).isNumeric()); }
    public static boolean isString(Type t) { return allMatch(t, u -> u instanceof Basic && ((Basic) u).isString()); }
    public static boolean isBoolean(Type t) { return allMatch(t, u -> u instanceof Basic && ((Basic) u).isBoolean()); }
    public static boolean isConstType(Type t) { return t != null && t.underlying() instanceof Basic && ((Basic) t.underlying()).isConstType(); }

    /** An untyped basic type (untyped constant kinds and untyped nil). */
    public static boolean isUntyped(Type t) { return t instanceof Basic && ((Basic) t).isUntyped(); }
    public static boolean isTyped(Type t) { return !isUntyped(t); }

    /** Whether t is an ordinary interface type (not a type parameter). */
    public static boolean isInterface(Type t) {
        return !(t instanceof TypeParam) && t != null && t.underlying() instanceof Interface;
    }

    public static boolean isTypeParam(Type t) { return t instanceof TypeParam; }

    /** Whether t has a type parameter anywhere. */
    public static boolean hasNil(Type t) {
        Type u = t.underlying();
        if (t instanceof TypeParam) return allMatch(t, Predicates::hasNilUnder);
        return hasNilUnder(u);
    }

    private static boolean hasNilUnder(Type u) {
        if (u instanceof Basic) return ((Basic) u).kind() == Basic.Kind.UNSAFE_POINTER || ((Basic) u).kind() == Basic.Kind.UNTYPED_NIL;
        return u instanceof Slice || u instanceof Pointer || u instanceof Signature || u instanceof Interface
                || u instanceof MapType || u instanceof Chan;
    }

    /**
     * For a type parameter, whether every type in its type set satisfies the predicate (false if the
     * type set is unrestricted); for other types, the predicate on the underlying type.
     */
    static boolean allMatch(Type t, java.util.function.Predicate<Type> p) {
        if (t == null) return false;
        if (t instanceof TypeParam) {
            List<Term> terms = ((TypeParam) t).iface().typeSet().terms();
            if (terms == null || terms.isEmpty()) return false;
            for (Term term : terms) if (!allMatch(term.type(), p)) return false;
            return true;
        }
        return p.test(t.underlying());
    }

    /**
     * The core type (spec "Core types"): the underlying type for non-type-parameters; for a type
     * parameter, the single underlying type of all types in its type set, or null.
     */
    public static Type coreType(Type t) {
        if (!(t instanceof TypeParam)) return t == null ? null : t.underlying();
        List<Term> terms = ((TypeParam) t).iface().typeSet().terms();
        if (terms == null || terms.isEmpty()) return null;
        Type cu = null;
        for (Term term : terms) {
            Type u = term.type().underlying();
            if (cu == null) cu = u;
            else if (!identical(cu, u)) {
                // Channels with the same element and differing direction have a directional core type.
                if (cu instanceof Chan && u instanceof Chan && identical(((Chan) cu).elem(), ((Chan) u).elem())) {
                    Chan a = (Chan) cu, b = (Chan) u;
                    if (a.dir() == Chan.Dir.SEND_RECV) cu = b;
                    else if (b.dir() != Chan.Dir.SEND_RECV && b.dir() != a.dir()) return null;
                    continue;
                }
                return null;
            }
        }
        return cu;
    }

    /** The core type, treating byte slices and strings alike (for append/copy with string args). */
    static Type coreString(Type t) {
        if (!(t instanceof TypeParam)) return t.underlying();
        List<Term> terms = ((TypeParam) t).iface().typeSet().terms();
        if (terms == null || terms.isEmpty()) return null;
        Type cu = null;
        boolean hasString = false;
        for (Term term : terms) {
            Type u = term.type().underlying();
            if (u instanceof Basic && ((Basic) u).isString()) { u = new Slice(Basic.BYTE); hasString = true; }
            if (cu == null) cu = u;
            else if (!identical(cu, u)) return null;
        }
        if (hasString) return Basic.STRING;
        return cu;
    }
}
