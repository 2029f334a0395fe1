package golc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI's exit codes and messages, which are a contract. */
class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int golc(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void versionPrintsOneLineAndSucceeds() {
        assertEquals(0, golc("version"));
        assertTrue(out.toString().startsWith("golc version "), out::toString);
        assertTrue(out.toString().contains("Go 1.19"));
        assertEquals("", err.toString());
    }

    @Test
    void helpOnEachCommand() {
        assertEquals(0, golc("--help"));
        assertTrue(out.toString().contains("Usage: golc"));
        for (String cmd : List.of("build", "run", "version")) {
            assertEquals(0, golc(cmd, "--help"));
            assertTrue(out.toString().contains("Usage: golc " + cmd), out::toString);
        }
        assertEquals(0, golc("help", "build"));
    }

    @Test
    void usageErrorsExitWithTwoAndPrintUsage() {
        assertEquals(2, golc("build", "--bogus"));
        assertTrue(err.toString().contains("Unknown option: '--bogus'"), err::toString);
        assertTrue(err.toString().contains("Usage: golc build"), err::toString);
        assertEquals(2, golc());
        assertEquals(2, golc("frobnicate"));
        assertEquals(2, golc("build", "--stop-after=link", "x.go"));
        assertTrue(err.toString().contains("unknown stage 'link'"), err::toString);
        assertEquals(2, golc("run"));
    }

    @Test
    void compileErrorsExitWithOneWithoutStackTraces() throws IOException {
        Path src = dir.resolve("hello.go");
        Files.writeString(src, "package main\n\nimport \"foo\"\n\nfunc main() { foo.X() }\n");
        assertEquals(1, golc("build", "-o", dir.resolve("h.jar").toString(), src.toString()));
        assertEquals(src + ":3:8: package foo is not in GOROOT (golc/std/foo)\n", err.toString());
        assertFalse(Files.exists(dir.resolve("h.jar")));
        assertEquals(1, golc("build", dir.resolve("missing.go").toString()));
        assertTrue(err.toString().contains("no such file or directory"));
        assertFalse(err.toString().contains("Exception"));
    }

    @Test
    void runSplitsThePackageFromTheProgramArguments() {
        List<Path> src = new ArrayList<>();
        List<String> args = new ArrayList<>();
        RunCommand.split(List.of("a.go", "b.go", "x", "-v", "c.go"), src, args);
        assertEquals(List.of(Path.of("a.go"), Path.of("b.go")), src);
        assertEquals(List.of("x", "-v", "c.go"), args);
        src.clear();
        args.clear();
        RunCommand.split(List.of("dir", "a.go"), src, args);
        assertEquals(List.of(Path.of("dir")), src);
        assertEquals(List.of("a.go"), args);
        src.clear();
        args.clear();
        RunCommand.split(List.of("main.go", "--", "extra.go", "--", "z"), src, args);
        assertEquals(List.of(Path.of("main.go")), src);
        assertEquals(List.of("extra.go", "--", "z"), args);
    }
}
