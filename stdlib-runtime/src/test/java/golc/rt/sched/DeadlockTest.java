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

    /** main called runtime.Goexit: the program lives on until the other goroutines are done or asleep. */
    @Test
    void mainGoexitEndsInGosDeadlockMessages() {
        Outcome alone = new Sched(1).run(SelectTest.body(() -> {
            throw new Goexit();
        }));
        assertEquals(Outcome.Kind.FATAL, alone.kind);
        assertEquals("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n", alone.fatalText);

        Outcome withOther = new Sched(1).run(SelectTest.body(() -> {
            Sched.go(Task.start(new DeadlockMain.Func1(), DeadlockMain.at("main", 6)));
            throw new Goexit();
        }));
        assertEquals(Outcome.Kind.FATAL, withOther.kind);
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n\n"
                + "goroutine 18 [select (no cases)]:\n"
                + "main.main.func1(...)\n"
                + "\t/tmp/deadlock.go:11\n"
                + "created by main.main\n"
                + "\t/tmp/deadlock.go:6\n", withOther.fatalText);
    }
}
