package golc.rt;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's standard output (buffered, for speed) and standard error (written through). Every write to
 * stderr first flushes stdout so that the interleaving a terminal sees stays the one the program wrote.
 * Go writes stdout unbuffered, so whoever reads it (a terminal, a pipe) sees each line when it is printed: here
 * a daemon thread, started by the first write, flushes what stays buffered for longer than
 * {@link #FLUSH_DELAY_NS}, so output still appears on time while a program computes or waits (and a goroutine
 * blocked in a read of stdin does not hold back what the others print).
 * These are the process's file descriptors, so they are the one piece of process-wide state in the runtime.
 */
public final class Stdio {
    private Stdio() {
    }

    private static final OutputStream OUT =
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    private static final OutputStream ERR = new FileOutputStream(FileDescriptor.err);
    private static final Object LOCK = new Object();
    /** How long written stdout bytes may wait in the buffer before the flusher writes them. */
    static final long FLUSH_DELAY_NS = 10_000_000L;
    /** Whether stdout holds unflushed bytes; the flusher thread, once started. Both guarded by LOCK. */
    private static boolean dirty;
    private static Thread flusher;

    /** Writes bytes to fd 1 or 2 (anything but 1 goes to stderr); returns the count written or -1 on error. */
    public static int write(long fd, byte[] b, int off, int len) {
        synchronized (LOCK) {
            try {
                if (fd == 1) {
                    OUT.write(b, off, len);
                    if (!dirty) {
                        dirty = true;
                        wakeFlusher();
                    }
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
            flushLocked();
        }
    }

    private static void flushLocked() {
        dirty = false;
        try {
            OUT.flush();
        } catch (IOException e) {
            // stdout is closed: the buffered bytes have nowhere to go
        }
    }

    /** Called with LOCK held when stdout becomes dirty: starts the flusher, or wakes it. */
    private static void wakeFlusher() {
        if (flusher == null) {
            // A Thread subclass, not a method reference: the first lambda of a process spins up the JDK's
            // lambda machinery, which cost 6 ms of start-up here.
            flusher = new Thread("golc-stdout") {
                @Override
                public void run() {
                    flushLoop();
                }
            };
            flusher.setDaemon(true);
            flusher.start();
        } else {
            LOCK.notify();
        }
    }

    /**
     * The flusher: waits until stdout is dirty, lets more output gather for FLUSH_DELAY_NS, flushes. It is not a
     * carrier, so waiting on the monitor blocks no goroutine; a flush that blocks (a full pipe) holds the lock,
     * so writers wait as Go's writes would, and the scheduler's monitor moves their goroutines' work elsewhere.
     */
    private static void flushLoop() {
        for (;;) {
            synchronized (LOCK) {
                while (!dirty) {
                    try {
                        LOCK.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(FLUSH_DELAY_NS);
            flush();
        }
    }

    /** Flushes and ends the process with the given status (os.Exit, end of main, fatal panics). */
    public static void exit(int code) {
        flush();
        System.exit(code);
    }
}
