package golc.rt.std.runtime;

import golc.rt.GoType;
import golc.rt.Kind;
import golc.rt.Types;
import golc.rt.sched.FatalError;
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

    /** func GC() */
    public static void GC() {
        System.gc();
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
}
