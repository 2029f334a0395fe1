package golc.maven;

import golc.build.Build;
import golc.build.BuildResult;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * {@code golc:build}: compiles the Go main package in {@link #sourceDirectory} into the runnable jar
 * {@link #outputJar}, through the same build API as the {@code golc} command ({@link Build}).
 *
 * <p>Errors in the Go program are the user's, not the plugin's: each is logged as a Maven error line in Go's
 * format ({@code /abs/path/main.go:3:5: undefined: x}) and the build fails with a
 * {@link MojoFailureException} that repeats them, so Maven prints no Java stack trace for them. Only a
 * failure inside golc itself (an internal compiler error) is a {@link MojoExecutionException}, whose cause
 * Maven shows with {@code -e}.
 *
 * <p>The build API keeps no global state, so parallel Maven builds ({@code -T}) may run this goal
 * concurrently.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends AbstractMojo {
    /** The directory holding the main package's {@code .go} files (not its subdirectories). */
    @Parameter(property = "golc.sourceDirectory", defaultValue = "${project.basedir}/src/main/go", required = true)
    File sourceDirectory;

    /**
     * The jar to write. The {@code -go} suffix keeps it apart from the jar that maven-jar-plugin writes for a
     * project that also has Java sources.
     */
    @Parameter(property = "golc.outputJar",
            defaultValue = "${project.build.directory}/${project.build.finalName}-go.jar", required = true)
    File outputJar;

    /** Skips the goal (e.g. {@code -Dgolc.skip}). */
    @Parameter(property = "golc.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("golc: skipped");
            return;
        }
        if (!sourceDirectory.isDirectory()) {
            throw new MojoFailureException("golc: Go source directory " + sourceDirectory + " does not exist");
        }
        getLog().info("golc: compiling " + sourceDirectory + " to " + outputJar);
        BuildResult r = Build.create().output(outputJar.toPath()).run(List.of(sourceDirectory.toPath()));
        List<String> lines = r.lines();
        for (String line : lines) getLog().error(line);
        if (r.hasInternalError()) {
            throw new MojoExecutionException("golc failed (a golc bug): " + String.join("\n", lines),
                    r.internalError());
        }
        if (!r.ok()) {
            throw new MojoFailureException("Go compilation failed:\n" + String.join("\n", lines));
        }
    }
}
