package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlockTest {
    /** Go 1.19 prints the same, except for argument values and +0x offsets, which golc does not reproduce. */
    static final String EXPECTED = "fatal error: all goroutines are asleep - deadlock!\n"
            + "\n"
            + "goroutine 1 [chan receive (nil chan)]:\n"
            + "main.main(...)\n"
            + "\t/tmp/deadlock.go:14\n"
            + "\n"
            + "goroutine 18 [chan send]:\n"
            + "main.f(...)\n"
            + "\t/tmp/deadlock.go:5\n"
            + "created by main.main\n"
            + "\t/tmp/deadlock.go:10\n"
            + "\n"
            + "goroutine 19 [select (no cases)]:\n"
            + "main.main.func1(...)\n"
            + "\t/tmp/deadlock.go:11\n"
            + "created by main.main\n"
            + "\t/tmp/deadlock.go:11\n";

    @Test
    void allAsleepPrintsGoDumpAndExits2() throws Exception {
        for (String procs : new String[] {"1", "2"}) {
            Programs.Result r = Programs.run(DeadlockMain.class, List.of(), procs);
            assertEquals(EXPECTED, r.stderr);
            assertEquals("", r.stdout);
            assertEquals(2, r.status);
        }
    }
}
