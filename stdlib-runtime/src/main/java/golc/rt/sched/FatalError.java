package golc.rt.sched;

/**
 * A Go "fatal error" (Go's runtime.throw / sync.fatal): not a panic, recover() does not stop it; it ends the
 * program with "fatal error: msg", the goroutine dump and exit status 2.
 */
public final class FatalError extends Error {
    private static final long serialVersionUID = 1L;

    public FatalError(String msg) {
        super(msg, null, false, true);
    }
}
