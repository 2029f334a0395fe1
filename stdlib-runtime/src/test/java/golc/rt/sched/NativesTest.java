package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import golc.rt.GoPanic;
import golc.rt.Pointer;
import golc.rt.cg.IntCell;
import golc.rt.cg.LongCell;
import org.junit.jupiter.api.Test;

/** The natives behind the Go sources of sync, sync/atomic, time and runtime. */
class NativesTest {
    @Test
    void atomicAddsFromManyThreadsAreExact() throws InterruptedException {
        LongCell sum = new LongCell(0);
        IntCell n32 = new IntCell(0);
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    golc.rt.std.sync.atomic.Natives.AddInt64(sum, 3);
                    golc.rt.std.sync.atomic.Natives.AddInt32(n32, 1);
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(120_000, golc.rt.std.sync.atomic.Natives.LoadInt64(sum));
        assertEquals(40_000, golc.rt.std.sync.atomic.Natives.LoadInt32(n32));
        assertTrue(golc.rt.std.sync.atomic.Natives.CompareAndSwapInt64(sum, 120_000, 7));
        assertFalse(golc.rt.std.sync.atomic.Natives.CompareAndSwapInt64(sum, 120_000, 8));
        assertEquals(7, golc.rt.std.sync.atomic.Natives.SwapInt64(sum, 9));
        assertEquals(9, sum.value);
    }

    @Test
    void atomicValueKeepsOneDynamicType() {
        Pointer.Cell v = new Pointer.Cell(null);
        assertEquals(null, golc.rt.std.sync.atomic.Natives.loadAny(v));
        golc.rt.std.sync.atomic.Natives.storeAny(v, 1L);
        assertEquals(1L, golc.rt.std.sync.atomic.Natives.swapAny(v, 2L));
        assertTrue(golc.rt.std.sync.atomic.Natives.casAny(v, 2L, 3L));
        assertFalse(golc.rt.std.sync.atomic.Natives.casAny(v, 2L, 4L));
        GoPanic p = assertThrows(GoPanic.class, () -> golc.rt.std.sync.atomic.Natives.storeAny(v, "s"));
        assertEquals("sync/atomic: store of inconsistently typed value into Value", p.value);
        p = assertThrows(GoPanic.class, () -> golc.rt.std.sync.atomic.Natives.storeAny(v, null));
        assertEquals("sync/atomic: store of nil value into Value", p.value);
    }

    @Test
    void syncHandlesAreCreatedOncePerPrimitive() {
        Pointer.Cell field = new Pointer.Cell(null);
        Object h = golc.rt.std.sync.Natives.handle(field, 0);
        assertTrue(h instanceof Mutex);
        assertSame(h, golc.rt.std.sync.Natives.handle(field, 0));
        assertSame(h, field.value);
        assertTrue(golc.rt.std.sync.Natives.handle(new Pointer.Cell(null), 2) instanceof WaitGroup);
        assertTrue(golc.rt.std.sync.Natives.mutexTryLock(h));
        assertFalse(golc.rt.std.sync.Natives.mutexTryLock(h));
        golc.rt.std.sync.Natives.mutexUnlock(h);
        assertEquals(Boolean.TRUE, golc.rt.std.sync.Natives.mutexLock(h));
    }

    @Test
    void clocksAndRuntime() {
        Object[] wall = golc.rt.std.time.Natives.walltime();
        long sec = (Long) wall[0];
        assertTrue(Math.abs(sec - System.currentTimeMillis() / 1000) <= 2);
        assertTrue((Integer) wall[1] >= 0 && (Integer) wall[1] < 1_000_000_000);
        long a = golc.rt.std.time.Natives.nanotime();
        assertTrue(golc.rt.std.time.Natives.nanotime() >= a);
        assertEquals(Runtime.getRuntime().availableProcessors(), golc.rt.std.runtime.Natives.NumCPU());
        Object[] mem = golc.rt.std.runtime.Natives.memStats();
        assertTrue((Long) mem[0] > 0 && (Long) mem[1] >= (Long) mem[0]);
    }

    /** runtime.NumGoroutine, GOMAXPROCS and Gosched on a running scheduler. */
    @Test
    void runtimeOnTheScheduler() {
        long[] seen = new long[3];
        Task.run(2, new Task() {
            @Override
            protected Object step(Object r) {
                if (label == 0) {
                    Sched.go(new Frame() {
                        @Override
                        public Object resume() {
                            return Chan.recv(null); // parks forever: still counted when main asks
                        }
                    });
                    seen[0] = golc.rt.std.runtime.Natives.NumGoroutine();
                    seen[1] = golc.rt.std.runtime.Natives.GOMAXPROCS(3);
                    seen[2] = golc.rt.std.runtime.Natives.GOMAXPROCS(0);
                    if (parked(golc.rt.std.runtime.Natives.Gosched(), 1)) {
                        return SUSPEND;
                    }
                    throw new AssertionError("Gosched must suspend on the scheduler");
                }
                return null;
            }
        });
        assertEquals(2, seen[0]);
        assertEquals(2, seen[1]);
        assertEquals(3, seen[2]);
    }
}
