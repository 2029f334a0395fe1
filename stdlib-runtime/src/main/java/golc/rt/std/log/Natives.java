package golc.rt.std.log;

import golc.rt.PanicPrinter;
import golc.rt.Strings;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Natives of Go package log (golc/std/log/natives.go): the clock and the caller's source position. */
public final class Natives {
    private Natives() {
    }

    /** func now(utc bool) (year, month, day, hour, min, sec, micro int) */
    public static Object[] now(boolean utc) {
        ZonedDateTime t = ZonedDateTime.now(utc ? ZoneOffset.UTC : ZoneId.systemDefault());
        return new Object[] {(long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(),
            (long) t.getHour(), (long) t.getMinute(), (long) t.getSecond(), (long) (t.getNano() / 1000)};
    }

    /**
     * func caller(calldepth int) (file string, line int, ok bool): counts Go frames (methods of generated
     * {@code go.<pkg>.package} classes) from the caller of this native, which is Logger.Output (depth 0).
     */
    public static Object[] caller(long calldepth) {
        Optional<StackWalker.StackFrame> f = StackWalker.getInstance().walk(s -> s
                .filter(fr -> PanicPrinter.goFunctionName(fr.getClassName(), fr.getMethodName()) != null)
                .skip(calldepth)
                .findFirst());
        if (f.isEmpty() || f.get().getFileName() == null) {
            return new Object[] {"", 0L, false};
        }
        StackWalker.StackFrame fr = f.get();
        String file = golc.rt.SourceFiles.fileOf(fr.getClassName(), fr.getMethodName(), fr.getFileName());
        return new Object[] {Strings.fromJava(file), (long) fr.getLineNumber(), true};
    }
}
