package golc.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PanicPrinterTest {
    private static StackTraceElement frame(String cls, String method, String file, int line) {
        return new StackTraceElement(cls, method, file, line);
    }

    @Test
    void goNamesFromJavaFrames() {
        assertEquals("main.main", PanicPrinter.goFunctionName("go.main.package", "main"));
        assertEquals("main.main.func1", PanicPrinter.goFunctionName("go.main.package", "main·func1"));
        assertEquals("main.(*T).Set", PanicPrinter.goFunctionName("go.main.package", "(*T)·Set"));
        assertEquals("unicode/utf8.DecodeRune", PanicPrinter.goFunctionName("go.unicode.utf8.package", "DecodeRune"));
        assertNull(PanicPrinter.goFunctionName("golc.rt.Slice", "index"));
        assertNull(PanicPrinter.goFunctionName("go.main.T", "String"));
        assertNull(PanicPrinter.goFunctionName("go.main.package", "<clinit>"));
    }

    /** As Go 1.19 prints `panic: runtime error: index out of range [5] with length 0` from f called by main. */
    @Test
    void reportWithSyntheticTrace() {
        GoPanic p = RuntimeError.index(5, 0);
        p.setStackTrace(new StackTraceElement[] {
            frame("golc.rt.RuntimeError", "index", "RuntimeError.java", 10),
            frame("golc.rt.Slice", "index", "Slice.java", 20),
            frame("go.main.package", "f", "/tmp/gp/p.go", 9),
            frame("go.main.package", "main", "/tmp/gp/p.go", 17),
            frame("go.main.main", "main", "p.go", 1),
            frame("golc.rt.Entry", "run", "Entry.java", 5),
        });
        assertEquals("panic: runtime error: index out of range [5] with length 0\n\n"
                + "goroutine 1 [running]:\n"
                + "main.f(...)\n\t/tmp/gp/p.go:9\n"
                + "main.main(...)\n\t/tmp/gp/p.go:17\n", PanicPrinter.report(p, 1));
    }

    /** Go shows only main.init.0 for a panic in init; golc's driver frames around it are hidden. */
    @Test
    void initDriversAreHidden() {
        GoPanic p = new GoPanic("in init");
        p.setStackTrace(new StackTraceElement[] {
            frame("go.main.package", "init·0", "initp.go", 4),
            frame("go.main.package", "init", "initp.go", 1),
            frame("go.main.package", "init·pkg", "initp.go", -1),
        });
        assertEquals("panic: in init\n\ngoroutine 1 [running]:\nmain.init.0(...)\n\tinitp.go:4\n",
                PanicPrinter.report(p, 1));
        // a panic in a package variable's initialiser does show main.init, as in Go
        p.setStackTrace(new StackTraceElement[] {
            frame("go.main.package", "f", "v.go", 3),
            frame("go.main.package", "init", "v.go", 6),
        });
        assertTrue(PanicPrinter.report(p, 1).endsWith("main.init(...)\n\tv.go:6\n"));
    }

    static void noArgs() {
    }

    static void someArgs(long x) {
    }

    /** Go prints f() for a function without parameters; the frames above have no class to ask, hence (...). */
    @Test
    void emptyParenthesesOnlyForParameterlessMethods() {
        String cls = PanicPrinterTest.class.getName();
        assertTrue(PanicPrinter.takesNoArguments(frame(cls, "noArgs", "x.go", 1)));
        assertFalse(PanicPrinter.takesNoArguments(frame(cls, "someArgs", "x.go", 1)));
        assertFalse(PanicPrinter.takesNoArguments(frame("go.nosuch.package", "main", "x.go", 1)));
    }

    /** The chain Go 1.19 prints when a recovered panic is followed by panics in deferred calls. */
    @Test
    void chainOfPanics() {
        GoPanic first = new GoPanic(new TestError("boom"));
        first.recovered = true;
        GoPanic second = new GoPanic(new Box(GoType.named("main", "main", "MI").define(GoType.INT, null, null, null),
                7L));
        second.link = first;
        GoType ms = GoType.named("main", "main", "MS").define(GoType.STRING, null, null, null);
        GoPanic third = new GoPanic(new Box(ms, "third"));
        third.link = second;
        third.setStackTrace(new StackTraceElement[0]);
        assertEquals("panic: boom [recovered]\n\tpanic: main.MI(7)\n\tpanic: main.MS(\"third\")\n\n"
                + "goroutine 1 [running]:\n", PanicPrinter.report(third, 1));
    }

    @Test
    void panicValues() {
        assertEquals("nil", PanicPrinter.describe(null));
        assertEquals("+1.500000e+000", PanicPrinter.describe(1.5));
        assertEquals("true", PanicPrinter.describe(true));
        assertEquals("18446744073709551615", PanicPrinter.describe(new Box(GoType.UINT64, -1L)));
        assertEquals("boom", PanicPrinter.describe(new TestError("boom")));
        assertEquals("(main.Pt) 0xc", PanicPrinter.describe(Types.box(Pt.TYPE, new Pt())).substring(0, 13));
        assertEquals("([]int) 0x0", PanicPrinter.describe(new Box(GoType.slice(GoType.INT), null)));
    }

    @Test
    void jvmExceptionsMapToRuntimeErrors() {
        assertEquals("runtime error: index out of range [7] with length 2",
                ((RuntimeError) PanicPrinter.toGoPanic(new ArrayIndexOutOfBoundsException(
                        "Index 7 out of bounds for length 2")).value).Error());
        assertEquals("runtime error: integer divide by zero",
                ((RuntimeError) PanicPrinter.toGoPanic(new ArithmeticException("/ by zero")).value).Error());
        assertNull(PanicPrinter.toGoPanic(new IllegalStateException()));
    }

    private static final class TestError implements golc.rt.m.Error {
        private final String msg;

        TestError(String msg) {
            this.msg = msg;
        }

        @Override
        public String Error() {
            return msg;
        }
    }
}
