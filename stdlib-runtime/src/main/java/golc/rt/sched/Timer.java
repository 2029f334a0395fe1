package golc.rt.sched;

/**
 * A runtime timer (Go's runtimeTimer) on the scheduler's timer heap: at {@code when} (System.nanoTime) the timer
 * thread runs {@link #fire}, which must not block (it wakes a goroutine, sends on a buffered channel with
 * default, or starts a goroutine); a periodic timer is then re-armed {@code period} later.
 */
public abstract class Timer {
    long when;
    long period;
    /** Index in the heap, -1 when not in it. */
    int index = -1;
    Timers heap;

    /** Runs on the timer thread when the timer expires. */
    protected abstract void fire();

    /** Starts (or restarts) the timer of the current program's scheduler; true if it was active before. */
    public final boolean start(long whenNanos, long periodNanos) {
        Sched s = Sched.current();
        if (s == null) {
            throw new IllegalStateException("timer outside the scheduler");
        }
        return s.timers.add(this, whenNanos, periodNanos);
    }

    /** Stops the timer; true if it was active (had not fired or been stopped). */
    public final boolean stop() {
        Timers h = heap;
        return h != null && h.remove(this);
    }

    /** The monotonic clock the timers use, in nanoseconds. */
    public static long nanotime() {
        return System.nanoTime();
    }
}
