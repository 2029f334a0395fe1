package golc.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs EntryFixture scenarios in a child JVM and checks stdout, stderr and the exit status as Go has them. */
class EntryTest {
    private record Result(int code, String out, String err) {
    }

    private static Result run(String scenario) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = location(Entry.class) + File.pathSeparator + location(EntryFixture.class);
        Path out = Files.createTempFile("entry", ".out");
        Path err = Files.createTempFile("entry", ".err");
        try {
            Process p = new ProcessBuilder(java, "-Dgolc.stack=1048576", "-XX:TieredStopAtLevel=1", "-cp", cp,
                    EntryFixture.class.getName(), scenario)
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int code = p.waitFor();
            return new Result(code, Files.readString(out, StandardCharsets.ISO_8859_1),
                    Files.readString(err, StandardCharsets.ISO_8859_1));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    @Test
    void normalExitFlushesStdout() throws Exception {
        Result r = run("ok");
        assertEquals(0, r.code);
        assertEquals("out 2\n", r.out);
        assertEquals("", r.err);
    }

    @Test
    void unrecoveredPanics() throws Exception {
        Result r = run("string");
        assertEquals(2, r.code);
        assertEquals("out 2\n", r.out);
        assertTrue(r.err.startsWith("panic: boom\n\ngoroutine 1 [running]:\n"), r.err);
        r = run("int");
        assertTrue(r.err.startsWith("panic: 42\n\ngoroutine 1 [running]:\n"), r.err);
        r = run("error");
        assertTrue(r.err.startsWith("panic: runtime error: index out of range [5] with length 3\n\n"
                + "goroutine 1 [running]:\n"), r.err);
    }

    @Test
    void jvmFaultsBecomeGoRuntimeErrors() throws Exception {
        Result r = run("npe");
        assertEquals(2, r.code);
        assertTrue(r.err.startsWith("panic: runtime error: invalid memory address or nil pointer dereference\n"
                + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\ngoroutine 1 [running]:\n"),
                r.err);
        r = run("div");
        assertEquals(2, r.code);
        assertTrue(r.err.startsWith("panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\n"),
                r.err);
        r = run("overflow");
        assertEquals(2, r.code);
        assertTrue(r.err.startsWith("runtime: goroutine stack exceeds 1000000000-byte limit\n"
                + "runtime: sp=0xc020080398 stack=[0xc020080000, 0xc040080000]\n"
                + "fatal error: stack overflow\n\nruntime stack:\n"), r.err);
        assertTrue(r.err.contains("\n\ngoroutine 1 [running]:\n"), r.err);
    }

    @Test
    void osExitFlushesAndKeepsStatus() throws Exception {
        Result r = run("exit");
        assertEquals(3, r.code);
        assertEquals("out 2\n", r.out);
        assertEquals("", r.err);
    }
}
