package golc.rt.std.fmt;

/**
 * Calls a Go {@code Format(fmt.State, rune)} method: the printer finds that the operand has a Format
 * method, and the Go side of package fmt (which can make the interface call) does the rest.
 */
public interface FormatterHook {
    /** Calls arg.Format with a State over printer; false if arg is not a fmt.Formatter after all. */
    boolean format(Printer printer, Object arg, int verb);
}
