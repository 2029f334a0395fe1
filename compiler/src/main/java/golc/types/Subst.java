package golc.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Substitution of type arguments for type parameters (instantiation). */
final class Subst {
    private Subst() {}

    static Map<TypeParam, Type> map(List<TypeParam> tparams, List<Type> targs) {
        Map<TypeParam, Type> m = new IdentityHashMap<>();
        for (int i = 0; i < tparams.size() && i < targs.size(); i++) m.put(tparams.get(i), targs.get(i));
        return m;
    }

    static Type subst(Type t, Map<TypeParam, Type> m) {
        if (m.isEmpty() || t == null) return t;
        return new Subst.Run(m).typ(t);
    }

    private static final class Run {
        final Map<TypeParam, Type> m;
        final Map<Type, Type> cache = new IdentityHashMap<>();
        Run(Map<TypeParam, Type> m) { this.m = m; }

        Type typ(Type t) {
            if (t == null) return null;
            Type c = cache.get(t);
            if (c != null) return c;
            Type r = doTyp(t);
            cache.put(t, r);
            return r;
        }

        Type doTyp(Type t) {
            if (t instanceof TypeParam) {
                Type r = m.get(t);
                return r != null ? r : t;
            }
            if (t instanceof Basic) return t;
            if (t instanceof Pointer) {
                Type e = typ(((Pointer) t).elem());
                return e == ((Pointer) t).elem() ? t : new Pointer(e);
            }
            if (t instanceof Slice) {
                Type e = typ(((Slice) t).elem());
                return e == ((Slice) t).elem() ? t : new Slice(e);
            }
            if (t instanceof Array) {
                Type e = typ(((Array) t).elem());
                return e == ((Array) t).elem() ? t : new Array(((Array) t).len(), e);
            }
            if (t instanceof MapType) {
                MapType mt = (MapType) t;
                Type k = typ(mt.key()), e = typ(mt.elem());
                return k == mt.key() && e == mt.elem() ? t : new MapType(k, e);
            }
            if (t instanceof Chan) {
                Type e = typ(((Chan) t).elem());
                return e == ((Chan) t).elem() ? t : new Chan(((Chan) t).dir(), e);
            }
            if (t instanceof Tuple) return tuple((Tuple) t);
            if (t instanceof Signature) {
                Signature s = (Signature) t;
                Tuple p = tuple(s.params()), r = tuple(s.results());
                // The receiver is not substituted: for interface methods it is the interface itself
                // (substituting would recurse), and Func.instantiate sets it for methods of named types.
                Var recv = s.recv();
                if (p == s.params() && r == s.results()) return t;
                return new Signature(recv, s.typeParams(), p, r, s.variadic());
            }
            if (t instanceof Struct) {
                Struct s = (Struct) t;
                List<Var> fs = new ArrayList<>();
                boolean changed = false;
                for (Var f : s.fields()) {
                    Type ft = typ(f.type());
                    if (ft != f.type()) { changed = true; fs.add(f.withType(ft)); } else fs.add(f);
                }
                if (!changed) return t;
                List<String> tags = new ArrayList<>();
                for (int i = 0; i < s.numFields(); i++) tags.add(s.tag(i));
                return new Struct(fs, tags);
            }
            if (t instanceof Union) {
                List<Term> ts = new ArrayList<>();
                boolean changed = false;
                for (Term term : ((Union) t).terms()) {
                    Type tt = typ(term.type());
                    changed |= tt != term.type();
                    ts.add(new Term(term.tilde(), tt));
                }
                return changed ? new Union(ts) : t;
            }
            if (t instanceof Interface) {
                Interface it = (Interface) t;
                if (it.isComparableBuiltin()) return t;
                List<Func> ms = new ArrayList<>();
                boolean changed = false;
                for (Func f : it.explicitMethods()) {
                    Type st = typ(f.type());
                    if (st != f.type()) { changed = true; ms.add(f.withSignature((Signature) st)); } else ms.add(f);
                }
                List<Type> es = new ArrayList<>();
                for (Type e : it.embeddeds()) {
                    Type et = typ(e);
                    changed |= et != e;
                    es.add(et);
                }
                if (!changed) return t;
                Interface ni = new Interface(ms, es);
                if (it.isImplicit()) ni.markImplicit();
                return ni;
            }
            if (t instanceof Named) {
                Named n = (Named) t;
                if (n.typeArgs().isEmpty()) return t;
                List<Type> args = new ArrayList<>();
                boolean changed = false;
                for (Type a : n.typeArgs()) {
                    Type na = typ(a);
                    changed |= na != a;
                    args.add(na);
                }
                if (!changed) return t;
                return Instantiate.named(n.origin(), args);
            }
            return t;
        }

        Tuple tuple(Tuple t) {
            List<Var> vs = new ArrayList<>();
            boolean changed = false;
            for (Var v : t.vars()) {
                Type vt = typ(v.type());
                if (vt != v.type()) { changed = true; vs.add(v.withType(vt)); } else vs.add(v);
            }
            return changed ? new Tuple(vs) : t;
        }
    }
}
