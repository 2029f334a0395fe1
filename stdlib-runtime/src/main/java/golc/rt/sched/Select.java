package golc.rt.sched;

import golc.rt.G;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code select} (Go's selectgo). Cases come as an array of channels with the send cases first
 * ({@code chans[0..nsends)}, values in {@code sends}) and the receive cases after them; nil channels are never
 * chosen. Ready cases are polled in a uniformly random order; channels are locked in the order of their ids.
 */
public final class Select {
    private Select() {
    }

    /** The sends argument of a select without send cases (generated code passes it instead of a new array). */
    public static final Object[] NO_SENDS = new Object[0];

    /** Shared by the waiters of one blocked select; the first to claim it completes the select. */
    static final class Token extends AtomicInteger {
        private static final long serialVersionUID = 1L;

        boolean claim() {
            return compareAndSet(0, 1);
        }
    }

    /**
     * Runs a select. Returns the received value for a receive case ({@link Chan#CLOSED} when its channel is closed
     * and drained: ok is false), null for a send case or default, or SUSPEND; the chosen case is then
     * {@link #index()} (-1 for default), also after a resume.
     *
     * <p>This is the fast path, kept small: the JIT compiles it alone, and again after each deoptimisation.
     * With the blocking path inlined, C2 compiled select four times over in the fanout benchmark, 430 ms of a
     * run of 0.9 s on two cores.
     */
    public static Object select(Chan[] chans, Object[] sends, int nsends, boolean block) {
        G g = G.current();
        int[] poll = pollOrder(chans);
        // Poll the cases one channel lock at a time (a case that looks not ready is skipped without locking).
        // Most selects find a ready case; locking every channel of the select for that made the goroutines of
        // a worker pool contend on the lock of a quiet "done" channel. A case that becomes ready meanwhile is
        // caught by park, which locks every channel and polls again before parking.
        for (int i : poll) {
            Chan c = chans[i];
            if (i < nsends) {
                if (c.maySend() && trySend(c, sends[i])) {
                    g.selIndex = i;
                    return null;
                }
            } else if (c.mayRecv()) {
                Object r = tryRecv(c);
                if (r != null) {
                    g.selIndex = i;
                    return r == Chan.NIL ? null : r;
                }
            }
        }
        if (!block) {
            g.selIndex = -1;
            return null;
        }
        return park(g, chans, sends, nsends, poll);
    }

    /** The cases with a channel, in a uniformly random order (Go's pollorder). */
    private static int[] pollOrder(Chan[] chans) {
        int n = chans.length;
        int np = 0;
        for (Chan c : chans) {
            if (c != null) {
                np++;
            }
        }
        int[] poll = new int[np];
        if (np == 0) {
            return poll;
        }
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (chans[i] == null) {
                continue;
            }
            int j = rnd.nextInt(k + 1);
            poll[k] = poll[j];
            poll[j] = i;
            k++;
        }
        return poll;
    }

    private static boolean trySend(Chan c, Object v) {
        c.lock();
        if (c.closedLocked()) {
            c.unlock();
            throw Panics.plain("send on closed channel");
        }
        boolean sent = c.trySendLocked(v) != null;
        c.unlock();
        return sent;
    }

    private static Object tryRecv(Chan c) {
        c.lock();
        Object r = c.tryRecvLocked(true);
        c.unlock();
        return r;
    }

    /**
     * No case was ready: with every channel locked (in id order), polls again, then parks on all of them
     * (SUSPEND), or blocks forever when no case has a channel.
     */
    private static Object park(G g, Chan[] chans, Object[] sends, int nsends, int[] poll) {
        int np = poll.length;
        if (np == 0) {
            return Sched.parkForever(chans.length == 0 ? "select (no cases)" : "select");
        }
        Chan[] order = lockOrder(chans, poll, np);
        for (Chan c : order) {
            c.lock();
        }
        for (int i : poll) {
            Chan c = chans[i];
            if (i < nsends) {
                if (c.closedLocked()) {
                    unlockAll(order);
                    throw Panics.plain("send on closed channel");
                }
                if (c.trySendLocked(sends[i]) != null) {
                    unlockAll(order);
                    g.selIndex = i;
                    return null;
                }
            } else {
                Object r = c.tryRecvLocked(true);
                if (r != null) {
                    unlockAll(order);
                    g.selIndex = i;
                    return r == Chan.NIL ? null : r;
                }
            }
        }
        g = Sched.parking("select");
        Token token = new Token();
        Waiter[] ws = new Waiter[np];
        for (int k = 0; k < np; k++) {
            int i = poll[k];
            boolean send = i < nsends;
            Waiter w = new Waiter(g, send, send ? sends[i] : null, true, token, i, chans[i]);
            ws[k] = w;
            chans[i].enqueueLocked(w, send);
        }
        g.selWaiters = ws;
        unlockAll(order);
        return Frame.SUSPEND;
    }

    /** The case chosen by the last select of the current goroutine (-1: default). */
    public static int index() {
        return G.current().selIndex;
    }

    private static Chan[] lockOrder(Chan[] chans, int[] poll, int np) {
        Chan[] order = new Chan[np];
        for (int k = 0; k < np; k++) {
            order[k] = chans[poll[k]];
        }
        if (np > 1) {
            // insertion sort by id: selects have few cases
            for (int k = 1; k < np; k++) {
                Chan c = order[k];
                int j = k - 1;
                while (j >= 0 && order[j].id > c.id) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = c;
            }
            int m = 1;
            for (int k = 1; k < np; k++) {
                if (order[k] != order[m - 1]) {
                    order[m++] = order[k];
                }
            }
            if (m < np) {
                order = Arrays.copyOf(order, m);
            }
        }
        return order;
    }

    private static void unlockAll(Chan[] order) {
        for (int k = order.length - 1; k >= 0; k--) {
            order[k].unlock();
        }
    }

    /** After a select woke: removes its other waiters from their channels (Go does this in selectgo's pass 3). */
    static void unlinkStale(G g) {
        Waiter[] ws = (Waiter[]) g.selWaiters;
        g.selWaiters = null;
        for (Waiter w : ws) {
            Chan c = w.chan;
            c.lock();
            c.unlinkLocked(w, w.send);
            c.unlock();
        }
    }
}
