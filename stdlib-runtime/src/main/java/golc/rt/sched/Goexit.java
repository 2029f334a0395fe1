package golc.rt.sched;

/**
 * runtime.Goexit in flight: unwinds the goroutine running its deferred calls like a panic, but recover() does
 * not stop it (the defer support must return nil from recover while this is the goroutine's "panic"), and when it
 * leaves the goroutine's outermost function the goroutine simply ends.
 */
public final class Goexit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Goexit() {
        super("runtime.Goexit", null, false, false);
    }

    /** runtime.Goexit: throws; the declared return type lets generated code write {@code throw Goexit.exit()}. */
    public static RuntimeException exit() {
        throw new Goexit();
    }
}
