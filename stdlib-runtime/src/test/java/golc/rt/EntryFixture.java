package golc.rt;

/** A stand-in for a generated main class: runs one scenario (args[0]) through Entry, in a child JVM. */
public final class EntryFixture {
    private EntryFixture() {
    }

    public static void main(String[] args) {
        Entry.run(args, () -> scenario(args[0]));
    }

    private static Object nothing() {
        return null;
    }

    private static long zero() {
        return 0;
    }

    private static int depth(int n) {
        return depth(n + 1) + 1;
    }

    private static void scenario(String name) {
        Stdio.write(1, "out " + Entry.args().length + "\n");
        switch (name) {
            case "ok":
                return;
            case "string":
                throw new GoPanic("boom");
            case "int":
                throw new GoPanic(42L);
            case "error":
                throw RuntimeError.index(5, 3);
            case "npe":
                nothing().hashCode();
                return;
            case "div":
                System.out.println(1 / zero());
                return;
            case "overflow":
                depth(0);
                return;
            case "exit":
                Stdio.exit(3);
                return;
            default:
                throw new IllegalArgumentException(name);
        }
    }
}
