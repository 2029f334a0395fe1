package golc.rt.sched;

import golc.rt.G;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Go channel ({@code chan T}; docs/ARCHITECTURE.md's "golc.rt.Chan" is this class). Elements are held
 * JVM-boxed as in interfaces' calling convention ({@code int} as Long, ...). Unbuffered and buffered, direct
 * hand-off to a waiting receiver or sender, close, nil channels (the static methods take a null channel).
 *
 * <p>Blocking operations return {@link Frame#SUSPEND} after parking the current goroutine; the value the
 * operation produces (the received element, or null for a send) is then delivered to the suspended frame on
 * resume ({@link Frame#result}).
 *
 * <p>The inherited AtomicInteger is the channel's spin lock word (see {@link P} on why not a VarHandle).
 */
@SuppressWarnings("serial")
public final class Chan extends AtomicInteger {
    /** Delivered by a receive-with-ok on a closed, drained channel: ok is false (the value is the zero value). */
    public static final Object CLOSED = new Object() {
        @Override
        public String toString() {
            return "CLOSED";
        }
    };
    /** Delivered to a sender woken by close; {@link Frame#result} turns it into the panic. */
    static final Object SEND_ON_CLOSED = new Object();

    // Channel ids give select a total locking order; a counter is the only shared state channels need.
    private static final AtomicLong IDS = new AtomicLong();

    final long id = IDS.incrementAndGet();
    private final int cap;
    private final Object[] buf;
    /** The element type's zero value (JVM-boxed), received from a closed channel. */
    private final Object zero;
    private int recvx, sendx;
    private volatile int count;
    private boolean closed;
    private final Waiter.Queue recvq = new Waiter.Queue(), sendq = new Waiter.Queue();

    private Chan(int cap, Object zero) {
        this.cap = cap;
        this.buf = cap > 0 ? new Object[cap] : null;
        this.zero = zero;
    }

    /** {@code make(chan T, size)}; {@code zero} is T's zero value as received from a closed channel. */
    public static Chan make(Object zero, long size) {
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            throw Panics.plain("makechan: size out of range");
        }
        return new Chan((int) size, zero);
    }

    void lock() {
        int spins = 0;
        while (!compareAndSet(0, 1)) {
            if (++spins < 100) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    void unlock() {
        set(0);
    }

    public static long len(Chan c) {
        return c == null ? 0 : c.count;
    }

    public static long cap(Chan c) {
        return c == null ? 0 : c.cap;
    }

    // ------------------------------------------------------------------ send

    /** {@code c <- v}: null when done, or SUSPEND (the goroutine parked; the send completes before it resumes). */
    public static Object send(Chan c, Object v) {
        if (c == null) {
            return Sched.parkForever("chan send (nil chan)");
        }
        c.lock();
        if (c.closed) {
            c.unlock();
            throw Panics.plain("send on closed channel");
        }
        Object r = c.trySendLocked(v);
        if (r != null) {
            c.unlock();
            return null;
        }
        G g = Sched.parking("chan send");
        c.sendq.add(new Waiter(g, true, v, false, null, 0, c));
        c.unlock();
        return Frame.SUSPEND;
    }

    /** Non-blocking part of send with the lock held: returns non-null when the value was taken. */
    Object trySendLocked(Object v) {
        Waiter w = recvq.take();
        if (w != null) {
            w.complete(v);
            return Boolean.TRUE;
        }
        if (count < cap) {
            buf[sendx] = v;
            if (++sendx == cap) {
                sendx = 0;
            }
            count++;
            return Boolean.TRUE;
        }
        return null;
    }

    // ------------------------------------------------------------------ receive

    /** {@code <-c}: the element (the zero value if closed), or SUSPEND. */
    public static Object recv(Chan c) {
        return receive(c, false);
    }

    /** {@code v, ok := <-c} and range: the element, {@link #CLOSED} when closed and drained, or SUSPEND. */
    public static Object recv2(Chan c) {
        return receive(c, true);
    }

    private static Object receive(Chan c, boolean withOk) {
        if (c == null) {
            return Sched.parkForever("chan receive (nil chan)");
        }
        c.lock();
        Object r = c.tryRecvLocked(withOk);
        if (r != null) {
            c.unlock();
            return r == NIL ? null : r;
        }
        G g = Sched.parking("chan receive");
        c.recvq.add(new Waiter(g, false, null, withOk, null, 0, c));
        c.unlock();
        return Frame.SUSPEND;
    }

    /** A received element that is Go nil (so that null can mean "would block"). */
    static final Object NIL = new Object();

    /** Non-blocking part of receive with the lock held: the element (NIL for null), CLOSED/zero, or null. */
    Object tryRecvLocked(boolean withOk) {
        Waiter w = sendq.take();
        Object v;
        if (w != null) {
            if (cap == 0) {
                v = w.elem;
            } else {
                // buffer is full: take its head, the sender's value goes to the tail
                v = buf[recvx];
                buf[recvx] = w.elem;
                if (++recvx == cap) {
                    recvx = 0;
                }
                sendx = recvx;
            }
            w.elem = null;
            w.complete(null);
            return v == null ? NIL : v;
        }
        if (count > 0) {
            v = buf[recvx];
            buf[recvx] = null;
            if (++recvx == cap) {
                recvx = 0;
            }
            count--;
            return v == null ? NIL : v;
        }
        if (closed) {
            return withOk ? CLOSED : (zero == null ? NIL : zero);
        }
        return null;
    }

    // ------------------------------------------------------------------ close

    /** {@code close(c)}: wakes every waiting receiver (with the zero value / not ok) and sender (to panic). */
    public static void close(Chan c) {
        if (c == null) {
            throw Panics.plain("close of nil channel");
        }
        c.lock();
        if (c.closed) {
            c.unlock();
            throw Panics.plain("close of closed channel");
        }
        c.closed = true;
        Waiter woken = null;
        for (Waiter w; (w = c.recvq.take()) != null; ) {
            w.next = woken;
            woken = w;
        }
        for (Waiter w; (w = c.sendq.take()) != null; ) {
            w.elem = SEND_ON_CLOSED;
            w.next = woken;
            woken = w;
        }
        c.unlock();
        // wake outside the lock, in queue order (the list is reversed)
        Waiter rev = null;
        while (woken != null) {
            Waiter n = woken.next;
            woken.next = rev;
            rev = woken;
            woken = n;
        }
        while (rev != null) {
            Waiter n = rev.next;
            rev.next = null;
            rev.complete(rev.elem == SEND_ON_CLOSED ? SEND_ON_CLOSED : rev.withOk ? CLOSED : c.zero);
            rev = n;
        }
    }

    /**
     * Without the lock, a hint for select's fast path: false when a receive would surely block right now (a racy
     * read; select polls again under every lock before it parks).
     */
    boolean mayRecv() {
        return count > 0 || !sendq.isEmpty() || closed;
    }

    /** As {@link #mayRecv} for a send. */
    boolean maySend() {
        return count < cap || !recvq.isEmpty() || closed;
    }

    boolean closedLocked() {
        return closed;
    }

    void enqueueLocked(Waiter w, boolean send) {
        (send ? sendq : recvq).add(w);
    }

    void unlinkLocked(Waiter w, boolean send) {
        (send ? sendq : recvq).remove(w);
    }

    @Override
    public String toString() {
        return "chan#" + id;
    }
}
