package golc.rt.cg;

import golc.rt.Func;
import golc.rt.G;
import golc.rt.GoPanic;
import golc.rt.PanicPrinter;
import golc.rt.RuntimeError;
import golc.rt.sched.Frame;
import golc.rt.sched.Goexit;
import golc.rt.sched.Sched;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The deferred calls of one function activation, and Go's panic/recover around them.
 *
 * <p>A function with defer creates a Defers, pushes each deferred call, and when it returns or a Throwable
 * escapes its body calls {@link #run}: the calls run last-in first-out; while a panic is in flight it is the
 * goroutine's current panic, which {@link #recover} stops. A deferred call that panics replaces the panic
 * (linking the old one for the report). runtime.Goexit unwinds the same way, but recover() returns nil for it. If a panic is still in flight after the last call, run throws it;
 * otherwise the function returns normally. JVM faults (NullPointerException, ArithmeticException,
 * ArrayIndexOutOfBounds, ClassCast) become Go runtime errors here; JVM Errors other than those golc maps (stack
 * overflow) pass through untouched, as Go's fatal errors skip deferred calls.
 */
public final class Defers {
    private Func[] fns = new Func[2];
    private Object[][] args = new Object[2][];
    private int n;
    /** The panic (GoPanic) or Goexit unwinding this activation, null when none; saved with the frame. */
    private Throwable unwinding;

    public void push(Func f, Object[] a) {
        if (n == fns.length) {
            fns = Arrays.copyOf(fns, n * 2);
            args = Arrays.copyOf(args, n * 2);
        }
        fns[n] = f;
        args[n] = a;
        n++;
    }

    /** Whether deferred calls remain (the goroutine transform runs them one by one on a normal return). */
    public boolean pending() {
        return n > 0;
    }

    /**
     * Pops the last deferred call and makes it, returning what {@code Func.invoke} returns: for the goroutine
     * transform, whose deferred calls may suspend (the result may be Frame.SUSPEND). Normal returns only: a
     * panic it raises goes to the function's handler, which unwinds the remaining calls.
     */
    public Object invokeNext() {
        n--;
        Func f = fns[n];
        Object[] a = args[n];
        fns[n] = null;
        args[n] = null;
        if (f == null) {
            throw RuntimeError.nilDeref();
        }
        return f.invoke(a);
    }

    /**
     * Runs the deferred calls; {@code t} is what escaped the body (null on a normal return). For functions that
     * cannot block, whose deferred calls therefore never suspend; the goroutine transform makes the same steps
     * ({@link #unwind}, {@link #invokeUnwinding}, {@link #returned}, {@link #panicked}, {@link #endUnwind}) in
     * generated code, each deferred call a suspension point.
     */
    public void run(Throwable t) {
        if (t != null) {
            unwind(t);
        }
        while (n > 0) {
            try {
                if (invokeUnwinding() == Frame.SUSPEND) {
                    throw new IllegalStateException("golc: a deferred call suspended outside the goroutine transform");
                }
            } catch (Throwable t2) {
                panicked(t2);
                continue;
            }
            returned();
        }
        endUnwind();
    }

    /**
     * What escaped the function's body (or a deferred call made on a normal return) starts unwinding this
     * activation: a Go panic (JVM faults become Go run-time errors) or runtime.Goexit. Anything else (a Go
     * fatal error, a JVM error golc does not map) passes through without running the deferred calls.
     */
    public void unwind(Throwable t) {
        GoPanic p = PanicPrinter.toGoPanic(t);
        if (p != null) {
            Sched.notePanicCallers(p);
            unwinding = p;
        } else if (t instanceof Goexit) {
            unwinding = t;
        } else {
            throw sneaky(t);
        }
    }

    /**
     * Pops the last deferred call and makes it with the panic in flight (if any) as the goroutine's current
     * panic, which recover() sees. Returns what {@code Func.invoke} returns (Frame.SUSPEND when the call parked;
     * the generated code then resumes here). Follow with {@link #returned} when it returns, {@link #panicked}
     * when it throws.
     */
    public Object invokeUnwinding() {
        n--;
        Func f = fns[n];
        Object[] a = args[n];
        fns[n] = null;
        args[n] = null;
        if (unwinding != null) {
            panics().add(unwinding);
        }
        if (f == null) {
            throw RuntimeError.nilDeref();
        }
        return f.invoke(a);
    }

    /** The deferred call made by {@link #invokeUnwinding} returned: a panic it recovered stops unwinding. */
    public void returned() {
        if (unwinding != null) {
            ArrayList<Throwable> stack = panics();
            stack.remove(stack.size() - 1);
            if (unwinding instanceof GoPanic p && p.recovered) {
                unwinding = null;
            }
        }
    }

    /** The deferred call made by {@link #invokeUnwinding} panicked: its panic replaces the one in flight. */
    public void panicked(Throwable t) {
        Throwable old = unwinding;
        if (old != null) {
            ArrayList<Throwable> stack = panics();
            stack.remove(stack.size() - 1);
        }
        unwind(t);
        if (old instanceof GoPanic p && unwinding instanceof GoPanic p2 && p2 != p && p2.link == null) {
            p2.link = p;
        }
    }

    /** After the last deferred call: the panic (or Goexit) still in flight continues into the caller. */
    public void endUnwind() {
        Throwable t = unwinding;
        if (t != null) {
            unwinding = null;
            throw sneaky(t);
        }
    }

    /** Go's recover(): stops the panic in flight, if any, and returns its value (nil while Goexit unwinds). */
    public static Object recover() {
        ArrayList<Throwable> stack = panics();
        if (stack.isEmpty() || !(stack.get(stack.size() - 1) instanceof GoPanic p) || p.recovered) {
            return null;
        }
        p.recovered = true;
        return p.value;
    }

    /** The goroutine's panics (and Goexits) whose deferred calls are running, innermost last. */
    @SuppressWarnings("unchecked")
    private static ArrayList<Throwable> panics() {
        G g = G.current();
        if (!(g.panicState instanceof ArrayList)) {
            g.panicState = new ArrayList<Throwable>();
        }
        return (ArrayList<Throwable>) g.panicState;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
