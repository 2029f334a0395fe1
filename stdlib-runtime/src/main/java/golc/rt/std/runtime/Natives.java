package golc.rt.std.runtime;

import golc.rt.GoType;
import golc.rt.Kind;
import golc.rt.Stdio;
import golc.rt.Strings;
import golc.rt.Types;
import golc.rt.sched.FatalError;
import golc.rt.sched.Goexit;
import golc.rt.sched.Sched;
import java.lang.ref.WeakReference;

/** Natives of Go package runtime (golc/std/runtime/runtime.go). */
public final class Natives {
    private Natives() {
    }

    /** func NumGoroutine() int */
    public static long NumGoroutine() {
        return Sched.of().numGoroutine();
    }

    /** func NumCPU() int */
    public static long NumCPU() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** func GOMAXPROCS(n int) int */
    public static long GOMAXPROCS(long n) {
        return Sched.of().setMaxProcs((int) Math.min(n, Integer.MAX_VALUE));
    }

    /** //golc:blocking func Gosched(): always SUSPEND on the scheduler (the goroutine is requeued). */
    public static Object Gosched() {
        return Sched.gosched();
    }

    /** func Goexit() */
    public static void Goexit() {
        throw new Goexit();
    }

    /** func stackText(all bool) string */
    public static String stackText(boolean all) {
        return Sched.stackText(all);
    }

    /** func GC() */
    public static void GC() {
        System.gc();
        GcCount.observe();
    }

    /** func SetFinalizer(obj any, finalizer any): Go's argument checks; the finalizer is never run. */
    public static void SetFinalizer(Object obj, Object finalizer) {
        GoType t = Types.typeOf(obj);
        if (t == null) {
            throw new FatalError("runtime.SetFinalizer: first argument is nil");
        }
        if (t.kind() != Kind.POINTER) {
            throw new FatalError("runtime.SetFinalizer: first argument is " + t + ", not pointer");
        }
        GoType ft = Types.typeOf(finalizer);
        if (ft == null) {
            return;
        }
        if (ft.kind() != Kind.FUNC) {
            throw new FatalError("runtime.SetFinalizer: second argument is " + ft + ", not a function");
        }
        if (ft.params().size() != 1 || ft.isVariadic()
                || ft.params().get(0) != t && ft.params().get(0).kind() != Kind.INTERFACE) {
            throw new FatalError("runtime.SetFinalizer: cannot pass " + t + " to finalizer " + ft);
        }
    }

    /**
     * func memStats() (used, committed, max, gcs uint64): the heap figures from java.lang.Runtime. (Not from
     * the java.lang.management beans: bringing them up costs tens of milliseconds of class loading and
     * service lookup, paid by every program that calls ReadMemStats once.)
     */
    public static Object[] memStats() {
        Runtime rt = Runtime.getRuntime();
        long committed = rt.totalMemory();
        long used = committed - rt.freeMemory();
        long max = rt.maxMemory() == Long.MAX_VALUE ? committed : rt.maxMemory();
        return new Object[] {used, committed, max, GcCount.observe()};
    }

    /**
     * Collections observed so far: a weakly reachable sentinel is cleared by every collection that runs while
     * it is young; each time it is found cleared counts one and a new one is armed. A lower bound of the
     * collector's own count (two collections between two looks count once), rising after every runtime.GC(),
     * which is what programs read NumGC for.
     */
    private static final class GcCount {
        private static WeakReference<Object> sentinel = new WeakReference<>(new Object());
        private static long count;

        static synchronized long observe() {
            if (sentinel.get() == null) {
                count++;
                sentinel = new WeakReference<>(new Object());
            }
            return count;
        }
    }

    /** func getenvGOROOT() string */
    public static String getenvGOROOT() {
        String v = System.getenv("GOROOT");
        return v == null ? "" : Strings.fromJava(v);
    }

    /** func Breakpoint(): the trap kills the program as an unhandled SIGTRAP kills a Go program. */
    public static void Breakpoint() {
        Stdio.write(2, "SIGTRAP: trace trap\n\n" + Sched.stackText(false));
        Stdio.exit(2);
    }
}
