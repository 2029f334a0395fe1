package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A worker pool: jobs on a buffered channel, W workers ranging over it, results on another channel, a
 * WaitGroup and a closer goroutine that closes results when every worker is done.
 */
class WorkerPoolTest {
    /** func worker(jobs <-chan int, results chan<- int, wg *sync.WaitGroup) { defer wg.Done(); for j := range jobs { results <- j*j } } */
    static final class Worker extends Task {
        final Chan jobs, results;
        final WaitGroup wg;

        Worker(Chan jobs, Chan results, WaitGroup wg) {
            this.jobs = jobs;
            this.results = results;
            this.wg = wg;
        }

        @Override
        protected Object step(Object r) {
            for (;;) {
                if (label != 1) {
                    label = 0;
                    r = Chan.recv2(jobs);
                    if (parked(r, 1)) {
                        return SUSPEND;
                    }
                }
                if (r == Chan.CLOSED) {
                    WaitGroup.add(wg, -1);
                    return null;
                }
                long j = (Long) r;
                label = 2;
                if (parked(Chan.send(results, j * j), 2)) {
                    return SUSPEND;
                }
            }
        }
    }

    /** go func() { wg.Wait(); close(results) }() */
    static final class Closer extends Task {
        final WaitGroup wg;
        final Chan results;

        Closer(WaitGroup wg, Chan results) {
            this.wg = wg;
            this.results = results;
        }

        @Override
        protected Object step(Object r) {
            if (label == 0 && parked(WaitGroup.await(wg), 1)) {
                return SUSPEND;
            }
            Chan.close(results);
            return null;
        }
    }

    static final class Main extends Task {
        final int jobsN, workers;
        Chan jobs, results;
        long sum, count;
        int sent;

        Main(int jobsN, int workers) {
            this.jobsN = jobsN;
            this.workers = workers;
        }

        @Override
        protected Object step(Object r) {
            if (label == 0) {
                jobs = Chan.make(0L, 16);
                results = Chan.make(0L, 16);
                WaitGroup wg = new WaitGroup();
                WaitGroup.add(wg, workers);
                for (int w = 0; w < workers; w++) {
                    Sched.go(new Worker(jobs, results, wg));
                }
                Sched.go(new Closer(wg, results));
                Sched.go(new Feeder(jobs, jobsN));
            }
            for (;;) {
                if (label == 1) {
                    if (r == Chan.CLOSED) {
                        return null;
                    }
                    sum += (Long) r;
                    count++;
                }
                label = 0;
                r = Chan.recv2(results);
                if (parked(r, 1)) {
                    return SUSPEND;
                }
                label = 1;
            }
        }
    }

    /** go func() { for i := 1; i <= n; i++ { jobs <- i }; close(jobs) }() */
    static final class Feeder extends Task {
        final Chan jobs;
        final int n;
        long i = 1;

        Feeder(Chan jobs, int n) {
            this.jobs = jobs;
            this.n = n;
        }

        @Override
        protected Object step(Object r) {
            for (;;) {
                if (label == 1) {
                    i++;
                }
                label = 0;
                if (i > n) {
                    Chan.close(jobs);
                    return null;
                }
                if (parked(Chan.send(jobs, i), 1)) {
                    return SUSPEND;
                }
                i++;
            }
        }
    }

    @Test
    void everyJobIsDoneOnce() {
        int n = 50_000;
        Main m = new Main(n, 8);
        Task.run(2, m);
        assertEquals(n, m.count);
        long expect = 0;
        for (long i = 1; i <= n; i++) {
            expect += i * i;
        }
        assertEquals(expect, m.sum);
    }
}
