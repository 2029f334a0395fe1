package golc.rt.std.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import golc.rt.RuntimeError;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recovered runtime panics print as Go prints them through their Error method. Expected strings are
 * Go 1.19's for recover() of a[5] on a nil slice and of an integer division by zero:
 * {@code fmt.Printf("%v|%q|%T|%d\n", r, r, r, r)} printed
 * {@code runtime error: index out of range [5] with length 0|"runtime error: index out of range [5]
 * with length 0"|runtime.boundsError|{5 0 %!d(bool=true) 0}}.
 */
class RuntimeErrorPrintTest {
    private static String sprintf(String format, Object arg) {
        Printer p = new Printer(null);
        p.doPrintf(format, List.of(arg));
        return p.result();
    }

    @Test
    void boundsError() {
        Object r = RuntimeError.index(5, 0).value;
        assertEquals("runtime error: index out of range [5] with length 0", sprintf("%v", r));
        assertEquals("\"runtime error: index out of range [5] with length 0\"", sprintf("%q", r));
        assertEquals("runtime.boundsError", sprintf("%T", r));
    }

    @Test
    void divideError() {
        Object r = RuntimeError.divideByZero().value;
        assertEquals("runtime error: integer divide by zero", sprintf("%s", r));
        assertEquals("runtime.errorString", sprintf("%T", r));
    }

    @Test
    void nonStringVerbsDoNotCrash() {
        Object r = RuntimeError.index(5, 0).value;
        // Go prints the boundsError fields ({5 0 %!d(bool=true) 0}); golc keeps only the message.
        assertEquals("%!d(runtime.boundsError=runtime error: index out of range [5] with length 0)",
                sprintf("%d", r));
    }
}
