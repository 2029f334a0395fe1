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
 * (linking the old one for the report). runtime.Goexit unwinds the same way, but recover() returns nil for it.
 * recover() stops a panic only in the deferred call itself (see {@link #deferToken}). If a panic is still in flight after the last call, run throws it;
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
        G.current().deferCall = null;
        if (f == null) {
            throw RuntimeError.nilDeref();
        }
        if (f instanceof DeferredRecover r) {
            return recover(r.token);
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
        G g = G.current();
        Active call = null;
        if (unwinding != null) {
            call = new Active(unwinding);
            panics(g).add(call);
        }
        g.deferCall = call;
        if (f == null) {
            throw RuntimeError.nilDeref();
        }
        if (f instanceof DeferredRecover r) {
            // "defer recover()" recovers only when its function returns normally, not called by a panic
            return unwinding == null ? recover(r.token) : null;
        }
        return f.invoke(a);
    }

    /** The deferred call made by {@link #invokeUnwinding} returned: a panic it recovered stops unwinding. */
    public void returned() {
        if (unwinding != null) {
            ArrayList<Active> stack = panics(G.current());
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
            ArrayList<Active> stack = panics(G.current());
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

    /**
     * Go's recover() in a function whose {@link #deferToken} is {@code token}: stops the panic in flight and
     * returns its value when the function is the deferred call that panic is running (Go: "recover was called
     * directly by a deferred function"); nil otherwise, and while Goexit unwinds.
     */
    public static Object recover(Object token) {
        if (token == null) {
            return null;
        }
        ArrayList<Active> stack = panics(G.current());
        if (stack.isEmpty() || stack.get(stack.size() - 1) != token) {
            return null;
        }
        if (!(((Active) token).unwinding instanceof GoPanic p) || p.recovered) {
            return null;
        }
        p.recovered = true;
        return p.value;
    }

    /**
     * At the entry of a function that calls recover(): the token of the deferred call it is, if it was called
     * directly (through func-value and method wrappers only) by the deferred-call loop of a panic still running;
     * else null. Only such a call's recover() stops the panic. The check walks the few Java frames between this
     * function and the loop, and only while a panic is running one of its deferred calls.
     */
    public static Object deferToken() {
        G g = G.current();
        Active call = g.deferCall instanceof Active a ? a : null;
        if (call == null) {
            return null;
        }
        ArrayList<Active> stack = panics(g);
        if (stack.isEmpty() || stack.get(stack.size() - 1) != call) {
            return null;
        }
        return WALKER.walk(frames -> directlyDeferred(frames.skip(1).iterator())) ? call : null;
    }

    private static final StackWalker WALKER = StackWalker.getInstance();

    /**
     * Frames outward from the function asking (the first frame): wrappers are skipped (func-value classes,
     * interface bridges, method-value wrappers "-fm", and promoted-method wrappers, recognised as a method of
     * the same name forwarding to it: {@code Outer·M} calling {@code T·M}); the first other Go function, or the
     * defer loop, decides. (A method that explicitly calls the same-named method of an embedded field is taken
     * for such a wrapper.)
     */
    private static boolean directlyDeferred(java.util.Iterator<StackWalker.StackFrame> it) {
        String callee = it.hasNext() ? it.next().getMethodName() : "";
        for (int i = 0; i < 32 && it.hasNext(); i++) {
            StackWalker.StackFrame f = it.next();
            String cls = f.getClassName();
            if (cls.equals(Defers.class.getName())) {
                return f.getMethodName().equals("invokeUnwinding");
            }
            if (cls.startsWith("go.") && cls.endsWith(".package")) {
                String m = f.getMethodName();
                if (!m.endsWith("-fm") && !(m.indexOf('\u00b7') >= 0 && methodName(m).equals(methodName(callee)))) {
                    return false;
                }
                callee = m;
            }
        }
        return false;
    }

    /** "M" of a method symbol "T·M" or "(*T)·M". */
    private static String methodName(String symbol) {
        return symbol.substring(symbol.lastIndexOf('\u00b7') + 1);
    }

    /** One deferred call made while a panic (or Goexit) unwinds: the token recover() compares. */
    static final class Active {
        final Throwable unwinding;

        Active(Throwable unwinding) {
            this.unwinding = unwinding;
        }
    }

    /**
     * {@code defer recover()}: Go's recover called by the defer mechanism itself, which stops a panic only when
     * the function that deferred it returns normally while being itself the deferred call of that panic. Codegen
     * pushes it with the deferring function's {@link #deferToken}; the loops above call recover for it.
     */
    public static final class DeferredRecover extends Func {
        final Object token;

        public DeferredRecover(Object token) {
            this.token = token;
        }

        @Override
        public Object invoke(Object[] args) {
            return null; // never called: invokeNext and invokeUnwinding handle it
        }
    }

    /** The goroutine's deferred calls being made by panics (and Goexits), innermost last. */
    @SuppressWarnings("unchecked")
    private static ArrayList<Active> panics(G g) {
        if (!(g.panicState instanceof ArrayList)) {
            g.panicState = new ArrayList<Active>();
        }
        return (ArrayList<Active>) g.panicState;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
