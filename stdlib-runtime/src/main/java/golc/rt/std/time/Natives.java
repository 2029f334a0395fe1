package golc.rt.std.time;

import golc.rt.Func;
import golc.rt.sched.Chan;
import golc.rt.sched.Frame;
import golc.rt.sched.Sched;
import golc.rt.sched.Select;
import golc.rt.sched.Timer;
import golc.rt.Strings;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Natives of Go package time (golc/std/time/natives.go and sleep.go). The timers' channel sends and goroutine
 * starts happen here, on the timer thread, so that the Go side needs no channel operation of its own.
 */
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

    /** Sends now() on its channel unless the channel is full (Go's sendTime). */
    static final class ChanTimer extends Timer {
        private final Chan c;
        private final Func now;

        ChanTimer(Chan c, Func now) {
            this.c = c;
            this.now = now;
        }

        @Override
        protected void fire() {
            Select.select(new Chan[] {c}, new Object[] {now.invoke(new Object[0])}, 1, false);
        }
    }

    /** func newChanTimer(when, period int64, now func() Time) (c chan Time, h any) */
    public static Object[] newChanTimer(long when, long period, Func now) {
        // a timer's channel is never closed, so its zero value is never received
        Chan c = Chan.make(null, 1);
        ChanTimer t = new ChanTimer(c, now);
        t.start(when, period);
        return new Object[] {c, t};
    }

    /** Starts f in its own goroutine (Go's goFunc). */
    static final class FuncTimer extends Timer {
        private final Func f;

        FuncTimer(Func f) {
            this.f = f;
        }

        @Override
        protected void fire() {
            Sched.go(new Frame() {
                @Override
                public Object resume() {
                    return f.invoke(new Object[0]);
                }
            });
        }
    }

    /** func newFuncTimer(when int64, f func()) any */
    public static Object newFuncTimer(long when, Func f) {
        FuncTimer t = new FuncTimer(f);
        t.start(when, 0);
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

    /**
     * func zoneLookup(id any, sec int64) (name string, offset int, start, end int64, isDST bool). The
     * abbreviation is the JVM's short US-English display name of the zone, standard or daylight.
     */
    public static Object[] zoneLookup(Object id, long sec) {
        ZoneId zone = (ZoneId) id;
        ZoneRules rules = zone.getRules();
        Instant at = Instant.ofEpochSecond(sec);
        boolean dst = rules.isDaylightSavings(at);
        long offset = rules.getOffset(at).getTotalSeconds();
        ZoneOffsetTransition prev = rules.previousTransition(Instant.ofEpochSecond(sec).plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        long start = prev == null ? Long.MIN_VALUE : prev.toEpochSecond();
        long end = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        String name = TimeZone.getTimeZone(zone).getDisplayName(dst, TimeZone.SHORT, Locale.US);
        return new Object[] {Strings.fromJava(name), offset, start, end, dst};
    }

    /** func loadZone(name string) (id any, ok bool) */
    public static Object[] loadZone(String name) {
        try {
            return new Object[] {ZoneId.of(Strings.toJava(name)), true};
        } catch (DateTimeException e) {
            return new Object[] {null, false};
        }
    }

    /**
     * func localZone() (id any, name string): the JVM's default zone and the name Go gives the local location:
     * "UTC" when $TZ is "" or "UTC" (then id is nil), $TZ itself when it names a zone, else "Local".
     */
    public static Object[] localZone() {
        String tz = System.getenv("TZ");
        if (tz != null && tz.startsWith(":")) {
            tz = tz.substring(1);
        }
        if (tz != null && (tz.isEmpty() || tz.equals("UTC"))) {
            return new Object[] {null, "UTC"};
        }
        String name = tz == null || tz.equals("/etc/localtime") ? "Local" : tz;
        return new Object[] {ZoneId.systemDefault(), Strings.fromJava(name)};
    }
}
