package golc.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.Test;

class JarWriterTest {
    @Test
    void jarHoldsClassesRuntimeAndMainClass() throws Exception {
        byte[] fake = {(byte) 0xCA, (byte) 0xFE};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JarWriter.write(out, Map.of("go/main/package", fake));
        Set<String> names = new HashSet<>();
        byte[] found = null;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            assertNotNull(in.getManifest());
            assertEquals("go.main.Main", in.getManifest().getMainAttributes().getValue("Main-Class"));
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                names.add(e.getName());
                if (e.getName().equals("go/main/package.class")) {
                    found = in.readAllBytes();
                }
            }
        }
        assertArrayEquals(fake, found);
        // the runtime the generated code calls, including codegen's helpers and the natives of the std library
        for (String c : new String[] {"golc/rt/G.class", "golc/rt/Entry.class", "golc/rt/Slice.class",
            "golc/rt/cg/Defers.class", "golc/rt/m/Error.class"}) {
            assertTrue(names.contains(c), c);
        }
        assertTrue(names.stream().allMatch(n -> n.startsWith("golc/rt/") || n.startsWith("go/") || n.startsWith("META-INF/")
                || n.equals("golc/")), names.toString());
    }

    @Test
    void sameInputGivesSameJar() throws Exception {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        JarWriter.write(a, Map.of("go/main/package", new byte[] {1}, "go/main/Main", new byte[] {2}));
        JarWriter.write(b, Map.of("go/main/Main", new byte[] {2}, "go/main/package", new byte[] {1}));
        assertArrayEquals(a.toByteArray(), b.toByteArray());
    }

    @Test
    void manifestIsFirstAndDatedLikeTheOtherEntries() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JarWriter.write(out, Map.of("go/main/package", new byte[] {1}));
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            java.util.zip.ZipEntry first = in.getNextEntry();
            assertEquals("META-INF/MANIFEST.MF", first.getName());
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertEquals(first.getTime(), e.getTime(), e.getName() + ": a build's time would make jars differ");
            }
        }
    }
}
