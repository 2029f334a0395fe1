import golc.rt.sched.Chan;
import golc.rt.sched.Frame;
import golc.rt.sched.Outcome;
import golc.rt.sched.Sched;

/**
 * shared/bench/go/pingpong/main.go hand-compiled to golc's goroutine ABI (what the goroutine transform will
 * emit): a static method per Go function with a trailing Frame parameter, returning Frame.SUSPEND or the result;
 * one frame class per function holding its live locals; the go statement's entry frame.
 */
public final class PingPong {
    private PingPong() {
    }

    // go func() { for v := range ping { pong <- v + 1 }; close(pong) }()
    static final class Func1Frame extends Frame {
        Chan ping, pong;

        @Override
        public Object resume() {
            return main_func1(null, null, this);
        }
    }

    static Object main_func1(Chan ping, Chan pong, Frame $frame) {
        Func1Frame f = (Func1Frame) $frame;
        Object r = null;
        int pc = 0;
        if (f != null) {
            ping = f.ping;
            pong = f.pong;
            pc = f.label;
            r = Frame.result(f);
        }
        for (;;) {
            if (pc != 1) {
                if (pc == 0 || pc == 2) {
                    r = Chan.recv2(ping);
                    if (r == Frame.SUSPEND) {
                        return save1(f, 1, ping, pong);
                    }
                }
            }
            if (r == Chan.CLOSED) {
                Chan.close(pong);
                return null;
            }
            r = Chan.send(pong, (Long) r + 1);
            if (r == Frame.SUSPEND) {
                return save1(f, 2, ping, pong);
            }
            pc = 0;
        }
    }

    private static Object save1(Func1Frame f, int label, Chan ping, Chan pong) {
        if (f == null) {
            f = new Func1Frame();
        }
        f.ping = ping;
        f.pong = pong;
        f.label = label;
        Frame.save(f);
        return Frame.SUSPEND;
    }

    static final class MainFrame extends Frame {
        Chan ping, pong;
        long m, v, i, start;

        @Override
        public Object resume() {
            return main(0, this);
        }
    }

    static Object main(long m, Frame $frame) {
        MainFrame f = (MainFrame) $frame;
        Chan ping = null, pong = null;
        long v = 0, i = 0, start = 0;
        int pc = 0;
        Object r = null;
        if (f != null) {
            ping = f.ping;
            pong = f.pong;
            m = f.m;
            v = f.v;
            i = f.i;
            start = f.start;
            pc = f.label;
            r = Frame.result(f);
        }
        switch (pc) {
            case 0: {
                ping = Chan.make(0L, 0);
                pong = Chan.make(0L, 0);
                Chan p1 = ping, p2 = pong;
                Sched.go(new Frame() {
                    @Override
                    public Object resume() {
                        return main_func1(p1, p2, null);
                    }
                });
                start = System.nanoTime();
                break;
            }
            case 1:
                break;
            case 2:
                v = (Long) r;
                i++;
                break;
            case 3:
                return finish(m, v, start, f.i);
            default:
                throw new IllegalStateException();
        }
        for (;;) {
            if (pc != 1) {
                if (i >= m) {
                    long el = System.nanoTime() - start;
                    Chan.close(ping);
                    r = Chan.recv(pong);
                    if (r == Frame.SUSPEND) {
                        return saveMain(f, 3, ping, pong, m, v, el, start);
                    }
                    return finish(m, v, start, el);
                }
                r = Chan.send(ping, v);
                if (r == Frame.SUSPEND) {
                    return saveMain(f, 1, ping, pong, m, v, i, start);
                }
            }
            pc = 0;
            r = Chan.recv(pong);
            if (r == Frame.SUSPEND) {
                return saveMain(f, 2, ping, pong, m, v, i, start);
            }
            v = (Long) r;
            i++;
        }
    }

    private static Object finish(long m, long v, long start, long el) {
        System.out.printf("pingpong m=%d v=%d%n", m, v);
        if (m > 0) {
            System.err.printf("elapsed_ns=%d per_op_ns=%.1f%n", el, (double) el / m);
        }
        return null;
    }

    private static Object saveMain(MainFrame f, int label, Chan ping, Chan pong, long m, long v, long i, long start) {
        if (f == null) {
            f = new MainFrame();
        }
        f.ping = ping;
        f.pong = pong;
        f.m = m;
        f.v = v;
        f.i = i;
        f.start = start;
        f.label = label;
        Frame.save(f);
        return Frame.SUSPEND;
    }

    public static void main(String[] args) {
        long m = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        Outcome o = Sched.runMain(new Frame() {
            @Override
            public Object resume() {
                return PingPong.main(m, null);
            }
        });
        System.out.flush();
        System.exit(o.exitStatus());
    }
}
