package golc.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list of test names with a one-line reason each ({@code name  reason...}), '#' comments and blank lines
 * ignored. Used for the golden programs the compiler cannot handle yet: the harness reports them as skipped.
 */
final class KnownFailing {
    private KnownFailing() {}

    static Map<String, String> read(Path file) throws IOException {
        return read(file, true);
    }

    /** Like {@link #read(Path)}; lists of passing tests may leave the note out. */
    static Map<String, String> read(Path file, boolean requireReason) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(file)) return out;
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int sp = indexOfSpace(line);
            String name = sp < 0 ? line : line.substring(0, sp);
            String reason = sp < 0 ? "" : line.substring(sp).strip();
            if (reason.isEmpty() && requireReason) throw new IllegalStateException(file + ": " + name + " has no reason");
            if (out.put(name, reason) != null) throw new IllegalStateException(file + ": " + name + " listed twice");
        }
        return out;
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }

    /**
     * True if {@code name} is selected by -Dgolc.only=a,b (substrings of test names; all tests without it),
     * to run one program quickly: {@code mvn -pl integration-tests -am verify -Dgolc.only=fmt_verbs}.
     */
    static boolean selected(String name) {
        String only = System.getProperty("golc.only", "").strip();
        if (only.isEmpty()) return true;
        for (String part : only.split(",")) if (!part.isBlank() && name.contains(part.strip())) return true;
        return false;
    }

    /** True when the run was started with -Dgolc.discover=true: run everything, report, fail nothing listed. */
    static boolean discover() {
        return Boolean.getBoolean("golc.discover");
    }
}
