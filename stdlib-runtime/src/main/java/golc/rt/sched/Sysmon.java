package golc.rt.sched;

import java.util.concurrent.locks.LockSupport;

/**
 * The monitor (Go's sysmon): every 10 ms, looks for carriers that have stayed inside one goroutine since its last
 * pass while work is waiting. First it asks that goroutine to yield at its next loop back edge (Go's preemption
 * request; {@link Sched#preemptPoint}); if the goroutine is still there a pass later (inside a blocking Java call,
 * or a loop of a function that cannot suspend), it hands the P to another carrier so that the rest of the
 * program runs on. It also re-checks for deadlock, which no carrier notices when the last event was a timer that
 * readied nobody.
 */
final class Sysmon extends Thread {
    static final long PERIOD_NS = 10_000_000L;
    private final Sched sched;

    Sysmon(Sched sched) {
        super("golc-sysmon");
        this.sched = sched;
        setDaemon(true);
    }

    @Override
    public void run() {
        while (!sched.exiting) {
            LockSupport.parkNanos(this, PERIOD_NS);
            if (sched.exiting) {
                return;
            }
            retake();
            sched.checkDead();
        }
    }

    private void retake() {
        boolean globalWork = sched.globalHasWork();
        boolean preempting = false;
        for (P p : sched.procs()) {
            Carrier m = p.owner;
            long tick = p.schedTick;
            if (m == null || m.running() == null || tick != p.seenTick) {
                p.seenTick = tick;
                p.stuckPasses = 0;
                p.preemptRequested = false;
                continue;
            }
            if (p.isEmpty() && !globalWork) {
                p.preemptRequested = false;
                continue; // nothing else would run: let it be
            }
            if (++p.stuckPasses >= 2) {
                p.stuckPasses = 0;
                p.preemptRequested = false;
                sched.handOff(p, m);
            } else {
                p.preemptRequested = true;
                preempting = true;
            }
        }
        Sched.preempt = preempting;
    }
}
