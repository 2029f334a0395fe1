package golc.rt.sched;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The park benchmark (shared/bench/go/park), hand-compiled; run in a subprocess with a modest heap by
 * ParkMemoryTest. N goroutines each do {@code started.Done(); v := <-gate; atomic.AddInt64(&sum, i+v);
 * done.Done()}; main measures the heap while they are all parked, then closes the gate.
 * Prints "park n=N sum=S bytesPerParked=B".
 */
public final class ParkMain {
    private ParkMain() {
    }

    static final class Sum {
        final java.util.concurrent.atomic.AtomicLong v = new java.util.concurrent.atomic.AtomicLong();
    }

    /** go func(i int) { started.Done(); v := <-gate; atomic.AddInt64(&sum, int64(i+v)); done.Done() }(i) */
    static final class Parker extends Task {
        final long i;
        final Chan gate;
        final WaitGroup started, done;
        final Sum sum;

        Parker(long i, Chan gate, WaitGroup started, WaitGroup done, Sum sum) {
            this.i = i;
            this.gate = gate;
            this.started = started;
            this.done = done;
            this.sum = sum;
        }

        @Override
        protected Object step(Object r) {
            if (label == 0) {
                WaitGroup.add(started, -1);
                r = Chan.recv(gate);
                if (parked(r, 1)) {
                    return SUSPEND;
                }
            }
            sum.v.addAndGet(i + (Long) r);
            WaitGroup.add(done, -1);
            return null;
        }
    }

    static final class Main extends Task {
        final int n;
        Chan gate;
        WaitGroup started, done;
        Sum sum = new Sum();
        long bytesPerParked;

        Main(int n) {
            this.n = n;
        }

        @Override
        protected Object step(Object r) {
            switch (label) {
                case 0:
                    gate = Chan.make(0L, 0);
                    started = new WaitGroup();
                    done = new WaitGroup();
                    WaitGroup.add(started, n);
                    WaitGroup.add(done, n);
                    before = usedAfterGc();
                    for (int i = 0; i < n; i++) {
                        Sched.go(new Parker(i, gate, started, done, sum));
                    }
                    if (parked(WaitGroup.await(started), 1)) {
                        return SUSPEND;
                    }
                    // fall through
                case 1:
                    label = 2;
                    if (parked(Sched.sleep(200_000_000L), 2)) {
                        return SUSPEND;
                    }
                    // fall through
                case 2:
                    bytesPerParked = n == 0 ? 0 : (usedAfterGc() - before) / n;
                    Chan.close(gate);
                    label = 3;
                    if (parked(WaitGroup.await(done), 3)) {
                        return SUSPEND;
                    }
                    // fall through
                default:
                    return null;
            }
        }

        private long before;
    }

    static long usedAfterGc() {
        MemoryMXBean m = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return m.getHeapMemoryUsage().getUsed();
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        Main m = new Main(n);
        Outcome o = new Sched(Sched.defaultProcs()).run(m);
        if (o.kind == Outcome.Kind.NORMAL) {
            System.out.println("park n=" + n + " sum=" + m.sum.v.get() + " bytesPerParked=" + m.bytesPerParked);
        }
        Programs.exitWith(o);
    }
}
