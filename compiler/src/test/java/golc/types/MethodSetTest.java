package golc.types;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Method sets with promotion through embedding, and interface satisfaction. */
class MethodSetTest {
    private static final String SRC = "package main\n"
            + "type A struct{}\nfunc (A) V() {}\nfunc (*A) P() {}\n"
            + "type B struct{ A }\ntype C struct{ *A }\n"
            + "type I interface{ V(); P() }\nfunc main() {}\n";

    private static List<String> names(MethodSet ms) {
        return ms.list().stream().map(s -> s.obj().name() + s.index()).collect(Collectors.toList());
    }

    @Test
    void valueAndPointerMethodSets() {
        TypesTestSupport.Checked c = TypesTestSupport.check("t.go", SRC);
        assertFalse(c.diags.hasErrors(), c.diags::format);
        Type a = c.pkg.scope().lookup("A").type();
        Type b = c.pkg.scope().lookup("B").type();
        Type cc = c.pkg.scope().lookup("C").type();
        assertEquals(List.of("V[0]"), names(MethodSet.of(a)));
        assertEquals(List.of("P[1]", "V[0]"), names(MethodSet.of(new Pointer(a))));
        assertEquals(List.of("V[0, 0]"), names(MethodSet.of(b)));
        assertEquals(List.of("P[0, 1]", "V[0, 0]"), names(MethodSet.of(new Pointer(b))));
        assertEquals(List.of("P[0, 1]", "V[0, 0]"), names(MethodSet.of(cc)));
        Type i = c.pkg.scope().lookup("I").type();
        assertFalse(Lookup.implementsMethods(a, i));
        assertTrue(Lookup.implementsMethods(new Pointer(a), i));
        assertFalse(Lookup.implementsMethods(b, i));
        assertTrue(Lookup.implementsMethods(cc, i));
    }
}
