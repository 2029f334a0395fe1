package golc.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parse stage through the build API, against a standard library made up in a temporary directory. */
class LoaderTest {
    @TempDir
    Path std;

    private void stdFile(String pkgPath, String file, String text) throws IOException {
        Path dir = std.resolve(StdLibrary.ROOT).resolve(pkgPath);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), text);
    }

    private BuildResult parse(String... files) {
        List<SourceFile> sources = new ArrayList<>();
        for (int i = 0; i < files.length; i += 2) {
            sources.add(new SourceFile(files[i], files[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return Build.create().std(StdLibrary.of(List.of(std))).stopAfter(Stage.PARSE).runSources(sources);
    }

    @Test
    void unknownImportIsReportedAsGoDoes() {
        BuildResult r = parse("hello.go", "package main\n\nimport \"foo\"\n\nfunc main() { foo.X() }\n");
        assertFalse(r.ok());
        assertEquals(List.of("hello.go:3:8: package foo is not in GOROOT (golc/std/foo)"), r.lines());
        assertNull(r.completed());
    }

    @Test
    void importsAreLoadedTransitivelyInDependencyOrder() throws IOException {
        stdFile("a", "a.go", "package a\n\nimport \"b/c\"\n\nvar X = c.Y\n");
        stdFile("a", "a_test.go", "package a\n\nimport \"nosuch\"\n");
        stdFile("b/c", "c.go", "package c\n\nvar Y = 1\n");
        stdFile("d", "d.go", "package d\n\nimport \"b/c\"\n\nvar Z = c.Y\n");
        BuildResult r = parse("m.go", "package main\n\nimport (\n\t\"a\"\n\t\"d\"\n)\n\nfunc main() { _ = a.X + d.Z }\n");
        assertTrue(r.ok(), r::format);
        assertEquals(Stage.PARSE, r.completed());
        assertEquals(List.of("b/c", "a", "d", "main"), new ArrayList<>(r.files().keySet()));
        assertEquals("golc/std/b/c/c.go", r.files().get("b/c").get(0).path);
    }

    /** A module of three packages in a temporary directory: main imports lib, lib imports internal/util. */
    private Path module(Path root) throws IOException {
        Files.createDirectories(root.resolve("cmd/app"));
        Files.createDirectories(root.resolve("lib"));
        Files.createDirectories(root.resolve("internal/util"));
        Files.writeString(root.resolve("go.mod"), "// the module\nmodule \"example.com/m\" // quoted\n\ngo 1.19\n");
        Files.writeString(root.resolve("lib/lib.go"),
                "package lib\n\nimport \"example.com/m/internal/util\"\n\nfunc F() int { return util.G() }\n");
        Files.writeString(root.resolve("lib/lib_test.go"), "package lib\n\nimport \"nosuch\"\n");
        Files.writeString(root.resolve("internal/util/util.go"), "package util\n\nfunc G() int { return 1 }\n");
        Path main = root.resolve("cmd/app/main.go");
        Files.writeString(main, "package main\n\nimport \"example.com/m/lib\"\n\nfunc main() { _ = lib.F() }\n");
        return main;
    }

    @Test
    void packagesOfTheMainModuleAreLoadedFromItsDirectories(@TempDir Path root) throws IOException {
        Path main = module(root);
        BuildResult r = Build.create().std(StdLibrary.of(List.of(std))).stopAfter(Stage.PARSE)
                .runSources(List.of(new SourceFile(main.toString(), Files.readAllBytes(main))));
        assertTrue(r.ok(), r::format);
        assertEquals(List.of("example.com/m/internal/util", "example.com/m/lib", "main"),
                new ArrayList<>(r.files().keySet()));
    }

    @Test
    void importsNoModuleProvidesAreReportedAsGoDoes(@TempDir Path root) throws IOException {
        Path main = module(root);
        Files.writeString(main, "package main\n\nimport (\n\t\"example.com/m/nope\"\n\t\"github.com/x/y\"\n)\n\n"
                + "func main() { nope.X(); y.Y() }\n");
        BuildResult r = Build.create().std(StdLibrary.of(List.of(std))).stopAfter(Stage.PARSE)
                .runSources(List.of(new SourceFile(main.toString(), Files.readAllBytes(main))));
        assertFalse(r.ok());
        assertEquals(List.of(
                main + ":4:2: no required module provides package example.com/m/nope; to add it:\n"
                        + "\tgo get example.com/m/nope",
                main + ":5:2: no required module provides package github.com/x/y; to add it:\n"
                        + "\tgo get github.com/x/y"), r.lines());
    }

    @Test
    void modulePathIsTheModuleDirective() {
        assertEquals("example.com/m", Module.modulePath("// c\nmodule example.com/m // x\n\ngo 1.19\n"));
        assertEquals("example.com/q", Module.modulePath("module \"example.com/q\"\n"));
        assertNull(Module.modulePath("go 1.19\nmodulex y\n"));
    }

    @Test
    void importCyclesAreErrors() throws IOException {
        stdFile("a", "a.go", "package a\n\nimport \"b\"\n");
        stdFile("b", "b.go", "package b\n\nimport \"a\"\n");
        BuildResult r = parse("m.go", "package main\n\nimport \"a\"\n\nfunc main() {}\n");
        assertEquals(List.of("golc/std/b/b.go:3:8: import cycle not allowed: a imports b imports a"), r.lines());
    }

    @Test
    void userCodeMayNotImportInternalPackages() throws IOException {
        stdFile("internal/x", "x.go", "package x\n");
        stdFile("y", "y.go", "package y\n\nimport \"internal/x\"\n");
        BuildResult r = parse("m.go", "package main\n\nimport (\n\t\"internal/x\"\n\t\"y\"\n)\n\nfunc main() {}\n");
        assertEquals(List.of("m.go:4:2: use of internal package internal/x not allowed"), r.lines());
    }

    @Test
    void packageNamesMustAgreeAndBeMain() {
        BuildResult r = parse("/src/a.go", "package a\n", "/src/b.go", "package main\n");
        assertEquals(List.of("found packages a (a.go) and main (b.go) in /src"), r.lines());
        r = parse("lib.go", "package lib\n");
        assertEquals(List.of("package command-line-arguments is not a main package"), r.lines());
    }

    @Test
    void syntaxErrorsStopTheBuildAfterParsing() {
        BuildResult r = parse("bad.go", "package main\n\nfunc main() {\n\tx := [3]int{1, 2, 3\n}\n");
        assertFalse(r.ok());
        assertNull(r.completed());
        assertTrue(r.lines().get(0).startsWith("bad.go:4:"), r::format);
        assertTrue(r.files().isEmpty());
    }

    @Test
    void atMostTenErrorsThenTooManyErrors() {
        StringBuilder src = new StringBuilder("package main\n\nimport (\n");
        for (int i = 0; i < 12; i++) src.append("\t\"nope").append(i).append("\"\n");
        src.append(")\n\nfunc main() {}\n");
        List<String> lines = parse("many.go", src.toString()).lines();
        assertEquals(11, lines.size(), String.join("\n", lines));
        assertEquals("many.go:4:2: package nope0 is not in GOROOT (golc/std/nope0)", lines.get(0));
        assertEquals("many.go:13:2: too many errors", lines.get(10));
    }
}
