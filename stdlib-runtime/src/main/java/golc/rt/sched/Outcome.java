package golc.rt.sched;

import golc.rt.G;

/**
 * How a program run by {@link Sched#run} ended: main returned, a goroutine panicked (the entry point prints the
 * panic with {@link #goroutine} and {@link #stack}), or a fatal runtime error ({@link #fatalText}, already in
 * Go's format: "fatal error: ...", a blank line, the goroutine dump). Go exits with status 2 for the last two.
 */
public final class Outcome {
    public enum Kind { NORMAL, PANIC, FATAL }

    public final Kind kind;
    public final G goroutine;
    public final Throwable panic;
    public final StackTraceElement[] stack;
    public final String fatalText;

    private Outcome(Kind kind, G goroutine, Throwable panic, StackTraceElement[] stack, String fatalText) {
        this.kind = kind;
        this.goroutine = goroutine;
        this.panic = panic;
        this.stack = stack;
        this.fatalText = fatalText;
    }

    static Outcome normal() {
        return new Outcome(Kind.NORMAL, null, null, null, null);
    }

    static Outcome panic(G g, Throwable t, StackTraceElement[] stack) {
        return new Outcome(Kind.PANIC, g, t, stack, null);
    }

    static Outcome fatal(String text) {
        return new Outcome(Kind.FATAL, null, null, null, text);
    }

    /**
     * For a panic: the "created by" line of the goroutine (its go statement, as the start frame's site()), or
     * null for main.
     */
    public StackTraceElement createdBy() {
        return goroutine == null || goroutine.start == null ? null : goroutine.start.site();
    }

    /** Go's exit status for this ending. */
    public int exitStatus() {
        return kind == Kind.NORMAL ? 0 : 2;
    }
}
