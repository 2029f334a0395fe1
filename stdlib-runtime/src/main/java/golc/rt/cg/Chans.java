package golc.rt.cg;

import golc.rt.Stdio;
import golc.rt.sched.Chan;
import golc.rt.sched.Frame;

/**
 * Channel operations for code that has not been through the goroutine transform (not written yet): they
 * complete at once when they can (buffered channels, closed channels); an operation that would have to wait
 * can never be woken, since such a program has no other goroutine, so it is Go's deadlock: a fatal error,
 * which no deferred call or recover sees, printed as Go prints it, exit status 2.
 */
public final class Chans {
    private Chans() {}

    static final String DEADLOCK = "all goroutines are asleep - deadlock!";

    public static void send(Chan c, Object v) {
        noWait(c == null);
        try {
            noWait(Chan.send(c, v) == Frame.SUSPEND);
        } catch (IllegalStateException notOnScheduler) {
            noWait(true); // it would have parked: the program is over, its locks no longer matter
        }
    }

    public static Object recv(Chan c) {
        return receive(c, false);
    }

    /** v, ok := <-c: the element, or {@link Chan#CLOSED}. */
    public static Object recv2(Chan c) {
        return receive(c, true);
    }

    private static Object receive(Chan c, boolean withOk) {
        noWait(c == null);
        Object r;
        try {
            r = withOk ? Chan.recv2(c) : Chan.recv(c);
        } catch (IllegalStateException notOnScheduler) {
            r = Frame.SUSPEND;
        }
        noWait(r == Frame.SUSPEND);
        return r;
    }

    private static void noWait(boolean wouldBlock) {
        if (wouldBlock) {
            Stdio.flush();
            Stdio.write(2, "fatal error: " + DEADLOCK + "\n");
            Stdio.flush();
            Stdio.exit(2);
        }
    }
}
