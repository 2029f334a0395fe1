package golc.rt.std.os;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import golc.rt.GoType;
import golc.rt.Slice;
import golc.rt.Strings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The os natives on real files: descriptors, reads and writes of []byte, seeking, and Linux errno values. */
class NativesTest {
    @TempDir
    Path dir;

    private String go(Path p) {
        return Strings.fromJava(p.toString());
    }

    @Test
    void writeReadSeekClose() throws Exception {
        String name = go(dir.resolve("f.txt"));
        Object[] r = Natives.openFile(name, 0x2 | 0x40 | 0x200, 0644);
        assertEquals(0L, r[1]);
        long fd = (Long) r[0];
        assertEquals(5L, Natives.writeStringFd(fd, "hello"));
        assertArrayEquals(new Object[] {1L, 0L}, Natives.seek(fd, 1, 0));
        Slice b = Slice.make(GoType.UINT8, 3);
        assertEquals(3L, Natives.readFd(fd, b));
        assertEquals("ell", Strings.fromSlice(b));
        assertEquals(1L, Natives.readFd(fd, b));
        assertEquals(0L, Natives.readFd(fd, b)); // end of file
        assertEquals(0L, Natives.closeFd(fd));
        assertEquals((long) FileTable.EBADF, Natives.closeFd(fd));
        assertEquals("hello", Files.readString(dir.resolve("f.txt")));
    }

    @Test
    void errnos() throws Exception {
        assertEquals((long) FileTable.ENOENT, Natives.openFile(go(dir.resolve("none")), 0, 0)[1]);
        Files.writeString(dir.resolve("x"), "x");
        assertEquals((long) FileTable.EEXIST, Natives.openFile(go(dir.resolve("x")), 0x1 | 0x40 | 0x80, 0644)[1]);
        assertEquals(0L, Natives.mkdir(go(dir.resolve("d/e")), 0755, true));
        assertEquals((long) FileTable.EEXIST, Natives.mkdir(go(dir.resolve("d")), 0755, false));
        assertEquals((long) FileTable.ENOTEMPTY, Natives.remove(go(dir.resolve("d"))));
        assertEquals(0L, Natives.removeAll(go(dir.resolve("d"))));
        assertEquals(0L, Natives.removeAll(go(dir.resolve("d"))));
        assertEquals((long) FileTable.ENOENT, Natives.remove(go(dir.resolve("d"))));
        assertEquals(-(long) FileTable.EBADF, Natives.writeStringFd(999, "x"));
    }
}
