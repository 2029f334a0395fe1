package golc.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the goal as Maven would (fields injected, then execute()) on projects in a temporary directory. */
class BuildMojoTest {
    @TempDir
    Path project;

    /** Collects the error lines the goal logs. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> errors = new ArrayList<>();

        @Override
        public void error(CharSequence content) {
            errors.add(content.toString());
        }
    }

    private BuildMojo mojo(RecordingLog log) {
        BuildMojo m = new BuildMojo();
        m.sourceDirectory = project.resolve("src/main/go").toFile();
        m.outputJar = project.resolve("target/app-go.jar").toFile();
        m.setLog(log);
        return m;
    }

    private void write(String name, String src) throws IOException {
        Path f = project.resolve("src/main/go").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, src);
    }

    @Test
    void goodProgramBecomesRunnableJar() throws Exception {
        write("main.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"strings\"\n)\n\n"
                + "func main() {\n\tfmt.Println(strings.Repeat(\"go\", 3), len(os.Args))\n\tos.Exit(greet())\n}\n");
        write("greet.go", "package main\n\nimport \"fmt\"\n\nfunc greet() int {\n\tfmt.Printf(\"%s %d\\n\", \"hi\", 42)\n\treturn 3\n}\n");
        RecordingLog log = new RecordingLog();
        mojo(log).execute();
        assertEquals(List.of(), log.errors);
        Path jar = project.resolve("target/app-go.jar");
        assertTrue(Files.isRegularFile(jar), "jar written");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "a", "b").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals("gogogo 3\nhi 42\n", out);
        assertEquals(3, p.exitValue());
    }

    @Test
    void goErrorsFailTheBuildInGoFormat() throws Exception {
        write("main.go", "package main\n\nfunc main() {\n\tprintln(y)\n\tvar s string = 1\n\t_ = s\n}\n");
        RecordingLog log = new RecordingLog();
        BuildMojo m = mojo(log);
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        String main = project.resolve("src/main/go/main.go").toString();
        List<String> want = List.of(main + ":4:10: undefined: y",
                main + ":5:17: cannot use 1 (untyped int constant) as string value in variable declaration");
        assertEquals(want, log.errors);
        assertEquals("Go compilation failed:\n" + String.join("\n", want), e.getMessage());
        assertEquals(null, e.getCause(), "no Java exception behind a Go error");
        assertFalse(Files.exists(project.resolve("target/app-go.jar")), "no jar after errors");
    }

    @Test
    void syntaxErrorFailsTheBuild() throws Exception {
        write("main.go", "package main\n\nfunc main() {\n\tx := \n}\n");
        RecordingLog log = new RecordingLog();
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo(log)::execute);
        String main = project.resolve("src/main/go/main.go").toString();
        assertEquals(List.of(main + ":5:1: syntax error: unexpected }, expecting expression"), log.errors);
        assertTrue(e.getMessage().contains(main + ":5:1: syntax error"), e.getMessage());
    }

    @Test
    void missingSourceDirectoryIsAFailureNotACrash() {
        RecordingLog log = new RecordingLog();
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo(log)::execute);
        assertTrue(e.getMessage().contains("Go source directory " + project.resolve("src/main/go")
                + " does not exist"), e.getMessage());
    }

    @Test
    void notAMainPackageIsReported() throws Exception {
        write("lib.go", "package lib\n\nfunc F() {}\n");
        RecordingLog log = new RecordingLog();
        assertThrows(MojoFailureException.class, mojo(log)::execute);
        assertEquals(List.of("package command-line-arguments is not a main package"), log.errors);
    }

    @Test
    void skipWritesNothing() throws MojoExecutionException, MojoFailureException {
        BuildMojo m = mojo(new RecordingLog());
        m.skip = true;
        m.execute();
        File jar = project.resolve("target/app-go.jar").toFile();
        assertFalse(jar.exists());
    }
}
