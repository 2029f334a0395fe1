package golc.rt.sched;

import golc.rt.G;

/**
 * A goroutine waiting in a channel's send or receive queue (Go's sudog): the value to send, or where a
 * receive is delivered. Waiters of one select share a {@link Select.Token}; whoever claims the token first
 * completes the select, and the other waiters of it become stale.
 */
final class Waiter {
    final G g;
    /** The value a sender offers. */
    Object elem;
    Waiter next, prev;
    boolean queued;
    /** Receive with ok ("v, ok := <-c", range, select): closed delivers Chan.CLOSED instead of the zero value. */
    final boolean withOk;
    /** Select support: the shared token, the case index, and the channel (to unlink stale waiters). */
    final Select.Token token;
    final int caseIndex;
    final Chan chan;
    /** Whether this is a send (it sits in the channel's send queue). */
    final boolean send;

    Waiter(G g, boolean send, Object elem, boolean withOk, Select.Token token, int caseIndex, Chan chan) {
        this.g = g;
        this.send = send;
        this.elem = elem;
        this.withOk = withOk;
        this.token = token;
        this.caseIndex = caseIndex;
        this.chan = chan;
    }

    /** Whether this waiter may be completed: plain ones always, select ones if the select is not yet done. */
    boolean claim() {
        return token == null || token.claim();
    }

    /** Wakes the goroutine with the result of its operation. */
    void complete(Object value) {
        if (token != null) {
            g.selIndex = caseIndex;
        }
        Sched.ready(g, value, null);
    }

    /** FIFO of waiters, doubly linked so that stale select waiters can be unlinked in O(1). */
    static final class Queue {
        Waiter head, tail;

        void add(Waiter w) {
            w.queued = true;
            w.prev = tail;
            w.next = null;
            if (tail == null) {
                head = w;
            } else {
                tail.next = w;
            }
            tail = w;
        }

        void remove(Waiter w) {
            if (!w.queued) {
                return;
            }
            w.queued = false;
            if (w.prev == null) {
                head = w.next;
            } else {
                w.prev.next = w.next;
            }
            if (w.next == null) {
                tail = w.prev;
            } else {
                w.next.prev = w.prev;
            }
            w.next = w.prev = null;
        }

        /** The first waiter that can still be completed (claimed for it), removed from the queue; or null. */
        Waiter take() {
            for (Waiter w = head; w != null; w = head) {
                remove(w);
                if (w.claim()) {
                    return w;
                }
            }
            return null;
        }

        boolean isEmpty() {
            return head == null;
        }
    }
}
