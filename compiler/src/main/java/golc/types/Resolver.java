package golc.types;

import golc.syntax.Decl;
import golc.syntax.Expr;
import golc.syntax.Field;
import golc.syntax.File;
import golc.syntax.Spec;
import golc.syntax.Token;

import java.util.ArrayList;
import java.util.List;

/** Collects package-level objects from the files (resolver.go) and declares them in dependency order. */
final class Resolver {
    private final Checker c;
    /** Methods by receiver base type name, associated after collection. */
    private final List<Object[]> methods = new ArrayList<>();

    Resolver(Checker c) { this.c = c; }

    void collectObjects(List<File> files) {
        Package pkg = c.pkg;
        for (File f : files) {
            if (f.name != null && !pkg.name().isEmpty() && !f.name.name.equals(pkg.name())) {
                c.error(f.name.pos(), "package " + f.name.name + "; expected " + pkg.name());
                continue;
            }
            Scope fileScope = new Scope(pkg.scope(), "file " + f.path);
            c.recordScope(f, fileScope);
            for (Decl d : f.decls) {
                if (d instanceof Decl.GenDecl) {
                    Decl.GenDecl g = (Decl.GenDecl) d;
                    List<Expr> lastValues = List.of();
                    Expr lastType = null;
                    for (Spec s : g.specs) {
                        if (s instanceof Spec.ImportSpec) importSpec((Spec.ImportSpec) s, fileScope);
                        else if (s instanceof Spec.ValueSpec && g.tok == Token.CONST) {
                            Spec.ValueSpec vs = (Spec.ValueSpec) s;
                            boolean inherited = false;
                            if (vs.type != null || !vs.values.isEmpty()) {
                                lastType = vs.type;
                                lastValues = vs.values;
                            } else {
                                inherited = true;
                            }
                            for (int i = 0; i < vs.names.size(); i++) {
                                Expr.Ident id = vs.names.get(i);
                                Const obj = new Const(id.pos(), pkg, id.name, null, Constant.UNKNOWN);
                                Checker.DeclInfo di = new Checker.DeclInfo();
                                di.fileScope = fileScope;
                                di.ident = id;
                                di.typ = lastType;
                                di.init = i < lastValues.size() ? lastValues.get(i) : null;
                                di.inherited = inherited;
                                di.iota = vs.iota;
                                declarePkgObj(id, obj, di);
                            }
                            Assignments.arityConst(c, vs, lastValues, inherited);
                        } else if (s instanceof Spec.ValueSpec) {
                            Spec.ValueSpec vs = (Spec.ValueSpec) s;
                            List<Var> lhs = new ArrayList<>();
                            for (Expr.Ident id : vs.names) lhs.add(new Var(id.pos(), pkg, id.name, null));
                            for (int i = 0; i < vs.names.size(); i++) {
                                Checker.DeclInfo di = new Checker.DeclInfo();
                                di.fileScope = fileScope;
                                di.ident = vs.names.get(i);
                                di.typ = vs.type;
                                if (vs.values.size() == 1 && vs.names.size() > 1) {
                                    di.init = vs.values.get(0);
                                    di.lhs = lhs;
                                } else if (i < vs.values.size()) {
                                    di.init = vs.values.get(i);
                                }
                                declarePkgObj(vs.names.get(i), lhs.get(i), di);
                            }
                            Assignments.arityVar(c, vs);
                        } else if (s instanceof Spec.TypeSpec) {
                            Spec.TypeSpec ts = (Spec.TypeSpec) s;
                            TypeName obj = new TypeName(ts.name.pos(), pkg, ts.name.name, null);
                            Checker.DeclInfo di = new Checker.DeclInfo();
                            di.fileScope = fileScope;
                            di.ident = ts.name;
                            di.tspec = ts;
                            declarePkgObj(ts.name, obj, di);
                        }
                    }
                } else if (d instanceof Decl.FuncDecl) {
                    Decl.FuncDecl fd = (Decl.FuncDecl) d;
                    String name = fd.name.name;
                    Func obj = new Func(fd.name.pos(), pkg, name, null);
                    Checker.DeclInfo di = new Checker.DeclInfo();
                    di.fileScope = fileScope;
                    di.ident = fd.name;
                    di.fdecl = fd;
                    if (fd.recv == null) {
                        if (name.equals("init") || (name.equals("main") && pkg.name().equals("main"))) {
                            if (fd.type.typeParams != null && !fd.type.typeParams.list.isEmpty()) {
                                c.error(fd.type.typeParams.pos(), "func " + name + " must have no type parameters");
                            }
                            if (!fd.type.params.list.isEmpty() || (fd.type.results != null && !fd.type.results.list.isEmpty())) {
                                c.error(fd.name.pos(), "func " + name + " must have no arguments and no return values");
                            }
                        }
                        if (name.equals("init")) {
                            c.recordDef(fd.name, obj);
                            obj.setParent(pkg.scope());
                            c.objMap.put(obj, di);
                            c.objList.add(obj);
                            pkg.initFuncs().add(obj);
                            if (fd.body == null) c.error(fd.name.pos(), "missing function body");
                        } else {
                            declarePkgObj(fd.name, obj, di);
                        }
                    } else {
                        c.recordDef(fd.name, obj);
                        c.objMap.put(obj, di);
                        c.objList.add(obj);
                        methods.add(new Object[] {obj, fd});
                    }
                }
            }
        }
        // Objects declared in file scopes must not conflict with package-level ones.
        for (File f : files) {
            Scope fs = c.info.scopes.get(f);
            if (fs == null) continue;
            for (Obj o : fs.objects()) {
                Obj alt = pkg.scope().lookup(o.name());
                if (alt != null && o instanceof PkgName) {
                    c.error(alt.pos(), alt.name() + " already declared through import of " + ((PkgName) o).imported()
                            + "\n\t" + o.pos() + ": other declaration of " + alt.name());
                }
            }
        }
    }

    private void declarePkgObj(Expr.Ident id, Obj obj, Checker.DeclInfo di) {
        if (id.name.equals("init")) {
            c.error(id.pos(), "cannot declare init - must be func");
            return;
        }
        if (id.name.equals("main") && c.pkg.name().equals("main") && !(obj instanceof Func)) {
            c.error(id.pos(), "cannot declare main - must be func");
            return;
        }
        c.declare(c.pkg.scope(), id, obj);
        c.objMap.put(obj, di);
        c.objList.add(obj);
        obj.order = c.objList.size();
    }

    private void importSpec(Spec.ImportSpec s, Scope fileScope) {
        String path = s.importPath();
        if (path.isEmpty()) {
            c.error(s.path.pos(), "invalid import path (empty string)");
            return;
        }
        Package imp = c.importer == null ? null : c.importer.importPackage(path);
        if (imp == null) {
            c.error(s.path.pos(), "could not import " + path + " (package not found)");
            return;
        }
        if (!c.pkg.imports().contains(imp)) c.pkg.imports().add(imp);
        String name = imp.name();
        if (s.name != null) name = s.name.name;
        if (name.equals("init")) {
            c.error(s.name.pos(), "cannot import package as init - init must be a func");
            return;
        }
        PkgName pn = new PkgName(s.pos(), c.pkg, name, imp);
        if (s.name != null) c.recordDef(s.name, pn); else c.recordImplicit(s, pn);
        if (name.equals(".")) {
            for (Obj o : imp.scope().objects()) {
                if (o.exported()) {
                    Obj alt = fileScope.insert(o);
                    if (alt != null) c.error(s.pos(), o.name() + " redeclared in this block");
                    c.dotImportUsed.put(o, Boolean.FALSE);
                }
            }
            c.imports.add(pn);
            return;
        }
        if (name.equals("_")) return;
        Obj alt = fileScope.insert(pn);
        if (alt != null) {
            c.error(s.pos(), name + " redeclared in this block\n\t" + alt.pos() + ": other declaration of " + name);
            return;
        }
        pn.setParent(fileScope);
        c.imports.add(pn);
    }

    /** Declares all package-level objects, attaches methods, and schedules function bodies. */
    void packageObjects() {
        // Type declarations first (as go/types does for aliases/named types), then the rest, in source order.
        List<Obj> list = new ArrayList<>(c.objList);
        associateMethods();
        for (Obj o : list) if (o instanceof TypeName) c.decls.objDecl(o);
        for (Obj o : list) if (!(o instanceof TypeName)) c.decls.objDecl(o);
    }

    private void associateMethods() {
        for (Object[] m : methods) {
            Func f = (Func) m[0];
            Decl.FuncDecl fd = (Decl.FuncDecl) m[1];
            Expr.Ident base = recvBaseName(fd);
            if (base == null) continue;
            Obj tn = c.pkg.scope().lookup(base.name);
            if (tn instanceof TypeName) {
                Checker.DeclInfo di = c.objMap.get(tn);
                if (di != null && di.tspec != null) {
                    c.decls.methodsByType.computeIfAbsent((TypeName) tn, k -> new ArrayList<>()).add(f);
                }
            }
        }
    }

    static Expr.Ident recvBaseName(Decl.FuncDecl fd) {
        if (fd.recv == null || fd.recv.list.isEmpty()) return null;
        Field f = fd.recv.list.get(0);
        Expr t = f.type;
        while (true) {
            if (t instanceof Expr.ParenExpr) t = ((Expr.ParenExpr) t).x;
            else if (t instanceof Expr.StarExpr) t = ((Expr.StarExpr) t).x;
            else if (t instanceof Expr.IndexExpr) t = ((Expr.IndexExpr) t).x;
            else if (t instanceof Expr.IndexListExpr) t = ((Expr.IndexListExpr) t).x;
            else break;
        }
        return t instanceof Expr.Ident ? (Expr.Ident) t : null;
    }

    void unusedImports() {
        for (PkgName pn : c.imports) {
            if (pn.used) continue;
            if (pn.name().equals(".")) {
                boolean any = false;
                for (Obj o : pn.imported().scope().objects()) if (Boolean.TRUE.equals(c.dotImportUsed.get(o))) any = true;
                if (any) continue;
            }
            String path = pn.imported().path();
            if (pn.name().equals(pn.imported().name()) || pn.name().equals(".")) {
                c.error(pn.pos(), "imported and not used: " + GoQuote.quote(path));
            } else {
                c.error(pn.pos(), "imported and not used: " + GoQuote.quote(path) + " as " + pn.name());
            }
        }
    }
}
