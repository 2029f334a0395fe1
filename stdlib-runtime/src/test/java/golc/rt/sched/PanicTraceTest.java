package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A panic after a resume: the Go stack is the Java frames that run (the resumed innermost function) plus the
 * saved frames below it, taken from the frame chain. In the ABI's exact shape:
 *
 * <pre>
 * func inner(c chan int) int { v := <-c; if v == 0 { panic("boom") }; return v }   // lines 3-4
 * func outer(c chan int) int { return inner(c) + 1 }                               // line 6
 * func main() { c := make(chan int); go func() { c <- 0 }(); println(outer(c)) }   // line 8
 * </pre>
 */
class PanicTraceTest {
    static StackTraceElement at(String fn, int line) {
        return new StackTraceElement("go.main.package", fn, "trace.go", line);
    }

    static final class InnerFrame extends Frame {
        Chan c;

        @Override
        public Object resume() {
            return inner(null, this);
        }

        @Override
        public StackTraceElement site() {
            return at("inner", 3);
        }
    }

    static Object inner(Chan c, Frame $f) {
        Object r;
        if ($f == null) {
            r = Chan.recv(c);
            if (r == Frame.SUSPEND) {
                InnerFrame f = new InnerFrame();
                f.c = c;
                f.label = 1;
                Frame.save(f);
                return Frame.SUSPEND;
            }
        } else {
            r = Frame.result($f);
        }
        if ((Long) r == 0) {
            throw new IllegalStateException("boom");
        }
        return r;
    }

    static final class OuterFrame extends Frame {
        @Override
        public Object resume() {
            return outer(null, this);
        }

        @Override
        public StackTraceElement site() {
            return at("outer", 6);
        }
    }

    static Object outer(Chan c, Frame $f) {
        Object r = $f == null ? inner(c, null) : Frame.result($f);
        if (r == Frame.SUSPEND) {
            OuterFrame f = new OuterFrame();
            f.label = 1;
            Frame.save(f);
            return Frame.SUSPEND;
        }
        return (Long) r + 1;
    }

    static final class MainFrame extends Frame {
        @Override
        public Object resume() {
            Frame.result(this);
            return null;
        }

        @Override
        public StackTraceElement site() {
            return at("main", 8);
        }
    }

    @Test
    void goStackJoinsRunningJavaFramesAndSavedFrames() {
        Outcome o = new Sched(1).run(new Frame() {
            @Override
            public Object resume() {
                Chan c = Chan.make(0L, 0);
                Sched.go(new Frame() {
                    @Override
                    public Object resume() {
                        return Chan.send(c, 0L); // tail-suspends: no frame of its own
                    }
                });
                Object r = outer(c, null);
                if (r == Frame.SUSPEND) {
                    MainFrame f = new MainFrame();
                    f.label = 1;
                    Frame.save(f);
                }
                return r;
            }
        });
        assertEquals(Outcome.Kind.PANIC, o.kind);
        assertEquals(1, o.goroutine.id);
        assertEquals("boom", o.panic.getMessage());
        List<String> names = new ArrayList<>();
        for (StackTraceElement e : o.stack) {
            names.add(e.getMethodName() + ":" + e.getLineNumber());
        }
        // innermost: the Java frame of inner (running when it panicked); then the saved callers
        assertTrue(names.get(0).startsWith("inner:"), names.toString());
        assertEquals(List.of("outer:6", "main:8"), names.subList(names.size() - 2, names.size()), names.toString());
        for (String n : names) {
            assertTrue(!n.startsWith("run:") && !n.startsWith("execute:"), "scheduler frames leak: " + names);
        }
    }
}
