package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The concurrent prime sieve (shared/bench/go/sieve): a generator and one filter goroutine per prime. */
class SieveTest {
    /** func generate(ch chan<- int) { for i := 2; ; i++ { ch <- i } } */
    static final class Generate extends Task {
        final Chan ch;
        long i = 2;

        Generate(Chan ch) {
            this.ch = ch;
        }

        @Override
        protected Object step(Object r) {
            for (;;) {
                if (label == 1) {
                    i++;
                }
                label = 0;
                if (parked(Chan.send(ch, i), 1)) {
                    return SUSPEND;
                }
                i++;
            }
        }
    }

    /** func filter(in <-chan int, out chan<- int, prime int) { for { i := <-in; if i%prime != 0 { out <- i } } } */
    static final class Filter extends Task {
        final Chan in, out;
        final long prime;

        Filter(Chan in, Chan out, long prime) {
            this.in = in;
            this.out = out;
            this.prime = prime;
        }

        @Override
        protected Object step(Object r) {
            for (;;) {
                switch (label) {
                    case 0:
                    case 2:
                        r = Chan.recv(in);
                        if (parked(r, 1)) {
                            return SUSPEND;
                        }
                        // fall through
                    case 1:
                        long i = (Long) r;
                        label = 2;
                        if (i % prime != 0 && parked(Chan.send(out, i), 2)) {
                            return SUSPEND;
                        }
                        break;
                    default:
                        throw new IllegalStateException();
                }
            }
        }
    }

    static final class Main extends Task {
        final int n;
        int k;
        Chan ch;
        long last, sum;

        Main(int n) {
            this.n = n;
        }

        @Override
        protected Object step(Object r) {
            if (label == 0) {
                ch = Chan.make(0L, 0);
                Sched.go(new Generate(ch));
            }
            for (;;) {
                if (label == 1) {
                    long prime = (Long) r;
                    last = prime;
                    sum += prime;
                    Chan out = Chan.make(0L, 0);
                    Sched.go(new Filter(ch, out, prime));
                    ch = out;
                    k++;
                }
                if (k == n) {
                    return null;
                }
                label = 0;
                r = Chan.recv(ch);
                if (parked(r, 1)) {
                    return SUSPEND;
                }
                label = 1;
            }
        }
    }

    @Test
    void firstFiveHundredPrimes() {
        Main m = new Main(500);
        Task.run(2, m);
        assertEquals(3571, m.last);
        assertEquals(824693, m.sum);
    }
}
