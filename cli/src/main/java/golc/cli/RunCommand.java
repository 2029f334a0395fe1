package golc.cli;

import golc.build.Build;
import golc.build.BuildResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code golc run}: compiles to a temporary jar and runs it with the same java, passing the arguments,
 * stdin/stdout/stderr and the program's exit status through.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Compile and run a main package given as .go files or one directory.",
                "Arguments after the package (or after --) are passed to the program."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-x", "--verbose"}, description = "Print Java stack traces of internal compiler errors.")
    boolean trace;

    @Parameters(paramLabel = "FILE.go|DIR [--] ARG", arity = "1..*",
            description = "The package (.go files or a directory), then the program's arguments.")
    List<String> params = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Path> sources = new ArrayList<>();
        List<String> args = new ArrayList<>();
        split(params, sources, args);
        if (sources.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "golc run: no go files listed");
        }
        Path dir = Files.createTempDirectory("golc-run");
        Path jar = dir.resolve(Build.defaultName(sources) + ".jar");
        try {
            BuildResult r = Build.create().output(jar).run(sources);
            if (!r.ok()) return Diagnose.report(r, spec.commandLine().getErr(), trace);
            spec.commandLine().getOut().flush();
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-jar");
            cmd.add(jar.toString());
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            return p.waitFor();
        } finally {
            Files.deleteIfExists(jar);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Separates the package from the program's arguments (the parser stops option processing at the first
     * positional, so they arrive verbatim). With "--", everything before it is the package; otherwise, as
     * 'go run' does, the leading .go files are, or else the first argument (a directory).
     */
    static void split(List<String> params, List<Path> sources, List<String> args) {
        int dashes = params.indexOf("--");
        int n;
        if (dashes >= 0) {
            n = dashes;
        } else {
            n = 0;
            while (n < params.size() && params.get(n).endsWith(".go")) n++;
            if (n == 0 && !params.isEmpty()) n = 1;
        }
        for (int i = 0; i < params.size(); i++) {
            if (i < n) sources.add(Path.of(params.get(i)));
            else if (i != dashes) args.add(params.get(i));
        }
    }
}
