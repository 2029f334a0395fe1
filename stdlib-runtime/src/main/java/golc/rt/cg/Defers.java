package golc.rt.cg;

import golc.rt.Func;
import golc.rt.G;
import golc.rt.GoPanic;
import golc.rt.PanicPrinter;
import golc.rt.RuntimeError;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The deferred calls of one function activation, and Go's panic/recover around them.
 *
 * <p>A function with defer creates a Defers, pushes each deferred call, and when it returns or a Throwable
 * escapes its body calls {@link #run}: the calls run last-in first-out; while a panic is in flight it is the
 * goroutine's current panic, which {@link #recover} stops. A deferred call that panics replaces the panic
 * (linking the old one for the report). If a panic is still in flight after the last call, run throws it;
 * otherwise the function returns normally. JVM faults (NullPointerException, ArithmeticException,
 * ArrayIndexOutOfBounds, ClassCast) become Go runtime errors here; JVM Errors other than those golc maps (stack
 * overflow) pass through untouched, as Go's fatal errors skip deferred calls.
 */
public final class Defers {
    private Func[] fns = new Func[2];
    private Object[][] args = new Object[2][];
    private int n;

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
     * panic it raises goes to the function's handler, which runs the remaining calls with {@link #run}.
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

    /** Runs the deferred calls; {@code t} is what escaped the body (null on a normal return). */
    public void run(Throwable t) {
        GoPanic p = null;
        if (t != null) {
            p = PanicPrinter.toGoPanic(t);
            if (p == null) {
                throw sneaky(t);
            }
        }
        ArrayList<GoPanic> stack = panics();
        while (n > 0) {
            n--;
            Func f = fns[n];
            Object[] a = args[n];
            fns[n] = null;
            args[n] = null;
            if (p != null) {
                stack.add(p);
            }
            try {
                if (f == null) {
                    throw RuntimeError.nilDeref();
                }
                f.invoke(a);
            } catch (Throwable t2) {
                GoPanic p2 = PanicPrinter.toGoPanic(t2);
                if (p2 == null) {
                    throw sneaky(t2);
                }
                if (p != null && p2 != p && p2.link == null) {
                    p2.link = p;
                }
                if (p != null) {
                    stack.remove(stack.size() - 1);
                }
                p = p2;
                continue;
            }
            if (p != null) {
                stack.remove(stack.size() - 1);
                if (p.recovered) {
                    p = null;
                }
            }
        }
        if (p != null) {
            throw p;
        }
    }

    /** Go's recover(): stops the panic in flight, if any, and returns its value. */
    public static Object recover() {
        ArrayList<GoPanic> stack = panics();
        if (stack.isEmpty()) {
            return null;
        }
        GoPanic p = stack.get(stack.size() - 1);
        if (p.recovered) {
            return null;
        }
        p.recovered = true;
        return p.value;
    }

    @SuppressWarnings("unchecked")
    private static ArrayList<GoPanic> panics() {
        G g = G.current();
        if (!(g.panicState instanceof ArrayList)) {
            g.panicState = new ArrayList<GoPanic>();
        }
        return (ArrayList<GoPanic>) g.panicState;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
