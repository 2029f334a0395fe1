package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The thread ring of 503 goroutines (shared/bench/go/ring): the member that receives 0 reports its id. */
class RingTest {
    static final int SIZE = 503;

    /** func member(id int, in <-chan int, out chan<- int, result chan<- int) */
    static final class Member extends Task {
        final long id;
        final Chan in, out, result;

        Member(long id, Chan in, Chan out, Chan result) {
            this.id = id;
            this.in = in;
            this.out = out;
            this.result = result;
        }

        @Override
        protected Object step(Object r) {
            for (;;) {
                switch (label) {
                    case 0:
                    case 3:
                        r = Chan.recv(in);
                        if (parked(r, 1)) {
                            return SUSPEND;
                        }
                        // fall through
                    case 1:
                        long t = (Long) r;
                        if (t == 0) {
                            r = Chan.send(result, id);
                            if (parked(r, 2)) {
                                return SUSPEND;
                            }
                            return null;
                        }
                        r = Chan.send(out, t - 1);
                        if (parked(r, 3)) {
                            return SUSPEND;
                        }
                        label = 3;
                        break;
                    case 2:
                        return null;
                    default:
                        throw new IllegalStateException();
                }
            }
        }
    }

    static final class Main extends Task {
        final long n;
        long id = -1;

        Main(long n) {
            this.n = n;
        }

        @Override
        protected Object step(Object r) {
            switch (label) {
                case 0:
                    Chan[] chans = new Chan[SIZE];
                    for (int i = 0; i < SIZE; i++) {
                        chans[i] = Chan.make(0L, 0);
                    }
                    result = Chan.make(0L, 0);
                    for (int i = 0; i < SIZE; i++) {
                        Sched.go(new Member(i + 1, chans[i], chans[(i + 1) % SIZE], result));
                    }
                    r = Chan.send(chans[0], n);
                    if (parked(r, 1)) {
                        return SUSPEND;
                    }
                    // fall through
                case 1:
                    r = Chan.recv(result);
                    if (parked(r, 2)) {
                        return SUSPEND;
                    }
                    // fall through
                case 2:
                    id = (Long) r;
                    return null;
                default:
                    throw new IllegalStateException();
            }
        }

        private Chan result;
    }

    @Test
    void tokenReachesTheRightMemberOnOneP() {
        Main m = new Main(200_000);
        Task.run(1, m);
        assertEquals(200_000 % SIZE + 1, m.id);
    }

    @Test
    void tokenReachesTheRightMemberOnTwoPs() {
        Main m = new Main(100_003);
        Task.run(2, m);
        assertEquals(100_003 % SIZE + 1, m.id);
    }
}
