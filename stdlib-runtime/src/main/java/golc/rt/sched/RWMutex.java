package golc.rt.sched;

/**
 * sync.RWMutex: any number of readers or one writer; a waiting writer keeps new readers out (as in Go), and
 * ownership is handed directly to the goroutines it wakes, so they resume holding the lock.
 */
public final class RWMutex extends SyncQueue {
    private static final long READER = 0, WRITER = 1;
    private int readers;
    private boolean writer;
    private int writersWaiting;

    /** RLock: null when acquired at once, else SUSPEND (the goroutine resumes holding a read lock). */
    public static Object rlock(RWMutex m) {
        m.lock();
        if (!m.writer && m.writersWaiting == 0) {
            m.readers++;
            m.unlock();
            return null;
        }
        m.enqueue("semacquire", READER);
        m.unlock();
        return Frame.SUSPEND;
    }

    public static boolean tryRLock(RWMutex m) {
        m.lock();
        boolean ok = !m.writer && m.writersWaiting == 0;
        if (ok) {
            m.readers++;
        }
        m.unlock();
        return ok;
    }

    public static void runlock(RWMutex m) {
        m.lock();
        if (m.readers <= 0) {
            m.unlock();
            fatal("sync: RUnlock of unlocked RWMutex");
        }
        Node w = null;
        if (--m.readers == 0 && m.writersWaiting > 0) {
            w = m.dequeueTag(WRITER);
            m.writersWaiting--;
            m.writer = true;
        }
        m.unlock();
        if (w != null) {
            Sched.ready(w.g, null, null);
        }
    }

    /** Lock: null when acquired at once, else SUSPEND (the goroutine resumes holding the write lock). */
    public static Object wlock(RWMutex m) {
        m.lock();
        if (!m.writer && m.readers == 0) {
            m.writer = true;
            m.unlock();
            return null;
        }
        m.writersWaiting++;
        m.enqueue("semacquire", WRITER);
        m.unlock();
        return Frame.SUSPEND;
    }

    public static boolean tryWLock(RWMutex m) {
        m.lock();
        boolean ok = !m.writer && m.readers == 0;
        if (ok) {
            m.writer = true;
        }
        m.unlock();
        return ok;
    }

    public static void wunlock(RWMutex m) {
        m.lock();
        if (!m.writer) {
            m.unlock();
            fatal("sync: Unlock of unlocked RWMutex");
        }
        m.writer = false;
        // readers that queued behind the writer go first, then the next writer
        Node woken = null, last = null;
        for (Node n; (n = m.dequeueTag(READER)) != null; ) {
            m.readers++;
            if (last == null) {
                woken = n;
            } else {
                last.next = n;
            }
            last = n;
        }
        if (woken == null && m.writersWaiting > 0) {
            woken = m.dequeueTag(WRITER);
            m.writersWaiting--;
            m.writer = true;
        }
        m.unlock();
        while (woken != null) {
            Node next = woken.next;
            woken.next = null;
            Sched.ready(woken.g, null, null);
            woken = next;
        }
    }
}
