package golc.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Expected outputs of test programs, produced by running them with Go 1.19 and kept next to the .go files in
 * the test resources ({@code x.go} → {@code x.out} for stdout, {@code x.err} for stderr).
 */
final class GoOutputs {
    private GoOutputs() {}

    /** The stderr Go printed for the program (what println writes). */
    static String expected(String goFile) {
        return read(goFile.replace(".go", ".err"));
    }

    static String expectedStdout(String goFile) {
        return read(goFile.replace(".go", ".out"));
    }

    static String read(String name) {
        try (InputStream in = GoOutputs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name + " (run it with Go 1.19 to make it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
