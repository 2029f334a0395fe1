package golc.types;

/** A map type (named MapType to keep java.util.Map usable in this package). */
public final class MapType extends Type {
    private final Type key;
    private final Type elem;
    public MapType(Type key, Type elem) { this.key = key; this.elem = elem; }
    public Type key() { return key; }
    public Type elem() { return elem; }
}
