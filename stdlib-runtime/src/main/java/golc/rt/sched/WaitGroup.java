package golc.rt.sched;

import java.util.concurrent.atomic.AtomicLong;

/** sync.WaitGroup: a counter; Wait parks until it is zero. */
public final class WaitGroup extends SyncQueue {
    private final AtomicLong counter = new AtomicLong();
    private volatile int sleepers;

    /**
     * Adds delta and returns the new counter; at zero, wakes every waiter. A negative result is left to the Go
     * side, which panics with "sync: negative WaitGroup counter" (a string panic, as Go's).
     */
    public static long add(WaitGroup wg, long delta) {
        long v = wg.counter.addAndGet(delta);
        if (v != 0 || wg.sleepers == 0) {
            return v;
        }
        Node woken;
        wg.lock();
        if (wg.counter.get() != 0) {
            wg.unlock();
            return v;
        }
        woken = wg.head;
        wg.head = wg.tail = null;
        wg.waiting = 0;
        wg.sleepers = 0;
        wg.unlock();
        while (woken != null) {
            Node next = woken.next;
            woken.next = null;
            Sched.ready(woken.g, null, null);
            woken = next;
        }
        return v;
    }

    /** Wait: null when the counter is zero, else SUSPEND until it becomes zero. */
    public static Object await(WaitGroup wg) {
        if (wg.counter.get() == 0) {
            return null;
        }
        wg.lock();
        wg.sleepers++;
        if (wg.counter.get() == 0) {
            wg.sleepers--;
            wg.unlock();
            return null;
        }
        wg.enqueue("semacquire", 0);
        wg.unlock();
        return Frame.SUSPEND;
    }
}
