package golc.rt.sched;

import golc.rt.G;
import java.util.concurrent.locks.LockSupport;

/**
 * A carrier thread (Go's M): owns a {@link P} and runs its goroutines one resume at a time. Created with a large
 * stack so that deep Go recursion works about as far as it does in Go.
 */
public final class Carrier extends Thread {
    /** Stack size of carriers: Go's default maximum goroutine stack is 1 GB on 64-bit systems. */
    static final long STACK_SIZE = 1L << 30;
    /** How long an idle carrier looks for work before parking, while other Ps run goroutines. */
    static final long SPIN_NS = 50_000;

    private final Sched sched;
    P p;
    /** Set by whoever wakes this carrier: the P to run with. */
    volatile P nextP;
    /** Whether this carrier is looking for work (Go's spinning M); counted in Sched.spinning. */
    boolean spinning;
    private volatile G g;
    private final G[] batch = new G[P.RUNQ_SIZE];

    Carrier(Sched sched, int n) {
        super(null, null, "golc-carrier-" + n, STACK_SIZE);
        this.sched = sched;
        setDaemon(true);
    }

    /** The goroutine this carrier is running, or null between goroutines. */
    public G running() {
        return g;
    }

    @Override
    public void run() {
        try {
            loop();
        } catch (Throwable e) {
            // a bug in the runtime itself: end the program rather than lose a carrier silently
            java.io.StringWriter w = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(w));
            sched.exit(Outcome.fatal("fatal error: golc runtime: " + w + "\n"));
        }
    }

    private void loop() {
        while (!sched.exiting) {
            if (p == null) {
                P np = nextP;
                if (np == null) {
                    LockSupport.park(this);
                    continue;
                }
                nextP = null;
                p = np;
            }
            if (p.owner != this) {
                // the monitor handed our P to another carrier while we were stuck in a long call
                p = null;
                sched.idleCarrier(this);
                continue;
            }
            G next = findRunnable();
            if (next == null) {
                continue;
            }
            execute(next);
        }
    }

    /**
     * Local runnext and queue, then (now and then, and when local is empty) the global queue, then stealing.
     * Only the local part is here; the rest is in methods of their own, so that the JIT compiles this hot,
     * small method quickly and alone: with the search and the spin inlined, C2 spent 270 ms of the fanout
     * benchmark's 1.1 s compiling findRunnable three times over (each deoptimisation recompiles the whole).
     */
    private G findRunnable() {
        P p = this.p;
        if (p.id >= sched.maxProcs()) {
            retire(p);
            return null;
        }
        G g;
        if ((p.schedTick & 63) == 61 && (g = sched.globalGet(p, batch)) != null) {
            return stopSpinning(g);
        }
        if ((g = p.takeNext()) != null || (g = p.poll()) != null) {
            return stopSpinning(g);
        }
        return search(p);
    }

    private void retire(P p) {
        sched.retire(this, p);
        this.p = null;
        sched.idleCarrier(this);
    }

    /** The local queue is empty: the global queue, stealing, a bounded spin, else give up the P and park. */
    private G search(P p) {
        G g;
        if ((g = sched.globalGet(p, batch)) != null) {
            return stopSpinning(g);
        }
        if (!spinning) {
            spinning = true;
            sched.spinning.incrementAndGet();
        }
        for (int round = 0; round < 4; round++) {
            if ((g = sched.steal(p, batch, round == 3)) != null) {
                return stopSpinning(g);
            }
            if ((g = sched.globalGet(p, batch)) != null) {
                return stopSpinning(g);
            }
            Thread.onSpinWait();
        }
        // Go spins a little before parking an M; a carrier that parks as soon as it runs dry is woken again by
        // the next spawn or wake-up elsewhere (LockSupport.unpark: a futex syscall on the waker's side plus the
        // wake-up latency), which at P=2 costs more than the goroutine it runs. So while other Ps are busy,
        // keep looking for a bounded time (SPIN_NS) before giving the P up.
        if (sched.othersBusy(p) && (g = spin(p)) != null) {
            return stopSpinning(g);
        }
        // nothing: give up the P and sleep (idleCarrier re-checks every queue before parking)
        this.p = null;
        sched.releaseP(p);
        if (spinning) {
            spinning = false;
            sched.spinning.decrementAndGet();
        }
        sched.idleCarrier(this);
        return null;
    }

    private G spin(P p) {
        long deadline = System.nanoTime() + SPIN_NS;
        G g;
        for (int i = 1; ; i++) {
            Thread.onSpinWait();
            if ((g = p.takeNext()) != null || (g = p.poll()) != null) {
                return g;
            }
            if ((i & 7) == 0) {
                if ((g = sched.steal(p, batch, true)) != null || (g = sched.globalGet(p, batch)) != null) {
                    return g;
                }
                if (sched.exiting || System.nanoTime() > deadline) {
                    return null;
                }
            }
        }
    }

    private G stopSpinning(G g) {
        if (spinning) {
            spinning = false;
            // the last spinning carrier found work: there may be more, let another carrier look
            if (sched.spinning.decrementAndGet() == 0) {
                sched.wakeP();
            }
        }
        return g;
    }

    /** Runs g until it parks, yields or ends: Go's execute + the resume loop of the frame chain. */
    private void execute(G g) {
        p.schedTick++;
        this.g = g;
        g.setStatus(G.RUNNING);
        try {
            Resume.run(sched, g);
        } finally {
            this.g = null;
        }
    }
}
