package golc.lower;

import golc.types.Func;
import golc.types.Named;
import golc.types.Pointer;
import golc.types.Signature;
import golc.types.Type;

/** Go symbols of functions and methods as the JVM method names use them (TEAM.md "Naming"). */
final class Names {
    private Names() {}

    /** {@code f}, {@code T·M} or {@code (*T)·M}. */
    static String symbol(Func f) {
        Signature s = f.signature();
        if (s == null || s.recv() == null) return f.name();
        Type rt = s.recv().type();
        boolean ptr = rt instanceof Pointer;
        if (ptr) rt = ((Pointer) rt).elem();
        String tn = rt instanceof Named n ? n.obj().name() : rt.toString();
        return (ptr ? "(*" + tn + ")" : tn) + "·" + f.name();
    }

    /** A type as part of a symbol: Go's spelling with {@code .} written as {@code ·}. */
    static String typePart(Type t) {
        return t.toString().replace('.', '·');
    }
}
