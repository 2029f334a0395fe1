package golc.rt.std.flag;

import golc.rt.GoStruct;
import golc.rt.GoType;
import golc.rt.Kind;
import golc.rt.Pointer;
import golc.rt.Strings;
import golc.rt.Types;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/** Natives of Go package flag (golc/std/flag/natives.go): the little of package reflect that flag uses. */
public final class Natives {
    private Natives() {
    }

    /** func isPointer(v any) bool */
    public static boolean isPointer(Object v) {
        GoType t = Types.typeOf(v);
        return t != null && t.kind() == Kind.POINTER;
    }

    /** func storeDefault(p, val any) (mismatch string): *p = val (or *val), TextVar's reflect Set. */
    public static String storeDefault(Object p, Object val) {
        GoType pt = Types.typeOf(p);
        GoType vt = Types.typeOf(val);
        Object raw = Types.unbox(val);
        if (vt != null && vt.kind() == Kind.POINTER) {
            vt = vt.elem();
            raw = vt.kind() == Kind.STRUCT ? raw : Pointer.load((Pointer) raw);
        }
        GoType elem = pt.elem();
        if (vt != elem) {
            return Strings.fromJava((vt == null ? "<nil>" : vt.toString()) + " != " + elem);
        }
        Object dst = Types.unbox(p);
        if (elem.kind() == Kind.STRUCT) {
            copyFields((GoStruct) raw, (GoStruct) dst);
        } else {
            Pointer.store((Pointer) dst, Types.copyValue(elem, raw));
        }
        return "";
    }

    /** Struct assignment {@code *dst = *src} on two values of one generated struct class. */
    private static void copyFields(GoStruct src, GoStruct dst) {
        GoStruct copy = src.$copy();
        for (Class<?> c = copy.getClass(); c != GoStruct.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    f.set(dst, f.get(copy));
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new IllegalStateException("flag: cannot assign field " + f, e);
                }
            }
        }
    }

    /** func zeroLike(v any) any */
    public static Object zeroLike(Object v) {
        GoType t = Types.typeOf(v);
        if (t.kind() == Kind.POINTER) {
            GoType e = t.elem();
            Object p = e.kind() == Kind.STRUCT ? e.zero() : new Pointer.Cell(e.zero());
            return Types.box(t, p);
        }
        return Types.box(t, t.zero());
    }

    /** func elemTypeString(v any) string */
    public static String elemTypeString(Object v) {
        GoType t = Types.typeOf(v);
        if (t == null) {
            return "<nil>";
        }
        return Strings.fromJava((t.kind() == Kind.POINTER ? t.elem() : t).toString());
    }
}
