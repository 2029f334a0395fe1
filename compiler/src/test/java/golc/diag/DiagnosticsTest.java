package golc.diag;

import golc.syntax.Pos;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosticsTest {

    private static Pos pos(int line, int col) {
        return new Pos("a.go", line, col);
    }

    @Test
    void sortedByPositionInGoFormat() {
        Diagnostics d = new Diagnostics();
        assertFalse(d.hasErrors());
        d.error(pos(3, 5), "undefined: x");
        d.error(new Pos("a.go", 1, 9), "first");
        d.error(pos(3, 2), "earlier on the line");
        d.error(new Pos("B.go", 9, 1), "other file");
        assertTrue(d.hasErrors());
        assertEquals(4, d.count());
        assertEquals(List.of("B.go:9:1: other file", "a.go:1:9: first", "a.go:3:2: earlier on the line",
                "a.go:3:5: undefined: x"), d.lines());
        assertEquals("B.go:9:1: other file\na.go:1:9: first\na.go:3:2: earlier on the line\na.go:3:5: undefined: x\n",
                d.format());
    }

    @Test
    void oneSyntaxErrorPerLine() {
        Diagnostics d = new Diagnostics();
        d.error(pos(2, 3), "syntax error: unexpected x");
        d.error(pos(2, 9), "syntax error: unexpected y");
        d.error(pos(2, 9), "newline in string"); // not a syntax error: kept
        d.error(pos(3, 1), "syntax error: unexpected z");
        assertEquals(List.of("a.go:2:3: syntax error: unexpected x", "a.go:2:9: newline in string",
                "a.go:3:1: syntax error: unexpected z"), d.lines());
    }

    @Test
    void equalMessagesOnOneLineAreReportedOnce() {
        Diagnostics d = new Diagnostics();
        d.error(pos(4, 2), "undefined: x");
        d.error(pos(4, 7), "undefined: x");
        d.error(pos(4, 7), "undefined: y");
        assertEquals(List.of("a.go:4:2: undefined: x", "a.go:4:7: undefined: y"), d.lines());
    }

    @Test
    void afterTenReportedErrorsThoseTenSortedThenTooManyErrors() {
        // As gc: the first ten errors in report order are printed sorted, then "too many errors"
        // at the position of the tenth reported.
        Diagnostics d = new Diagnostics();
        for (int i = 12; i >= 1; i--) d.error(pos(i, 1), "e" + i);
        List<String> lines = d.lines();
        assertEquals(11, lines.size());
        assertEquals("a.go:3:1: e3", lines.get(0));
        assertEquals("a.go:12:1: e12", lines.get(9));
        assertEquals("a.go:3:1: too many errors", lines.get(10));
        assertEquals(12, d.sorted().size());
        assertEquals("a.go:12:1: e12", d.reported().get(0).toString());
    }

    @Test
    void exactlyTenErrorsAlreadyPrintTooManyErrors() {
        Diagnostics d = new Diagnostics();
        for (int i = 1; i <= 9; i++) d.error(pos(i, 1), "e" + i);
        assertEquals(9, d.lines().size());
        d.error(pos(10, 4), "e10");
        assertEquals(11, d.lines().size());
        assertEquals("a.go:10:4: too many errors", d.lines().get(10));
    }

    @Test
    void exactDuplicatesArePrintedOnce() {
        Diagnostics d = new Diagnostics();
        d.error(pos(1, 1), "x");
        d.error(pos(2, 1), "y");
        d.error(pos(1, 1), "x"); // not the previous error, so not suppressed when added
        assertEquals(3, d.count());
        assertEquals(List.of("a.go:1:1: x", "a.go:2:1: y"), d.lines());
    }

    @Test
    void internalCompilerErrorIsSeparateFromUserErrors() {
        InternalCompilerError ice = new InternalCompilerError(pos(7, 3), "unexpected node");
        assertEquals("a.go:7:3: internal compiler error: unexpected node", ice.format());
        assertEquals("internal compiler error: no position", new InternalCompilerError(null, "no position").format());
    }

    @Test
    void columnsFrom255OnAreNotPrinted() {
        // gc's compact source positions cannot hold larger columns and print none.
        Diagnostics d = new Diagnostics();
        d.error(pos(16, 411), "syntax error: unexpected newline");
        d.error(pos(17, 254), "x");
        assertEquals(List.of("a.go:16: syntax error: unexpected newline", "a.go:17:254: x"), d.lines());
    }
}
