package golc.types;

import golc.syntax.Decl;
import golc.syntax.Expr;
import golc.syntax.Field;
import golc.syntax.Stmt;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Declarations (decl.go): package-level objects on demand with cycle detection, local declarations, bodies. */
final class Decls {
    private final Checker c;
    final Map<TypeName, List<Func>> methodsByType = new IdentityHashMap<>();

    Decls(Checker c) { this.c = c; }

    /** Makes sure a package-level object's type (and value) is known. */
    void objDecl(Obj obj) {
        Checker.DeclInfo di = c.objMap.get(obj);
        if (di == null) return;
        if (di.color == 2) return;
        if (di.color == 1) {
            cycle(obj);
            return;
        }
        di.color = 1;
        c.objPath.add(obj);
        // Save the environment: object declarations may be triggered from inside other declarations.
        Scope scope = c.scope;
        Checker.DeclInfo decl = c.decl;
        Constant iota = c.iota;
        Signature sig = c.sig;
        c.scope = di.fileScope;
        c.decl = di;
        c.iota = null;
        c.sig = null;
        try {
            if (obj instanceof Const) {
                c.iota = Constant.ofInt(di.iota);
                constDecl((Const) obj, di.typ, di.init, di.inherited);
            } else if (obj instanceof Var) {
                varDecl((Var) obj, di.lhs, di.typ, di.init);
            } else if (obj instanceof TypeName) {
                typeDecl((TypeName) obj, di);
            } else if (obj instanceof Func) {
                funcDecl((Func) obj, di);
            }
        } finally {
            c.scope = scope;
            c.decl = decl;
            c.iota = iota;
            c.sig = sig;
            c.objPath.remove(c.objPath.size() - 1);
            di.color = 2;
        }
    }

    private void cycle(Obj obj) {
        // A type referring to itself through a named type is fine (e.g. via pointers); only
        // constants, variables, and aliases/types that need their own type form invalid cycles.
        if (obj instanceof TypeName && obj.type() instanceof Named) return;
        if (obj instanceof Func) return;
        if (obj instanceof Var && obj.type() != null) return;
        int start = c.objPath.indexOf(obj);
        if (start < 0) return;
        List<Obj> path = c.objPath.subList(start, c.objPath.size());
        boolean hasFunc = false;
        for (Obj o : path) hasFunc |= o instanceof Func;
        if (obj instanceof Var && hasFunc) return; // reported by the init order computation
        StringBuilder sb = new StringBuilder();
        if (obj instanceof TypeName) sb.append("invalid recursive type ").append(obj.name());
        else if (obj instanceof Const || obj instanceof Var) sb.append("initialization loop for ").append(obj.name());
        else sb.append("illegal cycle in declaration of ").append(obj.name());
        for (Obj o : path) sb.append("\n\t").append(o.pos()).append(": ").append(o.name()).append(" refers to");
        sb.append("\n\t").append(obj.pos()).append(": ").append(obj.name());
        c.error(obj.pos(), sb.toString());
        if (obj.type() == null) obj.setType(Basic.INVALID);
    }

    void constDecl(Const obj, Expr typ, Expr init, boolean inherited) {
        Type t = null;
        if (typ != null) {
            t = c.typexprs.typ(typ);
            if (!Predicates.isConstType(t)) {
                if (t.underlying() != Basic.INVALID) c.error(typ.pos(), "invalid constant type " + c.str(t));
                obj.setType(Basic.INVALID);
                return;
            }
        }
        Operand x = new Operand();
        if (init != null) {
            c.exprs.expr(x, init);
        }
        c.assign.initConst(obj, x, t);
    }

    void varDecl(Var obj, List<Var> lhs, Expr typ, Expr init) {
        if (typ != null) {
            Type t = c.typexprs.varType(typ);
            obj.setType(t);
            if (lhs != null) for (Var v : lhs) v.setType(t);
        }
        if (init == null) {
            if (typ == null) obj.setType(Basic.INVALID);
            return;
        }
        if (lhs == null || lhs.size() == 1) {
            Operand x = new Operand();
            c.exprs.expr(x, init);
            c.assign.initVar(obj, x, "variable declaration");
            return;
        }
        c.assign.initVars(lhs, List.of(init), null);
        // All variables of the spec are now declared.
        for (Var v : lhs) {
            Checker.DeclInfo d = c.objMap.get(v);
            if (d != null && v != obj) {
                d.color = 2;
                d.deps.addAll(c.decl.deps);
            }
        }
    }

    void typeDecl(TypeName obj, Checker.DeclInfo di) {
        golc.syntax.Spec.TypeSpec ts = di.tspec;
        if (ts.isAlias()) {
            obj.markAlias();
            if (ts.typeParams != null && !ts.typeParams.list.isEmpty()) c.error(ts.name.pos(), "generic type cannot be alias");
            obj.setType(Basic.INVALID);
            Type rhs = c.typexprs.typ(ts.type);
            obj.setType(rhs);
            return;
        }
        Named named = new Named(obj, null);
        c.scope = new Scope(c.scope, "type " + obj.name());
        if (ts.typeParams != null && !ts.typeParams.list.isEmpty()) {
            c.recordScope(ts.typeParams, c.scope);
            named.setTypeParams(c.typexprs.collectTypeParams(ts.typeParams));
        }
        Type rhs = c.typexprs.definedType(ts.type, named);
        if (rhs instanceof TypeParam) {
            c.error(ts.type.pos(), "cannot use a type parameter as RHS in type declaration");
            rhs = Basic.INVALID;
        }
        Type u = rhs.underlying();
        if (rhs instanceof Named && ((Named) rhs).rawUnderlying() == null && !((Named) rhs).isInstance()) {
            // The right-hand side is still being declared (type T2 T1 inside T1's declaration): its
            // underlying type is taken when known, unless the chain of such declarations is a cycle.
            boolean cycle = false;
            List<Named> chain = new ArrayList<>();
            for (Named cur = (Named) rhs; cur != null && chain.size() < 1000; cur = cur.underlyingFrom()) {
                if (cur == named || chain.contains(cur)) { cycle = true; break; }
                chain.add(cur);
            }
            if (cycle || chain.get(chain.size() - 1).obj() == obj) {
                c.error(obj.pos(), "invalid recursive type " + obj.name()
                        + "\n\t" + obj.pos() + ": " + obj.name() + " refers to\n\t" + obj.pos() + ": " + obj.name());
                named.setUnderlying(Basic.INVALID);
            } else {
                named.setUnderlyingFrom((Named) rhs);
                u = null;
            }
        } else {
            named.setUnderlying(u == null ? Basic.INVALID : u);
            validType(named);
        }
        // Attach methods; their signatures are resolved right away so that lookups see them.
        List<Func> ms = methodsByType.getOrDefault(obj, List.of());
        for (Func m : ms) {
            if (m.name().equals("_")) continue;
            Func prev = named.method(m.name());
            if (prev != null) {
                c.error(m.pos(), obj.name() + "." + m.name() + " redeclared in this block\n\t" + prev.pos() + ": other declaration of " + m.name());
                continue;
            }
            if (u instanceof Struct) {
                for (Var f : ((Struct) u).fields()) {
                    if (f.name().equals(m.name())) c.error(m.pos(), "field and method with the same name " + m.name()
                            + "\n\t" + f.pos() + ": other declaration of " + m.name());
                }
            }
            named.addMethod(m);
        }
        if (u instanceof Interface || u instanceof Pointer) {
            for (Func m : ms) {
                c.error(c.objMap.get(m).fdecl.recv.list.get(0).type.pos(), "invalid receiver type " + obj.name()
                        + (u instanceof Pointer ? " (pointer or interface type)" : " (pointer or interface type)"));
            }
        }
        for (Func m : ms) objDecl(m);
    }

    /** Reports struct/array types that contain themselves (without indirection). */
    private void validType(Named root) {
        List<Named> path = new ArrayList<>();
        if (contains(root.underlying(), root, path)) {
            TypeName obj = root.obj();
            StringBuilder sb = new StringBuilder("invalid recursive type " + obj.name());
            sb.append("\n\t").append(obj.pos()).append(": ").append(obj.name()).append(" refers to");
            for (Named n : path) sb.append("\n\t").append(n.obj().pos()).append(": ").append(n.obj().name()).append(" refers to");
            sb.append("\n\t").append(obj.pos()).append(": ").append(obj.name());
            String msg = sb.toString();
            if (path.isEmpty()) msg = msg.replaceFirst(" refers to\n\t[^\n]*$", " refers to\n\t" + obj.pos() + ": " + obj.name());
            c.error(obj.pos(), msg);
            root.setUnderlying(Basic.INVALID);
        }
    }

    private boolean contains(Type t, Named root, List<Named> path) {
        if (t == null) return false;
        if (t instanceof Named) {
            if (t == root) return true;
            Named n = (Named) t;
            if (path.contains(n) || n.rawUnderlying() == null) return false;
            path.add(n);
            if (contains(n.rawUnderlying(), root, path)) return true;
            path.remove(path.size() - 1);
            return false;
        }
        if (t instanceof Array) return contains(((Array) t).elem(), root, path);
        if (t instanceof Struct) {
            for (Var f : ((Struct) t).fields()) if (contains(f.type(), root, path)) return true;
        }
        return false;
    }

    void funcDecl(Func obj, Checker.DeclInfo di) {
        Decl.FuncDecl fd = di.fdecl;
        Scope fscope = new Scope(c.scope, "function " + obj.name(), true);
        c.recordScope(fd.type, fscope);
        c.scope = fscope;
        Signature sig = c.typexprs.funcType(fd.recv, fd.type, obj);
        obj.setType(sig);
        if (fd.body != null) {
            Checker.DeclInfo decl = di;
            c.later.add(() -> funcBody(decl, obj.name(), sig, fd.body, fscope));
        }
    }

    /** Checks a function body in its function scope (also used for function literals). */
    void funcBody(Checker.DeclInfo decl, String name, Signature sig, Stmt.BlockStmt body, Scope fscope) {
        Scope scope = c.scope;
        Signature osig = c.sig;
        Checker.DeclInfo odecl = c.decl;
        Constant iota = c.iota;
        c.scope = fscope;
        c.sig = sig;
        c.decl = decl;
        c.iota = null;
        try {
            c.stmts.funcBody(sig, body);
            usage(fscope);
        } finally {
            c.scope = scope;
            c.sig = osig;
            c.decl = odecl;
            c.iota = iota;
        }
    }

    /** Reports unused local variables in scope s and its non-function children, sorted by position. */
    private void usage(Scope s) {
        List<Var> unused = new ArrayList<>();
        collectUnused(s, unused);
        unused.sort((a, b) -> a.pos().compareTo(b.pos()));
        for (Var v : unused) c.error(v.pos(), v.name() + " declared but not used");
    }

    private void collectUnused(Scope s, List<Var> out) {
        for (Obj o : s.objects()) {
            if (o instanceof Var && !((Var) o).used && !((Var) o).isParam() && !o.name().equals("_") && o.pos() != null) {
                out.add((Var) o);
            }
        }
        for (Scope ch : s.children()) if (!ch.isFunc()) collectUnused(ch, out);
    }

    /** A local const/var/type declaration statement. */
    void declStmt(Decl.GenDecl g) {
        List<Expr> lastValues = List.of();
        Expr lastType = null;
        for (golc.syntax.Spec s : g.specs) {
            if (s instanceof golc.syntax.Spec.ValueSpec && g.tok == golc.syntax.Token.CONST) {
                golc.syntax.Spec.ValueSpec vs = (golc.syntax.Spec.ValueSpec) s;
                boolean inherited = false;
                if (vs.type != null || !vs.values.isEmpty()) {
                    lastType = vs.type;
                    lastValues = vs.values;
                } else {
                    inherited = true;
                }
                List<Const> consts = new ArrayList<>();
                Constant oiota = c.iota;
                c.iota = Constant.ofInt(vs.iota);
                for (int i = 0; i < vs.names.size(); i++) {
                    Expr.Ident id = vs.names.get(i);
                    Const obj = new Const(id.pos(), c.pkg, id.name, null, Constant.UNKNOWN);
                    consts.add(obj);
                    constDecl(obj, lastType, i < lastValues.size() ? lastValues.get(i) : null, inherited);
                }
                c.iota = oiota;
                Assignments.arityConst(c, vs, lastValues, inherited);
                for (int i = 0; i < consts.size(); i++) c.declare(c.scope, vs.names.get(i), consts.get(i));
            } else if (s instanceof golc.syntax.Spec.ValueSpec) {
                golc.syntax.Spec.ValueSpec vs = (golc.syntax.Spec.ValueSpec) s;
                List<Var> lhs = new ArrayList<>();
                for (Expr.Ident id : vs.names) lhs.add(new Var(id.pos(), c.pkg, id.name, null));
                Type t = vs.type != null ? c.typexprs.varType(vs.type) : null;
                if (t != null) for (Var v : lhs) v.setType(t);
                if (!vs.values.isEmpty()) {
                    if (lhs.size() == 1 && vs.values.size() == 1) {
                        Operand x = new Operand();
                        c.exprs.expr(x, vs.values.get(0));
                        c.assign.initVar(lhs.get(0), x, "variable declaration");
                    } else {
                        c.assign.initVars(lhs, vs.values, null);
                    }
                } else if (t == null) {
                    for (Var v : lhs) v.setType(Basic.INVALID);
                }
                Assignments.arityVar(c, vs);
                for (Var v : lhs) if (v.type() == Basic.INVALID) v.used = true; // as gc: no follow-on unused errors
                for (int i = 0; i < lhs.size(); i++) c.declare(c.scope, vs.names.get(i), lhs.get(i));
            } else if (s instanceof golc.syntax.Spec.TypeSpec) {
                golc.syntax.Spec.TypeSpec ts = (golc.syntax.Spec.TypeSpec) s;
                TypeName obj = new TypeName(ts.name.pos(), c.pkg, ts.name.name, null);
                // Declared before its type is resolved so that it can refer to itself.
                c.declare(c.scope, ts.name, obj);
                Checker.DeclInfo di = new Checker.DeclInfo();
                di.tspec = ts;
                Scope saved = c.scope;
                di.fileScope = c.scope;
                typeDecl(obj, di);
                c.scope = saved;
            }
        }
    }
}
