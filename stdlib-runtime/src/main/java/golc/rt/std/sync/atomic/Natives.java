package golc.rt.std.sync.atomic;

import golc.rt.GoPanic;
import golc.rt.Pointer;
import golc.rt.Types;

/**
 * Natives of Go package sync/atomic (golc/std/sync/atomic/doc.go). A Go pointer is a {@link Pointer} with
 * boxed get/set, so the operations are made atomic by locking a stripe chosen by the pointer's identity (the
 * same place always maps to the same stripe: Pointer.hashCode is by base object and slot). Every atomic access
 * goes through here, so they are atomic with respect to each other, as Go requires.
 */
public final class Natives {
    private Natives() {
    }

    private static final Object[] STRIPES = new Object[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new Object();
        }
    }

    private static Object stripe(Pointer p) {
        if (p == null) {
            throw golc.rt.RuntimeError.nilDeref();
        }
        int h = p.hashCode();
        return STRIPES[(h ^ (h >>> 16)) & (STRIPES.length - 1)];
    }

    // ---- int32 / uint32 (JVM int)

    public static int SwapInt32(Pointer addr, int v) {
        synchronized (stripe(addr)) {
            int old = (Integer) addr.get();
            addr.set(v);
            return old;
        }
    }

    public static boolean CompareAndSwapInt32(Pointer addr, int old, int v) {
        synchronized (stripe(addr)) {
            if ((Integer) addr.get() != old) {
                return false;
            }
            addr.set(v);
            return true;
        }
    }

    public static int AddInt32(Pointer addr, int delta) {
        synchronized (stripe(addr)) {
            int v = (Integer) addr.get() + delta;
            addr.set(v);
            return v;
        }
    }

    public static int LoadInt32(Pointer addr) {
        synchronized (stripe(addr)) {
            return (Integer) addr.get();
        }
    }

    public static void StoreInt32(Pointer addr, int v) {
        synchronized (stripe(addr)) {
            addr.set(v);
        }
    }

    public static int SwapUint32(Pointer addr, int v) {
        return SwapInt32(addr, v);
    }

    public static boolean CompareAndSwapUint32(Pointer addr, int old, int v) {
        return CompareAndSwapInt32(addr, old, v);
    }

    public static int AddUint32(Pointer addr, int delta) {
        return AddInt32(addr, delta);
    }

    public static int LoadUint32(Pointer addr) {
        return LoadInt32(addr);
    }

    public static void StoreUint32(Pointer addr, int v) {
        StoreInt32(addr, v);
    }

    // ---- int64 / uint64 / uintptr (JVM long)

    public static long SwapInt64(Pointer addr, long v) {
        synchronized (stripe(addr)) {
            long old = (Long) addr.get();
            addr.set(v);
            return old;
        }
    }

    public static boolean CompareAndSwapInt64(Pointer addr, long old, long v) {
        synchronized (stripe(addr)) {
            if ((Long) addr.get() != old) {
                return false;
            }
            addr.set(v);
            return true;
        }
    }

    public static long AddInt64(Pointer addr, long delta) {
        synchronized (stripe(addr)) {
            long v = (Long) addr.get() + delta;
            addr.set(v);
            return v;
        }
    }

    public static long LoadInt64(Pointer addr) {
        synchronized (stripe(addr)) {
            return (Long) addr.get();
        }
    }

    public static void StoreInt64(Pointer addr, long v) {
        synchronized (stripe(addr)) {
            addr.set(v);
        }
    }

    public static long SwapUint64(Pointer addr, long v) {
        return SwapInt64(addr, v);
    }

    public static boolean CompareAndSwapUint64(Pointer addr, long old, long v) {
        return CompareAndSwapInt64(addr, old, v);
    }

    public static long AddUint64(Pointer addr, long delta) {
        return AddInt64(addr, delta);
    }

    public static long LoadUint64(Pointer addr) {
        return LoadInt64(addr);
    }

    public static void StoreUint64(Pointer addr, long v) {
        StoreInt64(addr, v);
    }

    public static long SwapUintptr(Pointer addr, long v) {
        return SwapInt64(addr, v);
    }

    public static boolean CompareAndSwapUintptr(Pointer addr, long old, long v) {
        return CompareAndSwapInt64(addr, old, v);
    }

    public static long AddUintptr(Pointer addr, long delta) {
        return AddInt64(addr, delta);
    }

    public static long LoadUintptr(Pointer addr) {
        return LoadInt64(addr);
    }

    public static void StoreUintptr(Pointer addr, long v) {
        StoreInt64(addr, v);
    }

    // ---- interface values (atomic.Value)

    /** func loadAny(p *any) any */
    public static Object loadAny(Pointer p) {
        synchronized (stripe(p)) {
            return p.get();
        }
    }

    /** func storeAny(p *any, v any): panics on nil or on a value of another dynamic type than the first. */
    public static void storeAny(Pointer p, Object v) {
        synchronized (stripe(p)) {
            checkValue(p.get(), v, "store");
            p.set(v);
        }
    }

    /** func swapAny(p *any, v any) any */
    public static Object swapAny(Pointer p, Object v) {
        synchronized (stripe(p)) {
            Object old = p.get();
            checkValue(old, v, "swap");
            p.set(v);
            return old;
        }
    }

    /** func casAny(p *any, old, v any) bool */
    public static boolean casAny(Pointer p, Object old, Object v) {
        synchronized (stripe(p)) {
            Object cur = p.get();
            checkValue(cur, v, "compare and swap");
            if (old != null && cur != null && Types.typeOf(old) != Types.typeOf(v)) {
                throw new GoPanic("sync/atomic: compare and swap of inconsistently typed values");
            }
            if (cur == null ? old != null : !Types.ifaceEq(cur, old)) {
                return false;
            }
            p.set(v);
            return true;
        }
    }

    private static void checkValue(Object cur, Object v, String op) {
        if (v == null) {
            throw new GoPanic("sync/atomic: " + op + " of nil value into Value");
        }
        if (cur != null && Types.typeOf(cur) != Types.typeOf(v)) {
            throw new GoPanic("sync/atomic: " + op + " of inconsistently typed value into Value");
        }
    }
}
