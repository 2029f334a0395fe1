package golc.build;

import golc.diag.Diagnostics;
import golc.syntax.Pos;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a result prints: errors without position first, then Go's capped diagnostics, then the compiler bug. */
class BuildResultTest {
    @Test
    void printsEveryKindOfErrorInOrder() {
        Diagnostics d = new Diagnostics();
        for (int line = 1; line <= 12; line++) d.error(new Pos("a.go", line, 2), "undefined: x" + line);
        IllegalStateException bug = new IllegalStateException("boom");
        BuildResult r = new BuildResult(List.of("no Go files in /x"), d, bug, "internal compiler error: lower: " + bug,
                Stage.CHECK, Map.of(), List.of(), null, Map.of(), null, Map.of());
        List<String> lines = r.lines();
        assertEquals("no Go files in /x", lines.get(0));
        assertEquals("a.go:1:2: undefined: x1", lines.get(1));
        assertEquals("a.go:10:2: undefined: x10", lines.get(10));
        assertEquals("a.go:10:2: too many errors", lines.get(11));
        assertEquals("internal compiler error: lower: java.lang.IllegalStateException: boom", lines.get(12));
        assertEquals(13, lines.size());
        assertFalse(r.ok());
        assertTrue(r.hasInternalError());
        assertEquals(12, r.diagnostics().size(), "diagnostics() is not capped");
        assertTrue(r.internalStackTrace().contains("BuildResultTest"), "the stack is kept for -x");
        assertTrue(r.format().endsWith("boom\n"));
    }

    @Test
    void aCleanResultIsOk() {
        BuildResult r = new BuildResult(List.of(), new Diagnostics(), null, null, Stage.CODEGEN, Map.of(), List.of(),
                null, Map.of(), null, Map.of());
        assertTrue(r.ok());
        assertEquals(List.of(), r.lines());
        assertEquals("", r.internalStackTrace());
    }

    @Test
    void timingsAreListedInOrderWithATotal() {
        Map<String, Long> t = new java.util.LinkedHashMap<>();
        t.put("parse", 12_400_000L);
        t.put("check", 30_000_000L);
        BuildResult r = new BuildResult(List.of(), new Diagnostics(), null, null, Stage.CHECK, Map.of(), List.of(),
                null, Map.of(), null, t);
        assertEquals("parse 12 ms, check 30 ms, total 42 ms", r.formatTimings());
    }
}
