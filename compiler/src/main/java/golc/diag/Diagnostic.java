package golc.diag;

import golc.syntax.Pos;

/** One user-facing error: a position and a message worded as gc words it. */
public record Diagnostic(Pos pos, String msg) implements Comparable<Diagnostic> {

    /** True for parser/scanner errors, which gc limits to one per line. */
    public boolean isSyntaxError() {
        return msg.startsWith("syntax error");
    }

    @Override
    public int compareTo(Diagnostic o) {
        return pos.compareTo(o.pos);
    }

    /** Go's format {@code path:line:col: msg}. */
    @Override
    public String toString() {
        return formatPos(pos) + ": " + msg;
    }

    /**
     * A position as gc prints it in front of a message: {@code path:line:col}, but without the column
     * from column 255 on, which gc's compact positions cannot represent (cmd/internal/src colMax).
     */
    public static String formatPos(Pos pos) {
        if (pos.col() > 0 && pos.col() < 255) return pos.path() + ":" + pos.line() + ":" + pos.col();
        return pos.path() + ":" + pos.line();
    }
}
