package golc.rt.sched;

/**
 * The Go program below, hand-compiled; run in a subprocess by DeadlockTest.
 *
 * <pre>
 * package main                          // deadlock.go
 *
 * func f(c chan int) {
 *     c <- 1                            // line 4
 *     c <- 2                            // line 5
 * }
 *
 * func main() {
 *     c := make(chan int)
 *     go f(c)                           // line 10
 *     go func() { select {} }()         // line 11
 *     <-c                               // line 12
 *     var m chan int
 *     <-m                               // line 14
 * }
 * </pre>
 */
public final class DeadlockMain {
    private DeadlockMain() {
    }

    static StackTraceElement at(String fn, int line) {
        return new StackTraceElement("go.main.package", fn, "/tmp/deadlock.go", line);
    }

    static final class F extends Task {
        final Chan c;

        F(Chan c) {
            this.c = c;
        }

        @Override
        protected Object step(Object r) {
            if (label == 0 && parked(Chan.send(c, 1L), 1)) {
                return SUSPEND;
            }
            if (label <= 1 && parked(Chan.send(c, 2L), 2)) {
                return SUSPEND;
            }
            return null;
        }

        @Override
        public StackTraceElement site() {
            return at("f", label == 1 ? 4 : 5);
        }
    }

    static final class Func1 extends Task {
        @Override
        protected Object step(Object r) {
            if (label == 0 && parked(Select.select(new Chan[0], null, 0, true), 1)) {
                return SUSPEND;
            }
            return null;
        }

        @Override
        public StackTraceElement site() {
            return at("main\u00b7func1", 11);
        }
    }

    static final class Main extends Task {
        @Override
        protected Object step(Object r) {
            if (label == 0) {
                Chan c = Chan.make(0L, 0);
                Sched.go(Task.start(new F(c), at("main", 10)));
                Sched.go(Task.start(new Func1(), at("main", 11)));
                if (parked(Chan.recv(c), 1)) {
                    return SUSPEND;
                }
            }
            if (label <= 1 && parked(Chan.recv(null), 2)) {
                return SUSPEND;
            }
            return null;
        }

        @Override
        public StackTraceElement site() {
            return at("main", label == 1 ? 12 : 14);
        }
    }

    public static void main(String[] args) {
        Programs.exitWith(new Sched(Integer.parseInt(args[0])).run(new Main()));
    }
}
