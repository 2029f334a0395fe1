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
        return pos + ": " + msg;
    }
}
