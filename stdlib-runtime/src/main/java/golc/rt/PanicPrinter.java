package golc.rt;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints an unrecovered panic as Go's runtime does: the chain of panics ({@code panic: v [recovered]}),
 * the signal line for nil dereferences, a blank line, {@code goroutine N [running]:} and the Go stack
 * recovered from the Java stack trace. Everything is built as a Go string first and written in one go.
 */
public final class PanicPrinter {
    private PanicPrinter() {
    }

    /** The nil-dereference message, which Go reports from a SIGSEGV. */
    static final String NIL_DEREF = "runtime error: invalid memory address or nil pointer dereference";

    /** The text Go prints for a panic value after "panic: " (printpanics/printpanicval). */
    public static String describe(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof golc.rt.m.Error) {
            return ((golc.rt.m.Error) v).Error();
        }
        if (v instanceof golc.rt.m.String) {
            return ((golc.rt.m.String) v).String();
        }
        GoType t = Types.typeOf(v);
        Object raw = Types.unbox(v);
        Kind k = t.kind();
        if (!t.isNamed()) {
            if (k.isBasic()) {
                return formatBasic(k, raw);
            }
            return "(" + t + ") " + Print.formatPointer(raw);
        }
        if (k == Kind.STRING) {
            return t + "(\"" + raw + "\")";
        }
        if (k.isBasic()) {
            return t + "(" + formatBasic(k, raw) + ")";
        }
        return "(" + t + ") " + Print.formatPointer(raw);
    }

    /** A basic value as print(v) writes it. */
    static String formatBasic(Kind k, Object raw) {
        switch (k) {
            case BOOL:
                return ((Boolean) raw) ? "true" : "false";
            case FLOAT32:
                return Print.formatFloat((Float) raw);
            case FLOAT64:
                return Print.formatFloat((Double) raw);
            case COMPLEX64: case COMPLEX128:
                return Print.formatComplex((Complex) raw);
            case STRING:
                return (String) raw;
            case UINT: case UINT64: case UINTPTR:
                return Long.toUnsignedString((Long) raw);
            case UINT32:
                return Integer.toUnsignedString((Integer) raw);
            default:
                return raw.toString();
        }
    }

    /** Whether a panic value is the nil-dereference runtime error (Go prints a signal line for it). */
    static boolean isNilDeref(Object v) {
        return v instanceof RuntimeError && ((RuntimeError) v).Error().equals(NIL_DEREF);
    }

    /** The whole report for an unrecovered panic p in goroutine goid (a Go string, ending in a newline). */
    public static String report(GoPanic p, long goid) {
        StringBuilder sb = new StringBuilder();
        List<GoPanic> chain = new ArrayList<>();
        for (GoPanic q = p; q != null; q = q.link) {
            chain.add(0, q);
        }
        for (int i = 0; i < chain.size(); i++) {
            GoPanic q = chain.get(i);
            if (i > 0) {
                sb.append('\t');
            }
            sb.append("panic: ").append(describe(q.value));
            if (q.recovered) {
                sb.append(" [recovered]");
            }
            sb.append('\n');
        }
        if (isNilDeref(p.value)) {
            sb.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        sb.append('\n');
        sb.append("goroutine ").append(goid).append(" [running]:\n");
        appendTrace(sb, p.getStackTrace());
        return sb.toString();
    }

    /** The report of a stack overflow, which Go treats as a fatal error rather than a panic. */
    public static String stackOverflowReport(StackOverflowError e, long goid) {
        StringBuilder sb = new StringBuilder();
        // Go's report, with its addresses replaced by fixed stand-ins (they differ on every run anyway).
        sb.append("runtime: goroutine stack exceeds 1000000000-byte limit\n");
        sb.append("runtime: sp=0xc020080398 stack=[0xc020080000, 0xc040080000]\n");
        sb.append("fatal error: stack overflow\n\n");
        sb.append("runtime stack:\n");
        sb.append("runtime.throw({0x0?, 0x0?})\n\t/usr/lib/go-1.19/src/runtime/panic.go:1047\n");
        sb.append("runtime.newstack()\n\t/usr/lib/go-1.19/src/runtime/stack.go:1103\n");
        sb.append("runtime.morestack()\n\t/usr/lib/go-1.19/src/runtime/asm_amd64.s:570\n\n");
        sb.append("goroutine ").append(goid).append(" [running]:\n");
        StackTraceElement[] st = e.getStackTrace();
        // The overflowing recursion repeats one frame thousands of times; Go prints the top of it, and so do we.
        StackTraceElement[] top = new StackTraceElement[Math.min(st.length, 100)];
        System.arraycopy(st, 0, top, 0, top.length);
        appendTrace(sb, top);
        if (top.length < st.length) {
            sb.append("...additional frames elided...\n");
        }
        return sb.toString();
    }

    /** Appends the Go frames of a Java stack trace: {@code pkg.F(...)\n\tfile.go:LINE\n} each. */
    public static void appendTrace(StringBuilder sb, StackTraceElement[] trace) {
        String above = null;
        for (StackTraceElement e : trace) {
            String fn = goFunctionName(e.getClassName(), e.getMethodName());
            if (fn == null) {
                continue;
            }
            String prev = above;
            above = fn;
            if (isInitDriver(fn, prev, e)) {
                continue;
            }
            sb.append(fn).append(takesNoArguments(e) ? "()" : "(...)").append('\n');
            String file = SourceFiles.fileOf(e);
            sb.append('\t').append(file == null ? "?" : file).append(':')
                    .append(e.getLineNumber()).append('\n');
        }
    }

    /**
     * Whether a frame is golc's package initialisation machinery, which Go's runtime.doInit does and does not
     * show: the per-package driver ({@code p.init.pkg}, or any frame without a line), and {@code p.init} when it
     * is only calling the user's {@code init} functions ({@code p.init.0}, ...), which Go calls directly.
     */
    static boolean isInitDriver(String fn, String above, StackTraceElement e) {
        if (fn.endsWith(".init.pkg") || e.getLineNumber() < 0) {
            return true;
        }
        return fn.endsWith(".init") && above != null && above.startsWith(fn + ".")
                && above.substring(fn.length() + 1).chars().allMatch(Character::isDigit);
    }

    /**
     * Whether the frame's method has no parameters, so that Go would print {@code f()}; Go prints argument
     * words for the others, which a JVM frame does not keep, so those get {@code (...)} as inlined calls do.
     */
    static boolean takesNoArguments(StackTraceElement e) {
        try {
            Class<?> c = Class.forName(e.getClassName(), false, PanicPrinter.class.getClassLoader());
            boolean found = false;
            for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(e.getMethodName())) {
                    if (m.getParameterCount() != 0) {
                        return false;
                    }
                    found = true;
                }
            }
            return found;
        } catch (ClassNotFoundException | LinkageError | SecurityException ex) {
            return false;
        }
    }

    /**
     * The Go name of a Java frame of generated code ({@code go.<path>.package}, method {@code T·M}), e.g.
     * {@code main.(*T).Set}, or null for frames that are not Go functions (runtime, JDK, bridges).
     */
    public static String goFunctionName(String className, String method) {
        if (!className.startsWith("go.") || !className.endsWith(".package")) {
            return null;
        }
        if (method.startsWith("<") || method.startsWith("lambda$")) {
            return null;
        }
        String pkg = className.substring(3, className.length() - ".package".length()).replace('.', '/').replace('\u00b7', '.');
        return pkg + "." + collapseTypeArgs(method).replace('\u00b7', '.');
    }

    /**
     * Instances of generic code are named with their type arguments between U+3014 and U+3015
     * ({@code Max〔int〕}, {@code (*Stack〔string〕)·Push}); Go 1.19 prints such frames as {@code Max[...]}.
     */
    static String collapseTypeArgs(String method) {
        if (method.indexOf('\u3014') < 0) {
            return method;
        }
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            if (c == '\u3014') {
                if (depth++ == 0) {
                    sb.append("[...]");
                }
            } else if (c == '\u3015') {
                depth--;
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Turns any Throwable reaching Go code into the Go panic it stands for (JVM faults become runtime errors). */
    public static GoPanic toGoPanic(Throwable t) {
        if (t instanceof GoPanic) {
            return (GoPanic) t;
        }
        if (t instanceof NullPointerException) {
            return new GoPanic(RuntimeError.nilDeref().value, t);
        }
        if (t instanceof ArithmeticException) {
            return new GoPanic(RuntimeError.divideByZero().value, t);
        }
        if (t instanceof ArrayIndexOutOfBoundsException || t instanceof StringIndexOutOfBoundsException) {
            long[] xy = parseIndexMessage(t.getMessage());
            if (xy != null) {
                return new GoPanic(RuntimeError.index(xy[0], xy[1]).value, t);
            }
        }
        if (t instanceof NegativeArraySizeException) {
            return new GoPanic(RuntimeError.error("makeslice: len out of range").value, t);
        }
        return null;
    }

    /** Parses the JDK's "Index 5 out of bounds for length 3". */
    private static long[] parseIndexMessage(String msg) {
        if (msg == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("[Ii]ndex:? (-?\\d+),? out of bounds for length:? (\\d+)").matcher(msg);
        return m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : null;
    }
}
