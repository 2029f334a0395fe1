import golc.rt.sched.Chan;
import golc.rt.sched.Frame;
import golc.rt.sched.Outcome;
import golc.rt.sched.Sched;

/** shared/bench/go/ring/main.go hand-compiled to golc's goroutine ABI (see PingPong.java). */
public final class Ring {
    private Ring() {
    }

    static final int RING_SIZE = 503;

    // func member(id int, in <-chan int, out chan<- int, result chan<- int)
    static final class MemberFrame extends Frame {
        long id;
        Chan in, out, result;

        @Override
        public Object resume() {
            return member(0, null, null, null, this);
        }
    }

    static Object member(long id, Chan in, Chan out, Chan result, Frame $frame) {
        MemberFrame f = (MemberFrame) $frame;
        Object r = null;
        int pc = 0;
        if (f != null) {
            id = f.id;
            in = f.in;
            out = f.out;
            result = f.result;
            pc = f.label;
            r = Frame.result(f);
            if (pc == 3) {
                return null;
            }
        }
        for (;;) {
            if (pc != 1) {
                r = Chan.recv(in);
                if (r == Frame.SUSPEND) {
                    return saveMember(f, 1, id, in, out, result);
                }
            }
            pc = 0;
            long t = (Long) r;
            if (t == 0) {
                r = Chan.send(result, id);
                if (r == Frame.SUSPEND) {
                    return saveMember(f, 3, id, in, out, result);
                }
                return null;
            }
            r = Chan.send(out, t - 1);
            if (r == Frame.SUSPEND) {
                return saveMember(f, 2, id, in, out, result);
            }
        }
    }

    private static Object saveMember(MemberFrame f, int label, long id, Chan in, Chan out, Chan result) {
        if (f == null) {
            f = new MemberFrame();
        }
        f.id = id;
        f.in = in;
        f.out = out;
        f.result = result;
        f.label = label;
        Frame.save(f);
        return Frame.SUSPEND;
    }

    static final class MainFrame extends Frame {
        long n, start;
        Chan result;

        @Override
        public Object resume() {
            return main(0, this);
        }
    }

    static Object main(long n, Frame $frame) {
        MainFrame f = (MainFrame) $frame;
        Object r = null;
        int pc = 0;
        long start = 0;
        Chan result = null;
        if (f != null) {
            n = f.n;
            start = f.start;
            result = f.result;
            pc = f.label;
            r = Frame.result(f);
        }
        if (pc == 0) {
            Chan[] chans = new Chan[RING_SIZE];
            for (int i = 0; i < RING_SIZE; i++) {
                chans[i] = Chan.make(0L, 0);
            }
            result = Chan.make(0L, 0);
            for (int i = 0; i < RING_SIZE; i++) {
                long id = i + 1;
                Chan in = chans[i], out = chans[(i + 1) % RING_SIZE], res = result;
                Sched.go(new Frame() {
                    @Override
                    public Object resume() {
                        return member(id, in, out, res, null);
                    }
                });
            }
            start = System.nanoTime();
            r = Chan.send(chans[0], n);
            if (r == Frame.SUSPEND) {
                return saveMain(f, 1, n, start, result);
            }
            pc = 1;
        }
        if (pc == 1) {
            r = Chan.recv(result);
            if (r == Frame.SUSPEND) {
                return saveMain(f, 2, n, start, result);
            }
        }
        long id = (Long) r;
        long el = System.nanoTime() - start;
        System.out.printf("ring n=%d id=%d%n", n, id);
        if (n > 0) {
            System.err.printf("elapsed_ns=%d per_op_ns=%.1f%n", el, (double) el / n);
        }
        return null;
    }

    private static Object saveMain(MainFrame f, int label, long n, long start, Chan result) {
        if (f == null) {
            f = new MainFrame();
        }
        f.n = n;
        f.start = start;
        f.result = result;
        f.label = label;
        Frame.save(f);
        return Frame.SUSPEND;
    }

    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000;
        Outcome o = Sched.runMain(new Frame() {
            @Override
            public Object resume() {
                return Ring.main(n, null);
            }
        });
        System.out.flush();
        System.exit(o.exitStatus());
    }
}
