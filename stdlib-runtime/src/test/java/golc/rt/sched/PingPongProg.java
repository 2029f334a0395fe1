package golc.rt.sched;

/**
 * Hand-compiled Go, in the shape the goroutine transform emits (see docs/ARCHITECTURE.md):
 *
 * <pre>
 * func echo(ping, pong chan int) {      // line 3
 *     for v := range ping {             // line 4
 *         pong <- v + 1                 // line 5
 *     }
 *     close(pong)                       // line 7
 * }
 * func run(m int) int {                 // line 9
 *     ping, pong := make(chan int), make(chan int)
 *     go echo(ping, pong)               // line 11
 *     v := 0
 *     for i := 0; i < m; i++ {
 *         ping <- v                     // line 14
 *         v = <-pong                    // line 15
 *     }
 *     close(ping)
 *     <-pong                            // line 18
 *     return v
 * }
 * </pre>
 */
final class PingPongProg {
    private PingPongProg() {
    }

    static final class EchoFrame extends Frame {
        Chan ping, pong;

        @Override
        public Object resume() {
            return echo(null, null, this);
        }

        @Override
        public StackTraceElement site() {
            return new StackTraceElement("go.main.package", "echo", "pingpong.go", label == 1 ? 4 : 5);
        }
    }

    /** The go statement's entry frame: evaluated arguments, a fresh call. */
    static final class EchoStart extends Frame {
        final Chan ping, pong;

        EchoStart(Chan ping, Chan pong) {
            this.ping = ping;
            this.pong = pong;
        }

        @Override
        public Object resume() {
            return echo(ping, pong, null);
        }

        @Override
        public StackTraceElement site() {
            return new StackTraceElement("go.main.package", "run", "pingpong.go", 11);
        }
    }

    static Object echo(Chan ping, Chan pong, Frame $frame) {
        EchoFrame f = (EchoFrame) $frame;
        int pc = 0;
        Object r = null;
        if (f != null) {
            ping = f.ping;
            pong = f.pong;
            pc = f.label;
            r = Frame.result(f);
        }
        for (;;) {
            switch (pc) {
                case 0:
                    r = Chan.recv2(ping);
                    if (r == Frame.SUSPEND) {
                        return suspendEcho(f, 1, ping, pong);
                    }
                    // fall through
                case 1:
                    if (r == Chan.CLOSED) {
                        Chan.close(pong);
                        return null;
                    }
                    r = Chan.send(pong, (Long) r + 1);
                    if (r == Frame.SUSPEND) {
                        return suspendEcho(f, 2, ping, pong);
                    }
                    // fall through
                case 2:
                    pc = 0;
                    break;
                default:
                    throw new IllegalStateException();
            }
        }
    }

    private static Object suspendEcho(EchoFrame f, int label, Chan ping, Chan pong) {
        if (f == null) {
            f = new EchoFrame();
        }
        f.ping = ping;
        f.pong = pong;
        f.label = label;
        Frame.save(f);
        return Frame.SUSPEND;
    }

    static final class RunFrame extends Frame {
        Chan ping, pong;
        long m, v, i;

        @Override
        public Object resume() {
            return run(0, this);
        }

        @Override
        public StackTraceElement site() {
            return new StackTraceElement("go.main.package", "run", "pingpong.go",
                    label == 1 ? 14 : label == 2 ? 15 : 18);
        }
    }

    static Object run(long m, Frame $frame) {
        RunFrame f = (RunFrame) $frame;
        Chan ping = null, pong = null;
        long v = 0, i = 0;
        int pc = 0;
        Object r = null;
        if (f != null) {
            ping = f.ping;
            pong = f.pong;
            m = f.m;
            v = f.v;
            i = f.i;
            pc = f.label;
            r = Frame.result(f);
        }
        for (;;) {
            switch (pc) {
                case 0:
                    ping = Chan.make(0L, 0);
                    pong = Chan.make(0L, 0);
                    Sched.go(new EchoStart(ping, pong));
                    v = 0;
                    i = 0;
                    // fall through
                case 10:
                    if (i >= m) {
                        Chan.close(ping);
                        r = Chan.recv(pong);
                        if (r == Frame.SUSPEND) {
                            return suspendRun(f, 3, ping, pong, m, v, i);
                        }
                        return v;
                    }
                    r = Chan.send(ping, v);
                    if (r == Frame.SUSPEND) {
                        return suspendRun(f, 1, ping, pong, m, v, i);
                    }
                    // fall through
                case 1:
                    r = Chan.recv(pong);
                    if (r == Frame.SUSPEND) {
                        return suspendRun(f, 2, ping, pong, m, v, i);
                    }
                    // fall through
                case 2:
                    v = (Long) r;
                    i++;
                    pc = 10;
                    break;
                case 3:
                    return v;
                default:
                    throw new IllegalStateException();
            }
        }
    }

    private static Object suspendRun(RunFrame f, int label, Chan ping, Chan pong, long m, long v, long i) {
        if (f == null) {
            f = new RunFrame();
        }
        f.ping = ping;
        f.pong = pong;
        f.m = m;
        f.v = v;
        f.i = i;
        f.label = label;
        Frame.save(f);
        return Frame.SUSPEND;
    }

    /** The entry frame of goroutine 1 for a run of m round trips; the result lands in {@code result}. */
    static final class Main extends Frame {
        final long m;
        volatile long result = -1;

        Main(long m) {
            this.m = m;
        }

        @Override
        public Object resume() {
            // main calls run(m) and stores its result: a two-frame goroutine
            Object r = run(m, null);
            if (r == Frame.SUSPEND) {
                return suspendMain();
            }
            result = (Long) r;
            return null;
        }

        private Object suspendMain() {
            MainFrame mf = new MainFrame(this);
            Frame.save(mf);
            return Frame.SUSPEND;
        }
    }

    /** main's own frame once run(m) has suspended: receives run's result. */
    static final class MainFrame extends Frame {
        final Main main;

        MainFrame(Main main) {
            this.main = main;
        }

        @Override
        public Object resume() {
            main.result = (Long) Frame.result(this);
            return null;
        }

        @Override
        public StackTraceElement site() {
            return new StackTraceElement("go.main.package", "main", "pingpong.go", 22);
        }
    }
}
