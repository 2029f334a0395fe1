package golc.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InputsTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void directoryTakesGoFilesSortedWithoutTestsOrIgnoredNames() throws IOException {
        write("b.go", "package main\n");
        write("a.go", "package main\n");
        write("a_test.go", "package main\n");
        write("_skip.go", "package main\n");
        write(".hidden.go", "package main\n");
        write("notes.txt", "x");
        List<String> errors = new ArrayList<>();
        List<SourceFile> files = Inputs.read(List.of(dir), errors);
        assertEquals(List.of(), errors);
        assertEquals(List.of(dir.resolve("a.go").toString(), dir.resolve("b.go").toString()),
                files.stream().map(SourceFile::path).toList());
        assertEquals("package main\n", new String(files.get(0).content()));
    }

    @Test
    void errorsUseGoWords() throws IOException {
        write("x.txt", "");
        Files.createDirectories(dir.resolve("empty"));
        List<String> errors = new ArrayList<>();
        Inputs.read(List.of(dir.resolve("nofile.go"), dir.resolve("x.txt")), errors);
        assertEquals(List.of("stat " + dir.resolve("nofile.go") + ": no such file or directory",
                "named files must be .go files: " + dir.resolve("x.txt")), errors);
        errors.clear();
        Inputs.read(List.of(dir.resolve("empty")), errors);
        assertEquals(List.of("no Go files in " + dir.resolve("empty")), errors);
    }

    @Test
    void defaultNameFollowsGoBuild() throws IOException {
        Files.createDirectories(dir.resolve("tool"));
        assertEquals("hello", Inputs.defaultName(List.of(Path.of("samples/hello/hello.go"))));
        assertEquals("main", Inputs.defaultName(List.of(Path.of("main.go"), Path.of("util.go"))));
        assertEquals("tool", Inputs.defaultName(List.of(dir.resolve("tool"))));
        assertEquals("tool", Inputs.defaultName(List.of(dir.resolve("tool").resolve("."))));
        assertEquals(Path.of("").toAbsolutePath().getFileName().toString(), Inputs.defaultName(List.of()));
    }
}
