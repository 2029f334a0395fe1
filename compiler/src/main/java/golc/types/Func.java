package golc.types;

import golc.syntax.Pos;

import java.util.Map;

/** A declared function or method (concrete or abstract interface method). */
public final class Func extends Obj {
    private Func origin = this;
    /** For methods of interfaces: the interface whose explicit method this is. */
    boolean isInterfaceMethod;

    public Func(Pos pos, Package pkg, String name, Signature sig) {
        super(pos, pkg, name, sig);
    }

    public Signature signature() { return (Signature) type(); }

    /** For a method of an instantiated type: the generic method it was derived from. */
    public Func origin() { return origin; }

    public boolean isMethod() { return signature() != null && signature().recv() != null; }

    /** Whether the receiver is a pointer (*T). */
    public boolean hasPtrRecv() {
        Signature s = signature();
        if (s == null || s.recv() == null) return false;
        Type rt = s.recv().type();
        return rt instanceof Pointer;
    }

    public boolean isInterfaceMethod() { return isInterfaceMethod; }

    /** Full name as Go prints it: pkg.f, (pkg.T).m, (*pkg.T).m. */
    public String fullName() {
        Signature s = signature();
        String q = pkg() == null ? "" : pkg().name() + ".";
        if (s != null && s.recv() != null) {
            Type rt = s.recv().type();
            String ptr = "";
            if (rt instanceof Pointer) { ptr = "*"; rt = ((Pointer) rt).elem(); }
            if (rt instanceof Named) return "(" + ptr + q + ((Named) rt).obj().name() + ")." + name();
            return "(" + ptr + TypeString.of(rt, TypeString.qualifyAll()) + ")." + name();
        }
        return q + name();
    }

    Func instantiate(Named inst, Map<TypeParam, Type> m) {
        Signature s = signature();
        Signature ns = (Signature) Subst.subst(s, m);
        if (s.recv() != null) {
            Type rt = s.recv().type() instanceof Pointer ? new Pointer(inst) : inst;
            ns = new Signature(s.recv().withType(rt), ns.typeParams(), ns.params(), ns.results(), ns.variadic());
        }
        Func f = new Func(pos(), pkg(), name(), ns);
        f.origin = origin;
        f.isInterfaceMethod = isInterfaceMethod;
        return f;
    }

    Func withSignature(Signature s) {
        Func f = new Func(pos(), pkg(), name(), s);
        f.origin = origin;
        f.isInterfaceMethod = isInterfaceMethod;
        return f;
    }
}
