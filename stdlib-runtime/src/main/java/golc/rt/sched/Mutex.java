package golc.rt.sched;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * sync.Mutex. Unlocking wakes one waiter, which competes again with goroutines arriving meanwhile (Go's normal
 * mode), so the Go side loops: {@code for !lock(h) {}}. A waiter that loses goes back to the queue.
 */
public final class Mutex extends SyncQueue {
    private final AtomicInteger state = new AtomicInteger(); // 1 = locked
    private volatile int sleepers;

    /**
     * One attempt to lock: TRUE when locked; otherwise the goroutine parks and SUSPEND is returned, and it
     * resumes with FALSE (woken by an unlock: try again).
     */
    public static Object lock(Mutex m) {
        if (m.state.compareAndSet(0, 1)) {
            return Boolean.TRUE;
        }
        for (int i = 0; i < 20; i++) {
            Thread.onSpinWait();
            if (m.state.get() == 0 && m.state.compareAndSet(0, 1)) {
                return Boolean.TRUE;
            }
        }
        m.lock();
        m.sleepers++;
        if (m.state.compareAndSet(0, 1)) {
            m.sleepers--;
            m.unlock();
            return Boolean.TRUE;
        }
        m.enqueue("semacquire", 0);
        m.unlock();
        return Frame.SUSPEND;
    }

    /** Mutex.TryLock. */
    public static boolean tryLock(Mutex m) {
        return m.state.compareAndSet(0, 1);
    }

    public static void unlock(Mutex m) {
        if (!m.state.compareAndSet(1, 0)) {
            fatal("sync: unlock of unlocked mutex");
        }
        if (m.sleepers == 0) {
            return;
        }
        m.lock();
        Node n = m.dequeue();
        if (n != null) {
            m.sleepers--;
        }
        m.unlock();
        if (n != null) {
            Sched.ready(n.g, Boolean.FALSE, null);
        }
    }
}
