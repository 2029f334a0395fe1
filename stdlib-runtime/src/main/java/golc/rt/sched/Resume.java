package golc.rt.sched;

import golc.rt.G;
import golc.rt.GoPanic;
import java.util.ArrayList;

/**
 * The resume loop: runs a goroutine's innermost saved frame, hands what it returns (or throws) to the frame
 * below it, and so on, until the goroutine suspends again or its outermost function ends. This is the only
 * place the runtime calls {@link Frame#resume}, and the place where a suspension is committed (Go's gopark
 * finishing on g0): the goroutine becomes WAITING only once its frames are all saved.
 */
final class Resume {
    private Resume() {
    }

    static void run(Sched s, G g) {
        Object v = g.wakeValue;
        Throwable t = g.wakeThrown;
        g.wakeValue = null;
        g.wakeThrown = null;
        if (g.selWaiters != null) {
            Select.unlinkStale(g);
        }
        Frame f = g.top;
        for (;;) {
            if (f == null) {
                if (v == Chan.SEND_ON_CLOSED && t == null) {
                    // the entry frame returned a send's SUSPEND directly (tail suspension) and close woke it
                    t = Panics.plain("send on closed channel");
                }
                g.resuming = null;
                s.finished(g, t);
                return;
            }
            g.top = null;
            g.last = null;
            g.resuming = f;
            f.ret = v;
            f.thrown = t;
            Object r;
            try {
                r = f.resume();
                t = null;
            } catch (Throwable e) {
                r = null;
                t = e;
                if (e != g.lastThrown) {
                    g.lastThrown = e;
                    g.lastThrownCallers = e instanceof GoPanic p && p.goCallers != null ? p.goCallers : sites(f.caller);
                }
            }
            if (r != Frame.SUSPEND || t != null) {
                v = r;
                f = f.caller;
                continue;
            }
            // suspended: splice the frames saved during this resume onto f's caller
            if (g.top == null) {
                g.top = f.caller; // f returned a blocking primitive's result directly (no frame of its own)
            } else if (g.last != f) {
                g.last.caller = f.caller;
            }
            g.last = null;
            g.resuming = null;
            int st = g.status();
            if (st == G.YIELDING) {
                g.setStatus(G.RUNNABLE);
                s.globalPut(g);
                return;
            }
            if (st == G.PARKING && !g.listed) {
                s.list(g); // before it becomes WAITING: a waker could run it to its end at once
            }
            if (st == G.PARKING && g.casStatus(G.PARKING, G.WAITING)) {
                return;
            }
            if (g.status() != G.WOKEN) {
                throw new IllegalStateException(g + " suspended without parking (status " + st + ")");
            }
            // woken while its frames were still being saved: continue at once
            g.setStatus(G.RUNNING);
            v = g.wakeValue;
            t = g.wakeThrown;
            g.wakeValue = null;
            g.wakeThrown = null;
            if (g.selWaiters != null) {
                Select.unlinkStale(g);
            }
            f = g.top;
        }
    }

    /** The Go call sites of a frame chain, innermost first (frames whose site() is null are left out). */
    static StackTraceElement[] sites(Frame f) {
        ArrayList<StackTraceElement> out = new ArrayList<>();
        for (; f != null; f = f.caller) {
            StackTraceElement e = f.site();
            if (e != null) {
                out.add(e);
            }
        }
        return out.toArray(new StackTraceElement[0]);
    }
}
