package golc.types;

import golc.syntax.Expr;
import golc.syntax.Field;
import golc.syntax.FieldList;
import golc.syntax.Token;

import java.util.ArrayList;
import java.util.List;

/** Type expressions (typexpr.go, struct.go, interface.go, signature.go). */
final class TypeExprs {
    private final Checker c;

    TypeExprs(Checker c) { this.c = c; }

    /** The type denoted by e (reporting an error and returning INVALID if e is not a type). */
    Type typ(Expr e) {
        return definedType(e, null);
    }

    /** Like typ, but constraint interfaces are not allowed (variable, field, parameter types). */
    Type varType(Expr e) {
        Type t = typ(e);
        if (t.underlying() instanceof Interface && !(t instanceof TypeParam)) {
            Interface i = (Interface) t.underlying();
            c.later.add(() -> {
                if (!i.isMethodSet()) {
                    if (i.typeSet().comparable() && i.typeSet().terms() == null) {
                        c.error(e.pos(), "cannot use type " + c.str(t) + " outside a type constraint: interface is (or embeds) comparable");
                    } else {
                        c.error(e.pos(), "cannot use type " + c.str(t) + " outside a type constraint: interface contains type constraints");
                    }
                }
            });
        }
        return t;
    }

    Type definedType(Expr e, Named def) {
        Type t = typInternal(e, def);
        c.recordTypeAndValue(e, TypeAndValue.Mode.TYPEXPR, t, null);
        return t;
    }

    private Type typInternal(Expr e, Named def) {
        if (e instanceof Expr.Ident || e instanceof Expr.SelectorExpr) {
            Operand x = new Operand();
            if (e instanceof Expr.Ident) c.exprs.ident(x, (Expr.Ident) e, def, true);
            else c.exprs.selector(x, (Expr.SelectorExpr) e, def, true);
            switch (x.mode) {
                case TYPEXPR:
                    if (x.type instanceof Named && !((Named) x.type).typeParams().isEmpty() && !((Named) x.type).isInstance()) {
                        c.error(e.pos(), "cannot use generic type " + c.str(x.type) + " without instantiation");
                        return Basic.INVALID;
                    }
                    return x.type;
                case INVALID:
                    return Basic.INVALID;
                case NOVALUE:
                    c.error(e.pos(), Checker.str(e) + " used as type");
                    return Basic.INVALID;
                default:
                    c.error(e.pos(), Checker.str(e) + " is not a type");
                    return Basic.INVALID;
            }
        }
        if (e instanceof Expr.IndexExpr || e instanceof Expr.IndexListExpr) {
            return instantiatedType(e, def);
        }
        if (e instanceof Expr.ParenExpr) return definedType(((Expr.ParenExpr) e).x, def);
        if (e instanceof Expr.ArrayType) {
            Expr.ArrayType a = (Expr.ArrayType) e;
            if (a.len == null) return new Slice(varType(a.elt));
            if (a.len instanceof Expr.Ellipsis) {
                c.error(a.len.pos(), "invalid use of [...] array (outside a composite literal)");
                varType(a.elt);
                return Basic.INVALID;
            }
            long n = arrayLength(a.len);
            Type elem = varType(a.elt);
            return n < 0 ? Basic.INVALID : new Array(n, elem);
        }
        if (e instanceof Expr.Ellipsis) {
            c.error(e.pos(), "invalid use of ...");
            return Basic.INVALID;
        }
        if (e instanceof Expr.StructType) return structType((Expr.StructType) e);
        if (e instanceof Expr.StarExpr) return new Pointer(typ(((Expr.StarExpr) e).x));
        if (e instanceof Expr.FuncType) {
            Scope s = new Scope(c.scope, "func type", true);
            Scope saved = c.scope;
            c.scope = s;
            try {
                return funcType(null, (Expr.FuncType) e, null);
            } finally {
                c.scope = saved;
            }
        }
        if (e instanceof Expr.InterfaceType) return interfaceType((Expr.InterfaceType) e, def);
        if (e instanceof Expr.MapType) {
            Expr.MapType m = (Expr.MapType) e;
            Type k = varType(m.key);
            Type v = varType(m.value);
            c.later.add(() -> {
                if (k instanceof TypeParam) {
                    if (!Predicates.comparable(k)) c.error(m.key.pos(), "invalid map key type " + c.str(k) + " (missing comparable constraint)");
                } else if (k.underlying() != Basic.INVALID && !Predicates.comparable(k)) {
                    c.error(m.key.pos(), "invalid map key type " + c.str(k));
                }
            });
            return new MapType(k, v);
        }
        if (e instanceof Expr.ChanType) {
            Expr.ChanType ch = (Expr.ChanType) e;
            Chan.Dir d = ch.dir == golc.syntax.ChanDir.SEND ? Chan.Dir.SEND_ONLY
                    : ch.dir == golc.syntax.ChanDir.RECV ? Chan.Dir.RECV_ONLY : Chan.Dir.SEND_RECV;
            return new Chan(d, varType(ch.value));
        }
        if (e instanceof Expr.BadExpr) return Basic.INVALID;
        c.error(e.pos(), Checker.str(e) + " is not a type");
        return Basic.INVALID;
    }

    private Type instantiatedType(Expr e, Named def) {
        Expr x;
        List<Expr> args;
        if (e instanceof Expr.IndexExpr) {
            x = ((Expr.IndexExpr) e).x;
            args = List.of(((Expr.IndexExpr) e).index);
        } else {
            x = ((Expr.IndexListExpr) e).x;
            args = ((Expr.IndexListExpr) e).indices;
        }
        Operand o = new Operand();
        if (x instanceof Expr.Ident) c.exprs.ident(o, (Expr.Ident) x, def, true);
        else if (x instanceof Expr.SelectorExpr) c.exprs.selector(o, (Expr.SelectorExpr) x, def, true);
        else { c.error(x.pos(), Checker.str(x) + " is not a generic type"); return Basic.INVALID; }
        if (o.mode == Operand.Mode.INVALID) return Basic.INVALID;
        if (o.mode != Operand.Mode.TYPEXPR) {
            c.error(x.pos(), Checker.str(x) + " is not a type");
            return Basic.INVALID;
        }
        c.recordTypeAndValue(x, TypeAndValue.Mode.TYPEXPR, o.type, null);
        if (!(o.type instanceof Named) || ((Named) o.type).typeParams().isEmpty() || ((Named) o.type).isInstance()) {
            c.error(x.pos(), c.str(o.type) + " is not a generic type");
            return Basic.INVALID;
        }
        Named origin = (Named) o.type;
        List<Type> targs = new ArrayList<>();
        for (Expr a : args) targs.add(varType(a));
        if (targs.size() != origin.typeParams().size()) {
            String msg = targs.size() < origin.typeParams().size() ? "not enough" : "too many";
            c.error(x.pos(), msg + " type arguments for type " + origin.obj().name() + ": have " + targs.size()
                    + ", want " + origin.typeParams().size());
            return Basic.INVALID;
        }
        for (Type t : targs) if (t == Basic.INVALID) return Basic.INVALID;
        Named inst = Instantiate.named(origin, targs);
        Expr.Ident id = x instanceof Expr.Ident ? (Expr.Ident) x : ((Expr.SelectorExpr) x).sel;
        c.recordInstance(id, targs, inst);
        c.later.add(() -> verifyInstance(args, origin.typeParams(), targs, e));
        return inst;
    }

    /** Checks that type arguments satisfy their constraints. */
    boolean verifyInstance(List<Expr> args, List<TypeParam> tparams, List<Type> targs, Expr at) {
        var m = Subst.map(tparams, targs);
        for (int i = 0; i < tparams.size() && i < targs.size(); i++) {
            Type bound = Subst.subst(tparams.get(i).constraint(), m);
            String cause = c.calls.satisfies(targs.get(i), bound);
            if (cause != null) {
                c.error(i < args.size() ? args.get(i).pos() : at.pos(), cause);
                return false;
            }
        }
        return true;
    }

    /** The constant length of an array type (types2 arrayLength), or -1 after reporting an error. */
    long arrayLength(Expr e) {
        Operand x = new Operand();
        c.exprs.expr(x, e);
        if (x.mode != Operand.Mode.CONSTANT) {
            if (x.mode != Operand.Mode.INVALID) c.error(e.pos(), "array length " + c.str(x) + " must be constant");
            return -1;
        }
        if (Predicates.isUntyped(x.type) || Predicates.isInteger(x.type)) {
            Constant v = x.val.toInt();
            if (v.kind() == Constant.Kind.INT && v.fitsInt64()) {
                if (v.intValue().signum() >= 0) {
                    c.exprs.convertUntyped(x, Basic.INT);
                    return v.longValue();
                }
                c.error(e.pos(), "invalid array length " + c.str(x));
                return -1;
            }
        }
        c.error(e.pos(), "array length " + c.str(x) + " must be integer");
        return -1;
    }

    // ---- structs ----

    private Type structType(Expr.StructType e) {
        List<Var> fields = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Scope names = new Scope(null, "struct");
        if (e.fields != null) {
            for (Field f : e.fields.list) {
                Type t = varType(f.type);
                String tag = "";
                if (f.tag != null) {
                    try { tag = golc.syntax.Literals.stringValue(f.tag.value); } catch (RuntimeException ex) { tag = ""; }
                }
                if (f.names.isEmpty()) {
                    Expr te = f.type;
                    if (te instanceof Expr.StarExpr) te = ((Expr.StarExpr) te).x;
                    if (te instanceof Expr.IndexExpr) te = ((Expr.IndexExpr) te).x;
                    if (te instanceof Expr.IndexListExpr) te = ((Expr.IndexListExpr) te).x;
                    Expr.Ident nameId = te instanceof Expr.Ident ? (Expr.Ident) te
                            : te instanceof Expr.SelectorExpr ? ((Expr.SelectorExpr) te).sel : null;
                    String name = nameId != null ? nameId.name : "_";
                    Var fv = Var.field(f.type.pos(), c.pkg, name, t, true);
                    addField(names, fv, nameId, f.type);
                    fields.add(fv);
                    tags.add(tag);
                    checkEmbedded(f.type, t);
                } else {
                    for (Expr.Ident id : f.names) {
                        Var fv = Var.field(id.pos(), c.pkg, id.name, t, false);
                        c.recordDef(id, fv);
                        addField(names, fv, null, id);
                        fields.add(fv);
                        tags.add(tag);
                    }
                }
            }
        }
        return new Struct(fields, tags);
    }

    private void addField(Scope names, Var f, Expr.Ident implicitId, Expr at) {
        if (implicitId != null) c.recordImplicit(at, f);
        if (f.name().equals("_")) return;
        Obj alt = names.insert(f);
        if (alt != null) c.error(f.pos(), f.name() + " redeclared\n\t" + alt.pos() + ": other declaration of " + f.name());
    }

    private void checkEmbedded(Expr at, Type t) {
        c.later.add(() -> {
            Type u = t;
            boolean ptr = false;
            if (u instanceof Pointer) { u = ((Pointer) u).elem(); ptr = true; }
            if (u == Basic.INVALID) return;
            Type uu = u.underlying();
            if (u instanceof TypeParam) c.error(at.pos(), "embedded field type cannot be a (pointer to a) type parameter");
            else if (uu instanceof Pointer) c.error(at.pos(), "embedded field type cannot be a pointer");
            else if (ptr && uu instanceof Interface) c.error(at.pos(), "embedded field type cannot be a pointer to an interface");
        });
    }

    // ---- interfaces ----

    private Type interfaceType(Expr.InterfaceType e, Named def) {
        List<Func> methods = new ArrayList<>();
        List<Type> embeddeds = new ArrayList<>();
        Interface result;
        List<Object[]> pendingSigs = new ArrayList<>();
        if (e.methods != null) {
            for (Field f : e.methods.list) {
                if (!f.names.isEmpty() && f.type instanceof Expr.FuncType) {
                    Expr.Ident name = f.names.get(0);
                    Func m = new Func(name.pos(), c.pkg, name.name, null);
                    m.isInterfaceMethod = true;
                    c.recordDef(name, m);
                    if (name.name.equals("_")) {
                        c.error(name.pos(), "methods must have a unique non-blank name");
                        continue;
                    }
                    for (Func o : methods) {
                        if (o.name().equals(m.name())) c.error(name.pos(), "duplicate method " + m.name()
                                + "\n\t" + o.pos() + ": other declaration of " + m.name());
                    }
                    methods.add(m);
                    pendingSigs.add(new Object[] {m, f.type});
                } else {
                    embeddeds.add(embeddedElem(f.type));
                }
            }
        }
        result = new Interface(methods, embeddeds);
        // Method signatures may refer to the interface itself (through def), so they come after.
        Type recvType = def != null ? def : result;
        for (Object[] p : pendingSigs) {
            Func m = (Func) p[0];
            Scope s = new Scope(c.scope, "method " + m.name(), true);
            Scope saved = c.scope;
            c.scope = s;
            Signature sig = funcType(null, (Expr.FuncType) p[1], null);
            c.scope = saved;
            m.setType(new Signature(new Var(m.pos(), c.pkg, "", recvType), List.of(), sig.params(), sig.results(), sig.variadic()));
        }
        return result;
    }

    private Type embeddedElem(Expr e) {
        if (e instanceof Expr.BinaryExpr && ((Expr.BinaryExpr) e).op == Token.OR) {
            List<Term> terms = new ArrayList<>();
            collectUnion(e, terms);
            Union u = new Union(terms);
            c.recordTypeAndValue(e, TypeAndValue.Mode.TYPEXPR, u, null);
            return u;
        }
        if (e instanceof Expr.UnaryExpr && ((Expr.UnaryExpr) e).op == Token.TILDE) {
            Term t = term(e);
            Union u = new Union(List.of(t));
            c.recordTypeAndValue(e, TypeAndValue.Mode.TYPEXPR, u, null);
            return u;
        }
        return typ(e);
    }

    private void collectUnion(Expr e, List<Term> out) {
        if (e instanceof Expr.BinaryExpr && ((Expr.BinaryExpr) e).op == Token.OR) {
            collectUnion(((Expr.BinaryExpr) e).x, out);
            collectUnion(((Expr.BinaryExpr) e).y, out);
            return;
        }
        out.add(term(e));
    }

    private Term term(Expr e) {
        if (e instanceof Expr.UnaryExpr && ((Expr.UnaryExpr) e).op == Token.TILDE) {
            Expr x = ((Expr.UnaryExpr) e).x;
            Type t = typ(x);
            c.later.add(() -> {
                if (t != Basic.INVALID && !Predicates.identical(t, t.underlying())) {
                    c.error(e.pos(), "invalid use of ~ (underlying type of " + c.str(t) + " is " + c.str(t.underlying()) + ")");
                }
            });
            return new Term(true, t);
        }
        return new Term(false, typ(e));
    }

    /** The implicit interface of a constraint written as a type or union ([T ~int | string]). */
    private Type constraint(Expr e) {
        if ((e instanceof Expr.BinaryExpr && ((Expr.BinaryExpr) e).op == Token.OR)
                || (e instanceof Expr.UnaryExpr && ((Expr.UnaryExpr) e).op == Token.TILDE)) {
            Interface i = new Interface(List.of(), List.of(embeddedElem(e)));
            i.markImplicit();
            return i;
        }
        Type t = typ(e);
        if (t instanceof TypeParam) {
            c.error(e.pos(), "cannot use a type parameter as constraint");
            return Interface.EMPTY;
        }
        if (!(t.underlying() instanceof Interface) && t != Basic.INVALID) {
            Interface i = new Interface(List.of(), List.of(t));
            i.markImplicit();
            return i;
        }
        return t;
    }

    // ---- type parameters and signatures ----

    /** Declares the type parameters of fl in the current scope; constraints may refer to any of them. */
    List<TypeParam> collectTypeParams(FieldList fl) {
        List<TypeParam> list = new ArrayList<>();
        List<Expr> bounds = new ArrayList<>();
        for (Field f : fl.list) {
            for (Expr.Ident id : f.names) {
                TypeName tn = new TypeName(id.pos(), c.pkg, id.name, null);
                TypeParam tp = new TypeParam(tn, list.size(), null);
                c.declare(c.scope, id, tn);
                list.add(tp);
                bounds.add(f.type);
            }
        }
        Type prevBound = null;
        Expr prevExpr = null;
        for (int i = 0; i < list.size(); i++) {
            Expr be = bounds.get(i);
            Type b = be == prevExpr ? prevBound : constraint(be);
            list.get(i).setConstraint(b);
            prevBound = b;
            prevExpr = be;
        }
        return list;
    }

    /** The signature of a function type; declares receiver, parameters and results in the current scope. */
    Signature funcType(FieldList recvList, Expr.FuncType ft, Func method) {
        List<TypeParam> tparams = List.of();
        Var recv = null;
        if (recvList != null) recv = receiver(recvList);
        if (ft.typeParams != null && !ft.typeParams.list.isEmpty()) {
            if (recvList != null) c.error(ft.typeParams.pos(), "methods cannot have type parameters");
            tparams = collectTypeParams(ft.typeParams);
        }
        boolean[] variadic = {false};
        List<Var> params = collectParams(ft.params, true, variadic);
        List<Var> results = collectParams(ft.results, false, null);
        for (Var p : params) declareParam(p);
        for (Var r : results) declareParam(r);
        return new Signature(recv, tparams, new Tuple(params), new Tuple(results), variadic[0]);
    }

    private final java.util.Map<Var, Expr.Ident> paramIdents = new java.util.IdentityHashMap<>();

    private void declareParam(Var p) {
        Expr.Ident id = paramIdents.remove(p);
        if (id != null) c.declare(c.scope, id, p);
    }

    private Var receiver(FieldList fl) {
        if (fl.list.isEmpty()) {
            c.error(fl.pos(), "method has no receiver");
            return Var.param(fl.pos(), c.pkg, "", Basic.INVALID);
        }
        if (fl.numFields() > 1) c.error(fl.pos(), "method has multiple receivers");
        Field f = fl.list.get(0);
        Expr te = f.type;
        boolean ptr = false;
        while (te instanceof Expr.ParenExpr) te = ((Expr.ParenExpr) te).x;
        if (te instanceof Expr.StarExpr) { ptr = true; te = ((Expr.StarExpr) te).x; }
        while (te instanceof Expr.ParenExpr) te = ((Expr.ParenExpr) te).x;
        List<Expr> rtparams = null;
        Expr base = te;
        if (te instanceof Expr.IndexExpr) { base = ((Expr.IndexExpr) te).x; rtparams = List.of(((Expr.IndexExpr) te).index); }
        else if (te instanceof Expr.IndexListExpr) { base = ((Expr.IndexListExpr) te).x; rtparams = ((Expr.IndexListExpr) te).indices; }
        Type rt;
        if (rtparams != null && base instanceof Expr.Ident) {
            Obj o = c.scope.lookupParent(((Expr.Ident) base).name);
            if (o instanceof TypeName && o.type() instanceof Named && !((Named) o.type()).typeParams().isEmpty()) {
                Named origin = (Named) o.type();
                c.recordUse((Expr.Ident) base, o);
                List<TypeParam> rtps = new ArrayList<>();
                for (Expr a : rtparams) {
                    String n = a instanceof Expr.Ident ? ((Expr.Ident) a).name : "_";
                    if (!(a instanceof Expr.Ident)) c.error(a.pos(), "receiver type parameter " + Checker.str(a) + " must be an identifier");
                    TypeName tn = new TypeName(a.pos(), c.pkg, n, null);
                    TypeParam tp = new TypeParam(tn, rtps.size(), null);
                    if (a instanceof Expr.Ident) c.declare(c.scope, (Expr.Ident) a, tn);
                    rtps.add(tp);
                }
                if (rtps.size() != origin.typeParams().size()) {
                    c.error(te.pos(), "got " + rtps.size() + " type parameters, but receiver base type declares " + origin.typeParams().size());
                    rt = Basic.INVALID;
                } else {
                    List<Type> targs = new ArrayList<>(rtps);
                    var m = Subst.map(origin.typeParams(), targs);
                    for (int i = 0; i < rtps.size(); i++) rtps.get(i).setConstraint(Subst.subst(origin.typeParams().get(i).constraint(), m));
                    rt = Instantiate.named(origin, targs);
                    c.recordTypeAndValue(te, TypeAndValue.Mode.TYPEXPR, rt, null);
                }
            } else {
                rt = typ(te);
            }
        } else {
            rt = typ(te);
        }
        if (rt != Basic.INVALID) {
            if (!(rt instanceof Named) || ((Named) rt).obj().pkg() != c.pkg) {
                if (rt instanceof Named && ((Named) rt).obj().pkg() == null) {
                    c.error(te.pos(), "cannot define new methods on non-local type " + c.str(rt));
                } else if (rt instanceof Named) {
                    c.error(te.pos(), "cannot define new methods on non-local type " + c.str(rt));
                } else {
                    c.error(te.pos(), "invalid receiver type " + c.str(rt));
                }
                rt = Basic.INVALID;
            }
        }
        Type full = ptr && rt != Basic.INVALID ? new Pointer(rt) : rt;
        c.recordTypeAndValue(f.type, TypeAndValue.Mode.TYPEXPR, full, null);
        String name = f.names.isEmpty() ? "" : f.names.get(0).name;
        Var v = Var.param(f.names.isEmpty() ? f.type.pos() : f.names.get(0).pos(), c.pkg, name, full);
        if (!f.names.isEmpty()) c.declare(c.scope, f.names.get(0), v);
        else c.recordImplicit(f, v);
        return v;
    }

    /** Parameters or results; names are declared by the caller in order via declareParam. */
    private List<Var> collectParams(FieldList fl, boolean variadicOk, boolean[] variadic) {
        List<Var> out = new ArrayList<>();
        if (fl == null) return out;
        for (int i = 0; i < fl.list.size(); i++) {
            Field f = fl.list.get(i);
            Expr te = f.type;
            Type t;
            if (te instanceof Expr.Ellipsis) {
                Expr.Ellipsis el = (Expr.Ellipsis) te;
                t = varType(el.elt);
                if (variadicOk && i == fl.list.size() - 1 && f.names.size() <= 1) {
                    variadic[0] = true;
                    t = new Slice(t);
                } else {
                    c.error(te.pos(), "can only use ... with final parameter in list");
                }
                c.recordTypeAndValue(te, TypeAndValue.Mode.TYPEXPR, t, null);
            } else {
                t = varType(te);
            }
            if (f.names.isEmpty()) {
                Var v = Var.param(te.pos(), c.pkg, "", t);
                c.recordImplicit(f, v);
                out.add(v);
            } else {
                for (Expr.Ident id : f.names) {
                    Var v = Var.param(id.pos(), c.pkg, id.name, t);
                    paramIdents.put(v, id);
                    out.add(v);
                }
            }
        }
        return out;
    }
}
