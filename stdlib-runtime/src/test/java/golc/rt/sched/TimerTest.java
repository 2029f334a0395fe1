package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimerTest {
    /** go func(d) { time.Sleep(d); mu.Lock(); order = append(order, d); mu.Unlock(); done <- true }(d) */
    static final class Sleeper extends Task {
        final long ms;
        final List<Long> order;
        final Chan done;

        Sleeper(long ms, List<Long> order, Chan done) {
            this.ms = ms;
            this.order = order;
            this.done = done;
        }

        @Override
        protected Object step(Object r) {
            if (label == 0 && parked(Sched.sleep(ms * 1_000_000L), 1)) {
                return SUSPEND;
            }
            if (label <= 1) {
                order.add(ms);
                label = 2;
                if (parked(Chan.send(done, true), 2)) {
                    return SUSPEND;
                }
            }
            return null;
        }
    }

    @Test
    void sleepersWakeInDeadlineOrderWithoutHoldingCarriers() {
        List<Long> order = Collections.synchronizedList(new ArrayList<>());
        long[] ds = {90, 10, 50, 30, 70, 20, 60, 40, 80, 0};
        long t0 = System.nanoTime();
        Task.run(1, new Task() {
            int got;
            Chan done;

            @Override
            protected Object step(Object r) {
                if (label == 0) {
                    done = Chan.make(false, 0);
                    for (long d : ds) {
                        Sched.go(new Sleeper(d, order, done));
                    }
                }
                for (;;) {
                    if (label == 1) {
                        got++;
                    }
                    if (got == ds.length) {
                        return null;
                    }
                    label = 0;
                    if (parked(Chan.recv(done), 1)) {
                        return SUSPEND;
                    }
                    label = 1;
                }
            }
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(List.of(0L, 10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L), order);
        // ten sleepers on ONE carrier: they overlap, so the whole run takes about the longest sleep
        assertTrue(ms >= 90 && ms < 2000, "took " + ms + " ms");
    }

    @Test
    void stopAndResetOfATimer() {
        Task.run(1, new Task() {
            Chan c;
            Timer t;

            @Override
            protected Object step(Object r) {
                switch (label) {
                    case 0:
                        c = Chan.make(0L, 1);
                        t = new Timer() {
                            @Override
                            protected void fire() {
                                Select.select(new Chan[] {c}, new Object[] {Timer.nanotime()}, 1, false);
                            }
                        };
                        assertFalse(t.start(Timer.nanotime() + 5_000_000_000L, 0));
                        assertTrue(t.stop());
                        assertFalse(t.stop());
                        assertFalse(t.start(Timer.nanotime() + 5_000_000L, 0));
                        label = 1;
                        if (parked(Chan.recv(c), 1)) {
                            return SUSPEND;
                        }
                        // fall through
                    case 1:
                        assertTrue((Long) r > 0);
                        assertFalse(t.stop()); // it fired
                        return null;
                    default:
                        return null;
                }
            }
        });
    }

    @Test
    void periodicTimerTicks() {
        Task.run(1, new Task() {
            Chan c;
            Timer t;
            int ticks;

            @Override
            protected Object step(Object r) {
                if (label == 0) {
                    c = Chan.make(0L, 1);
                    t = new Timer() {
                        @Override
                        protected void fire() {
                            Select.select(new Chan[] {c}, new Object[] {1L}, 1, false);
                        }
                    };
                    t.start(Timer.nanotime() + 2_000_000L, 2_000_000L);
                }
                for (;;) {
                    if (label == 1) {
                        ticks++;
                    }
                    if (ticks == 5) {
                        assertTrue(t.stop());
                        return null;
                    }
                    label = 0;
                    if (parked(Chan.recv(c), 1)) {
                        return SUSPEND;
                    }
                    label = 1;
                }
            }
        });
    }
}
