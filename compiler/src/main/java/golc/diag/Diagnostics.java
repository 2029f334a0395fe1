package golc.diag;

import golc.syntax.Pos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the user errors of one compilation. Filtering follows gc's base/print.go: only one syntax
 * error per line, and equal messages on the same line are reported once. Output is sorted by position
 * and capped at {@link #MAX_PRINTED} errors followed by {@code pos: too many errors}.
 * Not thread-safe: one instance per compilation, used by one phase at a time.
 */
public final class Diagnostics {

    public static final int MAX_PRINTED = 10;

    private final List<Diagnostic> list = new ArrayList<>();

    /** Records an error at {@code pos}. */
    public void error(Pos pos, String msg) {
        add(new Diagnostic(pos, msg));
    }

    /** Records {@code d} unless gc would suppress it as a duplicate on the same line. */
    public void add(Diagnostic d) {
        for (Diagnostic e : list) {
            if (!e.pos().path().equals(d.pos().path()) || e.pos().line() != d.pos().line()) continue;
            if (d.isSyntaxError() && e.isSyntaxError()) return;
            if (e.msg().equals(d.msg())) return;
        }
        list.add(d);
    }

    public boolean hasErrors() {
        return !list.isEmpty();
    }

    public int count() {
        return list.size();
    }

    /** All recorded errors, sorted by position (stable for equal positions). */
    public List<Diagnostic> sorted() {
        List<Diagnostic> s = new ArrayList<>(list);
        Collections.sort(s);
        return Collections.unmodifiableList(s);
    }

    /** The lines gc would print: at most 10 errors, then {@code pos: too many errors} if there are more. */
    public List<String> lines() {
        List<Diagnostic> s = sorted();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size() && i < MAX_PRINTED; i++) out.add(s.get(i).toString());
        if (s.size() > MAX_PRINTED) out.add(s.get(MAX_PRINTED - 1).pos() + ": too many errors");
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
