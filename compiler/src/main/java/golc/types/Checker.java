package golc.types;

import golc.diag.Diagnostics;
import golc.syntax.Decl;
import golc.syntax.Expr;
import golc.syntax.File;
import golc.syntax.Node;
import golc.syntax.Pos;
import golc.syntax.Spec;
import golc.syntax.Token;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The type checker for one package (go/types' Checker). {@link #check} is the entry point; the work
 * is split by construct over helper objects holding a reference to this one: {@link Resolver}
 * (package-level objects), {@link Decls}, {@link TypeExprs}, {@link Exprs}, {@link Calls},
 * {@link Builtins}, {@link Assignments}, {@link Stmts}, {@link InitOrder}. Never throws on bad input.
 */
public final class Checker {
    final Package pkg;
    final Info info;
    final Diagnostics diags;
    final Importer importer;
    final TypeString.Qualifier qf;

    final Resolver resolver = new Resolver(this);
    final Decls decls = new Decls(this);
    final TypeExprs typexprs = new TypeExprs(this);
    final Exprs exprs = new Exprs(this);
    final Calls calls = new Calls(this);
    final Indexing indexing = new Indexing(this);
    final CompositeLits complits = new CompositeLits(this);
    final Builtins builtins = new Builtins(this);
    final Assignments assign = new Assignments(this);
    final Stmts stmts = new Stmts(this);

    /** Declaration info of package-level objects. */
    final Map<Obj, DeclInfo> objMap = new IdentityHashMap<>();
    /** Package-level objects in source order. */
    final List<Obj> objList = new ArrayList<>();
    /** Function bodies and other work delayed until package-level declarations are done. */
    final List<Runnable> later = new ArrayList<>();
    /** Untyped expressions whose final type is not known yet. */
    final Map<Expr, Exprs.UntypedInfo> untyped = new IdentityHashMap<>();
    /** Dot-imported and regular import PkgNames, to report unused imports. */
    final List<PkgName> imports = new ArrayList<>();
    final Map<Obj, Boolean> dotImportUsed = new IdentityHashMap<>();

    // ---- environment of the code being checked ----
    Scope scope;
    /** The declaration whose dependencies are being collected (package-level), or null. */
    DeclInfo decl;
    /** The value of iota in a constant declaration, else null. */
    Constant iota;
    /** The signature of the function whose body is being checked, or null. */
    Signature sig;
    /** Package-level objects currently being declared (for cycle detection). */
    final List<Obj> objPath = new ArrayList<>();

    private Checker(Package pkg, Diagnostics diags, Importer importer) {
        this.pkg = pkg;
        this.info = pkg.info();
        this.diags = diags;
        this.importer = importer;
        this.qf = p -> p == null || p == pkg ? null : p.name();
        this.scope = pkg.scope();
    }

    /** Type-checks the files of one package; errors go to diags. Never throws for bad input. */
    public static Package check(String importPath, List<File> files, Importer importer, Diagnostics diags) {
        String name = files.isEmpty() || files.get(0).name == null ? "" : files.get(0).name.name;
        Package pkg = new Package(importPath, name);
        pkg.files().addAll(files);
        Checker c = new Checker(pkg, diags, importer);
        c.run(files);
        return pkg;
    }

    private void run(List<File> files) {
        resolver.collectObjects(files);
        resolver.packageObjects();
        processLater();
        InitOrder.compute(this);
        resolver.unusedImports();
        recordUntyped();
    }

    void processLater() {
        for (int i = 0; i < later.size(); i++) later.get(i).run();
        later.clear();
    }

    // ---- errors ----

    private boolean reported;

    void error(Pos pos, String msg) {
        // As types2: messages mentioning "invalid operand"/"invalid type" (not at the start) are
        // follow-on errors once something has been reported.
        if (reported && (msg.indexOf("invalid operand") > 0 || msg.indexOf("invalid type") > 0)) return;
        reported = true;
        if (pos == null) pos = new Pos("?", 0, 0);
        diags.error(pos, msg);
    }

    void error(Node n, String msg) {
        error(n == null ? null : n.pos(), msg);
    }

    /** The position types2 reports errors at for expression e: its leftmost position (syntax.StartPos). */
    static Pos errPos(Expr e) {
        return e.pos();
    }

    void errorAt(Expr e, String msg) {
        error(e == null ? null : errPos(e), msg);
    }

    String str(Operand x) {
        return x.describe(qf);
    }

    String str(Type t) {
        return TypeString.of(t, qf);
    }

    static String str(Expr e) {
        return golc.syntax.Printer.expr(e);
    }

    // ---- recording ----

    void record(Operand x) {
        if (x.expr == null) return;
        if (x.mode == Operand.Mode.INVALID) return;
        if (x.type != null && Predicates.isUntyped(x.type) && x.mode != Operand.Mode.NILVALUE) {
            untyped.put(x.expr, new Exprs.UntypedInfo(x.expr, (Basic) x.type, x.mode,
                    x.mode == Operand.Mode.CONSTANT ? x.val : null));
            return;
        }
        if (x.type == Basic.UNTYPED_NIL) {
            untyped.put(x.expr, new Exprs.UntypedInfo(x.expr, Basic.UNTYPED_NIL, x.mode, null));
            return;
        }
        recordTypeAndValue(x.expr, x.tvMode(), x.type, x.mode == Operand.Mode.CONSTANT ? x.val : null);
    }

    void recordTypeAndValue(Expr e, TypeAndValue.Mode mode, Type t, Constant val) {
        if (e == null) return;
        info.types.put(e, new TypeAndValue(mode, t, val));
        // Parenthesised expressions get the same record as their content.
        while (e instanceof Expr.ParenExpr) {
            e = ((Expr.ParenExpr) e).x;
            TypeAndValue old = info.types.get(e);
            if (old != null && old.mode() != mode) {
                info.types.put(e, new TypeAndValue(old.mode(), t, val));
            } else {
                info.types.put(e, new TypeAndValue(mode, t, val));
            }
        }
    }

    void recordDef(Expr.Ident id, Obj obj) {
        if (id != null) info.defs.put(id, obj);
    }

    void recordUse(Expr.Ident id, Obj obj) {
        if (id != null) info.uses.put(id, obj);
    }

    void recordImplicit(Node n, Obj obj) {
        info.implicits.put(n, obj);
    }

    void recordSelection(Expr.SelectorExpr e, Selection.Kind kind, Type recv, Obj obj, List<Integer> index, boolean indirect, Type type) {
        info.selections.put(e, new Selection(kind, recv, obj, index, indirect, type));
    }

    void recordScope(Node n, Scope s) {
        info.scopes.put(n, s);
    }

    void recordInstance(Expr.Ident id, List<Type> targs, Type t) {
        if (id != null) info.instances.put(id, new Instance(targs, t));
    }

    /** Records remaining untyped expressions with their untyped (or default, for nil: untyped nil) types. */
    private void recordUntyped() {
        for (Exprs.UntypedInfo u : untyped.values()) {
            TypeAndValue.Mode m = u.mode == Operand.Mode.CONSTANT ? TypeAndValue.Mode.CONSTANT : TypeAndValue.Mode.VALUE;
            recordTypeAndValue(u.expr, m, u.type, u.val);
        }
        untyped.clear();
    }

    // ---- scopes ----

    Scope openScope(Node n, String comment) {
        Scope s = new Scope(scope, comment);
        if (n != null) recordScope(n, s);
        scope = s;
        return s;
    }

    void closeScope() {
        scope = scope.parent();
    }

    /** Declares obj in scope s under id (recording the definition); reports redeclarations. */
    void declare(Scope s, Expr.Ident id, Obj obj) {
        if (id != null) recordDef(id, obj);
        if (obj.name().equals("_")) return;
        Obj alt = s.insert(obj);
        if (alt != null) {
            String msg = obj.name() + " redeclared in this block";
            if (alt.pos() != null) msg += "\n\t" + alt.pos() + ": other declaration of " + obj.name();
            error(obj.pos(), msg);
        }
    }

    /** A dependency of the current package-level declaration on a package-level object (for init order). */
    void addDep(Obj obj) {
        if (decl != null && objMap.containsKey(obj)) decl.deps.add(obj);
    }

    /** Per-object info for package-level declarations. */
    static final class DeclInfo {
        Scope fileScope;
        List<Var> lhs;        // for var a, b = f()
        Expr.Ident ident;
        Expr typ;             // declared type expression (const/var) or null
        Expr init;            // init expression or null
        boolean inherited;    // const spec repeating the previous spec's type and values
        int iota;
        Spec.TypeSpec tspec;
        Decl.FuncDecl fdecl;
        final Set<Obj> deps = new LinkedHashSet<>();
        /** 0 = white, 1 = grey (being declared), 2 = black. */
        int color;
    }

    /** Whether e contains a function call or channel receive (then len/cap of an array is not constant). */
    boolean hasCallOrRecvIn(Expr e) {
        final boolean[] found = {false};
        new Object() {
            void walk(Expr x) {
                if (x == null || found[0]) return;
                if (x instanceof Expr.CallExpr) {
                    TypeAndValue tv = info.types.get(((Expr.CallExpr) x).fun);
                    if (tv == null || !tv.isType()) { found[0] = true; return; }
                    for (Expr a : ((Expr.CallExpr) x).args) walk(a);
                } else if (x instanceof Expr.UnaryExpr) {
                    if (((Expr.UnaryExpr) x).op == Token.ARROW) { found[0] = true; return; }
                    walk(((Expr.UnaryExpr) x).x);
                } else if (x instanceof Expr.ParenExpr) walk(((Expr.ParenExpr) x).x);
                else if (x instanceof Expr.SelectorExpr) walk(((Expr.SelectorExpr) x).x);
                else if (x instanceof Expr.IndexExpr) { walk(((Expr.IndexExpr) x).x); walk(((Expr.IndexExpr) x).index); }
                else if (x instanceof Expr.StarExpr) walk(((Expr.StarExpr) x).x);
                else if (x instanceof Expr.BinaryExpr) { walk(((Expr.BinaryExpr) x).x); walk(((Expr.BinaryExpr) x).y); }
                else if (x instanceof Expr.CompositeLit) for (Expr el : ((Expr.CompositeLit) x).elts) walk(el);
                else if (x instanceof Expr.KeyValueExpr) walk(((Expr.KeyValueExpr) x).value);
                else if (x instanceof Expr.SliceExpr) found[0] = true;
            }
        }.walk(e);
        return found[0];
    }

}
