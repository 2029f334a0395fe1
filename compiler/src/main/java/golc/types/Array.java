package golc.types;

public final class Array extends Type {
    private final long len;
    private final Type elem;
    public Array(long len, Type elem) { this.len = len; this.elem = elem; }
    /** The length, or -1 if it was invalid. */
    public long len() { return len; }
    public Type elem() { return elem; }
}
