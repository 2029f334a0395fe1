package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** BlockingNatives.NAMES is exactly the set of //golc:blocking declarations in the Go sources of golc/std. */
class BlockingNativesTest {
    private static final Pattern DECL = Pattern.compile("//golc:blocking\\s*\\nfunc (\\w+)\\(");

    @Test
    void tableMatchesTheMarkedDeclarations() throws IOException {
        Path std = Paths.get("src/main/resources/golc/std");
        Set<String> marked = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(std)) {
            files = s.filter(p -> p.toString().endsWith(".go")).collect(Collectors.toList());
        }
        for (Path f : files) {
            String src = Files.readString(f);
            String pkg = std.relativize(f.getParent()).toString().replace('\\', '/');
            Matcher m = DECL.matcher(src);
            while (m.find()) {
                marked.add(pkg + "." + m.group(1));
            }
        }
        assertEquals(new TreeSet<>(BlockingNatives.NAMES), marked);
    }
}
