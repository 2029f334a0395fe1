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
        // in creation order, as Go prints them (the list is in order of first park)
        java.util.List<G> gs = new java.util.ArrayList<>();
        for (G g = s.allGoroutines(); g != null; g = g.allNext) {
            if (g.status() != G.DEAD) {
                gs.add(g);
            }
        }
        gs.sort(java.util.Comparator.comparingLong(g -> g.id));
        for (G g : gs) {
            b.append('\n');
            goroutine(b, g);
        }
        return b.toString();
    }

    /**
     * runtime.Stack: the calling goroutine ("goroutine N [running]:", the generated frames of its carrier's Java
     * stack above the resume loop, then its saved callers), and with {@code all} every other goroutine as
     * {@link #goroutine} prints it. Go stops the world for that; here another goroutine may be running on
     * another carrier meanwhile, which is printed as Go prints a goroutine it cannot walk.
     */
    static String stack(boolean all) {
        StringBuilder b = new StringBuilder();
        G self = G.current();
        b.append("goroutine ").append(self.id).append(" [running]:\n");
        boolean inStack = true; // runtime.Stack's own frame is not shown, as in Go
        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
            String cls = e.getClassName();
            if (cls.equals(Resume.class.getName())) {
                break;
            }
            if (cls.startsWith("go.") && cls.endsWith(".package")) {
                if (inStack && cls.equals("go.runtime.package")) {
                    continue;
                }
                inStack = false;
                frame(b, e);
            }
        }
        if (self.resuming != null) {
            for (StackTraceElement e : Resume.sites(self.resuming.caller)) {
                frame(b, e);
            }
        }
        createdBy(b, self);
        Sched s = self.sched;
        if (all && s != null) {
            for (G g = s.allGoroutines(); g != null; g = g.allNext) {
                int st = g.status();
                if (g == self || st == G.DEAD) {
                    continue;
                }
                b.append('\n');
                if (st == G.RUNNING) {
                    b.append("goroutine ").append(g.id).append(" [running]:\n");
                    b.append("\tgoroutine running on other thread; stack unavailable\n");
                    createdBy(b, g);
                } else {
                    goroutine(b, g);
                }
            }
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
        createdBy(b, g);
    }

    private static void createdBy(StringBuilder b, G g) {
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
            pkg = cls.substring(3, cls.length() - ".package".length()).replace('.', '/').replace('\u00b7', '.');
        }
        return pkg + "." + e.getMethodName().replace('\u00b7', '.');
    }
}
