package golc.rt.sched;

import java.util.Set;

/**
 * The body-less Go functions of the standard library whose natives may park the calling goroutine: the
 * declarations marked {@code //golc:blocking} in golc/std (a test checks that the two agree). The goroutine
 * transform treats a call of one as a suspension point; its Java method returns {@code Object}: SUSPEND, or
 * the Go result boxed (null for none).
 */
public final class BlockingNatives {
    private BlockingNatives() {
    }

    /** "importpath.name" of each blocking native. */
    public static final Set<String> NAMES = Set.of(
            "time.Sleep",
            "runtime.Gosched",
            "sync.mutexLock",
            "sync.rwRLock",
            "sync.rwLock",
            "sync.waitGroupWait",
            "sync.notifyListWait");

    /** Whether the body-less function {@code name} of package {@code importPath} may block. */
    public static boolean isBlocking(String importPath, String name) {
        return NAMES.contains(importPath + "." + name);
    }
}
