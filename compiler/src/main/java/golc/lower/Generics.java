package golc.lower;

import golc.ir.FuncSym;
import golc.syntax.Decl;
import golc.syntax.File;
import golc.types.Array;
import golc.types.Chan;
import golc.types.Func;
import golc.types.Instantiate;
import golc.types.Interface;
import golc.types.MapType;
import golc.types.Named;
import golc.types.Obj;
import golc.types.Package;
import golc.types.Pointer;
import golc.types.Signature;
import golc.types.Slice;
import golc.types.Struct;
import golc.types.Tuple;
import golc.types.Type;
import golc.types.TypeAndValue;
import golc.types.TypeParam;
import golc.types.Var;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Monomorphisation of generic code (ARCHITECTURE.md "Generics"): every distinct instantiation of a generic
 * function, and every method of every concrete instance of a generic type, is lowered once as an ordinary
 * function of the package that declares the generic code, its body seen through an {@link InstanceInfo};
 * every concrete instance of a generic type becomes a type declaration of its own (class, descriptor,
 * method set). Instances are found as lowering meets them and kept on a worklist, since lowering an
 * instance can reveal further instances; {@link #drain} runs it to a fixed point.
 */
final class Generics {
    private final Map<Package, PkgLowering> owners = new IdentityHashMap<>();
    /** Declarations of generic functions and of methods of generic types, by their checker object. */
    private final Map<Func, Decl.FuncDecl> decls = new IdentityHashMap<>();
    /** Function and method instances made so far, by package path and symbol. */
    private final Map<String, FuncSym> funcs = new HashMap<>();
    /** Concrete instances of generic types declared so far, by package path and mangled name. */
    private final Set<String> types = new java.util.HashSet<>();
    private final Set<Type> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<Runnable> pending = new ArrayDeque<>();

    /** Makes pl's generic declarations known, and records the instances its non-generic code uses. */
    void register(PkgLowering pl) {
        owners.put(pl.pkg, pl);
        for (File f : pl.pkg.files()) {
            for (Decl d : f.decls) {
                if (d instanceof Decl.FuncDecl fd && pl.info.defOf(fd.name) instanceof Func fn && isGeneric(fn)) decls.put(fn, fd);
            }
        }
    }

    /** Records the concrete generic-type instances that the (non-generic) code of pl's package mentions. */
    void scanUses(PkgLowering pl) {
        for (TypeAndValue tv : pl.pkg.info().types.values()) seeType(tv.type());
        for (Obj o : pl.pkg.info().defs.values()) if (o != null) seeType(o.type());
    }

    /** Whether f is a generic function or a method of a generic type (lowered per instance only). */
    static boolean isGeneric(Func f) {
        Signature s = f.signature();
        if (s == null) return false;
        if (!s.typeParams().isEmpty()) return true;
        Named n = recvNamed(f);
        return n != null && (!n.typeParams().isEmpty() || n.isInstance());
    }

    private static Named recvNamed(Func f) {
        Signature s = f.signature();
        if (s == null || s.recv() == null) return null;
        Type rt = s.recv().type();
        if (rt instanceof Pointer p) rt = p.elem();
        return rt instanceof Named n ? n : null;
    }

    /** The generic function f (not a method) instantiated with targs; queued for lowering on first use. */
    FuncSym func(Func f, List<Type> targs) {
        String sym = f.name() + GenericNames.typeArgs(targs);
        String path = f.pkg().path();
        FuncSym fs = funcs.get(path + " " + sym);
        if (fs != null) return fs;
        Signature sig = Instantiate.signature(f.signature(), targs);
        fs = new FuncSym(path, sym, sig, false);
        funcs.put(path + " " + sym, fs);
        seeType(sig);
        Map<TypeParam, Type> m = Instantiate.map(f.signature().typeParams(), targs);
        queue(f, sym, sig, m);
        return fs;
    }

    /**
     * For a method of a concrete instance of a generic type (as the checker derives them, {@code origin()}
     * being the declared method): its symbol {@code (*Stack〔int〕)·Push}, queued for lowering on first use.
     * Null for other functions.
     */
    FuncSym method(Func m) {
        Named n = recvNamed(m);
        if (n == null || !n.isInstance() || hasTypeParams(n)) return null;
        String sym = Names.symbol(m);
        String path = m.pkg().path();
        FuncSym fs = funcs.get(path + " " + sym);
        if (fs != null) return fs;
        fs = new FuncSym(path, sym, m.signature(), false);
        funcs.put(path + " " + sym, fs);
        seeType(m.signature());
        Func origin = m.origin();
        Named gr = recvNamed(origin);
        // the method's receiver declares its own type parameters (func (s *Stack[E]) Push(v E))
        List<TypeParam> tps = new ArrayList<>();
        if (gr != null && gr.typeArgs().size() == n.typeArgs().size()) {
            for (Type a : gr.typeArgs()) if (a instanceof TypeParam tp) tps.add(tp);
        }
        if (tps.size() != n.typeArgs().size()) tps = n.typeParams();
        queue(origin, sym, m.signature(), Instantiate.map(tps, n.typeArgs()));
        return fs;
    }

    private void queue(Func generic, String sym, Signature sig, Map<TypeParam, Type> m) {
        Decl.FuncDecl fd = decls.get(generic);
        PkgLowering owner = owners.get(generic.pkg());
        if (fd == null || owner == null) throw new IllegalStateException("no declaration for generic " + generic.fullName());
        pending.add(() -> owner.instanceFunc(fd, sym, sig, new InstanceInfo(owner.pkg, m, this)));
    }

    /**
     * Notes every concrete instance of a generic type inside t: each gets a type declaration in the
     * package of its generic type (and so its methods get lowered).
     */
    void seeType(Type t) {
        if (t == null || !seen.add(t)) return;
        if (t instanceof Named n) {
            if (n.isInstance()) {
                if (hasTypeParams(n)) return;
                PkgLowering owner = owners.get(n.obj().pkg());
                if (owner != null && types.add(owner.path + " " + GenericNames.named(n))) pending.add(() -> owner.addInstanceType(n));
            } else if (!n.typeParams().isEmpty()) {
                return;
            }
            seeType(n.underlying());
            for (Func m : n.methods()) seeType(m.type());
        } else if (t instanceof Pointer p) {
            seeType(p.elem());
        } else if (t instanceof Slice s) {
            seeType(s.elem());
        } else if (t instanceof Array a) {
            seeType(a.elem());
        } else if (t instanceof MapType m) {
            seeType(m.key());
            seeType(m.elem());
        } else if (t instanceof Chan c) {
            seeType(c.elem());
        } else if (t instanceof Struct s) {
            for (Var f : s.fields()) seeType(f.type());
        } else if (t instanceof Signature s) {
            seeType(s.params());
            seeType(s.results());
        } else if (t instanceof Tuple tu) {
            for (Var v : tu.vars()) seeType(v.type());
        } else if (t instanceof Interface i && i.isMethodSet()) {
            for (Func m : i.allMethods()) seeType(m.type());
        }
    }

    /** Whether t mentions a type parameter (then it is no concrete type of the program). */
    static boolean hasTypeParams(Type t) {
        return hasTypeParams(t, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean hasTypeParams(Type t, Set<Type> seen) {
        if (t == null || !seen.add(t)) return false;
        if (t instanceof TypeParam) return true;
        if (t instanceof Named n) {
            for (Type a : n.typeArgs()) if (hasTypeParams(a, seen)) return true;
            return false;
        }
        if (t instanceof Pointer p) return hasTypeParams(p.elem(), seen);
        if (t instanceof Slice s) return hasTypeParams(s.elem(), seen);
        if (t instanceof Array a) return hasTypeParams(a.elem(), seen);
        if (t instanceof MapType m) return hasTypeParams(m.key(), seen) || hasTypeParams(m.elem(), seen);
        if (t instanceof Chan c) return hasTypeParams(c.elem(), seen);
        if (t instanceof Struct s) {
            for (Var f : s.fields()) if (hasTypeParams(f.type(), seen)) return true;
            return false;
        }
        if (t instanceof Signature s) return hasTypeParams(s.params(), seen) || hasTypeParams(s.results(), seen);
        if (t instanceof Tuple tu) {
            for (Var v : tu.vars()) if (hasTypeParams(v.type(), seen)) return true;
            return false;
        }
        if (t instanceof Interface i) {
            for (Func m : i.allMethods()) if (hasTypeParams(m.type(), seen)) return true;
            for (Type e : i.embeddeds()) if (hasTypeParams(e, seen)) return true;
        }
        return false;
    }

    /**
     * The instance a use of a generic function denotes ({@code Max}, {@code Max[int]}, {@code pkg.Max},
     * {@code pkg.Max[int]}), with type arguments as info sees them; null if fun is no generic function.
     */
    FuncSym funcInstance(TypeInfo info, golc.syntax.Expr fun) {
        fun = TypeInfo.unparen(fun);
        if (fun instanceof golc.syntax.Expr.IndexExpr ix) fun = TypeInfo.unparen(ix.x);
        else if (fun instanceof golc.syntax.Expr.IndexListExpr il) fun = TypeInfo.unparen(il.x);
        golc.syntax.Expr.Ident id = fun instanceof golc.syntax.Expr.Ident i ? i
                : fun instanceof golc.syntax.Expr.SelectorExpr s && info.selection(s) == null ? s.sel : null;
        if (id == null || !(info.objOf(id) instanceof Func f) || f.isMethod() || f.signature().typeParams().isEmpty()) return null;
        List<Type> targs = info.typeArgs(id);
        if (targs == null || targs.size() != f.signature().typeParams().size()) return null;
        return func(f, targs);
    }

    /** Lowers queued instances (which may queue more) until none is left. */
    void drain() {
        while (!pending.isEmpty()) pending.poll().run();
    }
}
