package golc.build;

import golc.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StdLibraryTest {
    @TempDir
    Path tmp;

    @Test
    void readsPackagesFromAJarWithoutTestFilesOrSubpackages() throws IOException {
        Path jar = tmp.resolve("rt.jar");
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o)) {
            for (String name : List.of("golc/std/x/b.go", "golc/std/x/a.go", "golc/std/x/a_test.go", "golc/std/x/y/c.go")) {
                j.putNextEntry(new JarEntry(name));
                j.write(("// " + name + "\npackage x\n").getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        StdLibrary lib = StdLibrary.of(List.of(jar));
        assertEquals(List.of("golc/std/x/a.go", "golc/std/x/b.go"), lib.files("x").stream().map(SourceFile::path).toList());
        assertEquals(List.of("golc/std/x/y/c.go"), lib.files("x/y").stream().map(SourceFile::path).toList());
        assertTrue(lib.files("nosuch").isEmpty());
        assertTrue(new String(lib.files("x").get(0).content(), StandardCharsets.UTF_8).startsWith("// golc/std/x/a.go"));
    }

    @Test
    void laterRootsAreSearchedWhenEarlierOnesLackThePackage() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Files.createDirectories(a.resolve("golc/std/p"));
        Files.createDirectories(b.resolve("golc/std/q"));
        Files.writeString(a.resolve("golc/std/p/p.go"), "package p\n");
        Files.writeString(b.resolve("golc/std/q/q.go"), "package q\n");
        StdLibrary lib = StdLibrary.of(List.of(a, b));
        assertEquals(1, lib.files("p").size());
        assertEquals(1, lib.files("q").size());
    }

    @Test
    void theRuntimeShipsTheStandardLibrary() throws IOException {
        // strconv is one of the packages every Go program's fmt needs; it must be found beside golc.rt.G.
        assertFalse(StdLibrary.fromRuntime().files("strconv").isEmpty());
        assertSame(StdLibrary.fromRuntime(), StdLibrary.fromRuntime(), "one library per loaded runtime");
    }

    @Test
    void errorFreePackagesAreParsedOnceAndShared() throws IOException {
        Path root = tmp.resolve("r");
        Files.createDirectories(root.resolve("golc/std/p"));
        Files.writeString(root.resolve("golc/std/p/p.go"), "package p\n\nfunc F() int { return 1 }\n");
        StdLibrary lib = StdLibrary.of(List.of(root));
        Diagnostics diags = new Diagnostics();
        List<golc.syntax.File> first = lib.parse("p", diags);
        assertEquals(1, first.size());
        assertSame(first, lib.parse("p", new Diagnostics()), "the trees are kept");
        assertFalse(diags.hasErrors());
        assertNull(lib.parse("nosuch", diags));
    }

    @Test
    void packagesWithErrorsReportThemToEveryBuild() throws IOException {
        Path root = tmp.resolve("r");
        Files.createDirectories(root.resolve("golc/std/bad"));
        Files.writeString(root.resolve("golc/std/bad/bad.go"), "package bad\n\nfunc F( {\n");
        StdLibrary lib = StdLibrary.of(List.of(root));
        for (int build = 0; build < 2; build++) {
            Diagnostics diags = new Diagnostics();
            lib.parse("bad", diags);
            assertTrue(diags.hasSyntaxErrors(), "build " + build + ": " + diags.lines());
        }
    }
}
