import golc.rt.cg.LongCell;
import golc.rt.sched.Frame;
import golc.rt.sched.Outcome;
import golc.rt.sched.Sched;
import golc.rt.std.sync.Natives;

/**
 * shared/bench/go/spawn/main.go hand-compiled to golc's goroutine ABI (see PingPong.java): sum is a heap cell
 * (its address is taken), atomic.AddInt64 and the WaitGroup go through the natives of sync/atomic and sync.
 */
public final class Spawn {
    private Spawn() {
    }

    /** sync.WaitGroup as the Go source declares it: a handle created on first use. */
    static final class WaitGroup {
        Object h;

        Object handle() {
            Object v = h;
            if (v != null) {
                return v;
            }
            return Natives.handle(new golc.rt.Pointer(this, 0) {
                @Override
                public Object get() {
                    return h;
                }

                @Override
                public void set(Object x) {
                    h = x;
                }
            }, 2);
        }

        void add(long d) {
            if (Natives.waitGroupAdd(handle(), d) < 0) {
                throw new golc.rt.GoPanic("sync: negative WaitGroup counter");
            }
        }
    }

    // func(i int) { atomic.AddInt64(&sum, int64(i)); wg.Done() }: does not block
    static void main_func1(LongCell sum, WaitGroup wg, long i) {
        golc.rt.std.sync.atomic.Natives.AddInt64(sum, i);
        wg.add(-1);
    }

    static final class MainFrame extends Frame {
        long n, start;
        LongCell sum;

        @Override
        public Object resume() {
            return main(0, this);
        }
    }

    static Object main(long n, Frame $frame) {
        MainFrame f = (MainFrame) $frame;
        long start;
        LongCell sum;
        if (f == null) {
            WaitGroup wg = new WaitGroup();
            LongCell s = new LongCell(0);
            sum = s;
            start = System.nanoTime();
            wg.add(n);
            for (long i = 0; i < n; i++) {
                long j = i;
                Sched.go(new Frame() {
                    @Override
                    public Object resume() {
                        main_func1(s, wg, j);
                        return null;
                    }
                });
            }
            Object r = Natives.waitGroupWait(wg.handle());
            if (r == Frame.SUSPEND) {
                f = new MainFrame();
                f.n = n;
                f.start = start;
                f.sum = sum;
                f.label = 1;
                Frame.save(f);
                return Frame.SUSPEND;
            }
        } else {
            n = f.n;
            start = f.start;
            sum = f.sum;
            Frame.result(f);
        }
        long el = System.nanoTime() - start;
        System.out.printf("spawn n=%d sum=%d%n", n, golc.rt.std.sync.atomic.Natives.LoadInt64(sum));
        if (n > 0) {
            System.err.printf("elapsed_ns=%d per_op_ns=%.1f%n", el, (double) el / n);
        }
        return null;
    }

    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Outcome o = Sched.runMain(new Frame() {
            @Override
            public Object resume() {
                return Spawn.main(n, null);
            }
        });
        System.out.flush();
        System.exit(o.exitStatus());
    }
}
