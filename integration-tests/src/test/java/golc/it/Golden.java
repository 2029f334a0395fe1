package golc.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One golden program {@code golden/<name>.go}: expected stdout in {@code <name>.out}, for a failing program the
 * expected first stderr line in {@code <name>.err}; directives in its comments: {@code // EXIT n} (expected
 * exit status, default 0) and {@code // ARGS: a "b c"} (command-line arguments, double quotes group words);
 * {@code <name>.in}, if present, is its standard input.
 */
record Golden(String name, Path source, String expectedOut, String expectedErrLine, int expectedExit, List<String> args,
              byte[] stdin) {
    private static final Pattern EXIT = Pattern.compile("(?m)^// EXIT (\\d+)$");
    private static final Pattern ARGS = Pattern.compile("(?m)^// ARGS: (.*)$");

    static Golden load(Path source) throws IOException {
        String file = source.getFileName().toString();
        String name = file.substring(0, file.length() - 3);
        String text = Files.readString(source);
        Matcher m = EXIT.matcher(text);
        int exit = m.find() ? Integer.parseInt(m.group(1)) : 0;
        Matcher a = ARGS.matcher(text);
        List<String> args = a.find() ? words(a.group(1)) : List.of();
        Path out = source.resolveSibling(name + ".out");
        Path err = source.resolveSibling(name + ".err");
        if (!Files.exists(out)) throw new IllegalStateException(out + " is missing: run integration-tests/regen.sh " + name);
        String errLine = null;
        if (Files.exists(err)) {
            errLine = Programs.readBytes(err);
            if (errLine.endsWith("\n")) errLine = errLine.substring(0, errLine.length() - 1);
        }
        Path in = source.resolveSibling(name + ".in");
        byte[] stdin = Files.exists(in) ? Files.readAllBytes(in) : new byte[0];
        return new Golden(name, source, Programs.readBytes(out), errLine, exit, args, stdin);
    }

    /** Splits like the shell for the simple cases regen.sh feeds to bash: spaces separate, "..." groups. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : s.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) out.add(cur.toString());
                cur.setLength(0);
                any = false;
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any) out.add(cur.toString());
        return out;
    }

    /**
     * Compares a run with the expectations; returns null if it matches, else a one-line reason
     * (the first difference), which is what discovery mode writes next to a failing name.
     */
    String mismatch(Programs.Run run) {
        if (run.timedOut()) return "timed out after " + Programs.TIMEOUT_SECONDS + "s";
        // A wrong exit status usually explains a wrong output (a crash), so it is reported first.
        if (run.exit() != expectedExit) {
            return "exit status " + run.exit() + ", want " + expectedExit + "; stderr: " + quote(run.firstStderrLine());
        }
        if (!run.stdout().equals(expectedOut)) return "stdout differs: " + firstDifference(expectedOut, run.stdout());
        if (expectedErrLine != null) {
            if (!run.firstStderrLine().equals(expectedErrLine)) {
                return "stderr starts with " + quote(run.firstStderrLine()) + ", want " + quote(expectedErrLine);
            }
        } else if (!run.stderr().isEmpty()) {
            return "unexpected stderr: " + quote(run.firstStderrLine());
        }
        return null;
    }

    static String firstDifference(String want, String got) {
        String[] w = want.split("\n", -1);
        String[] g = got.split("\n", -1);
        for (int i = 0; i < Math.max(w.length, g.length); i++) {
            String wl = i < w.length ? w[i] : "<end of output>";
            String gl = i < g.length ? g[i] : "<end of output>";
            if (!wl.equals(gl)) return "line " + (i + 1) + ": got " + quote(gl) + ", want " + quote(wl);
        }
        return "same lines, different bytes";
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}
