package golc.rt;

/**
 * A Go panic in flight: a Java exception carrying the Go panic value (an interface value, so {@code null} is
 * {@code panic(nil)}). The Java stack trace is kept because an unrecovered panic prints the Go stack
 * reconstructed from it; no message string is built unless Java itself asks for one.
 */
public final class GoPanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The value passed to panic. */
    public final transient Object value;

    /**
     * The panic that was in progress when this one started (a deferred call panicked while panicking), or null;
     * set by the defer/recover support so that the unrecovered-panic report prints the whole chain as Go does.
     */
    public transient GoPanic link;

    /**
     * The Go callers below the Java frames of this panic's stack trace: the saved frames the goroutine's running
     * code would have returned into when the panic was first caught or left a resumed frame (recorded by the
     * scheduler then, because a deferred call may suspend the goroutine before the panic ends it). Null outside
     * the scheduler or until then.
     */
    public transient StackTraceElement[] goCallers;

    /** Whether this panic was recovered (printed with " [recovered]" when a later panic ends the program). */
    public boolean recovered;

    public GoPanic(Object value) {
        super(null, null, false, true);
        this.value = value;
    }

    /** A panic for a JVM fault, keeping the fault's stack trace (the place where the fault happened). */
    public GoPanic(Object value, Throwable fault) {
        super(null, null, false, true);
        this.value = value;
        setStackTrace(fault.getStackTrace());
    }

    @Override
    public String getMessage() {
        return "panic: " + Strings.toJava(PanicPrinter.describe(value));
    }
}
