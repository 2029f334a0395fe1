package golc.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code golc version}: prints the version line, as {@code go version} does. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the golc version.")
final class VersionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().println(Version.line());
    }
}
