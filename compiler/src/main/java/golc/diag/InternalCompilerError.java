package golc.diag;

import golc.syntax.Pos;

/**
 * A bug in golc, as opposed to an error in the user's program. Phases throw it; the driver catches it,
 * prints {@link #format()} and exits with the internal-error status. Never use it for bad input.
 */
public final class InternalCompilerError extends RuntimeException {

    /** Where the compiler was working when it failed, or null if unknown. */
    public final Pos pos;

    public InternalCompilerError(Pos pos, String msg) {
        super(msg);
        this.pos = pos;
    }

    public InternalCompilerError(Pos pos, String msg, Throwable cause) {
        super(msg, cause);
        this.pos = pos;
    }

    /** gc's wording: {@code path:line:col: internal compiler error: msg}. */
    public String format() {
        return (pos != null ? pos + ": " : "") + "internal compiler error: " + getMessage();
    }
}
