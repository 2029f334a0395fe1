package golc.types;

public final class Chan extends Type {
    public enum Dir { SEND_RECV, SEND_ONLY, RECV_ONLY }
    private final Dir dir;
    private final Type elem;
    public Chan(Dir dir, Type elem) { this.dir = dir; this.elem = elem; }
    public Dir dir() { return dir; }
    public Type elem() { return elem; }
}
