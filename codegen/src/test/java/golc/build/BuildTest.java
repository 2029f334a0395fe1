package golc.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole pipeline through the build API, with the real phases and the standard library of the runtime. */
class BuildTest {
    private static final String HELLO = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n";

    @TempDir
    Path dir;

    private BuildResult build(Build b, String src) {
        return b.runSources(List.of(new SourceFile("hello.go", src.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void eachStageCanBeTheLast() {
        BuildResult parsed = build(Build.create().stopAfter(Stage.PARSE), HELLO);
        assertTrue(parsed.ok(), parsed::format);
        assertEquals(Stage.PARSE, parsed.completed());
        assertTrue(parsed.files().containsKey("fmt"));
        assertTrue(parsed.packages().isEmpty());

        BuildResult checked = build(Build.create().stopAfter(Stage.CHECK), HELLO);
        assertEquals(Stage.CHECK, checked.completed(), checked::format);
        assertEquals("main", checked.packages().get(checked.packages().size() - 1).path());
        assertNull(checked.program());

        BuildResult lowered = build(Build.create().stopAfter(Stage.LOWER), HELLO);
        assertEquals(Stage.LOWER, lowered.completed(), lowered::format);
        assertNotNull(lowered.program().pkg("main"));
        assertTrue(lowered.classes().isEmpty());

        BuildResult generated = build(Build.create(), HELLO);
        assertEquals(Stage.CODEGEN, generated.completed(), generated::format);
        assertFalse(generated.classes().isEmpty());
        assertNull(generated.jar(), "no output path, no jar");
    }

    @Test
    void writesARunnableJar() throws IOException {
        Path jar = dir.resolve("out/hello.jar");
        BuildResult r = build(Build.create().output(jar), HELLO);
        assertTrue(r.ok(), r::format);
        assertEquals(jar, r.jar());
        try (JarFile jf = new JarFile(jar.toFile())) {
            assertNotNull(jf.getManifest().getMainAttributes().getValue("Main-Class"));
            assertNotNull(jf.getEntry("golc/rt/G.class"), "the runtime travels with the program");
            assertTrue(jf.stream().anyMatch(e -> e.getName().startsWith("go/main/")));
        }
        assertEquals(List.of("parse", "check", "lower", "codegen", "jar"), List.copyOf(r.timings().keySet()));
        assertTrue(r.timings().values().stream().allMatch(ns -> ns >= 0), r::formatTimings);
    }

    @Test
    void typeErrorsStopAfterParsingWithGoPositions() {
        BuildResult r = build(Build.create(), "package main\n\nfunc main() {\n\tx := 1\n\ty()\n}\n");
        assertFalse(r.ok());
        assertEquals(Stage.PARSE, r.completed());
        assertTrue(r.lines().contains("hello.go:5:2: undefined: y"), r::format);
        assertFalse(r.hasInternalError());
    }

    @Test
    void aMainPackageNeedsFuncMain() {
        BuildResult r = build(Build.create(), "package main\n\nfunc helper() {}\n");
        assertEquals(List.of("function main is undeclared in the main package"), r.lines());
    }

    @Test
    void unwritableOutputIsAnErrorNotACrash() throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "not a directory");
        BuildResult r = build(Build.create().output(blocker.resolve("x.jar")), HELLO);
        assertFalse(r.ok());
        assertFalse(r.hasInternalError(), r::format);
        assertTrue(r.lines().get(0).startsWith("golc: cannot write "), r::format);
    }
}
