package golc.types;

import java.util.ArrayList;
import java.util.List;

/**
 * An interface type: explicitly declared methods plus embedded elements (interfaces, types, unions).
 * Its type set (all methods, the permitted types, comparable) is computed lazily by {@link TypeSet}.
 */
public final class Interface extends Type {
    public static final Interface EMPTY = new Interface(List.of(), List.of());

    private final List<Func> methods;
    private final List<Type> embeddeds;
    private boolean implicit;
    private boolean isComparableBuiltin;
    private TypeSet typeSet;
    private boolean computing;

    public Interface(List<Func> methods, List<Type> embeddeds) {
        this.methods = new ArrayList<>(methods);
        this.methods.sort((a, b) -> a.id().compareTo(b.id()));
        this.embeddeds = List.copyOf(embeddeds);
    }

    /** The interface of the predeclared 'comparable'. */
    static Interface comparableBuiltin() {
        Interface i = new Interface(List.of(), List.of());
        i.isComparableBuiltin = true;
        return i;
    }

    public List<Func> explicitMethods() { return methods; }
    public List<Type> embeddeds() { return embeddeds; }
    /** Implicit interfaces wrap a constraint written without interface{...}, e.g. [T ~int]. */
    public boolean isImplicit() { return implicit; }
    void markImplicit() { implicit = true; }
    boolean isComparableBuiltin() { return isComparableBuiltin; }

    public TypeSet typeSet() {
        if (typeSet == null) {
            if (computing) return TypeSet.ALL; // invalid cycle; reported by the checker
            computing = true;
            typeSet = TypeSet.compute(this);
            computing = false;
        }
        return typeSet;
    }

    /** All methods including those of embedded interfaces, sorted by id. */
    public List<Func> allMethods() { return typeSet().methods(); }

    public int numMethods() { return allMethods().size(); }

    public boolean isEmpty() { TypeSet s = typeSet(); return s.methods().isEmpty() && s.terms() == null && !s.comparable(); }

    /** Whether this is an ordinary interface (no type terms and not comparable), usable as a value type. */
    public boolean isMethodSet() { TypeSet s = typeSet(); return s.terms() == null && !s.comparable(); }

    public Func method(String name) {
        for (Func f : allMethods()) if (f.name().equals(name)) return f;
        return null;
    }
}
