import golc.rt.cg.LongCell;
import golc.rt.sched.Chan;
import golc.rt.sched.Frame;
import golc.rt.sched.Outcome;
import golc.rt.sched.Sched;
import golc.rt.sched.WaitGroup;
import java.lang.management.ManagementFactory;

/**
 * shared/bench/go/park/main.go hand-compiled to golc's goroutine ABI (see PingPong.java). The WaitGroups are
 * the runtime objects behind sync.WaitGroup (Spawn.java shows the handle indirection of the Go source).
 * stderr also gets the JVM heap in use while the goroutines are parked.
 */
public final class Park {
    private Park() {
    }

    // func(i int) { started.Done(); v := <-gate; atomic.AddInt64(&sum, int64(i+v)); done.Done() }
    static final class Func1Frame extends Frame {
        long i;
        Chan gate;
        WaitGroup done;
        LongCell sum;

        @Override
        public Object resume() {
            return main_func1(0, null, null, null, null, this);
        }
    }

    static Object main_func1(long i, Chan gate, WaitGroup started, WaitGroup done, LongCell sum, Frame $frame) {
        Object r;
        if ($frame == null) {
            WaitGroup.add(started, -1);
            r = Chan.recv(gate);
            if (r == Frame.SUSPEND) {
                Func1Frame f = new Func1Frame();
                f.i = i;
                f.gate = gate;
                f.done = done;
                f.sum = sum;
                f.label = 1;
                Frame.save(f);
                return Frame.SUSPEND;
            }
        } else {
            Func1Frame f = (Func1Frame) $frame;
            i = f.i;
            done = f.done;
            sum = f.sum;
            r = Frame.result(f);
        }
        golc.rt.std.sync.atomic.Natives.AddInt64(sum, i + (Long) r);
        WaitGroup.add(done, -1);
        return null;
    }

    static final class MainFrame extends Frame {
        long n;
        Chan gate;
        WaitGroup done;
        LongCell sum;

        @Override
        public Object resume() {
            return main(0, this);
        }
    }

    static Object main(long n, Frame $frame) {
        MainFrame f = (MainFrame) $frame;
        int pc = 0;
        Chan gate = null;
        WaitGroup done = null;
        LongCell sum = null;
        if (f != null) {
            n = f.n;
            gate = f.gate;
            done = f.done;
            sum = f.sum;
            pc = f.label;
            Frame.result(f);
        }
        Object r;
        switch (pc) {
            case 0:
                gate = Chan.make(0L, 0);
                WaitGroup started = new WaitGroup();
                done = new WaitGroup();
                sum = new LongCell(0);
                WaitGroup.add(started, n);
                WaitGroup.add(done, n);
                for (long i = 0; i < n; i++) {
                    long j = i;
                    Chan g = gate;
                    WaitGroup d = done;
                    LongCell s = sum;
                    Sched.go(new Frame() {
                        @Override
                        public Object resume() {
                            return main_func1(j, g, started, d, s, null);
                        }
                    });
                }
                r = WaitGroup.await(started);
                if (r == Frame.SUSPEND) {
                    return saveMain(f, 1, n, gate, done, sum);
                }
                // fall through
            case 1:
                r = Sched.sleep(200_000_000L);
                if (r == Frame.SUSPEND) {
                    return saveMain(f, 2, n, gate, done, sum);
                }
                // fall through
            case 2:
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.err.printf("parked=%d goroutines=%d heap_used=%d%n", n, Sched.of().numGoroutine(), used);
                Chan.close(gate);
                r = WaitGroup.await(done);
                if (r == Frame.SUSPEND) {
                    return saveMain(f, 3, n, gate, done, sum);
                }
                // fall through
            default:
                System.out.printf("park n=%d sum=%d%n", n, golc.rt.std.sync.atomic.Natives.LoadInt64(sum));
                return null;
        }
    }

    private static Object saveMain(MainFrame f, int label, long n, Chan gate, WaitGroup done, LongCell sum) {
        if (f == null) {
            f = new MainFrame();
        }
        f.n = n;
        f.gate = gate;
        f.done = done;
        f.sum = sum;
        f.label = label;
        Frame.save(f);
        return Frame.SUSPEND;
    }

    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Outcome o = Sched.runMain(new Frame() {
            @Override
            public Object resume() {
                return Park.main(n, null);
            }
        });
        System.out.flush();
        System.exit(o.exitStatus());
    }
}
