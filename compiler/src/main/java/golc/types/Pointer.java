package golc.types;

public final class Pointer extends Type {
    private final Type elem;
    public Pointer(Type elem) { this.elem = elem; }
    public Type elem() { return elem; }
}
