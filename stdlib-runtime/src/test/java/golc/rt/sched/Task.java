package golc.rt.sched;

/**
 * Test helper: a goroutine whose whole body is one hand-compiled state machine (a Go function with no blocking
 * callees, so its own frame is also the goroutine's entry frame). {@link #step} receives, on resume, the result
 * of the operation it suspended in; {@link #parked} is the code the transform emits after each may-block call.
 */
abstract class Task extends Frame {
    @Override
    public final Object resume() {
        Object r = label == 0 ? null : Frame.result(this);
        return step(r);
    }

    protected abstract Object step(Object r);

    /** After a may-block call: when it returned SUSPEND, saves this frame at {@code next} and returns true. */
    protected final boolean parked(Object r, int next) {
        if (r != Frame.SUSPEND) {
            return false;
        }
        label = next;
        Frame.save(this);
        return true;
    }

    /** The entry frame of a go statement starting t: what codegen emits, with t's fresh call and the go site. */
    static Frame start(Task t, StackTraceElement goStatement) {
        return new Frame() {
            @Override
            public Object resume() {
                return t.resume();
            }

            @Override
            public StackTraceElement site() {
                return goStatement;
            }
        };
    }

    /** Runs main on a fresh scheduler with the given number of Ps and expects a normal end. */
    static Outcome run(int procs, Frame main) {
        Outcome o = new Sched(procs).run(main);
        if (o.kind == Outcome.Kind.PANIC) {
            throw new AssertionError("goroutine " + o.goroutine.id + " panicked", o.panic);
        }
        if (o.kind == Outcome.Kind.FATAL) {
            throw new AssertionError(o.fatalText);
        }
        return o;
    }
}
