package golc.rt.std.time;

import golc.rt.Func;
import golc.rt.sched.Sched;
import golc.rt.sched.Timer;
import java.time.Instant;

/** Natives of Go package time (golc/std/time/natives.go and sleep.go). */
public final class Natives {
    private Natives() {
    }

    /** //golc:blocking func Sleep(d Duration): SUSPEND after parking, or null when d <= 0. */
    public static Object Sleep(long d) {
        return Sched.sleep(d);
    }

    /** func nanotime() int64 */
    public static long nanotime() {
        return Timer.nanotime();
    }

    /** func walltime() (sec int64, nsec int32) */
    public static Object[] walltime() {
        Instant now = Instant.now();
        return new Object[] {now.getEpochSecond(), now.getNano()};
    }

    /** A runtime timer calling a Go func value f(arg, 0) on the timer thread. */
    static final class GoTimer extends Timer {
        private final Func f;
        private final Object arg;

        GoTimer(Func f, Object arg) {
            this.f = f;
            this.arg = arg;
        }

        @Override
        protected void fire() {
            f.invoke(new Object[] {arg, 0L});
        }
    }

    /** func startTimer(when, period int64, f func(any, uintptr), arg any) any */
    public static Object startTimer(long when, long period, Func f, Object arg) {
        GoTimer t = new GoTimer(f, arg);
        t.start(when, period);
        return t;
    }

    /** func stopTimer(h any) bool */
    public static boolean stopTimer(Object h) {
        return ((Timer) h).stop();
    }

    /** func resetTimer(h any, when, period int64) bool */
    public static boolean resetTimer(Object h, long when, long period) {
        return ((Timer) h).start(when, period);
    }
}
