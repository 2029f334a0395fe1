package golc.rt.cg;

import golc.rt.GoType;
import java.lang.invoke.MethodHandle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Defines named type descriptors on first use: generated code creates a named type by name and passes the
 * method that gives it its underlying type and method sets. A type whose definition is under way (a recursive
 * type reaching itself) is returned as it is, undefined for the moment.
 */
public final class TypeDefs {
    private TypeDefs() {}

    private static final Set<GoType> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    public static GoType define(GoType t, MethodHandle definer) {
        if (isDefined(t) || !IN_PROGRESS.add(t)) {
            return t;
        }
        try {
            definer.invoke(t);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        } finally {
            IN_PROGRESS.remove(t);
        }
        return t;
    }

    private static boolean isDefined(GoType t) {
        try {
            t.underlying();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
