package golc.rt.std.runtime;

import golc.rt.Stdio;
import golc.rt.Strings;
import golc.rt.sched.Goexit;
import golc.rt.sched.Sched;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

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
    }

    /** func memStats() (used, committed, max, gcs uint64) */
    public static Object[] memStats() {
        MemoryUsage h = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long gcs = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs += Math.max(0, b.getCollectionCount());
        }
        long max = h.getMax() < 0 ? h.getCommitted() : h.getMax();
        return new Object[] {h.getUsed(), h.getCommitted(), max, gcs};
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
