package golc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the build's arguments into the source files of the main package, as {@code go build} does:
 * either named {@code .go} files, or one directory whose {@code .go} files (without {@code _test.go} and
 * without names starting with {@code .} or {@code _}) form the package. Errors are Go's words.
 */
final class Inputs {
    private Inputs() {}

    /** The files to compile, in the order Go would list them (sorted by name within a directory). */
    static List<SourceFile> read(List<Path> args, List<String> errors) {
        List<SourceFile> out = new ArrayList<>();
        if (args.isEmpty()) args = List.of(Path.of("."));
        if (args.size() == 1 && Files.isDirectory(args.get(0))) {
            readDir(args.get(0), out, errors);
            return out;
        }
        for (Path p : args) {
            String name = p.toString();
            if (Files.isDirectory(p)) {
                errors.add("named files must be .go files: " + name + " is a directory");
            } else if (!name.endsWith(".go")) {
                errors.add("named files must be .go files: " + name);
            } else {
                readFile(p, name, out, errors);
            }
        }
        return out;
    }

    /** The name {@code go build} would give the binary: the directory's or the first file's base name. */
    static String defaultName(List<Path> args) {
        Path first = args.isEmpty() ? Path.of(".") : args.get(0);
        if (Files.isDirectory(first)) {
            Path abs = first.toAbsolutePath().normalize();
            Path base = abs.getFileName();
            return base == null ? "main" : base.toString();
        }
        String f = first.getFileName().toString();
        return f.endsWith(".go") ? f.substring(0, f.length() - 3) : f;
    }

    private static void readDir(Path dir, List<SourceFile> out, List<String> errors) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Inputs::isPackageFile).sorted().forEach(files::add);
        } catch (IOException e) {
            errors.add("open " + dir + ": " + e.getMessage());
            return;
        }
        if (files.isEmpty()) {
            errors.add("no Go files in " + dir.toAbsolutePath().normalize());
            return;
        }
        for (Path f : files) {
            // "./hello.go" for ".", "dir/hello.go" otherwise: paths stay relative as the user gave them.
            Path shown = dir.resolve(f.getFileName()).normalize();
            readFile(f, shown.toString(), out, errors);
        }
    }

    static boolean isPackageFile(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".go") && !n.endsWith("_test.go") && !n.startsWith(".") && !n.startsWith("_")
                && Files.isRegularFile(p);
    }

    private static void readFile(Path p, String shown, List<SourceFile> out, List<String> errors) {
        try {
            out.add(new SourceFile(shown, Files.readAllBytes(p)));
        } catch (NoSuchFileException e) {
            errors.add("stat " + shown + ": no such file or directory");
        } catch (IOException e) {
            errors.add("open " + shown + ": " + e.getMessage());
        }
    }
}
