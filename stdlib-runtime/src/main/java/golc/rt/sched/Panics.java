package golc.rt.sched;

/**
 * The Go runtime errors the goroutine runtime raises. Until rtcore's {@code golc.rt.RuntimeError} is merged
 * into this branch these are plain Java exceptions carrying Go's message; see docs/ARCHITECTURE.md.
 */
final class Panics {
    private Panics() {
    }

    /** A runtime.plainError panic ("send on closed channel", "close of nil channel", ...). */
    static RuntimeException plain(String msg) {
        return new IllegalStateException(msg);
    }
}
