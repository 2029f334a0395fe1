package golc.build;

import golc.diag.Diagnostic;
import golc.diag.Diagnostics;
import golc.syntax.File;
import golc.syntax.Parser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The Go standard library as golc ships it: Go sources under the resource folder {@code golc/std/<importpath>/}
 * of the runtime (a class directory during development, a jar otherwise). A package is the set of
 * {@code .go} files (without {@code _test.go}) directly in its folder.
 *
 * <p>An instance reads each package's files once and keeps each package's syntax trees once parsed without
 * errors: the trees are immutable, so every build that uses this library shares them, and a process that
 * builds many programs (the Maven plugin, the tests) reads and parses {@code fmt} once, not once per build.
 * The library's files must not change while an instance is in use. Thread-safe.
 */
public final class StdLibrary {
    /** Resource folder of the standard packages; also the "GOROOT" named in not-found errors. */
    public static final String ROOT = "golc/std";

    /** Class directories or jars that may hold {@code golc/std/**}, searched in order. */
    private final List<Path> roots;
    /** Source files by import path, once read (an empty list: no such package). */
    private final Map<String, List<SourceFile>> sources = new ConcurrentHashMap<>();
    /** Syntax trees by import path of the packages that parsed without any diagnostic. */
    private final Map<String, List<File>> parsed = new ConcurrentHashMap<>();

    private StdLibrary(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /**
     * The library found beside the runtime class {@code golc.rt.G} and through its class loader: one
     * instance per loaded runtime, since the runtime's resources cannot change while it is loaded.
     */
    public static StdLibrary fromRuntime() {
        return OfRuntime.LIBRARY;
    }

    /** Holder of the runtime's library, made on first use. */
    private static final class OfRuntime {
        static final StdLibrary LIBRARY = findRuntime();
    }

    private static StdLibrary findRuntime() {
        Set<Path> roots = new LinkedHashSet<>();
        CodeSource cs = golc.rt.G.class.getProtectionDomain().getCodeSource();
        if (cs != null) {
            Path p = toPath(cs.getLocation());
            if (p != null) roots.add(p);
        }
        // Resources may also come from another entry of the class path (e.g. a test resource folder).
        try {
            ClassLoader cl = golc.rt.G.class.getClassLoader();
            Enumeration<URL> urls = cl == null ? ClassLoader.getSystemResources(ROOT) : cl.getResources(ROOT);
            while (urls.hasMoreElements()) {
                Path p = rootOf(urls.nextElement());
                if (p != null) roots.add(p);
            }
        } catch (IOException e) {
            // The code source alone is enough; an unreadable class path entry only loses extra roots.
        }
        return new StdLibrary(new ArrayList<>(roots));
    }

    /** A library read from the given class directories or jars (tests point it at their own trees). */
    public static StdLibrary of(List<Path> roots) {
        return new StdLibrary(roots);
    }

    /** Where a missing package would have been, for Go's "is not in GOROOT (...)" message. */
    public String locationOf(String importPath) {
        return ROOT + "/" + importPath;
    }

    /**
     * The syntax trees of the package's files, or null if there is no such package. A package whose files
     * have errors is parsed again for every caller, reporting them into {@code diags} each time.
     */
    public List<File> parse(String importPath, Diagnostics diags) throws IOException {
        List<File> trees = parsed.get(importPath);
        if (trees != null) return trees;
        List<SourceFile> files = files(importPath);
        if (files.isEmpty()) return null;
        Diagnostics own = new Diagnostics();
        List<File> out = new ArrayList<>();
        for (SourceFile sf : files) {
            File f = Parser.parseFile(sf.path(), sf.content(), own);
            if (f != null) out.add(f);
        }
        if (own.hasErrors()) {
            for (Diagnostic d : own.reported()) diags.add(d);
            return out;
        }
        trees = List.copyOf(out);
        List<File> raced = parsed.putIfAbsent(importPath, trees);
        return raced != null ? raced : trees;
    }

    /** The package's source files sorted by name, or an empty list if there is no such package. */
    public List<SourceFile> files(String importPath) throws IOException {
        List<SourceFile> files = sources.get(importPath);
        if (files == null) {
            files = List.copyOf(read(importPath));
            List<SourceFile> raced = sources.putIfAbsent(importPath, files);
            if (raced != null) files = raced;
        }
        return files;
    }

    private List<SourceFile> read(String importPath) throws IOException {
        String prefix = ROOT + "/" + importPath + "/";
        for (Path root : roots) {
            TreeMap<String, byte[]> found = new TreeMap<>();
            if (Files.isDirectory(root)) {
                Path dir = root.resolve(prefix);
                if (!Files.isDirectory(dir)) continue;
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path f : (Iterable<Path>) s::iterator) {
                        String n = f.getFileName().toString();
                        if (isSource(n) && Files.isRegularFile(f)) found.put(n, Files.readAllBytes(f));
                    }
                }
            } else if (Files.isRegularFile(root)) {
                try (JarFile jar = new JarFile(root.toFile())) {
                    for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                        String name = e.getName();
                        if (e.isDirectory() || !name.startsWith(prefix)) continue;
                        String n = name.substring(prefix.length());
                        if (n.contains("/") || !isSource(n)) continue;
                        try (InputStream in = jar.getInputStream(e)) {
                            found.put(n, in.readAllBytes());
                        }
                    }
                }
            }
            if (!found.isEmpty()) {
                List<SourceFile> out = new ArrayList<>();
                found.forEach((n, b) -> out.add(new SourceFile(prefix + n, b)));
                return out;
            }
        }
        return List.of();
    }

    private static boolean isSource(String name) {
        return name.endsWith(".go") && !name.endsWith("_test.go") && !name.startsWith(".") && !name.startsWith("_");
    }

    private static Path toPath(URL url) {
        try {
            return "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The class directory or jar holding the resource at {@code url} (which names {@code golc/std}). */
    private static Path rootOf(URL url) {
        String s = url.toString();
        try {
            if (s.startsWith("jar:file:")) {
                int bang = s.indexOf("!/");
                return bang < 0 ? null : toPath(new URL(s.substring(4, bang)));
            }
            Path p = toPath(url);
            // p is <root>/golc/std
            return p == null || p.getParent() == null ? null : p.getParent().getParent();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "StdLibrary" + roots;
    }
}
