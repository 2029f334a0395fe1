package golc.rt.sched;

import golc.rt.G;

/**
 * A saved activation of a Go function that was suspended (the goroutine transform's continuation object).
 *
 * <p>The ABI (docs/ARCHITECTURE.md, "Goroutines and the scheduler") in short: a Go function that may block
 * compiles to {@code static R f(params..., Frame $frame)}; it returns {@link #SUSPEND} (R is then
 * {@code Object}) when the goroutine must wait. A fresh call passes {@code null}. When a call returns SUSPEND,
 * the caller stores its live locals and the resume label into its frame (allocated then, or reused when it was
 * itself resumed), calls {@link #save}, and returns SUSPEND too. The generated frame class implements
 * {@link #resume} as {@code return package.f(zeros..., this);} and {@link #site}.
 *
 * <p>Frames link outwards ({@link #caller}); the scheduler resumes the innermost frame alone and hands what it
 * returns to its caller frame, as Kotlin's {@code BaseContinuationImpl.resumeWith} loop does.
 */
public abstract class Frame {
    /** Returned by a may-block function (and by the blocking runtime primitives) when the goroutine parks. */
    public static final Object SUSPEND = new Object() {
        @Override
        public String toString() {
            return "SUSPEND";
        }
    };

    /** The frame to return into when this one finishes; null for the goroutine's outermost function. */
    public Frame caller;
    /** Where to continue: the number of the suspension point (generated code's choice; 0 is never resumed). */
    public int label;
    /** The result of the call this frame waits on, set by the scheduler just before {@link #resume}. */
    public Object ret;
    /** Or the panic that call ended with, rethrown at the call site by {@link #result}. */
    public Throwable thrown;

    /** Re-enters the function at {@link #label}: generated as {@code return package.f(zeros..., this);}. */
    public abstract Object resume();

    /**
     * The Go function and the line of the call it is suspended in, as the trace printer decodes Java frames:
     * class {@code go.<pkg>.package}, method = Go symbol, file = .go path, line = Go line. For the entry frame
     * of a goroutine (which is not on the Go stack) it is the {@code go} statement ("created by"); null hides
     * the frame.
     */
    public StackTraceElement site() {
        return null;
    }

    /**
     * Generated code, on the resume path at a suspension point: the result of the call that suspended, or its
     * panic rethrown here, inside the same exception ranges as the original call (so defers and recover see it).
     */
    public static Object result(Frame f) {
        Throwable t = f.thrown;
        Object r = f.ret;
        f.ret = null;
        if (t != null) {
            f.thrown = null;
            throw Frame.<RuntimeException>sneaky(t);
        }
        if (r == Chan.SEND_ON_CLOSED) {
            // a sender woken by close: the panic is made here so that its trace is the sender's
            throw Panics.plain("send on closed channel");
        }
        return r;
    }

    /**
     * Generated code, after a callee returned SUSPEND and the live locals and label were stored in {@code f}:
     * links {@code f} into the goroutine's chain of saved frames, outside the ones saved so far.
     */
    public static void save(Frame f) {
        G g = G.current();
        Frame last = g.last;
        if (last == null) {
            g.top = f;
        } else if (last != f) {
            last.caller = f;
        }
        g.last = f;
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
