package golc.types;

import java.util.List;
import java.util.Map;

/**
 * Instantiation of generic types and functions. Instances of a named type with identical type
 * arguments are shared through the origin's cache so that identity by origin + arguments also
 * holds by reference where possible.
 */
public final class Instantiate {
    private Instantiate() {}

    /** The instance origin[targs]. */
    public static Named named(Named origin, List<Type> targs) {
        synchronized (origin) {
            for (Named n : origin.instanceCache()) {
                boolean same = true;
                for (int i = 0; i < targs.size(); i++) {
                    if (!Predicates.identical(n.typeArgs().get(i), targs.get(i))) { same = false; break; }
                }
                if (same) return n;
            }
            Named n = new Named(origin, targs);
            origin.instanceCache().add(n);
            return n;
        }
    }

    /** The signature sig with its type parameters replaced by targs (result has no type parameters). */
    public static Signature signature(Signature sig, List<Type> targs) {
        Signature s = (Signature) Subst.subst(sig, Subst.map(sig.typeParams(), targs));
        return new Signature(s.recv(), List.of(), s.params(), s.results(), s.variadic());
    }

    /** The map tparams[i] → targs[i] for {@link #subst}. */
    public static Map<TypeParam, Type> map(List<TypeParam> tparams, List<Type> targs) {
        return Subst.map(tparams, targs);
    }

    /** t with type parameters replaced as m says (used by the lowering to monomorphise generic code). */
    public static Type subst(Type t, Map<TypeParam, Type> m) {
        return Subst.subst(t, m);
    }
}
