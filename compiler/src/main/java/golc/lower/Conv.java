package golc.lower;

import golc.ir.Expr;
import golc.types.Array;
import golc.types.Basic;
import golc.types.Interface;
import golc.types.Predicates;
import golc.types.Struct;
import golc.types.Type;

/** Implicit conversions of assignability and the copies Go's value semantics need. */
final class Conv {
    private Conv() {}

    static boolean isInterface(Type t) {
        return t != null && t.underlying() instanceof Interface;
    }

    static boolean isValueAggregate(Type t) {
        return t != null && (t.underlying() instanceof Struct || t.underlying() instanceof Array);
    }

    /** v as a value of type target when assigned (spec "Assignability"): boxing into interfaces, typed nil. */
    static Expr to(Expr v, Type target) {
        if (target == null) return v;
        Type vt = v.type();
        if (vt == Basic.UNTYPED_NIL) return new Expr.Zero(target);
        if (isInterface(target) && !isInterface(vt)) return new Expr.Convert(v, target);
        if (vt != null && !Predicates.identical(vt, target)) return new Expr.Convert(v, target);
        return v;
    }

    /**
     * A struct or array value read from a variable, field, element or pointer is shared storage; where Go
     * makes a new value from it (declaration, argument, result, element, send) the IR copies it.
     */
    static Expr copyIfShared(Expr v) {
        if (!isValueAggregate(v.type())) return v;
        if (v instanceof Expr.LocalRef || v instanceof Expr.GlobalRef || v instanceof Expr.Field
                || v instanceof Expr.Index || v instanceof Expr.Deref || v instanceof Expr.TypeAssert) {
            return new Expr.Copy(v);
        }
        return v;
    }

    /** {@link #to} followed by {@link #copyIfShared}: a new value of type target. */
    static Expr fresh(Expr v, Type target) {
        return copyIfShared(to(v, target));
    }
}
