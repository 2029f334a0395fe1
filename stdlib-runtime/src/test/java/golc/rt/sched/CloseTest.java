package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CloseTest {
    @Test
    void bufferedValuesSurviveCloseThenZeroAndNotOk() {
        Task.run(1, SelectTest.body(() -> {
            Chan c = Chan.make(0L, 3);
            Chan.send(c, 1L);
            Chan.send(c, 2L);
            Chan.close(c);
            assertEquals(2, Chan.len(c));
            assertEquals(3, Chan.cap(c));
            assertEquals(1L, Chan.recv2(c));
            assertEquals(2L, Chan.recv(c));
            assertEquals(0L, Chan.recv(c));
            assertSame(Chan.CLOSED, Chan.recv2(c));
        }));
    }

    @Test
    void goRuntimeErrors() {
        Task.run(1, SelectTest.body(() -> {
            Chan c = Chan.make(0L, 0);
            Chan.close(c);
            assertEquals("send on closed channel", assertThrows(RuntimeException.class, () -> Chan.send(c, 1L))
                    .getMessage().replaceFirst("^panic: ", ""));
            assertEquals("close of closed channel", assertThrows(RuntimeException.class, () -> Chan.close(c))
                    .getMessage().replaceFirst("^panic: ", ""));
            assertEquals("close of nil channel", assertThrows(RuntimeException.class, () -> Chan.close(null))
                    .getMessage().replaceFirst("^panic: ", ""));
        }));
    }

    /** Receivers and a sender parked on a channel: close wakes all; receivers get zero/not ok, the sender panics. */
    @Test
    void closeWakesParkedReceiversAndSenders() {
        Chan c = Chan.make(0L, 0);
        Chan full = Chan.make(0L, 1);
        Object[] seen = new Object[3];
        Outcome o = new Sched(2).run(new Task() {
            @Override
            protected Object step(Object r) {
                switch (label) {
                    case 0:
                        Chan.send(full, 9L);
                        Sched.go(new Task() {
                            @Override
                            protected Object step(Object r) {
                                if (label == 0 && parked(Chan.recv(c), 1)) {
                                    return SUSPEND;
                                }
                                seen[0] = r;
                                return null;
                            }
                        });
                        Sched.go(new Task() {
                            @Override
                            protected Object step(Object r) {
                                if (label == 0 && parked(Chan.recv2(c), 1)) {
                                    return SUSPEND;
                                }
                                seen[1] = r;
                                return null;
                            }
                        });
                        Sched.go(new Task() {
                            @Override
                            protected Object step(Object r) {
                                // a sender parked on a full buffer, woken by close: panics at its send
                                if (label == 0 && parked(Chan.send(full, 10L), 1)) {
                                    return SUSPEND;
                                }
                                seen[2] = "not reached";
                                return null;
                            }
                        });
                        label = 1;
                        if (parked(Sched.sleep(50_000_000L), 1)) {
                            return SUSPEND;
                        }
                        // fall through
                    case 1:
                        Chan.close(c);
                        label = 2;
                        if (parked(Sched.sleep(50_000_000L), 2)) {
                            return SUSPEND;
                        }
                        // fall through
                    case 2:
                        // the receivers have finished: now the sender, whose panic ends the program
                        Chan.close(full);
                        label = 3;
                        if (parked(Sched.sleep(50_000_000L), 3)) {
                            return SUSPEND;
                        }
                        return null;
                    default:
                        return null;
                }
            }
        });
        assertEquals(Outcome.Kind.PANIC, o.kind);
        assertTrue(o.panic.getMessage().endsWith("send on closed channel"), o.panic.getMessage());
        assertEquals(0L, seen[0]);
        assertSame(Chan.CLOSED, seen[1]);
        assertEquals(null, seen[2]);
    }

    /** A send that tail-suspends in a goroutine's entry frame, woken by close: still Go's panic. */
    @Test
    void tailSuspendedSenderWokenByClosePanics() {
        Chan c = Chan.make(0L, 0);
        Outcome o = new Sched(1).run(new Task() {
            @Override
            protected Object step(Object r) {
                if (label == 0) {
                    Sched.go(new Frame() {
                        @Override
                        public Object resume() {
                            return Chan.send(c, 1L);
                        }
                    });
                    label = 1;
                    if (parked(Sched.gosched(), 1)) {
                        return SUSPEND;
                    }
                }
                if (label == 1) {
                    Chan.close(c);
                    // The sender's panic ends the program long before this sleep does; a resume here
                    // must not close again (under load the old 20 ms sleep could end first and the
                    // re-executed close panicked with "close of closed channel").
                    label = 2;
                    if (parked(Sched.sleep(10_000_000_000L), 2)) {
                        return SUSPEND;
                    }
                }
                return null;
            }
        });
        assertEquals(Outcome.Kind.PANIC, o.kind);
        assertTrue(o.panic.getMessage().endsWith("send on closed channel"), o.panic.getMessage());
        assertEquals(Sched.FIRST_USER_GOID, o.goroutine.id);
    }
}
