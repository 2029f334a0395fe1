package golc.rt.cg;

import golc.rt.GoType;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Defines named type descriptors on first use: generated code creates a named type by name and calls its class's
 * definer ({@code $dN}), which brackets the definition with {@link #begin} and {@link #end}. A type whose
 * definition is under way in the same thread (a recursive type reaching itself) is returned as it is, undefined
 * for the moment; another thread that needs it meanwhile defines it too ({@link GoType#define} keeps the first).
 */
public final class TypeDefs {
    private TypeDefs() {}

    private static final ConcurrentHashMap<GoType, Thread> IN_PROGRESS = new ConcurrentHashMap<>();

    /** Whether the caller should define t now: it is not defined yet and not under way in this thread. */
    public static boolean begin(GoType t) {
        if (t.isDefined()) {
            return false;
        }
        Thread me = Thread.currentThread();
        Thread owner = IN_PROGRESS.putIfAbsent(t, me);
        return owner != me;
    }

    /** Ends a definition begun by {@link #begin} (also when it failed). */
    public static void end(GoType t) {
        IN_PROGRESS.remove(t, Thread.currentThread());
    }
}
