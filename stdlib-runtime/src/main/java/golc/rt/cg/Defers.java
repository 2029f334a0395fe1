package golc.rt.cg;

import golc.rt.Func;
import golc.rt.G;
import golc.rt.GoPanic;
import golc.rt.PanicPrinter;
import golc.rt.RuntimeError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
                if (p != null) {
                    p.deferFn = f;
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

    /**
     * Go's recover(): stops the panic in flight and returns its value, if it is called directly by the deferred
     * call the panic is running; otherwise (no panic, already recovered, called from a function that the
     * deferred function called, or {@code defer recover()} run by the panic itself) nil.
     */
    public static Object recover() {
        ArrayList<GoPanic> stack = panics();
        if (stack.isEmpty()) {
            return null;
        }
        GoPanic p = stack.get(stack.size() - 1);
        if (p.recovered || p.deferFn == null || !calledByDeferredCall(p.deferFn.getClass())) {
            return null;
        }
        p.recovered = true;
        return p.value;
    }

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /**
     * Whether the Go function that called recover was invoked by {@link #run} through a func value of class
     * {@code deferred}, only through wrappers on the way (the func value's own invoke/call, a bound method
     * value's {@code -fm} function, an interface bridge of a type class), as gc treats its wrappers. A
     * {@code defer recover()} (a lowered wrapper {@code outer·recover·N}) counts as a call of recover by the
     * function {@code outer} that deferred it, when that function's own return runs it.
     */
    private static boolean calledByDeferredCall(Class<?> deferred) {
        List<StackWalker.StackFrame> frames = WALKER.walk(s -> s.skip(2).limit(64).toList());
        int i = 0;
        if (i < frames.size() && isRecoverWrapper(frames.get(i))) {
            i = skipFuncValueFrames(frames, i + 1);
            if (i >= frames.size() || frames.get(i).getDeclaringClass() != Defers.class) {
                return false;
            }
            i++; // the function whose deferred calls are running
        }
        i++;
        while (i < frames.size() && isWrapper(frames.get(i))) {
            i++;
        }
        if (i < frames.size() && resumed(frames.get(i))) {
            // The deferred function suspended and was resumed by the scheduler, which lost the Java frames
            // that called it: it is taken to be the deferred call (the common case).
            return true;
        }
        if (i >= frames.size() || frames.get(i).getDeclaringClass() != deferred) {
            return false;
        }
        while (i < frames.size() && frames.get(i).getDeclaringClass() == deferred) {
            i++;
        }
        return i < frames.size() && frames.get(i).getDeclaringClass() == Defers.class
                && frames.get(i).getMethodName().equals("run");
    }

    private static boolean resumed(StackWalker.StackFrame f) {
        Class<?> c = f.getDeclaringClass();
        return golc.rt.sched.Frame.class.isAssignableFrom(c) || c.getName().startsWith("golc.rt.sched.");
    }

    private static int skipFuncValueFrames(List<StackWalker.StackFrame> frames, int i) {
        while (i < frames.size() && Func.class.isAssignableFrom(frames.get(i).getDeclaringClass())) {
            i++;
        }
        return i;
    }

    private static boolean isRecoverWrapper(StackWalker.StackFrame f) {
        String m = f.getMethodName();
        int k = m.lastIndexOf("\u00b7recover\u00b7");
        return k > 0 && k + 9 < m.length() && m.substring(k + 9).chars().allMatch(Character::isDigit);
    }

    private static boolean isWrapper(StackWalker.StackFrame f) {
        Class<?> c = f.getDeclaringClass();
        return f.getMethodName().endsWith("-fm") || golc.rt.GoStruct.class.isAssignableFrom(c)
                || golc.rt.Named.class.isAssignableFrom(c);
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
