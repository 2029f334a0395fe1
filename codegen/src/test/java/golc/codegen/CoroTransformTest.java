package golc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import golc.build.Build;
import golc.build.BuildResult;
import golc.build.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The goroutine transform end to end: programs under {@code golc/codegen/coro/} (locals of every representation
 * across suspensions, panics crossing resumed frames into defer/recover, blocking calls through interfaces and
 * func values) are built, every class (frame classes, start frames included) is verified and linked, and the
 * jar must print what Go 1.19 printed. Plus the shape the may-block analysis gives each function.
 */
class CoroTransformTest {
    private static final String DIR = "/golc/codegen/coro/";
    private static final String FRAME_SHAPE = "Lgolc/rt/sched/Frame;)Ljava/lang/Object;";

    @TestFactory
    Stream<DynamicTest> programsBehaveAsWithGo() throws IOException, URISyntaxException {
        Path dir = Path.of(CoroTransformTest.class.getResource(DIR).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> gos = files.filter(p -> p.toString().endsWith(".go")).sorted().toList();
            return gos.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    private static Map<String, byte[]> build(Path go) throws IOException {
        String name = go.getFileName().toString();
        BuildResult r = Build.create().runSources(List.of(new SourceFile(name, Files.readAllBytes(go))));
        assertTrue(r.ok(), () -> r.format() + (r.hasInternalError() ? r.internalStackTrace() : ""));
        return r.classes();
    }

    private static void check(Path go) throws Exception {
        Map<String, byte[]> classes = build(go);
        Verifier.verifyAndLoad(classes);
        JarRunner.Result run = JarRunner.run(classes);
        String name = go.getFileName().toString();
        assertEquals(read(name.substring(0, name.length() - 3) + ".out"), run.stdout(), "stdout; stderr:\n" + run.stderr());
        assertEquals(0, run.exit(), "exit status; stderr:\n" + run.stderr());
    }

    @Test
    void onlyFunctionsThatMayBlockChangeShape() throws Exception {
        Path go = Path.of(CoroTransformTest.class.getResource(DIR + "dispatch.go").toURI());
        Map<String, byte[]> classes = build(go);
        Map<String, String> methods = methods(classes.get("go/main/package"));
        // channel receive inside
        assertTrue(methods.get("chanSource·Next").endsWith(FRAME_SHAPE), methods.toString());
        // through an interface method that has a blocking implementation
        assertTrue(methods.get("sum").endsWith(FRAME_SHAPE), methods.toString());
        // through a func value whose type matches a blocking closure (ask)
        assertTrue(methods.get("apply").endsWith(FRAME_SHAPE), methods.toString());
        // cannot block: the plain calling convention, no frame class
        assertEquals("(Lgo/main/constSource;)[Ljava/lang/Object;", methods.get("(*constSource)·Next"));
        assertFalse(classes.keySet().stream().anyMatch(c -> c.startsWith("go/strings/package$Frame")),
                "strings has nothing that blocks");
        // a go statement's start frame and a frame class for each transformed function exist
        assertTrue(classes.containsKey("go/main/package$Go0"), classes.keySet().toString());
        assertTrue(classes.keySet().stream().anyMatch(c -> c.startsWith("go/main/package$Frame")));
    }

    @Test
    void methodsOfTypesNoReachableCodeHoldsDoNotMakeInterfaceCallsBlock() throws Exception {
        Path go = Path.of(CoroTransformTest.class.getResource(DIR + "live_methods.go").toURI());
        Map<String, String> methods = methods(build(go).get("go/main/package"));
        // chanSink.Put blocks, but only newChanSink, which nothing calls, makes a chanSink
        assertTrue(methods.get("(*chanSink)·Put").endsWith(FRAME_SHAPE), methods.toString());
        assertFalse(methods.get("emit").endsWith(FRAME_SHAPE), methods.toString());
        // ticker.Next blocks and main holds a ticker
        assertTrue(methods.get("total").endsWith(FRAME_SHAPE), methods.toString());
    }

    private static Map<String, String> methods(byte[] cls) {
        Map<String, String> out = new HashMap<>();
        new ClassReader(cls).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exc) {
                out.put(name, desc);
                return null;
            }
        }, ClassReader.SKIP_CODE);
        return out;
    }

    private static String read(String res) throws IOException {
        try (InputStream in = CoroTransformTest.class.getResourceAsStream(DIR + res)) {
            if (in == null) {
                throw new IllegalStateException("missing " + res);
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
