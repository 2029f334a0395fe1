package golc.rt.std.sync;

import golc.rt.Pointer;
import golc.rt.sched.Mutex;
import golc.rt.sched.NotifyList;
import golc.rt.sched.RWMutex;
import golc.rt.sched.WaitGroup;

/**
 * Natives of Go package sync (golc/std/sync/natives.go). The blocking ones return {@code Object}: the goroutine
 * runtime's SUSPEND marker after parking the goroutine, else the Go result boxed (null for none).
 */
public final class Natives {
    private Natives() {
    }

    // Handles are created once per primitive; one lock for all first uses is enough.
    private static final Object INIT = new Object();

    /** func handle(p *any, kind int) any */
    public static Object handle(Pointer p, long kind) {
        synchronized (INIT) {
            Object h = p.get();
            if (h == null) {
                switch ((int) kind) {
                    case 0:
                        h = new Mutex();
                        break;
                    case 1:
                        h = new RWMutex();
                        break;
                    case 2:
                        h = new WaitGroup();
                        break;
                    case 3:
                        h = new NotifyList();
                        break;
                    default:
                        throw new IllegalArgumentException("sync handle kind " + kind);
                }
                p.set(h);
            }
            return h;
        }
    }

    /** //golc:blocking func mutexLock(h any) bool: TRUE when locked, FALSE after a wake-up (try again). */
    public static Object mutexLock(Object h) {
        return Mutex.lock((Mutex) h);
    }

    /** func mutexTryLock(h any) bool */
    public static boolean mutexTryLock(Object h) {
        return Mutex.tryLock((Mutex) h);
    }

    /** func mutexUnlock(h any) */
    public static void mutexUnlock(Object h) {
        Mutex.unlock((Mutex) h);
    }

    /** //golc:blocking func rwRLock(h any) */
    public static Object rwRLock(Object h) {
        return RWMutex.rlock((RWMutex) h);
    }

    /** func rwTryRLock(h any) bool */
    public static boolean rwTryRLock(Object h) {
        return RWMutex.tryRLock((RWMutex) h);
    }

    /** func rwRUnlock(h any) */
    public static void rwRUnlock(Object h) {
        RWMutex.runlock((RWMutex) h);
    }

    /** //golc:blocking func rwLock(h any) */
    public static Object rwLock(Object h) {
        return RWMutex.wlock((RWMutex) h);
    }

    /** func rwTryLock(h any) bool */
    public static boolean rwTryLock(Object h) {
        return RWMutex.tryWLock((RWMutex) h);
    }

    /** func rwUnlock(h any) */
    public static void rwUnlock(Object h) {
        RWMutex.wunlock((RWMutex) h);
    }

    /** func waitGroupAdd(h any, delta int64) int64 */
    public static long waitGroupAdd(Object h, long delta) {
        return WaitGroup.add((WaitGroup) h, delta);
    }

    /** //golc:blocking func waitGroupWait(h any) */
    public static Object waitGroupWait(Object h) {
        return WaitGroup.await((WaitGroup) h);
    }

    /** func notifyListAdd(h any) int64 */
    public static long notifyListAdd(Object h) {
        return NotifyList.add((NotifyList) h);
    }

    /** //golc:blocking func notifyListWait(h any, t int64) */
    public static Object notifyListWait(Object h, long t) {
        return NotifyList.await((NotifyList) h, t);
    }

    /** func notifyListNotifyOne(h any) */
    public static void notifyListNotifyOne(Object h) {
        NotifyList.notifyOne((NotifyList) h);
    }

    /** func notifyListNotifyAll(h any) */
    public static void notifyListNotifyAll(Object h) {
        NotifyList.notifyAll((NotifyList) h);
    }
}
