package golc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Go module a main package belongs to: the nearest {@code go.mod} at or above its directory, read for its
 * {@code module} line only. Imports under the module path are packages of the module, found in the directory
 * below its root (as {@code go build} does in module mode). Requirements on other modules are not fetched:
 * golc resolves only the module's own packages and the standard library.
 */
record Module(Path root, String path) {

    /** The module enclosing {@code dir}, or null when no go.mod is found up to the file system's root. */
    static Module enclosing(Path dir, List<String> errors) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path mod = d.resolve("go.mod");
            if (Files.isRegularFile(mod)) {
                try {
                    String path = modulePath(Files.readString(mod));
                    if (path == null) {
                        errors.add(mod + ": no module declaration in go.mod");
                        return null;
                    }
                    return new Module(d, path);
                } catch (IOException e) {
                    errors.add("open " + mod + ": " + e.getMessage());
                    return null;
                }
            }
        }
        return null;
    }

    /** The path of a go.mod's {@code module} directive (quoted or not, comments stripped), or null. */
    static String modulePath(String gomod) {
        for (String line : gomod.split("\n")) {
            int comment = line.indexOf("//");
            String l = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (l.startsWith("module") && l.length() > 6 && Character.isWhitespace(l.charAt(6))) {
                String p = l.substring(6).strip();
                if (p.length() >= 2 && (p.startsWith("\"") && p.endsWith("\"") || p.startsWith("`") && p.endsWith("`"))) {
                    p = p.substring(1, p.length() - 1);
                }
                return p.isEmpty() ? null : p;
            }
        }
        return null;
    }

    /** True if {@code importPath} names a package of this module. */
    boolean contains(String importPath) {
        return importPath.equals(path) || importPath.startsWith(path + "/");
    }

    /** The directory of package {@code importPath} of this module. */
    Path dirOf(String importPath) {
        return importPath.equals(path) ? root : root.resolve(importPath.substring(path.length() + 1));
    }

    /**
     * The source files of package {@code importPath}, as Inputs reads a directory (no _test.go files), with
     * paths relative to the working directory where possible, as go build prints them; null if the
     * directory holds no Go files.
     */
    List<SourceFile> read(String importPath, List<String> errors) throws IOException {
        Path dir = dirOf(importPath);
        if (!Files.isDirectory(dir)) {
            return null;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Inputs::isPackageFile).sorted().toList();
        }
        if (files.isEmpty()) {
            return null;
        }
        Path cwd = Path.of("").toAbsolutePath();
        List<SourceFile> out = new ArrayList<>();
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
            out.add(new SourceFile(shown, Files.readAllBytes(f)));
        }
        return out;
    }
}
