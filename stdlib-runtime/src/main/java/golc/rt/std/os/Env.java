package golc.rt.std.os;

import golc.rt.Strings;

import java.util.Map;
import java.util.TreeMap;

/**
 * The environment of a golc program: the JVM's, copied on first use so that Setenv, Unsetenv and Clearenv
 * can change it (the JVM's own is read-only). Keys and values are Go strings (bytes). The environment
 * belongs to the process, hence one table for the whole program, as in Go.
 */
final class Env {
    private Env() {
    }

    private static Map<String, String> table;

    private static synchronized Map<String, String> table() {
        if (table == null) {
            table = new TreeMap<>();
            for (Map.Entry<String, String> e : System.getenv().entrySet()) {
                table.put(Strings.fromJava(e.getKey()), Strings.fromJava(e.getValue()));
            }
        }
        return table;
    }

    static synchronized String get(String key) {
        return table().get(key);
    }

    static synchronized void set(String key, String value) {
        table().put(key, value);
    }

    static synchronized void unset(String key) {
        table().remove(key);
    }

    static synchronized void clear() {
        table().clear();
    }

    static synchronized String[] list() {
        Map<String, String> t = table();
        String[] r = new String[t.size()];
        int i = 0;
        for (Map.Entry<String, String> e : t.entrySet()) {
            r[i++] = e.getKey() + "=" + e.getValue();
        }
        return r;
    }
}
