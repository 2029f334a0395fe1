package golc.types;

/** The predeclared nil. */
public final class Nil extends Obj {
    Nil() { super(null, null, "nil", Basic.UNTYPED_NIL); }
}
