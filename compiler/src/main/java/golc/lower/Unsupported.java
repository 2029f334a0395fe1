package golc.lower;

import golc.syntax.Pos;

/**
 * Thrown inside the lowering of one function when it meets a construct golc cannot lower yet; the
 * diagnostic has been reported already. The function's lowering stops there, the others go on. Never
 * escapes {@link Lowerer#lower}.
 */
final class Unsupported extends RuntimeException {
    final Pos pos;

    Unsupported(Pos pos, String what) {
        super("golc does not support " + what + " yet", null, false, false);
        this.pos = pos;
    }
}
