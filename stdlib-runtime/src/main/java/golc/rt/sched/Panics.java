package golc.rt.sched;

import golc.rt.GoPanic;
import golc.rt.RuntimeError;

/** The Go runtime errors the goroutine runtime raises, as rtcore's {@link RuntimeError} values. */
final class Panics {
    private Panics() {
    }

    /** A runtime.plainError panic ("send on closed channel", "close of nil channel", ...). */
    static GoPanic plain(String msg) {
        return RuntimeError.plain(msg);
    }
}
