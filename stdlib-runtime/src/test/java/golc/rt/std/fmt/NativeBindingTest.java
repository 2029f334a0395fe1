package golc.rt.std.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every body-less function in the Go sources of fmt and strconvf has its Java native: a public static
 * method of the same name in golc.rt.std.&lt;pkg&gt;.Natives whose parameters and result follow the
 * calling convention of TEAM.md (several results as Object[]).
 */
class NativeBindingTest {
    private static final Pattern BODYLESS = Pattern.compile("(?m)^func ([a-zA-Z]\\w*)\\(([^)]*)\\)[ \\t]*(.*?)[ \\t]*$");
    private static final Map<String, Class<?>> REPR = Map.of(
            "string", String.class, "int", long.class, "byte", int.class, "rune", int.class,
            "float64", double.class, "bool", boolean.class, "any", Object.class, "error", Object.class,
            "[]any", golc.rt.Slice.class, "formatHook", golc.rt.Func.class);

    static void check(String resource, Class<?> natives) throws IOException {
        String src;
        try (InputStream in = NativeBindingTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            src = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int found = 0;
        Matcher m = BODYLESS.matcher(src);
        while (m.find()) {
            if (m.group(3).endsWith("{")) {
                continue; // has a body
            }
            found++;
            List<Class<?>> params = new ArrayList<>();
            for (String group : m.group(2).split(",")) {
                String[] words = group.trim().split("\\s+");
                Class<?> t = REPR.get(words[words.length - 1]);
                params.add(t);
            }
            // "a, b int" declares two ints: every name before the type shares it.
            List<Class<?>> expanded = new ArrayList<>();
            Class<?> last = null;
            for (int i = params.size() - 1; i >= 0; i--) {
                String[] words = m.group(2).split(",")[i].trim().split("\\s+");
                if (words.length == 2) {
                    last = params.get(i);
                }
                expanded.add(0, words.length == 2 ? params.get(i) : last);
            }
            String results = m.group(3);
            Class<?> want = results.isEmpty() ? void.class
                    : results.startsWith("(") ? Object[].class : REPR.get(results);
            Method method;
            try {
                method = natives.getMethod(m.group(1), expanded.toArray(new Class<?>[0]));
            } catch (NoSuchMethodException e) {
                throw new AssertionError(resource + ": no native " + m.group(1) + expanded, e);
            }
            assertTrue(Modifier.isStatic(method.getModifiers()), m.group(1));
            assertEquals(want, method.getReturnType(), m.group(1));
        }
        assertTrue(found > 0, resource + " declares natives");
    }

    @Test
    void fmtNatives() throws IOException {
        for (String f : new String[] {"print.go", "state.go", "errors.go", "scan.go"}) {
            check("golc/std/fmt/" + f, golc.rt.std.fmt.Natives.class);
        }
    }

    @Test
    void strconvfNatives() throws IOException {
        check("golc/std/strconvf/strconvf.go", golc.rt.std.strconvf.Natives.class);
    }
}
