package golc.rt;

/**
 * A goroutine. The scheduler ({@code golc.rt.sched}) owns its life cycle; the rest of the runtime keeps
 * per-goroutine state here (never in ThreadLocals: a goroutine may move between carrier threads).
 */
public final class G {
    // Until the scheduler runs goroutines, every Java thread that enters Go code is its own goroutine.
    private static final ThreadLocal<G> CURRENT = ThreadLocal.withInitial(() -> new G(1));

    /** Go's goroutine id, as printed in traces ("goroutine 1 [running]:"). */
    public final long id;

    /** State of defer/panic/recover for this goroutine; owned by the panic support code. */
    public Object panicState;

    public G(long id) {
        this.id = id;
    }

    /** The goroutine running on the calling carrier. */
    public static G current() {
        return CURRENT.get();
    }
}
