package golc.rt.std.errors;

import golc.rt.GoStruct;
import golc.rt.GoType;
import golc.rt.Kind;
import golc.rt.Pointer;
import golc.rt.Types;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/** Natives of Go package errors (golc/std/errors/natives.go): the reflection errors.Is and errors.As need. */
public final class Natives {
    private Natives() {
    }

    /** func comparableValue(v any) bool */
    public static boolean comparableValue(Object v) {
        return v == null || Types.typeOf(v).comparable();
    }

    /** func checkTarget(target any) int: 0 valid, 1 not a non-nil pointer, 2 bad element type. */
    public static long checkTarget(Object target) {
        GoType t = Types.typeOf(target);
        if (t.kind() != Kind.POINTER || Types.unbox(target) == null) {
            return 1;
        }
        GoType elem = t.elem();
        if (elem.kind() != Kind.INTERFACE && !elem.implementsIface(GoType.ERROR)) {
            return 2;
        }
        return 0;
    }

    /** func assignTo(err error, target any) bool */
    public static boolean assignTo(Object err, Object target) {
        GoType elem = Types.typeOf(target).elem();
        GoType et = Types.typeOf(err);
        boolean assignable = elem.kind() == Kind.INTERFACE ? et.implementsIface(elem) : et == elem;
        if (!assignable) {
            return false;
        }
        Object dst = Types.unbox(target);
        Object value = elem.kind() == Kind.INTERFACE ? err : Types.copyValue(elem, Types.unbox(err));
        if (dst instanceof Pointer) {
            ((Pointer) dst).set(value);
        } else {
            // target is *S for a struct type S: the struct object itself; copy the error's fields into it
            copyFields((GoStruct) value, (GoStruct) dst);
        }
        return true;
    }

    private static void copyFields(GoStruct from, GoStruct to) {
        try {
            for (Field f : from.getClass().getFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.getName().equals("$isValue")) {
                    f.set(to, f.get(from));
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("struct class " + from.getClass().getName() + " has inaccessible fields", e);
        }
    }
}
