package golc.codegen;

/**
 * A construct of a correct Go program that codegen cannot compile yet. Thrown where it is found;
 * {@link PackageGen} reports it as a Go-style diagnostic at the statement being compiled
 * ({@code x.go:3:5: golc does not support ... yet}, exit status 1) and goes on with the other functions, so
 * the user sees every such place, not an internal compiler error.
 */
final class Unsupported extends RuntimeException {
    Unsupported(String what) {
        super("golc does not support " + what + " yet", null, false, false);
    }
}
