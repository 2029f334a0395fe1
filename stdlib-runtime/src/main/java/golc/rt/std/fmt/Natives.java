package golc.rt.std.fmt;

import golc.rt.Func;
import golc.rt.Slice;
import java.util.AbstractList;
import java.util.List;

/**
 * Natives of Go package fmt (golc/std/fmt/*.go). Each printing native takes the operands as the
 * []any slice and a Go func value {@code hook(p any, arg any, verb rune) bool} that calls Format
 * methods (only Go code can make that interface call); the State methods of that Go side come back
 * here through the state* natives with the printer as an opaque value.
 */
public final class Natives {
    private Natives() {
    }

    /** func sprintf(format string, a []any, hook func(p, arg any, verb rune) bool) string */
    public static String sprintf(String format, Slice a, Func hook) {
        Printer p = new Printer(hookOf(hook));
        p.doPrintf(format, operands(a));
        return p.result();
    }

    /** func sprint(a []any, hook ...) string */
    public static String sprint(Slice a, Func hook) {
        Printer p = new Printer(hookOf(hook));
        p.doPrint(operands(a));
        return p.result();
    }

    /** func sprintln(a []any, hook ...) string */
    public static String sprintln(Slice a, Func hook) {
        Printer p = new Printer(hookOf(hook));
        p.doPrintln(operands(a));
        return p.result();
    }

    /** func errorf(format string, a []any, hook ...) (msg string, wrapped error): wrapped is the %w operand. */
    public static Object[] errorf(String format, Slice a, Func hook) {
        Printer p = new Printer(hookOf(hook));
        p.allowWrap();
        p.doPrintf(format, operands(a));
        return new Object[] {p.result(), p.wrappedError()};
    }

    /** func stateWrite(p any, b string) */
    public static void stateWrite(Object p, String b) {
        ((Printer) p).write(b);
    }

    /** func stateWidth(p any) (int, bool) */
    public static Object[] stateWidth(Object p) {
        Printer pr = (Printer) p;
        return new Object[] {(long) pr.width(), pr.widthPresent()};
    }

    /** func statePrecision(p any) (int, bool) */
    public static Object[] statePrecision(Object p) {
        Printer pr = (Printer) p;
        return new Object[] {(long) pr.precision(), pr.precisionPresent()};
    }

    /** func stateFlag(p any, c int) bool */
    public static boolean stateFlag(Object p, long c) {
        return ((Printer) p).flag((int) c);
    }

    /** func scanTarget(arg any) (kind int, bits int): see scan.go's target* constants. */
    public static Object[] scanTarget(Object arg) {
        return ScanTarget.classify(arg);
    }

    /** func scanStore(arg any, v any) */
    public static void scanStore(Object arg, Object v) {
        ScanTarget.store(arg, v);
    }

    private static FormatterHook hookOf(Func hook) {
        if (hook == null) {
            return null;
        }
        return new FuncHook(hook);
    }

    /** A Go func as the printer's hook (a class, not a lambda: no LambdaMetafactory bootstrap at run time). */
    private static final class FuncHook implements FormatterHook {
        private final Func hook;

        FuncHook(Func hook) {
            this.hook = hook;
        }

        @Override
        public boolean format(Printer printer, Object arg, int verb) {
            return (Boolean) hook.invoke(new Object[] {printer, arg, verb});
        }
    }

    /** The []any operands as a list (nil slice: none). */
    static List<Object> operands(Slice a) {
        if (a == null) {
            return List.of();
        }
        Object[] arr = (Object[]) a.array;
        int off = a.off;
        int len = a.len;
        return new AbstractList<Object>() {
            @Override
            public Object get(int i) {
                return arr[off + i];
            }

            @Override
            public int size() {
                return len;
            }
        };
    }
}
