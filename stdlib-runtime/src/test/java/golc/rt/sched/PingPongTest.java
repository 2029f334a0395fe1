package golc.rt.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PingPongTest {
    @Test
    void pingPongOneCarrier() {
        PingPongProg.Main main = new PingPongProg.Main(30_000);
        Outcome o = new Sched(1).run(main);
        assertEquals(Outcome.Kind.NORMAL, o.kind);
        assertEquals(30_000, main.result);
    }

    @Test
    void pingPongTwoCarriers() {
        PingPongProg.Main main = new PingPongProg.Main(30_000);
        Outcome o = new Sched(2).run(main);
        assertEquals(Outcome.Kind.NORMAL, o.kind);
        assertEquals(30_000, main.result);
    }
}
