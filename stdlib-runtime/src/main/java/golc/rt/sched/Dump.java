package golc.rt.sched;

import golc.rt.G;

/**
 * Goroutine dumps as Go prints them for fatal errors: "goroutine N [wait reason]:", then per Go frame the
 * function ("main.f(...)") and "\t<file>:<line>", then "created by" for goroutines other than main.
 */
final class Dump {
    private Dump() {
    }

    static String fatal(String message, Sched s) {
        StringBuilder b = new StringBuilder();
        b.append("fatal error: ").append(message).append('\n');
        for (G g = s.allGoroutines(); g != null; g = g.allNext) {
            if (g.status() == G.DEAD) {
                continue;
            }
            b.append('\n');
            goroutine(b, g);
        }
        return b.toString();
    }

    /** One parked goroutine: its saved frames innermost first, then its creation site. */
    static void goroutine(StringBuilder b, G g) {
        b.append("goroutine ").append(g.id).append(" [").append(g.waitReason == null ? "runnable" : g.waitReason)
                .append("]:\n");
        for (StackTraceElement e : Resume.sites(g.top)) {
            frame(b, e);
        }
        if (g.start != null) {
            StackTraceElement c = g.start.site();
            if (c != null) {
                b.append("created by ").append(goName(c)).append('\n');
                b.append('\t').append(c.getFileName()).append(':').append(c.getLineNumber()).append('\n');
            }
        }
    }

    static void frame(StringBuilder b, StackTraceElement e) {
        b.append(goName(e)).append("(...)\n");
        b.append('\t').append(golc.rt.SourceFiles.fileOf(e)).append(':').append(e.getLineNumber()).append('\n');
    }

    /**
     * The Go name of a generated frame: class {@code go.<import path with . for />.package}, method = Go symbol
     * with U+00B7 for '.': {@code go.main.package}/{@code main·func1} gives {@code main.main.func1}.
     */
    static String goName(StackTraceElement e) {
        String cls = e.getClassName();
        String pkg = cls;
        if (cls.startsWith("go.") && cls.endsWith(".package")) {
            pkg = cls.substring(3, cls.length() - ".package".length()).replace('.', '/');
        }
        return pkg + "." + e.getMethodName().replace('\u00b7', '.');
    }
}
