package golc.build;

import golc.diag.Diagnostics;
import golc.syntax.File;
import golc.syntax.Parser;
import golc.syntax.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parse stage: parses the main package, then finds and parses every package it imports, transitively:
 * packages of its module (the nearest go.mod, see {@link Module}) and standard packages; and orders them so
 * that each package comes after the packages it imports (main last).
 * Reports unknown packages, internal packages imported by user code, and import cycles with Go's words.
 * One instance per build.
 */
final class Loader {
    /** Import path of the user's package. */
    static final String MAIN = "main";

    /** A parsed package: import path, declared name, files. */
    record Pkg(String path, String name, List<File> files) {
    }

    private final StdLibrary std;
    private final Diagnostics diags;
    private final List<String> errors;
    private final Map<String, Pkg> done = new HashMap<>();
    /** Import paths already reported as missing, so that each is looked up only once. */
    private final Set<String> missing = new HashSet<>();
    /** Packages being visited, in visiting order: the current import chain, for cycle messages. */
    private final LinkedHashMap<String, Boolean> visiting = new LinkedHashMap<>();
    private final List<Pkg> order = new ArrayList<>();
    /** Set when an import could not be resolved: then, as with go build, nothing is type-checked. */
    private boolean importErrors;
    /** The module of the main package (its go.mod), whose own packages it may import; null without one. */
    private Module module;

    Loader(StdLibrary std, Diagnostics diags, List<String> errors) {
        this.std = std;
        this.diags = diags;
        this.errors = errors;
    }

    /**
     * Loads the program whose main package consists of {@code files}; returns all packages in dependency
     * order, or null after syntax errors or unresolvable imports (already recorded). Other parse-phase
     * errors may have been recorded when a list is returned.
     */
    List<Pkg> load(List<SourceFile> files) throws IOException {
        List<File> parsed = parse(files);
        // As gc: only syntax errors stop the build here; other parse-phase errors (labels, branches)
        // are printed together with the type errors.
        if (diags.hasSyntaxErrors()) return null;
        String name = packageName(parsed, files.isEmpty() ? "." : dirOf(files.get(0).path()));
        if (name == null) return null;
        if (!name.equals(MAIN)) {
            errors.add("package command-line-arguments is not a main package");
            return null;
        }
        if (!files.isEmpty()) {
            module = Module.enclosing(Path.of(files.get(0).path()).toAbsolutePath().getParent(), errors);
        }
        visit(new Pkg(MAIN, name, parsed), true);
        return importErrors || diags.hasSyntaxErrors() || !errors.isEmpty() ? null : order;
    }

    private void visit(Pkg pkg, boolean user) throws IOException {
        visiting.put(pkg.path(), Boolean.TRUE);
        for (File f : pkg.files()) {
            for (Spec.ImportSpec imp : f.imports) {
                String path = imp.importPath();
                if (path.isEmpty() || done.containsKey(path)) continue; // the checker reports empty paths
                if (visiting.containsKey(path)) {
                    diags.error(imp.path.pos(), "import cycle not allowed: " + cycle(path));
                    importErrors = true;
                    continue;
                }
                boolean inModule = module != null && module.contains(path);
                if (user && isInternal(path) && !inModule) {
                    diags.error(imp.path.pos(), "use of internal package " + path + " not allowed");
                    importErrors = true;
                    continue;
                }
                if (inModule) {
                    Pkg dep = loadModulePackage(path, imp);
                    if (dep != null) visit(dep, true);
                    continue;
                }
                Pkg dep = loadStd(path);
                if (dep == null) {
                    // as go build in module mode: a path whose first element has a dot names another module
                    // (golc fetches none), any other one the standard library
                    boolean otherModule = module != null && path.split("/")[0].contains(".");
                    diags.error(imp.path.pos(), otherModule ? noModule(path)
                            : "package " + path + " is not in GOROOT (" + std.locationOf(path) + ")");
                    importErrors = true;
                    continue;
                }
                visit(dep, false);
            }
        }
        visiting.remove(pkg.path());
        done.put(pkg.path(), pkg);
        order.add(pkg);
    }

    /** Parses a standard package (the library keeps its trees), or returns null if there is no such package. */
    private Pkg loadStd(String path) throws IOException {
        if (missing.contains(path)) return null;
        List<File> parsed = std.parse(path, diags);
        if (parsed == null) {
            missing.add(path);
            return null;
        }
        String name = packageName(parsed, StdLibrary.ROOT + "/" + path);
        return new Pkg(path, name == null ? path : name, parsed);
    }

    /**
     * Parses the package of the main package's module that {@code imp} names; null (after recording why) if
     * there is none or it does not parse.
     */
    private Pkg loadModulePackage(String path, Spec.ImportSpec imp) throws IOException {
        List<SourceFile> files = module.read(path, errors);
        if (files == null) {
            importErrors = true;
            diags.error(imp.path.pos(), noModule(path));
            return null;
        }
        List<File> parsed = parse(files);
        String name = diags.hasSyntaxErrors() ? null : packageName(parsed, module.dirOf(path).toString());
        if (name != null && name.equals(MAIN)) {
            diags.error(imp.path.pos(), "import \"" + path + "\" is a program, not an importable package");
            name = null;
        }
        if (name == null) {
            importErrors = true;
            return null;
        }
        return new Pkg(path, name, parsed);
    }

    /** go build's words for an import no module of the build provides. */
    private static String noModule(String path) {
        return "no required module provides package " + path + "; to add it:\n\tgo get " + path;
    }

    private List<File> parse(List<SourceFile> files) {
        List<File> out = new ArrayList<>();
        for (SourceFile sf : files) {
            File f = Parser.parseFile(sf.path(), sf.content(), diags);
            if (f != null) out.add(f);
        }
        return out;
    }

    /** The common package name of {@code files}, or null after reporting Go's "found packages" error. */
    private String packageName(List<File> files, String dir) {
        String name = null;
        String first = null;
        for (File f : files) {
            if (f.name == null) continue;
            if (name == null) {
                name = f.name.name;
                first = baseName(f.path);
            } else if (!name.equals(f.name.name)) {
                errors.add("found packages " + name + " (" + first + ") and " + f.name.name + " ("
                        + baseName(f.path) + ") in " + dir);
                return null;
            }
        }
        return name;
    }

    /** The import chain from {@code path} back to itself, as "a imports b imports a". */
    private String cycle(String path) {
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String p : visiting.keySet()) {
            if (p.equals(path)) in = true;
            if (in) sb.append(p).append(" imports ");
        }
        return sb.append(path).toString();
    }

    /** Go's rule: only code rooted at the parent of an "internal" element may import below it. */
    private static boolean isInternal(String path) {
        for (String elem : path.split("/")) if (elem.equals("internal")) return true;
        return false;
    }

    private static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String dirOf(String path) {
        Path parent = Path.of(path).toAbsolutePath().normalize().getParent();
        return parent == null ? "/" : parent.toString();
    }
}
