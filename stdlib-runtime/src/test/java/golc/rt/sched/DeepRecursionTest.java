package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Carriers have 1 GB stacks, so recursion goes about as deep as Go allows (a default Java thread overflows). */
class DeepRecursionTest {
    static long depth(long n) {
        return n == 0 ? 0 : depth(n - 1) + 1;
    }

    @Test
    void aMillionNestedCallsRunOnACarrier() {
        long[] got = new long[1];
        Task.run(1, SelectTest.body(() -> got[0] = depth(1_000_000)));
        assertEquals(1_000_000, got[0]);
    }
}
