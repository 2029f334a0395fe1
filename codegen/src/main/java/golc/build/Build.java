package golc.build;

import golc.codegen.CodeGen;
import golc.codegen.JarWriter;
import golc.diag.Diagnostics;
import golc.diag.InternalCompilerError;
import golc.ir.Program;
import golc.lower.Lowerer;
import golc.syntax.File;
import golc.types.Checker;
import golc.types.Importer;
import golc.types.Package;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one build API (used by the CLI and the tests): Go sources in, diagnostics and a runnable jar out.
 * Owns the phase order (parse, check, lower, codegen) and stops after the first stage that reports errors,
 * or after {@link #stopAfter(Stage)}. A failure inside golc (any exception escaping a phase) becomes one
 * "internal compiler error" line; its stack trace is kept in the result for -x, never printed here.
 *
 * <p>A {@code Build} is an immutable configuration; {@link #run} may be called any number of times, each run
 * compiles from scratch.
 */
public final class Build {
    private final Path output;
    private final Stage stopAfter;
    private final StdLibrary std;

    private Build(Path output, Stage stopAfter, StdLibrary std) {
        this.output = output;
        this.stopAfter = stopAfter;
        this.std = std;
    }

    /** A build of all stages, with the standard library of the runtime on the class path, writing no jar. */
    public static Build create() {
        return new Build(null, Stage.CODEGEN, StdLibrary.fromRuntime());
    }

    /** The same build writing the jar to {@code jar} (after a successful code generation). */
    public Build output(Path jar) {
        return new Build(jar, stopAfter, std);
    }

    /** The same build stopping after {@code stage}. */
    public Build stopAfter(Stage stage) {
        return new Build(output, stage, std);
    }

    /** The same build reading standard packages from {@code library}. */
    public Build std(StdLibrary library) {
        return new Build(output, stopAfter, library);
    }

    /** The name {@code go build} would give the output for these arguments, without extension. */
    public static String defaultName(List<Path> args) {
        return Inputs.defaultName(args);
    }

    /** Builds the package given as {@code .go} files or one directory (no arguments: the current directory). */
    public BuildResult run(List<Path> args) {
        List<String> errors = new ArrayList<>();
        List<SourceFile> files = Inputs.read(args, errors);
        if (!errors.isEmpty()) return new Run(errors).result();
        return runSources(files);
    }

    /** Builds the main package made of {@code files} (paths as they should appear in diagnostics). */
    public BuildResult runSources(List<SourceFile> files) {
        Run r = new Run(new ArrayList<>());
        r.go(files);
        return r.result();
    }

    /** The state of one run of the phases. */
    private final class Run {
        final List<String> errors;
        final Diagnostics diags = new Diagnostics();
        Throwable internal;
        String internalMessage;
        Stage completed;
        Map<String, List<File>> files = Map.of();
        List<Package> packages = List.of();
        Program program;
        Map<String, byte[]> classes = Map.of();
        Path jar;
        /** Wall time of each phase that ran, in nanoseconds, in the order they ran ("jar" is the writing). */
        final Map<String, Long> timings = new LinkedHashMap<>();

        Run(List<String> errors) {
            this.errors = errors;
        }

        BuildResult result() {
            return new BuildResult(errors, diags, internal, internalMessage, completed, files, packages,
                    program, classes, jar, timings);
        }

        void go(List<SourceFile> sources) {
            List<Loader.Pkg> loaded = phase(Stage.PARSE, () -> new Loader(std, diags, errors).load(sources));
            if (loaded == null || internal != null) return;
            Map<String, List<File>> byPath = new LinkedHashMap<>();
            for (Loader.Pkg p : loaded) byPath.put(p.path(), p.files());
            files = byPath;
            // Parse errors that are not syntax errors go on to CHECK: gc prints them with the type errors.
            finish(Stage.PARSE);
            if (stopAfter == Stage.PARSE) return;

            List<Package> checked = phase(Stage.CHECK, () -> check(loaded));
            if (checked == null || !finish(Stage.CHECK)) return;
            packages = checked;
            if (stopAfter == Stage.CHECK) return;

            Program prog = phase(Stage.LOWER, () -> Lowerer.lower(checked, diags));
            if (prog == null || !finish(Stage.LOWER)) return;
            program = prog;
            if (stopAfter == Stage.LOWER) return;

            Map<String, byte[]> out = phase(Stage.CODEGEN, () -> CodeGen.generate(prog, diags));
            if (out == null || !finish(Stage.CODEGEN)) return;
            classes = out;
            if (output != null) phase("jar", Stage.CODEGEN, () -> write(out));
        }

        /**
         * Type-checks in dependency order; stops at the first package with errors (its importers would
         * cascade), or at the end if errors were already reported by the parser.
         */
        private List<Package> check(List<Loader.Pkg> loaded) {
            Map<String, Package> byPath = new HashMap<>();
            Importer importer = byPath::get;
            List<Package> out = new ArrayList<>();
            int before = diags.count();
            for (Loader.Pkg p : loaded) {
                Package pkg = Checker.check(p.path(), p.files(), importer, diags);
                if (diags.count() > before) return null;
                byPath.put(p.path(), pkg);
                out.add(pkg);
            }
            if (diags.hasErrors()) return null;
            Package main = out.get(out.size() - 1);
            if (!(main.scope().lookup("main") instanceof golc.types.Func)) {
                errors.add("function main is undeclared in the main package");
                return null;
            }
            return out;
        }

        /** Writes the jar; returns its path, or null after recording why it could not be written. */
        private Path write(Map<String, byte[]> out) {
            try {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                JarWriter.write(output, out);
                jar = output;
                return jar;
            } catch (IOException e) {
                errors.add("golc: cannot write " + output + ": " + e.getMessage());
                return null;
            }
        }

        private boolean finish(Stage stage) {
            if (diags.hasErrors() || !errors.isEmpty() || internal != null) return false;
            completed = stage;
            return true;
        }

        /** Runs one phase; a Java exception escaping it is a golc bug and becomes the internal error. */
        private <T> T phase(Stage stage, PhaseBody<T> body) {
            return phase(stage.toString(), stage, body);
        }

        /** Runs one phase, adding its wall time to {@link #timings} under {@code name}. */
        private <T> T phase(String name, Stage stage, PhaseBody<T> body) {
            long start = System.nanoTime();
            try {
                return body.run();
            } catch (InternalCompilerError e) {
                internal = e;
                internalMessage = e.format();
            } catch (IOException e) {
                errors.add("golc: reading the standard library: " + e.getMessage());
            } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
                internal = e;
                internalMessage = "internal compiler error: " + stage + ": " + e;
            } finally {
                timings.merge(name, System.nanoTime() - start, Long::sum);
            }
            return null;
        }
    }

    @FunctionalInterface
    private interface PhaseBody<T> {
        T run() throws IOException;
    }
}
