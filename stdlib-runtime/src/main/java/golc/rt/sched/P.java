package golc.rt.sched;

import golc.rt.G;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * A processor (Go's P): the right to run goroutines, with its local run queue. There are GOMAXPROCS of them;
 * a carrier thread runs goroutines only while it owns one. The queue is a bounded ring like Go's runq, guarded
 * by a tiny spin lock rather than Go's lock-free protocol, because a P can change owner under a carrier that is
 * still running (the monitor hands off the P of a carrier stuck in a long call), so pushes may come from a
 * carrier that no longer owns it.
 *
 * <p>The inherited AtomicInteger is that spin lock's word. The runtime's atomics are AtomicInteger and field
 * updaters, never VarHandles (JDK 17's AtomicReference is one too): for a program's first hundreds of
 * milliseconds they run interpreted or in C1's profiling tier, where a VarHandle CAS costs 770 ns and 24 ns
 * against AtomicInteger's 100 ns and 4 ns (docs/PERFORMANCE.md, "Warm-up").
 */
@SuppressWarnings("serial")
final class P extends AtomicInteger {
    static final int RUNQ_SIZE = 256;

    final int id;
    private final G[] ring = new G[RUNQ_SIZE];
    private int head;
    private volatile int size;
    /** A goroutine readied by the running one runs next, ahead of the queue (ping-pong hand-offs). */
    private volatile G runnext;
    private static final AtomicReferenceFieldUpdater<P, G> RUNNEXT =
            AtomicReferenceFieldUpdater.newUpdater(P.class, G.class, "runnext");
    /** The carrier that owns this P, or null when it is idle. */
    volatile Carrier owner;
    /** Incremented whenever a goroutine is started on this P; the monitor watches it to find stuck carriers. */
    volatile long schedTick;
    /** Monitor bookkeeping: the tick seen at its last pass and how many passes it stayed the same. */
    long seenTick;
    int stuckPasses;
    /** Set by the monitor: the goroutine running on this P should yield at its next loop back edge. */
    volatile boolean preemptRequested;

    P(int id) {
        this.id = id;
    }

    private void lock() {
        int spins = 0;
        while (!compareAndSet(0, 1)) {
            if (++spins < 64) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    private void unlock() {
        set(0);
    }

    /** Puts g in runnext and returns the goroutine it displaced (to be queued), or null. */
    G putNext(G g) {
        return RUNNEXT.getAndSet(this, g);
    }

    G takeNext() {
        G g = runnext;
        if (g != null && RUNNEXT.compareAndSet(this, g, null)) {
            return g;
        }
        return null;
    }

    boolean hasNext() {
        return runnext != null;
    }

    /** Appends g; when the ring is full, returns false and leaves it to the caller (it goes to the global queue). */
    boolean put(G g) {
        lock();
        try {
            if (size == RUNQ_SIZE) {
                return false;
            }
            ring[(head + size) & (RUNQ_SIZE - 1)] = g;
            size++;
            return true;
        } finally {
            unlock();
        }
    }

    G poll() {
        if (size == 0) {
            return null;
        }
        lock();
        try {
            if (size == 0) {
                return null;
            }
            G g = ring[head];
            ring[head] = null;
            head = (head + 1) & (RUNQ_SIZE - 1);
            size--;
            return g;
        } finally {
            unlock();
        }
    }

    /** Takes half of the queue (at least one), for stealing or for moving to the global queue. */
    int takeHalf(G[] into) {
        if (size == 0) {
            return 0;
        }
        lock();
        try {
            int n = size - size / 2;
            for (int i = 0; i < n; i++) {
                into[i] = ring[head];
                ring[head] = null;
                head = (head + 1) & (RUNQ_SIZE - 1);
            }
            size -= n;
            return n;
        } finally {
            unlock();
        }
    }

    /** Removes everything, runnext included (when the P is retired by a smaller GOMAXPROCS). */
    int drain(G[] into) {
        int n = 0;
        G next = takeNext();
        if (next != null) {
            into[n++] = next;
        }
        lock();
        try {
            while (size > 0) {
                into[n++] = ring[head];
                ring[head] = null;
                head = (head + 1) & (RUNQ_SIZE - 1);
                size--;
            }
        } finally {
            unlock();
        }
        return n;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0 && runnext == null;
    }
}
