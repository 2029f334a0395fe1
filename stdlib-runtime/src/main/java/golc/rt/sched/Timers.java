package golc.rt.sched;

import golc.rt.G;
import java.util.concurrent.locks.LockSupport;

/**
 * The timer heap of one scheduler and the thread that fires it. Goroutines never sleep on their carrier:
 * time.Sleep parks the goroutine and puts a timer here that readies it.
 */
final class Timers {
    private final Sched sched;
    private final Object lock = new Object();
    private Timer[] heap = new Timer[64]; // guarded by lock: binary min-heap on when
    private int size; // guarded by lock
    private volatile int pending; // size plus timers being fired right now
    private final TimerThread thread;

    /** The thread that fires timers; code it runs (channel sends, spawns) finds the scheduler through it. */
    static final class TimerThread extends Thread {
        final Sched sched;
        private final Timers timers;

        TimerThread(Sched sched, Timers timers) {
            super("golc-timers");
            this.sched = sched;
            this.timers = timers;
            setDaemon(true);
        }

        @Override
        public void run() {
            timers.loop();
        }
    }

    Timers(Sched sched) {
        this.sched = sched;
        this.thread = new TimerThread(sched, this);
    }

    void start() {
        thread.start();
    }

    void stop() {
        LockSupport.unpark(thread);
    }

    int pending() {
        return pending;
    }

    /** time.Sleep(ns): parks the current goroutine until ns have passed; null at once when ns <= 0. */
    static Object sleep(long ns) {
        if (ns <= 0) {
            return null;
        }
        G g = G.current();
        if (g.sched == null) {
            LockSupport.parkNanos(ns);
            return null;
        }
        Sched.parking("sleep");
        Timer t = new Timer() {
            @Override
            protected void fire() {
                Sched.ready(g, null, null);
            }
        };
        g.sched.timers.add(t, System.nanoTime() + ns, 0);
        return Frame.SUSPEND;
    }

    boolean add(Timer t, long when, long period) {
        boolean wake;
        boolean was;
        synchronized (lock) {
            was = t.index >= 0;
            if (was) {
                removeAt(t.index);
            }
            t.when = when;
            t.period = period;
            t.heap = this;
            if (size == heap.length) {
                heap = java.util.Arrays.copyOf(heap, size * 2);
            }
            heap[size] = t;
            t.index = size;
            size++;
            up(t.index);
            pending = size + firing;
            wake = heap[0] == t;
        }
        if (wake) {
            LockSupport.unpark(thread);
        }
        return was;
    }

    boolean remove(Timer t) {
        synchronized (lock) {
            if (t.index < 0 || t.heap != this) {
                return false;
            }
            removeAt(t.index);
            pending = size + firing;
        }
        sched.checkDead();
        return true;
    }

    private int firing; // guarded by lock

    private void loop() {
        Timer[] due = new Timer[16];
        while (!sched.exiting) {
            int n = 0;
            long wait;
            synchronized (lock) {
                long now = System.nanoTime();
                while (size > 0 && heap[0].when - now <= 0 && n < due.length) {
                    Timer t = heap[0];
                    removeAt(0);
                    if (t.period > 0) {
                        long next = t.when + t.period * (1 + (now - t.when) / t.period);
                        t.when = next;
                        heap[size] = t;
                        t.index = size;
                        size++;
                        up(t.index);
                    }
                    due[n++] = t;
                }
                firing = n;
                pending = size + firing;
                wait = size == 0 ? -1 : heap[0].when - now;
            }
            for (int i = 0; i < n; i++) {
                try {
                    due[i].fire();
                } catch (Throwable e) {
                    // a timer callback must not kill the timer thread; report as a fatal runtime error
                    sched.exit(Outcome.fatal("fatal error: timer callback failed: " + e + "\n"));
                }
                due[i] = null;
            }
            if (n > 0) {
                synchronized (lock) {
                    firing = 0;
                    pending = size;
                }
                sched.checkDead();
                continue;
            }
            if (wait < 0) {
                LockSupport.park(this);
            } else {
                LockSupport.parkNanos(this, wait);
            }
        }
    }

    private void removeAt(int i) {
        Timer t = heap[i];
        size--;
        Timer last = heap[size];
        heap[size] = null;
        t.index = -1;
        if (i < size) {
            heap[i] = last;
            last.index = i;
            up(i);
            down(last.index);
        }
    }

    private void up(int i) {
        Timer t = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Timer p = heap[parent];
            if (p.when - t.when <= 0) {
                break;
            }
            heap[i] = p;
            p.index = i;
            i = parent;
        }
        heap[i] = t;
        t.index = i;
    }

    private void down(int i) {
        Timer t = heap[i];
        for (;;) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && heap[c + 1].when - heap[c].when < 0) {
                c++;
            }
            if (t.when - heap[c].when <= 0) {
                break;
            }
            heap[i] = heap[c];
            heap[i].index = i;
            i = c;
        }
        heap[i] = t;
        t.index = i;
    }
}
