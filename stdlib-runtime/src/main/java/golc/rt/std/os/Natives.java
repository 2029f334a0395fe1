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
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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
        return write(fd, bytes);
    }

    /** func writeStringFd(fd int, s string) int */
    public static long writeStringFd(long fd, String s) {
        return write(fd, Strings.bytes(s));
    }

    private static long write(long fd, byte[] bytes) {
        if (fd == 1 || fd == 2) {
            int n = Stdio.write(fd, bytes, 0, bytes.length);
            return n < 0 ? -FileTable.EIO : n;
        }
        FileChannel ch = FileTable.get(fd);
        if (ch == null) {
            return -FileTable.EBADF;
        }
        try {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            return bytes.length;
        } catch (NonWritableChannelException e) {
            return -FileTable.EBADF;
        } catch (IOException e) {
            return -FileTable.errno(e);
        }
    }

    /** func readFd(fd int, b []byte) int */
    public static long readFd(long fd, Slice b) {
        if (fd != 0) {
            return readFile(fd, b);
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

    private static long readFile(long fd, Slice b) {
        FileChannel ch = FileTable.get(fd);
        if (ch == null) {
            return -FileTable.EBADF;
        }
        try {
            ByteBuffer buf = ByteBuffer.allocate(b.len);
            int n = ch.read(buf);
            if (n <= 0) {
                return 0;
            }
            int[] a = (int[]) b.array;
            for (int i = 0; i < n; i++) {
                a[b.off + i] = buf.get(i) & 0xff;
            }
            return n;
        } catch (NonReadableChannelException e) {
            return -FileTable.EBADF;
        } catch (IOException e) {
            return -FileTable.errno(e);
        }
    }

    /** func openFile(name string, flag, perm int) (fd int, errno int) */
    public static Object[] openFile(String name, long flag, long perm) {
        Path p = Path.of(Strings.toJava(name));
        Set<OpenOption> opts = new HashSet<>();
        int acc = (int) (flag & 3);
        if (acc == 0 || acc == 2) {
            opts.add(StandardOpenOption.READ);
        }
        if (acc == 1 || acc == 2) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flag & 0x400) != 0) {
            opts.add(StandardOpenOption.APPEND);
        }
        if ((flag & 0x40) != 0) {
            opts.add((flag & 0x80) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flag & 0x200) != 0 && acc != 0) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        try {
            if (Files.isDirectory(p) && acc != 0) {
                return new Object[] {0L, (long) FileTable.EISDIR};
            }
            FileChannel ch;
            if (opts.contains(StandardOpenOption.CREATE) || opts.contains(StandardOpenOption.CREATE_NEW)) {
                ch = FileChannel.open(p, opts, PosixFilePermissions.asFileAttribute(permissions(perm)));
            } else {
                ch = FileChannel.open(p, opts);
            }
            return new Object[] {FileTable.add(ch), 0L};
        } catch (IOException e) {
            return new Object[] {0L, (long) FileTable.errno(e)};
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return new Object[] {0L, (long) FileTable.EINVAL};
        }
    }

    private static Set<PosixFilePermission> permissions(long perm) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        // the JVM applies the process umask to these, as open(2) does
        for (int i = 0; i < order.length; i++) {
            if ((perm & (1L << i)) != 0) {
                s.add(order[i]);
            }
        }
        return s;
    }

    /** func closeFd(fd int) int */
    public static long closeFd(long fd) {
        FileChannel ch = FileTable.remove(fd);
        if (ch == null) {
            return FileTable.EBADF;
        }
        try {
            ch.close();
            return 0;
        } catch (IOException e) {
            return FileTable.errno(e);
        }
    }

    /** func seek(fd int, offset int64, whence int) (int64, int) */
    public static Object[] seek(long fd, long offset, long whence) {
        FileChannel ch = FileTable.get(fd);
        if (ch == null) {
            return new Object[] {0L, (long) FileTable.EBADF};
        }
        try {
            long base = whence == 0 ? 0 : whence == 1 ? ch.position() : ch.size();
            long pos = base + offset;
            if (whence < 0 || whence > 2 || pos < 0) {
                return new Object[] {0L, (long) FileTable.EINVAL};
            }
            ch.position(pos);
            return new Object[] {pos, 0L};
        } catch (IOException e) {
            return new Object[] {0L, (long) FileTable.errno(e)};
        }
    }

    /** func remove(name string) int */
    public static long remove(String name) {
        try {
            Files.delete(Path.of(Strings.toJava(name)));
            return 0;
        } catch (IOException e) {
            return FileTable.errno(e);
        }
    }

    /** func removeAll(path string) int */
    public static long removeAll(String path) {
        Path root = Path.of(Strings.toJava(path));
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
            return 0;
        } catch (IOException e) {
            return FileTable.errno(e);
        }
    }

    /** func mkdir(name string, perm int, all bool) int */
    public static long mkdir(String name, long perm, boolean all) {
        Path p = Path.of(Strings.toJava(name));
        try {
            if (all) {
                if (Files.isDirectory(p)) {
                    return 0;
                }
                Files.createDirectories(p, PosixFilePermissions.asFileAttribute(permissions(perm)));
            } else {
                Files.createDirectory(p, PosixFilePermissions.asFileAttribute(permissions(perm)));
            }
            return 0;
        } catch (IOException e) {
            return FileTable.errno(e);
        }
    }

    /** func getwd() string */
    public static String getwd() {
        return Strings.fromJava(Path.of("").toAbsolutePath().toString());
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

    /** func stat(name string, follow bool) (size int64, mode int, sec, nsec int64, errno int): st_mode is raw. */
    public static Object[] stat(String name, boolean follow) {
        try {
            Path p = Path.of(Strings.toJava(name));
            LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            Map<String, Object> a = Files.readAttributes(p, "unix:mode,size,lastModifiedTime", opts);
            java.time.Instant mt = ((FileTime) a.get("lastModifiedTime")).toInstant();
            return new Object[] {(Long) a.get("size"), (long) (Integer) a.get("mode"), mt.getEpochSecond(),
                (long) mt.getNano(), 0L};
        } catch (IOException e) {
            return new Object[] {0L, 0L, 0L, 0L, (long) FileTable.errno(e)};
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return new Object[] {0L, 0L, 0L, 0L, (long) FileTable.EINVAL};
        }
    }

    /** func readDirNames(name string) (names []string, errno int): the entries in directory order, no . or .. */
    public static Object[] readDirNames(String name) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of(Strings.toJava(name)))) {
            for (Path e : ds) {
                names.add(Strings.fromJava(e.getFileName().toString()));
            }
        } catch (IOException e) {
            return new Object[] {null, (long) FileTable.errno(e)};
        } catch (IllegalArgumentException e) {
            return new Object[] {null, (long) FileTable.EINVAL};
        }
        Slice r = names.isEmpty() ? Slice.make(GoType.STRING, 0) : Slice.of(names.toArray(new String[0]));
        return new Object[] {r, 0L};
    }

    /** func readlink(name string) (dest string, errno int) */
    public static Object[] readlink(String name) {
        try {
            Path dest = Files.readSymbolicLink(Path.of(Strings.toJava(name)));
            return new Object[] {Strings.fromJava(dest.toString()), 0L};
        } catch (java.nio.file.NotLinkException e) {
            return new Object[] {"", (long) FileTable.EINVAL};
        } catch (IOException e) {
            return new Object[] {"", (long) FileTable.errno(e)};
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return new Object[] {"", (long) FileTable.EINVAL};
        }
    }

    /** func symlink(oldname, newname string) (errno int) */
    public static long symlink(String oldname, String newname) {
        try {
            Files.createSymbolicLink(Path.of(Strings.toJava(newname)), Path.of(Strings.toJava(oldname)));
            return 0;
        } catch (IOException e) {
            return FileTable.errno(e);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return FileTable.EINVAL;
        }
    }
}
