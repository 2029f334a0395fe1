package golc.diag;

import golc.syntax.Pos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the user errors of one compilation and prints them as gc does (cmd/compile's
 * base/print.go): a syntax error on the same line as the previous syntax error is dropped, as is an
 * error repeating the previous error's message on the same line; output is sorted by position with
 * exact duplicates printed once; once 10 errors have been reported, gc prints those 10 sorted and
 * then {@code pos: too many errors} with the position of the 10th. Phases should therefore report
 * errors in the order gc reports them (which is mostly source order).
 * Not thread-safe: one instance per compilation, used by one phase at a time.
 */
public final class Diagnostics {

    public static final int MAX_PRINTED = 10;

    private final List<Diagnostic> list = new ArrayList<>();
    private Pos lastSyntax;
    private Pos lastOther;
    private String lastOtherMsg;

    /** Records an error at {@code pos}. */
    public void error(Pos pos, String msg) {
        add(new Diagnostic(pos, msg));
    }

    /** Records {@code d} unless gc would suppress it as a follow-on error on the same line. */
    public void add(Diagnostic d) {
        if (d.isSyntaxError()) {
            if (sameLine(lastSyntax, d.pos())) return; // only one syntax error per line
            lastSyntax = d.pos();
        } else {
            if (sameLine(lastOther, d.pos()) && d.msg().equals(lastOtherMsg)) return;
            lastOther = d.pos();
            lastOtherMsg = d.msg();
        }
        list.add(d);
    }

    private static boolean sameLine(Pos a, Pos b) {
        return a != null && a.line() == b.line() && a.path().equals(b.path());
    }

    public boolean hasErrors() {
        return !list.isEmpty();
    }

    /**
     * True if an error starting with "syntax error" was recorded. gc type-checks files that have
     * only other parse-phase errors (lexical errors, label and branch errors, ...) and stops before
     * type checking only after syntax errors; a driver matching gc's output does the same.
     */
    public boolean hasSyntaxErrors() {
        for (Diagnostic d : list) {
            if (d.isSyntaxError()) return true;
        }
        return false;
    }

    /** Number of errors recorded (after same-line suppression). */
    public int count() {
        return list.size();
    }

    /** All recorded errors in the order they were reported. */
    public List<Diagnostic> reported() {
        return Collections.unmodifiableList(list);
    }

    /** All recorded errors, sorted by position (stable), exact duplicates removed. */
    public List<Diagnostic> sorted() {
        return sortedUnique(list);
    }

    private static List<Diagnostic> sortedUnique(List<Diagnostic> in) {
        List<Diagnostic> s = new ArrayList<>(in);
        Collections.sort(s);
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : s) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(d)) out.add(d);
        }
        return Collections.unmodifiableList(out);
    }

    /** The lines gc would print, including the final {@code too many errors} line when it applies. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        boolean tooMany = list.size() >= MAX_PRINTED;
        List<Diagnostic> shown = sortedUnique(tooMany ? list.subList(0, MAX_PRINTED) : list);
        for (Diagnostic d : shown) out.add(d.toString());
        if (tooMany) out.add(Diagnostic.formatPos(list.get(MAX_PRINTED - 1).pos()) + ": too many errors");
        return out;
    }

    /** {@link #lines()} joined, each terminated by a newline. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (String l : lines()) sb.append(l).append('\n');
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
