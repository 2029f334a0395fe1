package golc.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A lexical scope: universe, package, file, function, block. */
public final class Scope {
    private final Scope parent;
    private final List<Scope> children = new ArrayList<>();
    private final Map<String, Obj> elems = new LinkedHashMap<>();
    private final String comment;
    private final boolean isFunc;

    public Scope(Scope parent, String comment) {
        this(parent, comment, false);
    }

    Scope(Scope parent, String comment, boolean isFunc) {
        this.parent = parent;
        this.comment = comment;
        this.isFunc = isFunc;
        if (parent != null && parent != Universe.scope()) parent.children.add(this);
    }

    public Scope parent() { return parent; }
    public List<Scope> children() { return children; }
    public String comment() { return comment; }
    /** Whether this is a function's outermost scope (parameters and results). */
    public boolean isFunc() { return isFunc; }

    public Obj lookup(String name) { return elems.get(name); }

    /** Looks the name up in this scope and its parents; null if not found. */
    public Obj lookupParent(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.elems.get(name);
            if (o != null) return o;
        }
        return null;
    }

    /** The scope in which name is found (searching parents), or null. */
    public Scope scopeOf(String name) {
        for (Scope s = this; s != null; s = s.parent) if (s.elems.containsKey(name)) return s;
        return null;
    }

    /** Inserts obj unless the name is already declared here; returns the previous object or null. */
    public Obj insert(Obj obj) {
        Obj prev = elems.get(obj.name());
        if (prev != null) return prev;
        elems.put(obj.name(), obj);
        if (obj.parent() == null) obj.setParent(this);
        return null;
    }

    public List<String> names() { return new ArrayList<>(elems.keySet()); }
    public Iterable<Obj> objects() { return elems.values(); }
    public int size() { return elems.size(); }
}
