package golc.rt;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's standard output (buffered, for speed) and standard error (written through). Every write to
 * stderr first flushes stdout so that the interleaving a terminal sees stays the one the program wrote.
 * These are the process's file descriptors, so they are the one piece of process-wide state in the runtime.
 */
public final class Stdio {
    private Stdio() {
    }

    private static final OutputStream OUT =
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    private static final OutputStream ERR = new FileOutputStream(FileDescriptor.err);
    private static final Object LOCK = new Object();

    /** Writes bytes to fd 1 or 2 (anything but 1 goes to stderr); returns the count written or -1 on error. */
    public static int write(long fd, byte[] b, int off, int len) {
        synchronized (LOCK) {
            try {
                if (fd == 1) {
                    OUT.write(b, off, len);
                } else {
                    OUT.flush();
                    ERR.write(b, off, len);
                }
                return len;
            } catch (IOException e) {
                return -1;
            }
        }
    }

    /** Writes a Go string (byte-string). */
    public static int write(long fd, String s) {
        byte[] b = Strings.bytes(s);
        return write(fd, b, 0, b.length);
    }

    /** Flushes buffered stdout (at exit, before stderr writes, before os.Exit). */
    public static void flush() {
        synchronized (LOCK) {
            try {
                OUT.flush();
            } catch (IOException e) {
                // stdout is closed: the buffered bytes have nowhere to go
            }
        }
    }

    /** Flushes and ends the process with the given status (os.Exit, end of main, fatal panics). */
    public static void exit(int code) {
        flush();
        System.exit(code);
    }
}
