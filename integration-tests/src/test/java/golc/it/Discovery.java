package golc.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Results of a discovery run (-Dgolc.discover=true) of the golden programs, error programs and samples.
 * After every result, target/known-failing-discovered.txt is rewritten in the format of KNOWN_FAILING.txt
 * (each failing name with its first failure), so that the list can be replaced by it on purpose.
 */
final class Discovery {
    static final Path FILE = Path.of("target", "known-failing-discovered.txt");
    private static final Map<String, String> results = new TreeMap<>();

    private Discovery() {}

    /** Records the outcome for {@code name}: {@code failure} null means it passes. */
    static synchronized void record(String name, String failure) {
        if (!KnownFailing.discover()) return;
        results.put(name, failure);
        StringBuilder sb = new StringBuilder("""
                # Golden programs (golden/<name>.go, errors/<name>, samples/<name>) that golc cannot handle yet, each
                # with the first failure seen by a discovery run. The harness reports them as skipped. Regenerate with
                #   mvn -B verify -Dgolc.discover=true   (writes integration-tests/target/known-failing-discovered.txt)
                """);
        int pass = 0;
        for (Map.Entry<String, String> e : results.entrySet()) {
            if (e.getValue() == null) pass++;
            else sb.append(e.getKey()).append("  ").append(oneLine(e.getValue())).append('\n');
        }
        sb.append("# discovery: ").append(pass).append(" of ").append(results.size()).append(" pass\n");
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String oneLine(String s) {
        String line = s.replace('\n', ' ').replace('\t', ' ').replace(GoldenTest.DIR + "/", "");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
