package golc.rt.cg;

/** Implemented by generated struct classes: field i read and written JVM-boxed (for field pointers). */
public interface FieldAccess {
    Object $load(int i);

    void $store(int i, Object v);
}
