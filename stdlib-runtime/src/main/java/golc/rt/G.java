package golc.rt;

import golc.rt.sched.Frame;
import golc.rt.sched.Carrier;
import golc.rt.sched.Sched;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * A goroutine. The scheduler ({@code golc.rt.sched}) owns its life cycle; the rest of the runtime keeps
 * per-goroutine state here (never in ThreadLocals: a goroutine moves between carrier threads).
 *
 * <p>A goroutine's Go stack is, while it runs, the Java stack of its carrier from the frame being resumed
 * upwards, plus the chain of saved {@link Frame}s below it; while it is parked, only the chain
 * ({@link #top} and its callers). See "Goroutines and the scheduler" in docs/ARCHITECTURE.md.
 */
public final class G {
    // Java threads that are not carriers (tests, the timer thread, code run before the scheduler starts) each
    // act as a goroutine of their own; on a carrier, current() is the goroutine it is running.
    // (An anonymous subclass, not withInitial and a lambda: this runs as every program starts.)
    private static final ThreadLocal<G> OUTSIDE = new ThreadLocal<G>() {
        @Override
        protected G initialValue() {
            return new G(1, null);
        }
    };

    /** Status values (Go's _Grunnable, _Grunning, _Gwaiting, ...), plus the two hand-shake states of parking. */
    public static final int RUNNABLE = 1, RUNNING = 2, PARKING = 3, WAITING = 4, WOKEN = 5, YIELDING = 6,
            DEAD = 7;

    // A field updater, not a VarHandle: it is far cheaper while the code still runs interpreted (see sched.P),
    // and not an AtomicInteger object, which would cost every parked goroutine 16 bytes.
    private static final AtomicIntegerFieldUpdater<G> STATUS = AtomicIntegerFieldUpdater.newUpdater(G.class, "status");

    /** Go's goroutine id, as printed in traces ("goroutine 1 [running]:"). */
    public final long id;

    /** State of defer/panic/recover for this goroutine; owned by the panic support code. */
    public Object panicState;
    /** The deferred call a panic is making now (its recover token), null on normal returns; see Defers. */
    public Object deferCall;

    /** The scheduler this goroutine belongs to (null for a thread acting as a goroutine outside any). */
    public final Sched sched;

    private volatile int status = RUNNABLE;

    /** Why the goroutine waits, as Go prints it in dumps ("chan receive", "select", "sleep", ...). */
    public String waitReason;

    /** Innermost saved frame: where the goroutine continues when it is resumed (null: it has finished). */
    public Frame top;
    /** While unwinding after a suspension: the outermost frame saved so far (its caller link is set next). */
    public Frame last;
    /** The frame the carrier is resuming now; its callers are the part of the Go stack not on the Java stack. */
    public Frame resuming;

    /** Result (or panic) handed to the goroutine by whoever wakes it, delivered to {@link #top} on resume. */
    public Object wakeValue;
    public Throwable wakeThrown;

    /** Index of the case a select chose (Go's selectgo result); -1 for default. */
    public int selIndex;
    /** Waiters of a select this goroutine parked in; the stale ones are unlinked when it resumes. */
    public Object selWaiters;

    /** Links: run queues, and the list of all goroutines (for dumps). */
    public G schedLink;
    public G allPrev, allNext;
    /** Whether it is in the scheduler's list of goroutines (joined when it first parks). */
    public boolean listed;

    /** The frame that started this goroutine (its site() is the "created by" line); null for main. */
    public Frame start;

    /** The Throwable last seen escaping a resumed frame, and the Go callers it had at that moment. */
    public Throwable lastThrown;
    public StackTraceElement[] lastThrownCallers;

    public G(long id, Sched sched) {
        this.id = id;
        this.sched = sched;
    }

    /** The goroutine running on the calling thread. */
    public static G current() {
        Thread t = Thread.currentThread();
        if (t instanceof Carrier) {
            G g = ((Carrier) t).running();
            if (g != null) {
                return g;
            }
        }
        return OUTSIDE.get();
    }

    public int status() {
        return status;
    }

    public void setStatus(int s) {
        status = s;
    }

    public boolean casStatus(int from, int to) {
        return STATUS.compareAndSet(this, from, to);
    }

    @Override
    public String toString() {
        return "goroutine " + id;
    }
}
