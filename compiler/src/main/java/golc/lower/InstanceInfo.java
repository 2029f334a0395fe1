package golc.lower;

import golc.syntax.Expr;
import golc.syntax.Node;
import golc.types.Func;
import golc.types.Instance;
import golc.types.Instantiate;
import golc.types.Lookup;
import golc.types.Obj;
import golc.types.Package;
import golc.types.Selection;
import golc.types.Type;
import golc.types.TypeAndValue;
import golc.types.TypeParam;
import golc.types.Var;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checker's side tables seen from one instantiation of a generic function or method: every type the
 * lowering asks for has the type parameters replaced by the instance's type arguments, so the body is
 * lowered exactly like non-generic code (monomorphisation; see ARCHITECTURE.md "Generics").
 * Variables whose type mentions a type parameter are replaced by one copy each (memoised, so that the
 * lowering's maps keyed by variable identity stay consistent within the instance); methods selected
 * through type parameters or generic receivers are looked up again in the concrete receiver type.
 */
final class InstanceInfo extends TypeInfo {
    private final Map<TypeParam, Type> subst;
    private final Generics generics;
    private final Map<Obj, Obj> objs = new IdentityHashMap<>();

    InstanceInfo(Package pkg, Map<TypeParam, Type> subst, Generics generics) {
        super(pkg);
        this.subst = subst;
        this.generics = generics;
    }

    Type subst(Type t) {
        Type r = Instantiate.subst(t, subst);
        generics.seeType(r);
        return r;
    }

    @Override
    TypeAndValue tv(Expr e) {
        TypeAndValue tv = super.tv(e);
        if (tv == null || tv.type() == null) return tv;
        Type t = subst(tv.type());
        return t == tv.type() ? tv : new TypeAndValue(tv.mode(), t, tv.value());
    }

    @Override
    Type typeOf(Expr e) {
        return subst(super.typeOf(e));
    }

    @Override
    Obj objOf(Expr.Ident id) {
        return obj(super.objOf(id));
    }

    @Override
    Obj defOf(Expr.Ident id) {
        return obj(super.defOf(id));
    }

    @Override
    Obj implicit(Node n) {
        return obj(super.implicit(n));
    }

    @Override
    List<Type> typeArgs(Expr.Ident id) {
        List<Type> raw = super.typeArgs(id);
        if (raw == null) return null;
        List<Type> out = new ArrayList<>();
        for (Type t : raw) out.add(subst(t));
        return out;
    }

    private Obj obj(Obj o) {
        if (!(o instanceof Var v)) return o;
        Obj c = objs.get(v);
        if (c != null) return c;
        Type t = subst(v.type());
        Var nv;
        if (t == v.type()) nv = v;
        else if (v.isField()) nv = Var.field(v.pos(), v.pkg(), v.name(), t, v.embedded());
        else if (v.isParam()) nv = Var.param(v.pos(), v.pkg(), v.name(), t);
        else nv = new Var(v.pos(), v.pkg(), v.name(), t);
        objs.put(v, nv);
        return nv;
    }

    /**
     * x.f with the receiver's type made concrete. Fields keep their path; methods are looked up again,
     * since a method called through a type parameter (or a generic receiver) is a concrete type's method
     * in each instance, possibly promoted through embedded fields or reached through a pointer.
     */
    @Override
    Selection selection(Expr.SelectorExpr s) {
        Selection sel = super.selection(s);
        if (sel == null) return null;
        Type recv = subst(sel.recv());
        Type type = subst(sel.type());
        if (sel.kind() == Selection.Kind.FIELD_VAL || !(sel.obj() instanceof Func m)) {
            return new Selection(sel.kind(), recv, obj(sel.obj()), sel.index(), sel.indirect(), type);
        }
        Lookup.Result r = Lookup.fieldOrMethod(recv, true, m.pkg(), m.name());
        if (!(r.obj instanceof Func)) return new Selection(sel.kind(), recv, m, sel.index(), sel.indirect(), type);
        return new Selection(sel.kind(), recv, r.obj, r.index, r.indirect, type);
    }
}
