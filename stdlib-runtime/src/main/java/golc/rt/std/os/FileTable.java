package golc.rt.std.os;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files a golc program has opened, by descriptor (from 3 up; 0-2 are the standard streams). This is the
 * process's descriptor table, hence process-wide.
 */
final class FileTable {
    private FileTable() {
    }

    static final int EPERM = 1, ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20,
            EISDIR = 21, EINVAL = 22, ENOTEMPTY = 39;

    private static final ConcurrentHashMap<Long, FileChannel> OPEN = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong(3);

    static long add(FileChannel ch) {
        long fd = NEXT.getAndIncrement();
        OPEN.put(fd, ch);
        return fd;
    }

    static FileChannel get(long fd) {
        return OPEN.get(fd);
    }

    static FileChannel remove(long fd) {
        return OPEN.remove(fd);
    }

    /** The errno Linux would report for a failed file operation. */
    static int errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        // read(2) on a directory: the JDK throws a plain IOException carrying strerror's text.
        if (String.valueOf(e.getMessage()).contains("Is a directory")) {
            return EISDIR;
        }
        return EIO;
    }
}
