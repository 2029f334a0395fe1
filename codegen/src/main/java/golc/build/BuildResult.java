package golc.build;

import golc.diag.Diagnostic;
import golc.diag.Diagnostics;
import golc.ir.Program;
import golc.syntax.File;
import golc.types.Package;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a build produced: the errors (Go's format), and the output of every stage that ran, so that tests
 * can look at any of them. A successful build that ran to {@link Stage#CODEGEN} has written {@link #jar()}.
 */
public final class BuildResult {
    /** Errors without a source position (bad arguments, unreadable files), in the order they happened. */
    private final List<String> errors;
    private final Diagnostics diagnostics;
    private final Throwable internalError;
    private final String internalMessage;
    private final Stage completed;
    private final Map<String, List<File>> files;
    private final List<Package> packages;
    private final Program program;
    private final Map<String, byte[]> classes;
    private final Path jar;
    private final Map<String, Long> timings;

    BuildResult(List<String> errors, Diagnostics diagnostics, Throwable internalError, String internalMessage,
                Stage completed, Map<String, List<File>> files, List<Package> packages, Program program,
                Map<String, byte[]> classes, Path jar, Map<String, Long> timings) {
        this.errors = List.copyOf(errors);
        this.diagnostics = diagnostics;
        this.internalError = internalError;
        this.internalMessage = internalMessage;
        this.completed = completed;
        this.files = files;
        this.packages = packages;
        this.program = program;
        this.classes = classes;
        this.jar = jar;
        this.timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    /** True if the build reported no error of any kind. */
    public boolean ok() {
        return errors.isEmpty() && !diagnostics.hasErrors() && internalError == null;
    }

    /** True if golc itself failed (a bug), as opposed to errors in the program. */
    public boolean hasInternalError() {
        return internalError != null;
    }

    /** The exception behind the internal compiler error, for {@code -x}; null if there was none. */
    public Throwable internalError() {
        return internalError;
    }

    /** The last stage that completed without errors, or null if not even parsing did. */
    public Stage completed() {
        return completed;
    }

    /** Every positioned error, sorted by position (not capped). */
    public List<Diagnostic> diagnostics() {
        return diagnostics.sorted();
    }

    /**
     * The lines golc prints for this build, as Go prints them: errors without position, then at most 10
     * positioned errors followed by "too many errors", then the internal compiler error if any.
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>(errors);
        out.addAll(diagnostics.lines());
        if (internalMessage != null) out.add(internalMessage);
        return out;
    }

    /** {@link #lines()}, each followed by a newline. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (String l : lines()) sb.append(l).append('\n');
        return sb.toString();
    }

    /** The internal error's Java stack trace (printed only when asked for, with -x). */
    public String internalStackTrace() {
        if (internalError == null) return "";
        StringWriter sw = new StringWriter();
        internalError.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }

    /** Parsed files by package import path (after {@link Stage#PARSE}); empty if parsing failed. */
    public Map<String, List<File>> files() {
        return files;
    }

    /** Type-checked packages in dependency order, main last (after {@link Stage#CHECK}), else empty. */
    public List<Package> packages() {
        return packages;
    }

    /** The lowered program (after {@link Stage#LOWER}), else null. */
    public Program program() {
        return program;
    }

    /** Generated classes by internal name (after {@link Stage#CODEGEN}), else empty. */
    public Map<String, byte[]> classes() {
        return classes;
    }

    /** The jar written (after a successful {@link Stage#CODEGEN} with an output path), else null. */
    public Path jar() {
        return jar;
    }

    /**
     * Wall time of each phase that ran, in nanoseconds, in order: "parse" (the program and the standard
     * packages it imports), "check", "lower", "codegen", "jar" (writing it).
     */
    public Map<String, Long> timings() {
        return timings;
    }

    /** {@link #timings()} as one line: {@code parse 12 ms, check 30 ms, ..., total 95 ms}. */
    public String formatTimings() {
        StringBuilder sb = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Long> e : timings.entrySet()) {
            sb.append(e.getKey()).append(' ').append(e.getValue() / 1_000_000).append(" ms, ");
            total += e.getValue();
        }
        return sb.append("total ").append(total / 1_000_000).append(" ms").toString();
    }

    @Override
    public String toString() {
        return ok() ? "build ok (" + completed + ")" : format();
    }
}
