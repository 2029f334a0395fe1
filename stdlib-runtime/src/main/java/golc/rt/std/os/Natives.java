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
import java.nio.file.InvalidPathException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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
        return readAt(fd, b, -1);
    }

    /** Reads into b at offset off of fd, or at its current position if off is negative: the count, 0 at EOF, -errno. */
    private static long readAt(long fd, Slice b, long off) {
        FileChannel ch = FileTable.get(fd);
        if (ch == null) {
            return -FileTable.EBADF;
        }
        try {
            ByteBuffer buf = ByteBuffer.allocate(b.len);
            int n = off < 0 ? ch.read(buf) : ch.read(buf, off);
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
        String v = Env.get(key);
        return new Object[] {v == null ? "" : v, v != null};
    }

    /** func environ() []string */
    public static Slice environ() {
        String[] r = Env.list();
        return r.length == 0 ? Slice.make(GoType.STRING, 0) : Slice.of(r);
    }

    /** func setenv(key, value string) */
    public static void setenv(String key, String value) {
        Env.set(key, value);
    }

    /** func unsetenv(key string) */
    public static void unsetenv(String key) {
        Env.unset(key);
    }

    /** func clearenv() */
    public static void clearenv() {
        Env.clear();
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

    /** func stat(name string, follow bool) (mode int, size int64, sec int64, nsec int64, errno int) */
    public static Object[] stat(String name, boolean follow) {
        Path p = Path.of(Strings.toJava(name));
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            long mode;
            try {
                mode = ((Number) Files.getAttribute(p, "unix:mode", opts)).longValue();
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                mode = posixMode(Files.readAttributes(p, PosixFileAttributes.class, opts));
            }
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, opts);
            Instant t = a.lastModifiedTime().toInstant();
            return new Object[] {mode, a.size(), t.getEpochSecond(), (long) t.getNano(), 0L};
        } catch (IOException e) {
            return new Object[] {0L, 0L, 0L, 0L, (long) FileTable.errno(e)};
        } catch (InvalidPathException e) {
            return new Object[] {0L, 0L, 0L, 0L, (long) FileTable.ENOENT};
        }
    }

    /** st_mode from POSIX attributes, for file systems without the "unix" attribute view. */
    private static long posixMode(PosixFileAttributes a) {
        long mode = a.isDirectory() ? 0x4000 : a.isSymbolicLink() ? 0xa000 : a.isRegularFile() ? 0x8000 : 0;
        PosixFilePermission[] order = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE
        for (PosixFilePermission perm : a.permissions()) {
            mode |= 1L << (8 - perm.ordinal());
        }
        return mode;
    }

    /** func readDirNames(name string) ([]string, int) */
    public static Object[] readDirNames(String name) {
        Path p = Path.of(Strings.toJava(name));
        if (!Files.isDirectory(p)) {
            long e = Files.exists(p) ? FileTable.ENOTDIR : FileTable.ENOENT;
            return new Object[] {Slice.make(GoType.STRING, 0), e};
        }
        try (Stream<Path> s = Files.list(p)) {
            String[] names = s.map(c -> Strings.fromJava(c.getFileName().toString())).sorted().toArray(String[]::new);
            return new Object[] {names.length == 0 ? Slice.make(GoType.STRING, 0) : Slice.of(names), 0L};
        } catch (IOException e) {
            return new Object[] {Slice.make(GoType.STRING, 0), (long) FileTable.errno(e)};
        }
    }

    /** func rename(oldpath, newpath string) int */
    public static long rename(String oldpath, String newpath) {
        Path from = Path.of(Strings.toJava(oldpath));
        Path to = Path.of(Strings.toJava(newpath));
        try {
            if (Files.isDirectory(to) && !Files.isDirectory(from)) {
                return FileTable.EISDIR; // rename(2) will not replace a directory by a file
            }
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return 0;
        } catch (IOException e) {
            return FileTable.errno(e);
        }
    }

    /** func chmod(name string, perm int) int */
    public static long chmod(String name, long perm) {
        try {
            Files.setPosixFilePermissions(Path.of(Strings.toJava(name)), exactPermissions(perm));
            return 0;
        } catch (IOException e) {
            return FileTable.errno(e);
        } catch (UnsupportedOperationException e) {
            return FileTable.EPERM;
        }
    }

    /** The permission set of perm, without umask (chmod(2) does not apply it). */
    private static Set<PosixFilePermission> exactPermissions(long perm) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : PosixFilePermission.values()) {
            if ((perm & (1L << (8 - p.ordinal()))) != 0) {
                s.add(p);
            }
        }
        return s;
    }

    /** func truncateFd(fd int, size int64) int */
    public static long truncateFd(long fd, long size) {
        FileChannel ch = FileTable.get(fd);
        if (ch == null) {
            return FileTable.EBADF;
        }
        try {
            if (size <= ch.size()) {
                ch.truncate(size);
            } else {
                ch.write(ByteBuffer.wrap(new byte[1]), size - 1); // grow with zeros, as ftruncate(2)
            }
            return 0;
        } catch (NonWritableChannelException e) {
            return FileTable.EINVAL;
        } catch (IOException e) {
            return FileTable.errno(e);
        }
    }

    /** func preadFd(fd int, b []byte, off int64) int */
    public static long preadFd(long fd, Slice b, long off) {
        return readAt(fd, b, off);
    }

    /** func fastrand() uint32 */
    public static int fastrand() {
        return ThreadLocalRandom.current().nextInt();
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
