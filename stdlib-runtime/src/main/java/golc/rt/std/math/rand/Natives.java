package golc.rt.std.math.rand;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Natives of Go package math/rand (golc/std/math/rand/natives.go): the lock of the global source, held only
 * for a few arithmetic steps. Only globalRand uses lockedSource, so one lock serves it.
 */
public final class Natives {
    private Natives() {
    }

    private static final ReentrantLock LOCK = new ReentrantLock();

    /** func lock() */
    public static void lock() {
        LOCK.lock();
    }

    /** func unlock() */
    public static void unlock() {
        LOCK.unlock();
    }
}
