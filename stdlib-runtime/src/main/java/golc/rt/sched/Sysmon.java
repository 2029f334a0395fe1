package golc.rt.sched;

import java.util.concurrent.locks.LockSupport;

/**
 * The monitor (Go's sysmon): every 10 ms, looks for carriers that have stayed inside one goroutine for two passes
 * (a blocking Java call, or a loop that never yields) while work is waiting, and hands their P to another carrier
 * so that the rest of the program runs on. It also re-checks for deadlock, which no carrier notices when the
 * last event was a timer that readied nobody.
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
        for (P p : sched.procs()) {
            Carrier m = p.owner;
            long tick = p.schedTick;
            if (m == null || m.running() == null || tick != p.seenTick) {
                p.seenTick = tick;
                p.stuckPasses = 0;
                continue;
            }
            if (++p.stuckPasses >= 2 && (!p.isEmpty() || globalWork)) {
                p.stuckPasses = 0;
                sched.handOff(p, m);
            }
        }
    }
}
