package golc.rt.cg;

import golc.rt.Stdio;
import golc.rt.sched.FatalError;

/**
 * The last resort of the main goroutine's thread: a Throwable that escaped {@code golc.rt.Entry.run} (which
 * handles Go panics) still ends the program as Go would, with buffered output flushed and exit status 2: a
 * Go fatal error ({@link FatalError}, e.g. a deadlock) prints {@code fatal error: ...}; anything else is a
 * golc bug and keeps its Java stack trace.
 */
public final class Fatal {
    private Fatal() {}

    public static void report(Throwable t) {
        Stdio.flush();
        if (t instanceof FatalError) {
            Stdio.write(2, "fatal error: " + t.getMessage() + "\n");
        } else {
            t.printStackTrace();
        }
        Stdio.flush();
        Stdio.exit(2);
    }
}
