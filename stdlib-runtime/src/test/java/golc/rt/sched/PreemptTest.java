package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A goroutine in a loop that never blocks, with GOMAXPROCS=1: the monitor asks it to yield, and it does at its
 * loop's back edge (the check codegen emits in resumable functions), so main, woken by its timer, runs on the
 * same carrier. The monitor's hand-off to a new carrier is only for goroutines that cannot yield (SysmonTest).
 */
class PreemptTest {
    @Test
    void aLoopThatNeverBlocksYieldsAtItsBackEdge() {
        Thread[] spinner = new Thread[1];
        Thread[] main = new Thread[1];
        int[] preempted = new int[1];
        AtomicBoolean stop = new AtomicBoolean();
        Outcome o = Task.run(1, new Task() {
            @Override
            protected Object step(Object r) {
                if (label == 0) {
                    Sched.go(Task.start(new Task() {
                        @Override
                        protected Object step(Object r) {
                            spinner[0] = Thread.currentThread();
                            while (!stop.get()) {
                                // what FuncGen.preemptCheck emits on a back edge
                                if (Sched.preempt && parked(Sched.preemptPoint(), 1)) {
                                    preempted[0]++;
                                    return SUSPEND;
                                }
                            }
                            return null;
                        }
                    }, null));
                    // the timer readies main, but the spinner holds the only carrier
                    if (parked(Sched.sleep(20_000_000L), 1)) {
                        return SUSPEND;
                    }
                }
                main[0] = Thread.currentThread();
                stop.set(true);
                return null;
            }
        });
        assertEquals(Outcome.Kind.NORMAL, o.kind);
        assertTrue(preempted[0] >= 1, "the spinner was never preempted");
        assertSame(spinner[0], main[0], "main ran on another carrier: the P was handed off, not preempted");
    }
}
