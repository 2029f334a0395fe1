import golc.rt.G;
import golc.rt.sched.Chan;
import golc.rt.sched.Frame;
import golc.rt.sched.Outcome;
import golc.rt.sched.Sched;

/**
 * Measures what decides the frame strategy of the goroutine transform, with hand-written classes in the shape
 * the compiler emits (static method per Go function, frame class, static resume through the function itself).
 *
 * 1. Fast path: a may-block function that does not block, called recursively (depth 20), per call:
 *    H  hybrid (golc's ABI): Object return, SUSPEND compare, frame only on suspension
 *    T  hybrid with a typed (long) return and the suspension signalled in a field of the goroutine
 *    E  eager (Kotlin): a frame allocated at every call
 * 2. Repeated suspension deep in the stack: a goroutine blocks K times in a loop at depth D:
 *    H  hybrid: a resume runs the innermost frame alone
 *    L  lazy capture (GopherJS/Quasar): a resume re-enters every function from the outermost one
 *
 * Go:
 *   func add(n int, c chan int) int { if n == 0 { if c != nil { return <-c }; return 1000 }; return add(n-1, c) + 1 }
 *   func deep(n int, c chan int, k int) int {
 *       if n == 0 { s := 0; for i := 0; i < k; i++ { s += <-c }; return s }
 *       return deep(n-1, c, k) + 1
 *   }
 */
public final class FrameStrategies {
    // ---------------------------------------------------------------- fast path, H
    static final class AddFrame extends Frame {
        long n;
        Chan c;

        @Override
        public Object resume() {
            return addH(0, null, this);
        }
    }

    static Object addH(long n, Chan c, Frame $f) {
        Object r;
        if ($f != null) {
            AddFrame f = (AddFrame) $f;
            n = f.n;
            r = Frame.result(f);
            return f.label == 1 ? r : (Object) ((Long) r + 1);
        }
        if (n == 0) {
            if (c != null) {
                r = Chan.recv(c);
                if (r == Frame.SUSPEND) {
                    return saveAdd(null, 1, n, c);
                }
                return r;
            }
            return 1000L;
        }
        r = addH(n - 1, c, null);
        if (r == Frame.SUSPEND) {
            return saveAdd(null, 2, n, c);
        }
        return (Long) r + 1;
    }

    static Object saveAdd(AddFrame f, int label, long n, Chan c) {
        if (f == null) {
            f = new AddFrame();
        }
        f.label = label;
        f.n = n;
        f.c = c;
        Frame.save(f);
        return Frame.SUSPEND;
    }

    // ---------------------------------------------------------------- fast path, T (typed + flag)
    static final class Gs {
        boolean suspended; // would live in golc.rt.G, passed as a parameter
    }

    static long addT(long n, Chan c, Gs g, Frame $f) {
        if (n == 0) {
            if (c != null) {
                Object r = Chan.recv(c);
                if (r == Frame.SUSPEND) {
                    g.suspended = true;
                    return 0;
                }
                return (Long) r;
            }
            return 1000L;
        }
        long r = addT(n - 1, c, g, null);
        if (g.suspended) {
            saveAdd(null, 2, n, c);
            return 0;
        }
        return r + 1;
    }

    // ---------------------------------------------------------------- fast path, E (eager frame per call)
    static final class AddEFrame extends Frame {
        long n;
        Chan c;

        AddEFrame(Frame caller) {
            this.caller = caller;
        }

        @Override
        public Object resume() {
            return addE(0, null, this, null);
        }
    }

    static Object addE(long n, Chan c, Frame $f, Frame completion) {
        AddEFrame f;
        if ($f != null) {
            f = (AddEFrame) $f;
            Object r = Frame.result(f);
            return f.label == 1 ? r : (Object) ((Long) r + 1);
        }
        f = new AddEFrame(completion);
        f.n = n;
        f.c = c;
        if (n == 0) {
            if (c != null) {
                f.label = 1;
                Object r = Chan.recv(c);
                return r;
            }
            return 1000L;
        }
        f.label = 2;
        Object r = addE(n - 1, c, null, f);
        if (r == Frame.SUSPEND) {
            return r;
        }
        return (Long) r + 1;
    }

    // ---------------------------------------------------------------- deep loop, H
    static final class DeepFrame extends Frame {
        long n, k, s, i;
        Chan c;

        @Override
        public Object resume() {
            return deepH(0, null, 0, this);
        }
    }

    static Object deepH(long n, Chan c, long k, Frame $f) {
        DeepFrame f = (DeepFrame) $f;
        long s = 0, i = 0;
        Object r = null;
        int pc = 0;
        if (f != null) {
            n = f.n;
            c = f.c;
            k = f.k;
            s = f.s;
            i = f.i;
            pc = f.label;
            r = Frame.result(f);
        }
        if (pc == 2) {
            return (Long) r + 1;
        }
        if (pc == 0 && n != 0) {
            r = deepH(n - 1, c, k, null);
            if (r == Frame.SUSPEND) {
                return saveDeep(f, 2, n, c, k, s, i);
            }
            return (Long) r + 1;
        }
        for (;;) {
            if (pc == 1) {
                s += (Long) r;
                i++;
            }
            pc = 1;
            if (i >= k) {
                return s;
            }
            r = Chan.recv(c);
            if (r == Frame.SUSPEND) {
                return saveDeep(f, 1, n, c, k, s, i);
            }
        }
    }

    static Object saveDeep(DeepFrame f, int label, long n, Chan c, long k, long s, long i) {
        if (f == null) {
            f = new DeepFrame();
        }
        f.label = label;
        f.n = n;
        f.c = c;
        f.k = k;
        f.s = s;
        f.i = i;
        Frame.save(f);
        return Frame.SUSPEND;
    }

    // ---------------------------------------------------------------- deep loop, L (lazy: resume from the outermost)
    static final class DeepLFrame extends Frame {
        long n, k, s, i;
        Chan c;
        DeepLFrame inner;
        boolean outermost;

        @Override
        public Object resume() {
            return deepL(0, null, 0, this, false);
        }
    }

    /** The frame just saved by the callee (lazy capture links inwards); one goroutine uses it at a time. */
    static DeepLFrame pendingInner;

    static Object deepL(long n, Chan c, long k, DeepLFrame f, boolean outermost) {
        long s = 0, i = 0;
        Object r = null;
        int pc = 0;
        if (f != null) {
            n = f.n;
            c = f.c;
            k = f.k;
            s = f.s;
            i = f.i;
            pc = f.label;
            outermost = f.outermost;
            if (pc == 2) {
                // re-enter the callee with its frame, passing the resume value down
                DeepLFrame in = f.inner;
                in.ret = f.ret;
                r = deepL(0, null, 0, in, false);
                if (r == Frame.SUSPEND) {
                    return saveDeepL(f, 2, n, c, k, s, i, outermost);
                }
                return (Long) r + 1;
            }
            r = Frame.result(f);
        }
        if (pc == 0 && n != 0) {
            r = deepL(n - 1, c, k, null, false);
            if (r == Frame.SUSPEND) {
                return saveDeepL(f, 2, n, c, k, s, i, outermost);
            }
            return (Long) r + 1;
        }
        for (;;) {
            if (pc == 1) {
                s += (Long) r;
                i++;
            }
            pc = 1;
            if (i >= k) {
                return s;
            }
            r = Chan.recv(c);
            if (r == Frame.SUSPEND) {
                return saveDeepL(f, 1, n, c, k, s, i, outermost);
            }
        }
    }

    static Object saveDeepL(DeepLFrame f, int label, long n, Chan c, long k, long s, long i, boolean outermost) {
        if (f == null) {
            f = new DeepLFrame();
        }
        f.label = label;
        f.n = n;
        f.c = c;
        f.k = k;
        f.s = s;
        f.i = i;
        f.outermost = outermost;
        if (label == 2) {
            f.inner = pendingInner;
        }
        pendingInner = f;
        if (outermost) {
            Frame.save(f); // only the outermost frame is known to the scheduler
        }
        return Frame.SUSPEND;
    }

    // ---------------------------------------------------------------- drivers
    static final class Producer extends Frame {
        final Chan c;
        long i;
        final long k;

        Producer(Chan c, long k) {
            this.c = c;
            this.k = k;
        }

        @Override
        public Object resume() {
            if (label == 1) {
                Frame.result(this);
            }
            for (; i < k; ) {
                i++;
                if (Chan.send(c, 1000L + i) == Frame.SUSPEND) {
                    label = 1;
                    Frame.save(this);
                    return Frame.SUSPEND;
                }
            }
            return null;
        }
    }

    interface Body {
        void run();
    }

    /** Runs a body that does not block on a one-P scheduler (as goroutine 1). */
    static void onScheduler(Body b) {
        Outcome o = new Sched(1).run(new Frame() {
            @Override
            public Object resume() {
                b.run();
                return null;
            }
        });
        if (o.kind != Outcome.Kind.NORMAL) {
            throw new IllegalStateException(String.valueOf(o.panic));
        }
    }

    static long sink;

    static double fastPath(char v, int calls) {
        final int depth = 20;
        long[] ns = new long[1];
        onScheduler(() -> {
            Gs gs = new Gs();
            long t0 = System.nanoTime();
            long acc = 0;
            for (int j = 0; j < calls / depth; j++) {
                switch (v) {
                    case 'H':
                        acc += (Long) addH(depth, null, null);
                        break;
                    case 'T':
                        acc += addT(depth, null, gs, null);
                        break;
                    default:
                        acc += (Long) addE(depth, null, null, null);
                }
            }
            ns[0] = System.nanoTime() - t0;
            sink += acc;
        });
        return (double) ns[0] / calls;
    }

    /** ns per received value for a goroutine blocked k times at depth d (the producer on the same P). */
    static double deepLoop(char v, int d, long k) {
        Chan c = Chan.make(0L, 0);
        long[] t = new long[2];
        Outcome o = new Sched(1).run(new Frame() {
            @Override
            public Object resume() {
                if (label == 0) {
                    Sched.go(new Producer(c, k));
                    t[0] = System.nanoTime();
                    Object r = v == 'H' ? deepH(d, c, k, null) : deepL(d, c, k, null, true);
                    if (r == Frame.SUSPEND) {
                        label = 1;
                        // re-use this entry frame as main's own frame: it receives deep's result
                        Frame last = G.current().last;
                        if (last != this) {
                            Frame.save(this);
                        }
                        return Frame.SUSPEND;
                    }
                    t[1] = System.nanoTime();
                    sink += (Long) r;
                    return null;
                }
                t[1] = System.nanoTime();
                sink += (Long) Frame.result(this);
                return null;
            }
        });
        if (o.kind != Outcome.Kind.NORMAL) {
            throw new IllegalStateException(String.valueOf(o.panic));
        }
        return (double) (t[1] - t[0]) / k;
    }

    public static void main(String[] args) {
        int calls = 20_000_000;
        for (int warm = 0; warm < 3; warm++) {
            fastPath('H', calls);
            fastPath('T', calls);
            fastPath('E', calls);
        }
        System.out.printf("fast path, ns per call (depth-20 recursion, never blocks):%n");
        for (char v : new char[] {'H', 'T', 'E'}) {
            double best = Double.MAX_VALUE;
            for (int r = 0; r < 5; r++) {
                best = Math.min(best, fastPath(v, calls));
            }
            System.out.printf("  %c %.2f%n", v, best);
        }
        long k = 300_000;
        for (int warm = 0; warm < 2; warm++) {
            for (int d : new int[] {1, 10, 100}) {
                deepLoop('H', d, k);
                deepLoop('L', d, k);
            }
        }
        System.out.printf("blocked loop at depth D, ns per receive (hand-off to a producer goroutine, P=1):%n");
        for (int d : new int[] {1, 10, 100}) {
            double h = Double.MAX_VALUE, l = Double.MAX_VALUE;
            for (int r = 0; r < 3; r++) {
                h = Math.min(h, deepLoop('H', d, k));
                l = Math.min(l, deepLoop('L', d, k));
            }
            System.out.printf("  D=%-4d H %.1f   L %.1f%n", d, h, l);
        }
        System.err.println("sink=" + sink);
    }
}
