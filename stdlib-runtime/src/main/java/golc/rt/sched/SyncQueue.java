package golc.rt.sched;

import golc.rt.G;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Base of the sync primitives: a tiny spin lock (held for a few instructions, never while a goroutine waits)
 * and a FIFO of parked goroutines, each with a number (reader/writer kind, Cond ticket). The inherited
 * AtomicInteger is the spin lock's word (see {@link P} on why not a VarHandle).
 */
@SuppressWarnings("serial")
abstract class SyncQueue extends AtomicInteger {
    static final class Node {
        final G g;
        final long tag;
        Node next;

        Node(G g, long tag) {
            this.g = g;
            this.tag = tag;
        }
    }

    Node head, tail;
    int waiting;

    final void lock() {
        int n = 0;
        while (!compareAndSet(0, 1)) {
            if (++n < 100) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    final void unlock() {
        set(0);
    }

    /** Parks the current goroutine at the tail (lock held; the caller unlocks and returns SUSPEND). */
    final void enqueue(String reason, long tag) {
        G g = Sched.parking(reason);
        Node n = new Node(g, tag);
        if (tail == null) {
            head = n;
        } else {
            tail.next = n;
        }
        tail = n;
        waiting++;
    }

    final Node dequeue() {
        Node n = head;
        if (n != null) {
            head = n.next;
            if (head == null) {
                tail = null;
            }
            n.next = null;
            waiting--;
        }
        return n;
    }

    /** Removes and returns the first waiter with the given tag, or null. */
    final Node dequeueTag(long tag) {
        Node prev = null;
        for (Node n = head; n != null; prev = n, n = n.next) {
            if (n.tag == tag) {
                if (prev == null) {
                    head = n.next;
                } else {
                    prev.next = n.next;
                }
                if (tail == n) {
                    tail = prev;
                }
                n.next = null;
                waiting--;
                return n;
            }
        }
        return null;
    }

    /** Throws Go's fatal error (not recoverable): "fatal error: sync: unlock of unlocked mutex". */
    static RuntimeException fatal(String msg) {
        throw new FatalError(msg);
    }
}
