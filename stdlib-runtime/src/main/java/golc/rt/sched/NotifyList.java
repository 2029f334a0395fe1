package golc.rt.sched;

/**
 * sync.Cond's waiter list (Go's notifyList): Wait takes a ticket before unlocking the Locker, so a Signal that
 * comes between the unlock and the park is not lost.
 */
public final class NotifyList extends SyncQueue {
    private long wait; // next ticket
    private long notify; // tickets below this have been signalled

    public static long add(NotifyList l) {
        l.lock();
        long t = l.wait++;
        l.unlock();
        return t;
    }

    /** Waits for ticket t: null if already signalled, else SUSPEND. */
    public static Object await(NotifyList l, long t) {
        l.lock();
        if (t < l.notify) {
            l.unlock();
            return null;
        }
        l.enqueue("sync.Cond.Wait", t);
        l.unlock();
        return Frame.SUSPEND;
    }

    public static void notifyOne(NotifyList l) {
        l.lock();
        if (l.wait == l.notify) {
            l.unlock();
            return;
        }
        long t = l.notify++;
        Node n = l.dequeueTag(t);
        l.unlock();
        if (n != null) {
            Sched.ready(n.g, null, null);
        }
    }

    public static void notifyAll(NotifyList l) {
        l.lock();
        l.notify = l.wait;
        Node woken = l.head;
        l.head = l.tail = null;
        l.waiting = 0;
        l.unlock();
        while (woken != null) {
            Node next = woken.next;
            woken.next = null;
            Sched.ready(woken.g, null, null);
            woken = next;
        }
    }
}
