package golc.rt.std.context;

import golc.rt.GoType;
import golc.rt.Types;

/** Natives of Go package context (golc/std/context/natives.go): what Go asks internal/reflectlite. */
public final class Natives {
    private Natives() {
    }

    /** func typeString(v any) string: the dynamic type's name as %T prints it ("<nil>" for nil). */
    public static String typeString(Object v) {
        GoType t = Types.typeOf(v);
        return t == null ? "<nil>" : t.toString();
    }

    /** func isComparable(v any) bool */
    public static boolean isComparable(Object v) {
        GoType t = Types.typeOf(v);
        return t == null || t.comparable();
    }
}
