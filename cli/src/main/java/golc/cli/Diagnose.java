package golc.cli;

import golc.build.BuildResult;

import java.io.PrintWriter;

/** Prints a failed build's errors and maps it to golc's exit code. */
final class Diagnose {
    private Diagnose() {}

    /**
     * Prints the phases' times (--timings), and how long the JVM ran before golc's main: the part of a build
     * that no compiler change can reduce.
     */
    static void timings(BuildResult r, PrintWriter err) {
        err.println("golc: " + r.formatTimings() + "; JVM start-up before main " + Main.startupMillis() + " ms");
        err.flush();
    }

    /** Prints the build's error lines (and with -x the internal error's stack); returns 0, 1 or 3. */
    static int report(BuildResult r, PrintWriter err, boolean trace) {
        for (String line : r.lines()) err.println(line);
        if (r.hasInternalError()) {
            if (trace) err.print(r.internalStackTrace());
            err.flush();
            return Main.INTERNAL;
        }
        err.flush();
        return r.ok() ? Main.OK : Main.COMPILE_ERRORS;
    }
}
