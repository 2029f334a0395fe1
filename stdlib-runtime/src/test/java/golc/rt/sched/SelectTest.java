package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SelectTest {
    /** Body that never blocks, run as goroutine 1. */
    static Frame body(Runnable r) {
        return new Frame() {
            @Override
            public Object resume() {
                r.run();
                return null;
            }
        };
    }

    @Test
    void readyCasesAreChosenUniformly() {
        int[] counts = new int[3];
        Task.run(1, body(() -> {
            Chan a = Chan.make(0L, 1), b = Chan.make(0L, 1), c = Chan.make(0L, 1);
            Chan[] cs = {a, b, c};
            for (Chan ch : cs) {
                Chan.send(ch, 1L);
            }
            for (int i = 0; i < 30_000; i++) {
                Object v = Select.select(cs, null, 0, true);
                assertEquals(1L, v);
                int k = Select.index();
                counts[k]++;
                Chan.send(cs[k], 1L); // refill: every case stays ready
            }
        }));
        for (int k : counts) {
            assertTrue(k > 9_000 && k < 11_000, "counts " + counts[0] + " " + counts[1] + " " + counts[2]);
        }
    }

    @Test
    void nilChannelsAreNeverChosenAndDefaultRunsWhenNothingIsReady() {
        Task.run(1, body(() -> {
            Chan ready = Chan.make(0L, 1);
            Chan.send(ready, 7L);
            Chan[] cs = {null, ready, null};
            for (int i = 0; i < 1000; i++) {
                assertEquals(7L, Select.select(cs, new Object[] {1L}, 1, false));
                assertEquals(1, Select.index());
                Chan.send(ready, 7L);
            }
            Chan.recv(ready);
            assertNull(Select.select(cs, new Object[] {1L}, 1, false));
            assertEquals(-1, Select.index());
        }));
    }

    @Test
    void sendCaseHandsOffToAWaitingReceiverAndClosedReceiveReportsNotOk() {
        Task.run(1, body(() -> {
            Chan buf = Chan.make(0L, 1);
            Chan closed = Chan.make(0L, 0);
            Chan.close(closed);
            Object v = Select.select(new Chan[] {buf}, new Object[] {5L}, 1, false);
            assertNull(v);
            assertEquals(0, Select.index());
            assertSame(Chan.CLOSED, Select.select(new Chan[] {closed}, null, 0, true));
            assertEquals(0, Select.index());
        }));
    }

    /** A blocked select is completed by whichever channel gets a partner first; its other waiter is unlinked. */
    @Test
    void blockedSelectWakesOnOneChannelAndLeavesNoStaleWaiter() {
        long[] got = new long[2];
        Chan a = Chan.make(0L, 0), b = Chan.make(0L, 0);
        Task.run(2, new Task() {
            int rounds;

            @Override
            protected Object step(Object r) {
                if (label == 0) {
                    Sched.go(new Task() {
                        long i;

                        @Override
                        protected Object step(Object r) {
                            for (;;) {
                                if (label == 1) {
                                    i++;
                                }
                                label = 0;
                                if (i == 2000) {
                                    return null;
                                }
                                if (parked(Chan.send(i % 2 == 0 ? a : b, i), 1)) {
                                    return SUSPEND;
                                }
                                i++;
                            }
                        }
                    });
                }
                for (;;) {
                    if (label == 1) {
                        got[Select.index()] += (Long) r;
                        rounds++;
                    }
                    if (rounds == 2000) {
                        return null;
                    }
                    label = 0;
                    r = Select.select(new Chan[] {a, b}, null, 0, true);
                    if (parked(r, 1)) {
                        return SUSPEND;
                    }
                    label = 1;
                }
            }
        });
        long even = 0, odd = 0;
        for (long i = 0; i < 2000; i++) {
            if (i % 2 == 0) {
                even += i;
            } else {
                odd += i;
            }
        }
        assertEquals(even, got[0]);
        assertEquals(odd, got[1]);
    }
}
