package golc.codegen;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * Writes a runnable jar: the generated classes, every file of the runtime under {@code golc/rt/} (classes and
 * the Go sources of the standard library are not needed at run time, so only {@code golc/rt/**}), and a
 * manifest whose Main-Class is the generated {@code go.main.Main}.
 */
public final class JarWriter {
    /** Where runtime classes live in the jar and in the runtime's own code source. */
    static final String RUNTIME_PREFIX = "golc/rt/";

    private JarWriter() {}

    /** Writes {@code classes} (internal name to bytes) plus the runtime to {@code jar}. */
    public static void write(Path jar, Map<String, byte[]> classes) throws IOException {
        // Buffered: the deflater writes in 512-byte pieces, one system call each without a buffer.
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jar), 1 << 16)) {
            write(out, classes);
        }
    }

    public static void write(OutputStream out, Map<String, byte[]> classes) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "go.main.Main");
        mf.getMainAttributes().put(new Attributes.Name("Created-By"), "golc");
        // Entries sorted so that the same program always gives the same jar.
        Map<String, byte[]> entries = new TreeMap<>(runtimeFiles());
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            entries.put(e.getKey() + ".class", e.getValue());
        }
        try (JarOutputStream jar = new JarOutputStream(out)) {
            // The manifest first, as JarOutputStream(out, mf) would write it, but dated like every other
            // entry: with the current time in it, no two builds of the same program gave the same jar.
            JarEntry manifest = new JarEntry(JarFile.MANIFEST_NAME);
            manifest.setTime(0);
            jar.putNextEntry(manifest);
            mf.write(jar);
            jar.closeEntry();
            java.util.Set<String> dirs = new java.util.HashSet<>();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                addDirs(jar, dirs, e.getKey());
                JarEntry je = new JarEntry(e.getKey());
                je.setTime(0);
                stored(je, e.getValue());
                jar.putNextEntry(je);
                jar.write(e.getValue());
                jar.closeEntry();
            }
        }
    }

    /**
     * Entries are stored, not deflated: the JVM reads every class of a starting program from the jar, and
     * inflating them cost a few milliseconds of each start for a jar about twice as small.
     */
    private static void stored(JarEntry je, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        je.setMethod(ZipEntry.STORED);
        je.setSize(data.length);
        je.setCompressedSize(data.length);
        je.setCrc(crc.getValue());
    }

    private static void addDirs(JarOutputStream jar, java.util.Set<String> dirs, String file) throws IOException {
        int slash = file.indexOf('/');
        while (slash >= 0) {
            String dir = file.substring(0, slash + 1);
            if (dirs.add(dir)) {
                JarEntry je = new JarEntry(dir);
                je.setTime(0);
                stored(je, new byte[0]);
                jar.putNextEntry(je);
                jar.closeEntry();
            }
            slash = file.indexOf('/', slash + 1);
        }
    }

    /**
     * Every file under golc/rt/ (name to bytes), read once per class loader of the runtime: the runtime
     * cannot change while it is loaded, and reading it out of golc's own jar on every build was a large part
     * of writing a jar in processes that build many programs (tests, the Maven plugin).
     */
    static Map<String, byte[]> runtimeFiles() throws IOException {
        Map<String, byte[]> files = runtimeCache;
        if (files == null) {
            synchronized (JarWriter.class) {
                files = runtimeCache;
                if (files == null) {
                    Map<String, byte[]> read = new TreeMap<>();
                    readRuntimeFiles(read);
                    files = Collections.unmodifiableMap(read);
                    runtimeCache = files;
                }
            }
        }
        return files;
    }

    /** The runtime's files once read; the arrays are never written to. */
    private static volatile Map<String, byte[]> runtimeCache;

    /** Collects every file under golc/rt/ from wherever the runtime was loaded: a directory or a jar. */
    private static void readRuntimeFiles(Map<String, byte[]> into) throws IOException {
        CodeSource cs = golc.rt.G.class.getProtectionDomain().getCodeSource();
        if (cs == null) {
            throw new IOException("golc: cannot locate the runtime classes");
        }
        Path src;
        try {
            src = Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("golc: bad runtime location " + cs.getLocation(), e);
        }
        if (Files.isDirectory(src)) {
            Path root = src.resolve(RUNTIME_PREFIX);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String name = src.relativize(p).toString().replace(java.io.File.separatorChar, '/');
                    into.put(name, Files.readAllBytes(p));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } else {
            try (JarFile jf = new JarFile(src.toFile())) {
                for (JarEntry e : (Iterable<JarEntry>) jf.stream()::iterator) {
                    if (!e.isDirectory() && e.getName().startsWith(RUNTIME_PREFIX)) {
                        try (InputStream in = jf.getInputStream(e)) {
                            into.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        }
    }
}
