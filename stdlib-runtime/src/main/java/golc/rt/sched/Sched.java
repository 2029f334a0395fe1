package golc.rt.sched;

import golc.rt.G;
import golc.rt.GoPanic;
import java.util.ArrayDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The goroutine scheduler of one running program: GOMAXPROCS {@link P}s, carrier threads ({@link Carrier}, Go's
 * Ms) that run goroutines while owning a P, a global run queue, work stealing, the monitor ({@link Sysmon}) and
 * the timers ({@link Timers}). One instance per program run; nothing here is static except constants.
 *
 * <p>Generated code and natives use the static entry points ({@link #go}, {@link #gosched}, ...), which find the
 * scheduler through the current goroutine.
 */
public final class Sched {
    /** Go numbers user goroutines after its own runtime goroutines; 18 is what most programs that import fmt see. */
    static final long FIRST_USER_GOID = 18;
    private static final int MAX_PROCS = 256;

    private final Object lock = new Object();
    private volatile P[] ps;
    private volatile int maxProcs;
    private G globHead, globTail; // guarded by lock
    private volatile int globSize;
    private final ArrayDeque<P> idleP = new ArrayDeque<>(); // guarded by lock
    private final ArrayDeque<Carrier> idleM = new ArrayDeque<>(); // guarded by lock
    private volatile int idlePCount;
    private int carriers; // carriers alive (guarded by lock)
    private int idleCarriers; // parked in idleM (guarded by lock)
    final AtomicInteger spinning = new AtomicInteger();

    private final AtomicLong goidGen = new AtomicLong(FIRST_USER_GOID - 1);
    private final AtomicInteger live = new AtomicInteger();
    private final Object allLock = new Object();
    private G allHead, allTail; // guarded by allLock

    final Timers timers;
    private final Sysmon sysmon;
    volatile boolean exiting;
    private volatile Outcome outcome;
    private final CountDownLatch done = new CountDownLatch(1);
    private G main;

    public Sched(int procs) {
        if (procs < 1) {
            procs = 1;
        }
        procs = Math.min(procs, MAX_PROCS);
        maxProcs = procs;
        P[] a = new P[procs];
        for (int i = 0; i < procs; i++) {
            a[i] = new P(i);
        }
        ps = a;
        timers = new Timers(this);
        sysmon = new Sysmon(this);
    }

    /** GOMAXPROCS from the environment as Go reads it, else the number of processors. */
    public static int defaultProcs() {
        String env = System.getenv("GOMAXPROCS");
        if (env != null) {
            try {
                int n = Integer.parseInt(env.trim());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // Go ignores a malformed GOMAXPROCS
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** Runs a program: {@code main} is the entry frame of goroutine 1; returns how the program ended. */
    public static Outcome runMain(Frame main) {
        return new Sched(defaultProcs()).run(main);
    }

    /**
     * Runs code that never suspends (a program compiled before the goroutine transform, package init + main.main)
     * as goroutine 1, so that G.current(), go statements and timers work; same result as {@link #runMain(Frame)}.
     */
    public static Outcome runMain(Runnable program) {
        return runMain(new Frame() {
            @Override
            public Object resume() {
                program.run();
                return null;
            }
        });
    }

    /** Runs {@code main} as goroutine 1 and waits until it returns, a goroutine panics, or all are asleep. */
    public Outcome run(Frame main) {
        G g = new G(1, this);
        g.top = main;
        this.main = g;
        register(g);
        P p0 = ps[0];
        synchronized (lock) {
            for (int i = ps.length - 1; i >= 1; i--) {
                idleP.push(ps[i]);
            }
            idlePCount = idleP.size();
        }
        p0.put(g);
        Carrier m = newCarrier();
        p0.owner = m;
        m.nextP = p0;
        m.start();
        sysmon.start();
        timers.start();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit(Outcome.fatal("interrupted"));
        }
        shutdown();
        return outcome;
    }

    private Carrier newCarrier() {
        synchronized (lock) {
            carriers++;
            return new Carrier(this, carriers);
        }
    }

    private void shutdown() {
        exiting = true;
        synchronized (lock) {
            for (Carrier c : idleM) {
                LockSupport.unpark(c);
            }
        }
        timers.stop();
        sysmon.interrupt();
    }

    void exit(Outcome o) {
        synchronized (lock) {
            if (outcome != null) {
                return;
            }
            outcome = o;
            exiting = true;
        }
        done.countDown();
    }

    // ------------------------------------------------------------------ goroutines

    /** The scheduler of the calling goroutine (also from the timer thread); null outside any. */
    static Sched current() {
        Thread t = Thread.currentThread();
        if (t instanceof Timers.TimerThread) {
            return ((Timers.TimerThread) t).sched;
        }
        return G.current().sched;
    }

    /**
     * The {@code go} statement: starts a goroutine whose first resume calls {@code start.resume()}, a frame that
     * holds the evaluated function and arguments and calls the function freshly. {@code start.site()} is the
     * "created by" line of dumps.
     */
    public static void go(Frame start) {
        Sched s = current();
        if (s == null) {
            throw new IllegalStateException("go statement outside the scheduler");
        }
        s.spawn(start);
    }

    G spawn(Frame start) {
        G g = new G(goidGen.incrementAndGet(), this);
        g.top = start;
        g.start = start;
        register(g);
        ready(g, true);
        return g;
    }

    /**
     * Counts a new goroutine. It joins the list of goroutines (for dumps) only when it first parks ({@link #list}):
     * most short-lived goroutines never do, and a list shared by every spawn and exit was a lock taken twice per
     * goroutine by different carriers.
     */
    private void register(G g) {
        live.incrementAndGet();
    }

    /** Puts a goroutine that is about to park into the list of goroutines, once. */
    void list(G g) {
        g.listed = true;
        synchronized (allLock) {
            if (allTail == null) {
                allHead = g;
            } else {
                allTail.allNext = g;
                g.allPrev = allTail;
            }
            allTail = g;
        }
    }

    private void unregister(G g) {
        if (g.listed) {
            synchronized (allLock) {
                if (g.allPrev == null) {
                    allHead = g.allNext;
                } else {
                    g.allPrev.allNext = g.allNext;
                }
                if (g.allNext == null) {
                    allTail = g.allPrev;
                } else {
                    g.allNext.allPrev = g.allPrev;
                }
                g.allPrev = g.allNext = null;
            }
        }
        live.decrementAndGet();
    }

    /** runtime.NumGoroutine. */
    public int numGoroutine() {
        return live.get();
    }

    /** A goroutine's outermost function returned (t == null), called Goexit, or panicked. */
    void finished(G g, Throwable t) {
        g.setStatus(G.DEAD);
        g.top = null;
        if (t instanceof FatalError) {
            StringBuilder b = new StringBuilder("fatal error: ").append(t.getMessage()).append("\n\n");
            b.append("goroutine ").append(g.id).append(" [running]:\n");
            for (StackTraceElement e : goStack(g, t)) {
                if (e.getClassName().startsWith("go.")) {
                    Dump.frame(b, e);
                }
            }
            exit(Outcome.fatal(b.toString()));
            return;
        }
        if (t != null && !(t instanceof Goexit)) {
            exit(Outcome.panic(g, t, goStack(g, t)));
            return;
        }
        unregister(g);
        if (g == main) {
            if (t == null) {
                exit(Outcome.normal());
            } else {
                checkDead();
            }
        }
    }

    /**
     * The Go stack of a goroutine whose panic {@code t} escaped: the Java frames of t above the resume loop (the
     * frames that were running), then the saved frames they would have returned into.
     */
    public static StackTraceElement[] goStack(G g, Throwable t) {
        StackTraceElement[] java = t.getStackTrace();
        int n = 0;
        while (n < java.length && !java[n].getClassName().equals(Resume.class.getName())) {
            n++;
        }
        StackTraceElement[] callers = t instanceof GoPanic p && p.goCallers != null ? p.goCallers
                : t == g.lastThrown && g.lastThrownCallers != null ? g.lastThrownCallers : new StackTraceElement[0];
        StackTraceElement[] out = new StackTraceElement[n + callers.length];
        System.arraycopy(java, 0, out, 0, n);
        System.arraycopy(callers, 0, out, n, callers.length);
        return out;
    }

    /**
     * Records the Go callers of panic {@code p} just caught by a deferred-call handler, if not known yet: the
     * saved frames below the resumed one (see {@link GoPanic#goCallers}). Its Java stack trace then stays
     * meaningful when a deferred call suspends the goroutine before the panic leaves it.
     */
    public static void notePanicCallers(GoPanic p) {
        if (p.goCallers == null) {
            G g = G.current();
            if (g.sched != null && g.resuming != null) {
                p.goCallers = Resume.sites(g.resuming.caller);
            }
        }
    }

    // ------------------------------------------------------------------ parking and waking

    /**
     * A blocking primitive decided that the current goroutine must wait: marks it PARKING (before making it
     * visible to wakers) and returns it. The primitive then returns {@link Frame#SUSPEND}.
     */
    static G parking(String reason) {
        G g = G.current();
        if (g.sched == null) {
            throw new IllegalStateException("blocking operation outside a goroutine (" + reason + ")");
        }
        g.waitReason = reason;
        g.setStatus(G.PARKING);
        return g;
    }

    /** Makes a parked goroutine runnable with a result for the call it waits in (Go's goready). */
    static void ready(G g, Object value, Throwable thrown) {
        g.wakeValue = value;
        g.wakeThrown = thrown;
        for (;;) {
            int s = g.status();
            if (s == G.PARKING) {
                if (g.casStatus(G.PARKING, G.WOKEN)) {
                    return;
                }
            } else if (s == G.WAITING) {
                if (g.casStatus(G.WAITING, G.RUNNABLE)) {
                    g.sched.ready(g, false);
                    return;
                }
            } else {
                throw new IllegalStateException("ready of " + g + " in status " + s);
            }
        }
    }

    /**
     * Queues a runnable goroutine: into runnext of the current carrier's P (a woken or new goroutine runs next,
     * as in Go), else the global queue.
     */
    void ready(G g, boolean spawned) {
        g.setStatus(G.RUNNABLE);
        Thread t = Thread.currentThread();
        P p = t instanceof Carrier ? ((Carrier) t).p : null;
        if (p == null || p.owner != t) {
            // not on a carrier, or on one whose P the monitor handed to another carrier
            globalPut(g);
            wakeP();
            return;
        }
        G old = p.putNext(g);
        if (old != null) {
            if (!p.put(old)) {
                overflow(p, old);
            }
        }
        // A goroutine woken by a channel operation usually runs as soon as the waker blocks; waking another
        // carrier for it would only move it away (and cost a futex wake per hand-off). New goroutines and
        // displaced ones are real extra work.
        if (spawned || old != null) {
            wakeP();
        }
    }

    private final G[] overflowBatch = new G[P.RUNQ_SIZE + 1];

    private void overflow(P p, G g) {
        synchronized (overflowBatch) {
            int n = p.takeHalf(overflowBatch);
            overflowBatch[n++] = g;
            synchronized (lock) {
                for (int i = 0; i < n; i++) {
                    globalAppend(overflowBatch[i]);
                    overflowBatch[i] = null;
                }
            }
        }
    }

    void globalPut(G g) {
        synchronized (lock) {
            globalAppend(g);
        }
        wakeP();
    }

    private void globalAppend(G g) {
        g.schedLink = null;
        if (globTail == null) {
            globHead = g;
        } else {
            globTail.schedLink = g;
        }
        globTail = g;
        globSize++;
    }

    /** Takes one goroutine from the global queue and moves a fair share of the rest into p's queue. */
    G globalGet(P p, G[] batch) {
        if (globSize == 0) {
            return null;
        }
        int n;
        G first;
        synchronized (lock) {
            if (globSize == 0) {
                return null;
            }
            n = Math.min(Math.min(globSize, globSize / maxProcs + 1), P.RUNQ_SIZE / 2);
            first = globalPop();
            for (int i = 1; i < n; i++) {
                batch[i - 1] = globalPop();
            }
        }
        for (int i = 0; i < n - 1; i++) {
            if (!p.put(batch[i])) {
                globalPut(batch[i]);
            }
            batch[i] = null;
        }
        return first;
    }

    private G globalPop() {
        G g = globHead;
        globHead = g.schedLink;
        if (globHead == null) {
            globTail = null;
        }
        g.schedLink = null;
        globSize--;
        return g;
    }

    /** Steals half of another P's queue into p (and runnext, on the last round). */
    G steal(P p, G[] batch, boolean takeNext) {
        P[] all = ps;
        int n = all.length;
        int start = ThreadLocalRandom.current().nextInt(n);
        for (int i = 0; i < n; i++) {
            P v = all[(start + i) % n];
            if (v == p) {
                continue;
            }
            int k = v.takeHalf(batch);
            if (k > 0) {
                G first = batch[0];
                batch[0] = null;
                for (int j = 1; j < k; j++) {
                    if (!p.put(batch[j])) {
                        globalPut(batch[j]);
                    }
                    batch[j] = null;
                }
                return first;
            }
            if (takeNext && v.hasNext() && v.owner == null) {
                G g = v.takeNext();
                if (g != null) {
                    return g;
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ carriers and Ps

    int maxProcs() {
        return maxProcs;
    }

    /** If a P is idle and no carrier is already looking for work, gives it to a carrier (Go's wakep). */
    void wakeP() {
        if (idlePCount == 0 || spinning.get() != 0 || exiting) {
            return;
        }
        if (!spinning.compareAndSet(0, 1)) {
            return;
        }
        P p;
        Carrier m = null;
        synchronized (lock) {
            p = idleP.poll();
            idlePCount = idleP.size();
            if (p != null) {
                m = idleM.poll();
                if (m != null) {
                    idleCarriers--;
                }
            }
        }
        if (p == null) {
            spinning.decrementAndGet();
            return;
        }
        startOn(m, p, true);
    }

    /** Hands p to carrier m (a new one when m is null) and wakes it. */
    void startOn(Carrier m, P p, boolean spin) {
        boolean fresh = m == null;
        if (fresh) {
            m = newCarrier();
        }
        m.spinning = spin;
        if (!spin) {
            // not counted as spinning
        }
        p.owner = m;
        m.nextP = p;
        if (fresh) {
            m.start();
        } else {
            LockSupport.unpark(m);
        }
    }

    void releaseP(P p) {
        synchronized (lock) {
            p.owner = null;
            if (p.id < maxProcs) {
                idleP.push(p);
                idlePCount = idleP.size();
            }
        }
    }

    /** A P beyond a lowered GOMAXPROCS: its goroutines go to the global queue. */
    void retire(Carrier m, P p) {
        G[] b = new G[P.RUNQ_SIZE + 1];
        int n = p.drain(b);
        synchronized (lock) {
            p.owner = null;
            for (int i = 0; i < n; i++) {
                globalAppend(b[i]);
            }
        }
    }

    /**
     * A carrier without a P: takes an idle P if there is work, else parks until given one. Before parking it
     * checks whether the program is dead (every carrier idle, nothing queued, no timer pending).
     */
    void idleCarrier(Carrier m) {
        synchronized (lock) {
            if (exiting) {
                return;
            }
            if (m.nextP != null) {
                return;
            }
            if (hasWork() && !idleP.isEmpty()) {
                P p = idleP.poll();
                idlePCount = idleP.size();
                p.owner = m;
                m.nextP = p;
                return;
            }
            idleM.push(m);
            idleCarriers++;
            if (idleCarriers == carriers) {
                checkDeadLocked();
            }
        }
        while (m.nextP == null && !exiting) {
            LockSupport.park(this);
        }
    }

    private boolean hasWork() {
        if (globSize > 0) {
            return true;
        }
        for (P p : ps) {
            if (!p.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Re-checks for deadlock from outside the carriers (a timer fired and readied nobody). */
    void checkDead() {
        synchronized (lock) {
            if (idleCarriers == carriers) {
                checkDeadLocked();
            }
        }
    }

    private void checkDeadLocked() {
        if (exiting || timers.pending() > 0 || hasWork()) {
            return;
        }
        // as Go's checkdead: with no goroutine left at all, main must have called Goexit
        String head = live.get() == 0 ? "no goroutines (main called runtime.Goexit) - deadlock!"
                : "all goroutines are asleep - deadlock!";
        exit(Outcome.fatal(Dump.fatal(head, this)));
    }

    /** The goroutines that ever parked, in the order they first did (for dumps); only safe to use when they are all parked. */
    G allGoroutines() {
        synchronized (allLock) {
            return allHead;
        }
    }

    /** Whether a P other than p has a carrier (so that new work may appear without a wake-up). */
    boolean othersBusy(P p) {
        for (P o : ps) {
            if (o != p && o.owner != null) {
                return true;
            }
        }
        return false;
    }

    /** Monitor: the P array, to look for carriers stuck in one goroutine. */
    P[] procs() {
        return ps;
    }

    boolean globalHasWork() {
        return globSize > 0;
    }

    /**
     * Monitor: p's carrier has been in one goroutine for too long while work waits; give p to another carrier.
     * The stuck carrier notices when its goroutine returns (p.owner is no longer it) and goes idle.
     */
    void handOff(P p, Carrier stuck) {
        synchronized (lock) {
            if (p.owner != stuck || exiting) {
                return;
            }
            Carrier m = idleM.poll();
            if (m != null) {
                idleCarriers--;
            }
            startOn(m, p, false);
        }
    }

    // ------------------------------------------------------------------ runtime package

    /** runtime.GOMAXPROCS(n): sets the number of Ps when n > 0; returns the previous setting. */
    public int setMaxProcs(int n) {
        int old = maxProcs;
        if (n <= 0 || n == old) {
            return old;
        }
        n = Math.min(n, MAX_PROCS);
        synchronized (lock) {
            P[] cur = ps;
            if (n > cur.length) {
                P[] a = java.util.Arrays.copyOf(cur, n);
                for (int i = cur.length; i < n; i++) {
                    a[i] = new P(i);
                }
                ps = a;
            }
            maxProcs = n;
            idleP.clear();
            for (P p : ps) {
                if (p.id < n && p.owner == null) {
                    idleP.push(p);
                }
            }
            idlePCount = idleP.size();
        }
        wakeP();
        return old;
    }

    /**
     * Raised by the monitor while it wants a goroutine that has run for too long to yield (see
     * {@link Sysmon}); every loop back edge of a resumable function reads it and, when it is set, calls
     * {@link #preemptPoint}. Static so that the check is a single load.
     */
    public static volatile boolean preempt;

    /**
     * A loop back edge while {@link #preempt} is set: if the monitor asked the current goroutine's P to
     * preempt, the goroutine yields as runtime.Gosched does (SUSPEND); otherwise null and it runs on.
     */
    public static Object preemptPoint() {
        if (!(Thread.currentThread() instanceof Carrier c)) {
            return null;
        }
        P p = c.p;
        if (p == null || !p.preemptRequested || c.running() == null) {
            return null;
        }
        p.preemptRequested = false;
        G g = c.running();
        g.waitReason = null;
        g.setStatus(G.YIELDING);
        return Frame.SUSPEND;
    }

    /** runtime.Gosched: the current goroutine goes to the global queue; returns SUSPEND. */
    public static Object gosched() {
        G g = G.current();
        if (g.sched == null) {
            Thread.yield();
            return null;
        }
        g.waitReason = null;
        g.setStatus(G.YIELDING);
        return Frame.SUSPEND;
    }

    /** time.Sleep(ns): parks the current goroutine for ns nanoseconds; null at once when ns <= 0, else SUSPEND. */
    public static Object sleep(long ns) {
        return Timers.sleep(ns);
    }

    /** A goroutine that waits forever (nil channel, select {}): parks it with no way to be woken. */
    static Object parkForever(String reason) {
        parking(reason);
        return Frame.SUSPEND;
    }

    /** runtime.Stack's text (Go's format, see Dump.stack): the calling goroutine, with {@code all} every one. */
    public static String stackText(boolean all) {
        return Dump.stack(all);
    }

    /**
     * The scheduler running the calling code, or null in a program that never needs one: codegen starts the
     * scheduler only when main may block, and such a program has no other goroutine.
     */
    public static Sched running() {
        return current();
    }

    /** The scheduler running the calling code (for natives such as runtime.NumGoroutine). */
    public static Sched of() {
        Sched s = current();
        if (s == null) {
            throw new IllegalStateException("not running on the golc scheduler");
        }
        return s;
    }
}
