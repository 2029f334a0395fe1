package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MutexTest {
    static final class Counter {
        long n;
    }

    /** for i := 0; i < n; i++ { mu.Lock(); c.n++; mu.Unlock() }; wg.Done() -- Lock is "for !lock(h) {}" */
    static final class Incr extends Task {
        final Mutex mu;
        final Counter c;
        final WaitGroup wg;
        final int n;
        int i;

        Incr(Mutex mu, Counter c, WaitGroup wg, int n) {
            this.mu = mu;
            this.c = c;
            this.wg = wg;
            this.n = n;
        }

        @Override
        protected Object step(Object r) {
            for (;;) {
                if (label != 1) {
                    if (i == n) {
                        WaitGroup.add(wg, -1);
                        return null;
                    }
                    r = Mutex.lock(mu);
                    if (parked(r, 1)) {
                        return SUSPEND;
                    }
                }
                label = 0;
                if (r != Boolean.TRUE) {
                    continue; // woken by an unlock: try again
                }
                long v = c.n;
                if ((i & 255) == 0) {
                    Thread.yield(); // widen the critical section now and then
                }
                c.n = v + 1;
                Mutex.unlock(mu);
                i++;
            }
        }
    }

    @Test
    void contendedIncrementsAreExact() {
        Counter c = new Counter();
        Task.run(2, new Task() {
            WaitGroup wg;

            @Override
            protected Object step(Object r) {
                if (label == 0) {
                    Mutex mu = new Mutex();
                    wg = new WaitGroup();
                    WaitGroup.add(wg, 8);
                    for (int g = 0; g < 8; g++) {
                        Sched.go(new Incr(mu, c, wg, 10_000));
                    }
                    if (parked(WaitGroup.await(wg), 1)) {
                        return SUSPEND;
                    }
                }
                return null;
            }
        });
        assertEquals(80_000, c.n);
    }

    @Test
    void unlockOfUnlockedMutexIsFatal() {
        Outcome o = new Sched(1).run(SelectTest.body(() -> Mutex.unlock(new Mutex())));
        assertEquals(Outcome.Kind.FATAL, o.kind);
        assertTrue(o.fatalText.startsWith("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:"),
                o.fatalText);
    }

    @Test
    void rwMutexLetsReadersShareAndWritersExclude() {
        RWMutex m = new RWMutex();
        Task.run(1, SelectTest.body(() -> {
            assertEquals(null, RWMutex.rlock(m));
            assertTrue(RWMutex.tryRLock(m));
            assertTrue(!RWMutex.tryWLock(m));
            RWMutex.runlock(m);
            RWMutex.runlock(m);
            assertTrue(RWMutex.tryWLock(m));
            assertTrue(!RWMutex.tryRLock(m));
            RWMutex.wunlock(m);
        }));
    }

    @Test
    void waitGroupReportsTheNewCounter() {
        WaitGroup wg = new WaitGroup();
        assertEquals(2, WaitGroup.add(wg, 2));
        assertEquals(1, WaitGroup.add(wg, -1));
        assertEquals(-1, WaitGroup.add(wg, -2));
    }
}
