package golc.build;

/**
 * One Go source file to compile: the path printed in diagnostics and its bytes.
 * User files keep the path as the user named them; standard files are named {@code golc/std/<pkg>/<file>}.
 */
public record SourceFile(String path, byte[] content) {
}
