package golc.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A defined (named) type. A generic type has type parameters; an instantiation has an origin and type
 * arguments, its underlying type and methods being the origin's with the type arguments substituted.
 */
public final class Named extends Type {
    private final TypeName obj;
    private Type underlying;
    private final List<Func> methods = new ArrayList<>();
    private List<TypeParam> typeParams = List.of();
    private final Named origin;
    private final List<Type> typeArgs;
    /** For instances: methods substituted lazily from the origin. */
    private List<Func> instMethods;
    private List<Named> instances;
    /** For type T2 T1 declared while T1 is still being resolved: T2's underlying type is T1's. */
    private Named underlyingFrom;

    public Named(TypeName obj, Type underlying) {
        this.obj = obj;
        this.underlying = underlying;
        this.origin = this;
        this.typeArgs = List.of();
        if (obj != null && obj.type() == null) obj.setType(this);
    }

    /** An instantiation of a generic origin; the underlying type is filled in by {@link Subst}. */
    Named(Named origin, List<Type> typeArgs) {
        this.obj = origin.obj;
        this.origin = origin;
        this.typeArgs = List.copyOf(typeArgs);
    }

    public TypeName obj() { return obj; }
    public Named origin() { return origin; }
    public List<Type> typeArgs() { return typeArgs; }
    public List<TypeParam> typeParams() { return origin.typeParams; }
    public boolean isInstance() { return origin != this; }

    List<Named> instanceCache() {
        if (instances == null) instances = new ArrayList<>();
        return instances;
    }

    void setTypeParams(List<TypeParam> tparams) { this.typeParams = List.copyOf(tparams); }

    void setUnderlyingFrom(Named n) { this.underlyingFrom = n; }

    Named underlyingFrom() { return underlyingFrom; }

    @Override
    public Type underlying() {
        if (underlying == null && underlyingFrom != null) {
            Named cur = underlyingFrom;
            for (int i = 0; i < 1000 && cur != null; i++) {
                if (cur.underlying != null) {
                    underlying = cur.underlying;
                    return underlying;
                }
                cur = cur.underlyingFrom;
            }
            return Basic.INVALID;
        }
        if (underlying == null) {
            if (isInstance()) {
                Type ou = origin.underlying();
                if (ou == null) return Basic.INVALID;
                underlying = Subst.subst(ou, Subst.map(origin.typeParams, typeArgs));
            } else {
                return Basic.INVALID;
            }
        }
        return underlying;
    }

    /** The underlying type as set so far (null while the declaration is being resolved). */
    Type rawUnderlying() { return underlying; }

    public void setUnderlying(Type t) { this.underlying = t; }

    /** Explicitly declared methods (for an instance: the origin's methods with type arguments substituted). */
    public List<Func> methods() {
        if (!isInstance()) return methods;
        if (instMethods == null || instMethods.size() != origin.methods.size()) {
            List<Func> out = new ArrayList<>();
            for (Func f : origin.methods) out.add(f.instantiate(this, Subst.map(receiverTypeParams(f), typeArgs)));
            instMethods = out;
        }
        return instMethods;
    }

    public void addMethod(Func f) { methods.add(f); }

    /**
     * The type parameters a method of a generic type declares in its receiver (func (r *T[K, V]) m()),
     * which its signature refers to; falls back to the type's own parameters.
     */
    private List<TypeParam> receiverTypeParams(Func f) {
        Signature s = f.signature();
        if (s != null && s.recv() != null) {
            Type rt = s.recv().type();
            if (rt instanceof Pointer) rt = ((Pointer) rt).elem();
            if (rt instanceof Named && ((Named) rt).origin() == origin) {
                List<TypeParam> tps = new ArrayList<>();
                for (Type a : ((Named) rt).typeArgs()) {
                    if (!(a instanceof TypeParam)) return origin.typeParams;
                    tps.add((TypeParam) a);
                }
                if (tps.size() == origin.typeParams.size()) return tps;
            }
        }
        return origin.typeParams;
    }

    public Func method(String name) {
        for (Func f : methods()) if (f.name().equals(name)) return f;
        return null;
    }
}
