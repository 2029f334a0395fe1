package golc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code golc}: the command line, a thin client of {@link golc.build.Build}. Exit codes are a contract:
 * 0 success, 1 compile errors, 2 usage errors, 3 internal compiler error; {@code golc run} passes the
 * program's own exit status through.
 */
@Command(name = "golc", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "golc compiles Go 1.19 programs to runnable JVM jars.",
        subcommands = {BuildCommand.class, RunCommand.class, VersionCommand.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Run 'golc help COMMAND' or 'golc COMMAND --help' for more about a command."})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int COMPILE_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a command, golc fails as a usage error (the handler prints the usage). */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "golc: missing command");
    }

    /** When main was entered, for --timings. */
    private static long mainEntered;

    public static void main(String[] args) {
        mainEntered = System.currentTimeMillis();
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Milliseconds from the process's start to {@link #main}, or -1 if unknown (golc called as a library). */
    static long startupMillis() {
        if (mainEntered == 0) return -1;
        return ProcessHandle.current().info().startInstant()
                .map(start -> mainEntered - start.toEpochMilli()).orElse(-1L);
    }

    /** Runs golc with {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        // 'golc run prog.go -v' passes -v to the program, as 'go run' does.
        cl.getSubcommands().get("run").setStopAtPositional(true);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL);
        cl.setParameterExceptionHandler((e, a) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println(e.getMessage());
            e.getCommandLine().usage(w);
            return USAGE;
        });
        // golc's own failures: one line, the stack trace only with -x.
        cl.setExecutionExceptionHandler((e, c, parseResult) -> {
            PrintWriter w = c.getErr();
            w.println("golc: internal error: " + e);
            if (parseResult.hasMatchedOption("-x")) e.printStackTrace(w);
            w.flush();
            return INTERNAL;
        });
        return cl;
    }
}
