package golc.types;

public final class Slice extends Type {
    private final Type elem;
    public Slice(Type elem) { this.elem = elem; }
    public Type elem() { return elem; }
}
