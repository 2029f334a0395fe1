package golc.lower;

import golc.diag.Diagnostics;
import golc.ir.Program;
import golc.syntax.File;
import golc.syntax.Parser;
import golc.types.Checker;
import golc.types.Package;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Parses, checks and lowers a one-file main package for tests. */
final class LowerFixture {
    final Diagnostics diags = new Diagnostics();
    final Program program;

    private LowerFixture(String path, String src) {
        File f = Parser.parseFile(path, src.getBytes(StandardCharsets.UTF_8), diags);
        if (diags.hasErrors()) throw new AssertionError("parse errors:\n" + diags.format());
        Package p = Checker.check("main", List.of(f), importPath -> null, diags);
        if (diags.hasErrors()) throw new AssertionError("type errors:\n" + diags.format());
        program = Lowerer.lower(List.of(p), diags);
    }

    static LowerFixture of(String path, String src) {
        return new LowerFixture(path, src);
    }
}
