package golc.types;

import golc.syntax.File;

import java.util.ArrayList;
import java.util.List;

/** A type-checked package: identity (path, name), its scope, imports, source files, and side tables. */
public final class Package {
    private final String path;
    private String name;
    private final Scope scope;
    private final List<Package> imports = new ArrayList<>();
    private final List<File> files = new ArrayList<>();
    private final Info info = new Info();

    public Package(String path, String name) {
        this.path = path;
        this.name = name;
        this.scope = new Scope(Universe.scope(), "package " + path);
    }

    public String path() { return path; }
    public String name() { return name; }
    void setName(String n) { this.name = n; }
    public Scope scope() { return scope; }
    /** Directly imported packages, in order of first import. */
    public List<Package> imports() { return imports; }
    public List<File> files() { return files; }
    public Info info() { return info; }
    /** Package-level variable initialisers in execution order (same as info().initOrder). */
    public List<Initializer> initOrder() { return info.initOrder; }

    /** The init functions of the package in source order. */
    private final List<Func> inits = new ArrayList<>();
    public List<Func> initFuncs() { return inits; }

    @Override
    public String toString() { return "package " + name + " (\"" + path + "\")"; }
}
