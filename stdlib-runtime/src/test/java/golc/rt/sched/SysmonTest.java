package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A goroutine stuck in a blocking Java call must not stop the others, even with GOMAXPROCS=1. */
class SysmonTest {
    @Test
    void aCarrierStuckInAJavaCallLosesItsP() {
        long t0 = System.nanoTime();
        long[] mainDone = new long[1];
        Outcome o = Task.run(1, new Task() {
            @Override
            protected Object step(Object r) {
                if (label == 0) {
                    Sched.go(SelectTest.body(() -> {
                        try {
                            Thread.sleep(3000); // a blocking Java call on the only P's carrier
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
                    // let it start: main goes to the global queue behind it
                    if (parked(Sched.gosched(), 1)) {
                        return SUSPEND;
                    }
                }
                mainDone[0] = System.nanoTime();
                return null;
            }
        });
        assertEquals(Outcome.Kind.NORMAL, o.kind);
        long ms = (mainDone[0] - t0) / 1_000_000;
        assertTrue(ms < 1500, "main waited " + ms + " ms for a stuck carrier");
    }
}
