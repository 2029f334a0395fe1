package golc.cli;

import golc.build.Build;
import golc.build.BuildResult;
import golc.build.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code golc build}: compiles a main package to a runnable jar. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Compile the main package given as .go files or a directory (default: the current "
                + "directory) into a runnable jar.",
                "The jar is named after the directory or the first file, as 'go build' names binaries."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "-o", paramLabel = "OUT.jar", description = "Write the jar to OUT.jar.")
    Path output;

    @Option(names = "--stop-after", paramLabel = "STAGE", converter = StageConverter.class,
            description = "Stop after this stage: parse, check, lower or codegen (no jar is written before codegen).")
    Stage stopAfter = Stage.CODEGEN;

    @Option(names = {"-x", "--verbose"}, description = "Print Java stack traces of internal compiler errors.")
    boolean trace;

    @Option(names = "--timings", description = "Print the time each compiler phase took to stderr.")
    boolean timings;

    @Parameters(paramLabel = "FILE.go|DIR", arity = "0..*", description = "The package: .go files, or one directory.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        Path out = output != null ? output : Path.of(Build.defaultName(inputs) + ".jar");
        BuildResult r = Build.create().stopAfter(stopAfter).output(out).run(inputs);
        if (timings) Diagnose.timings(r, spec.commandLine().getErr());
        return Diagnose.report(r, spec.commandLine().getErr(), trace);
    }

    /** Parses stage names case-insensitively, with picocli's usage error for a bad one. */
    static final class StageConverter implements CommandLine.ITypeConverter<Stage> {
        @Override
        public Stage convert(String value) {
            try {
                return Stage.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "unknown stage '" + value + "' (want parse, check, lower or codegen)");
            }
        }
    }
}
