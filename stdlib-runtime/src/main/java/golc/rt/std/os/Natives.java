package golc.rt.std.os;

import golc.rt.Entry;
import golc.rt.GoType;
import golc.rt.Slice;
import golc.rt.Stdio;
import golc.rt.Strings;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** Natives of Go package os (golc/std/os/natives.go). */
public final class Natives {
    private Natives() {
    }

    private static final InputStream STDIN = new FileInputStream(FileDescriptor.in);

    /** func runtimeArgs() []string */
    public static Slice runtimeArgs() {
        return Slice.of(Entry.args());
    }

    /** func writeFd(fd int, b []byte) int */
    public static long writeFd(long fd, Slice b) {
        if (b == null || b.len == 0) {
            return 0;
        }
        int[] a = (int[]) b.array;
        byte[] bytes = new byte[b.len];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) a[b.off + i];
        }
        return Stdio.write(fd, bytes, 0, bytes.length);
    }

    /** func writeStringFd(fd int, s string) int */
    public static long writeStringFd(long fd, String s) {
        return Stdio.write(fd, s);
    }

    /** func readFd(fd int, b []byte) int */
    public static long readFd(long fd, Slice b) {
        if (fd != 0) {
            return -1;
        }
        // Whoever reads input has finished writing its prompt: show it.
        Stdio.flush();
        byte[] buf = new byte[b.len];
        try {
            int n = STDIN.read(buf, 0, buf.length);
            if (n <= 0) {
                return 0;
            }
            int[] a = (int[]) b.array;
            for (int i = 0; i < n; i++) {
                a[b.off + i] = buf[i] & 0xff;
            }
            return n;
        } catch (IOException e) {
            return -1;
        }
    }

    /** func flushFd(fd int) */
    public static void flushFd(long fd) {
        Stdio.flush();
    }

    /** func exit(code int) */
    public static void exit(long code) {
        Stdio.exit((int) code);
    }

    /** func lookupEnv(key string) (string, bool) */
    public static Object[] lookupEnv(String key) {
        String v = System.getenv(Strings.toJava(key));
        return new Object[] {v == null ? "" : Strings.fromJava(v), v != null};
    }

    /** func environ() []string */
    public static Slice environ() {
        Map<String, String> env = System.getenv();
        String[] r = new String[env.size()];
        int i = 0;
        for (Map.Entry<String, String> e : env.entrySet()) {
            r[i++] = Strings.fromJava(e.getKey() + "=" + e.getValue());
        }
        return r.length == 0 ? Slice.make(GoType.STRING, 0) : Slice.of(r);
    }

    /** func getpid() int */
    public static long getpid() {
        return ProcessHandle.current().pid();
    }

    /** func hostname() string */
    public static String hostname() {
        try {
            return Strings.fromJava(java.net.InetAddress.getLocalHost().getHostName());
        } catch (IOException e) {
            return "localhost";
        }
    }
}
