package golc.lower;

import golc.ir.BuiltinOp;
import golc.ir.Callee;
import golc.ir.Expr;
import golc.ir.FuncSym;
import golc.ir.Global;
import golc.ir.IrFunc;
import golc.ir.IrPackage;
import golc.ir.Local;
import golc.ir.MethodSig;
import golc.ir.Stmt;
import golc.ir.TypeDecl;
import golc.syntax.Decl;
import golc.syntax.Field;
import golc.syntax.FieldList;
import golc.syntax.File;
import golc.syntax.Node;
import golc.syntax.Pos;
import golc.syntax.Spec;
import golc.syntax.Token;
import golc.types.Func;
import golc.types.Initializer;
import golc.types.Interface;
import golc.types.Named;
import golc.types.Obj;
import golc.types.Package;
import golc.types.Pointer;
import golc.types.Signature;
import golc.types.Tuple;
import golc.types.Type;
import golc.types.TypeName;
import golc.types.TypeString;
import golc.types.Var;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lowers one package: its functions, the package initialiser, its types and the wrappers they need. */
final class PkgLowering {
    final Lowerer lowerer;
    final Package pkg;
    final TypeInfo info;
    final String path;
    private final List<IrFunc> funcs = new ArrayList<>();
    private final Map<String, IrFunc> wrappers = new HashMap<>();
    private final Map<String, MethodSig> ifaceMethods = new LinkedHashMap<>();
    private final List<String> initSymbols = new ArrayList<>();
    /** Class names of the defined types of this package; local types sharing a name get suffixes. */
    private final Map<Named, String> typeNames = new java.util.IdentityHashMap<>();
    private final List<Named> declaredTypes = new ArrayList<>();
    private int builtinWrappers;

    PkgLowering(Lowerer lowerer, Package pkg) {
        this.lowerer = lowerer;
        this.pkg = pkg;
        this.info = new TypeInfo(pkg);
        this.path = pkg.path();
    }

    Unsupported unsupported(Pos pos, String what) {
        Unsupported u = new Unsupported(pos, what);
        lowerer.diags.error(pos, u.getMessage());
        return u;
    }

    IrPackage lower() {
        nameTypes();
        List<Global> globals = new ArrayList<>();
        List<Decl.FuncDecl> decls = new ArrayList<>();
        for (File f : pkg.files()) {
            for (Decl d : f.decls) {
                if (d instanceof Decl.FuncDecl fd) decls.add(fd);
                if (d instanceof Decl.GenDecl g && g.tok == Token.VAR) {
                    for (Spec s : g.specs) {
                        for (golc.syntax.Expr.Ident id : ((Spec.ValueSpec) s).names) {
                            if (info.defOf(id) instanceof Var v && lowerer.global(v) != null) globals.add(lowerer.global(v));
                        }
                    }
                }
            }
        }
        for (Decl.FuncDecl fd : decls) {
            try {
                funcs.add(funcDecl(fd));
            } catch (Unsupported u) {
                // reported; the other functions are still lowered
            }
        }
        IrFunc init = packageInit();
        List<TypeDecl> types = typeDecls();
        collectInterfaceMethods();
        return new IrPackage(path, pkg.name(), globals, init, funcs, types, new ArrayList<>(ifaceMethods.values()));
    }

    // ---- functions

    private IrFunc funcDecl(Decl.FuncDecl fd) {
        Func f = (Func) info.defOf(fd.name);
        if (fd.typeParams() != null) throw unsupported(fd.pos(), "generic function");
        if (fd.recv != null) {
            Type rt = f.signature().recv().type();
            if (rt instanceof Pointer p) rt = p.elem();
            if (rt instanceof Named n && !n.typeParams().isEmpty()) throw unsupported(fd.pos(), "method of generic type");
        }
        boolean isInit = fd.recv == null && f.name().equals("init");
        String sym = isInit ? "init·" + initSymbols.size() : Names.symbol(f);
        if (isInit) initSymbols.add(sym);
        IrFunc fn = new IrFunc(path, sym, f.signature(), fd.pos());
        FnBuilder fb = new FnBuilder(fn, sym, false, fd.body == null ? Boxing.none() : Boxing.analyse(List.of(fd), info));
        declareParams(fb, f.signature(), fd.recv, fd.type);
        if (fd.body == null) {
            fn.setNative(true);
            return fn;
        }
        body(fb, fd.body);
        return fn;
    }

    /** Creates the receiver, parameter and result locals, bound to the Go variables the checker declared. */
    private void declareParams(FnBuilder fb, Signature sig, FieldList recv, golc.syntax.Expr.FuncType ft) {
        if (sig.recv() != null) {
            Var rv = paramVar(recv, 0, sig.recv());
            Local l = fb.newLocal(localName(rv, "~recv"), sig.recv().type(), Local.Kind.RECEIVER);
            if (isNamed(rv)) fb.bind(rv, l);
            fb.fn.setReceiver(l);
        }
        List<Var> ps = sig.params().vars();
        for (int i = 0; i < ps.size(); i++) {
            Var pv = paramVar(ft.params, i, ps.get(i));
            Local l = fb.newLocal(localName(pv, "~p" + i), ps.get(i).type(), Local.Kind.PARAM);
            if (isNamed(pv)) fb.bind(pv, l);
            fb.fn.params().add(l);
        }
        List<Var> rs = sig.results().vars();
        for (int i = 0; i < rs.size(); i++) {
            Var rv = paramVar(ft.results, i, rs.get(i));
            Local l = fb.newLocal(localName(rv, "~r" + i), rs.get(i).type(), Local.Kind.RESULT);
            if (isNamed(rv)) fb.bind(rv, l);
            fb.fn.results().add(l);
        }
    }

    /** The i-th variable declared by field list fl (as the checker defined it), or fallback. */
    private Var paramVar(FieldList fl, int i, Var fallback) {
        if (fl == null) return fallback;
        int k = 0;
        for (Field f : fl.list) {
            if (f.names.isEmpty()) {
                if (k++ == i) return fallback;
                continue;
            }
            for (golc.syntax.Expr.Ident id : f.names) {
                if (k++ == i) return info.defOf(id) instanceof Var v ? v : fallback;
            }
        }
        return fallback;
    }

    private static boolean isNamed(Var v) {
        return v != null && !v.name().isEmpty() && !v.name().equals("_");
    }

    private static String localName(Var v, String dflt) {
        return isNamed(v) ? v.name() : dflt;
    }

    /** Lowers a function body into fb.fn, adding the final return a body may fall off. */
    private void body(FnBuilder fb, golc.syntax.Stmt.BlockStmt body) {
        fb.fn.setHasDefer(containsDefer(body));
        AstWalk.walk(body, n -> {
            if (n instanceof golc.syntax.Stmt.BranchStmt b && b.tok == Token.GOTO) fb.gotoTargets.add(b.label.name);
            return !(n instanceof golc.syntax.Expr.FuncLit);
        });
        StmtLowerer sl = new StmtLowerer(this, fb);
        Stmt.Block b = fb.block(body.pos(), () -> {
            sl.stmts(body.list);
            if (body.list.isEmpty() || !(body.list.get(body.list.size() - 1) instanceof golc.syntax.Stmt.ReturnStmt)) {
                fb.emit(new Stmt.Return(List.of(), body.rbrace));
            }
        });
        fb.fn.setBody(b);
    }

    private static boolean containsDefer(Node body) {
        boolean[] found = {false};
        AstWalk.walk(body, n -> {
            if (n instanceof golc.syntax.Stmt.DeferStmt) found[0] = true;
            return !(n instanceof golc.syntax.Expr.FuncLit) && !found[0];
        });
        return found[0];
    }

    /** A function literal: lifted to a top-level function; the value binds the captured variables. */
    Expr closure(golc.syntax.Expr.FuncLit lit, FnBuilder outer) {
        Signature sig = (Signature) info.typeOf(lit);
        String sym = outer.nextClosureSymbol();
        IrFunc fn = new IrFunc(path, sym, sig, lit.pos());
        fn.setOuter(outer.fn.symbol());
        FnBuilder fb = new FnBuilder(fn, sym, true, outer.boxing);
        List<Local> captured = new ArrayList<>();
        for (Var v : freeVars(lit)) {
            Local l = fb.newLocal(v.name(), v.type(), Local.Kind.CAPTURE);
            fb.bind(v, l);
            fn.captures().add(l);
            Local o = outer.lookup(v);
            captured.add(o != null ? o : outer.local(v));
        }
        declareParams(fb, sig, null, lit.type);
        body(fb, lit.body);
        funcs.add(fn);
        return new Expr.MakeClosure(fn.sym(), captured, sig);
    }

    /** Local variables of enclosing functions that lit refers to, in order of first reference. */
    private List<Var> freeVars(golc.syntax.Expr.FuncLit lit) {
        java.util.Set<Var> defined = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<Var> free = new java.util.LinkedHashSet<>();
        AstWalk.walk(lit, n -> {
            if (n instanceof golc.syntax.Expr.Ident id) {
                if (info.defOf(id) instanceof Var v) defined.add(v);
            }
            return true;
        });
        AstWalk.walk(lit, n -> {
            if (n instanceof golc.syntax.Expr.Ident id && info.defOf(id) == null && info.objOf(id) instanceof Var v
                    && !v.isField() && !lowerer.isGlobal(v) && !defined.contains(v)) {
                free.add(v);
            }
            return true;
        });
        // implicit type-switch variables are defined by clauses, not identifiers
        free.removeIf(v -> v.pos() != null && lit.pos().compareTo(v.pos()) <= 0 && v.pos().compareTo(lit.body.rbrace) <= 0);
        return new ArrayList<>(free);
    }

    // ---- symbols

    FuncSym funcSym(Func f) {
        String p = f.pkg() == null ? path : f.pkg().path();
        return new FuncSym(p, Names.symbol(f), f.signature(), lowerer.isNative(f));
    }

    /** The interface view of method m: name and signature without receiver. */
    static MethodSig methodSig(Func m) {
        Signature s = m.signature();
        Signature plain = new Signature(null, List.of(), s.params(), s.results(), s.variadic());
        return new MethodSig(m.name(), plain, m.id() + " " + TypeString.reflect(plain));
    }

    /** {@link #methodSig} of an interface method, recorded in the package's list of interface methods. */
    MethodSig ifaceMethod(Func m) {
        MethodSig ms = methodSig(m);
        return ifaceMethods.computeIfAbsent(ms.key(), k -> ms);
    }

    // ---- wrappers

    /** The lifted function behind method value x.M: captures the receiver (type recvType), forwards the call. */
    IrFunc boundMethod(Func m, Type recvType) {
        String sym = (Conv.isInterface(recvType) ? typeSym(recvType) + "·" + m.name() : qualified(m)) + "-fm";
        return wrappers.computeIfAbsent(sym, s -> {
            Signature ms = m.signature();
            Signature sig = new Signature(null, List.of(), ms.params(), ms.results(), ms.variadic());
            IrFunc fn = new IrFunc(path, s, sig, m.pos());
            FnBuilder fb = new FnBuilder(fn, s, true, Boxing.none());
            Local r = fb.newLocal("recv", recvType, Local.Kind.CAPTURE);
            fn.captures().add(r);
            forward(fb, m, new Expr.LocalRef(r), List.of(), m.pos());
            funcs.add(fn);
            return fn;
        });
    }

    /** Method expression or promoted method: a function taking the receiver (recvType) first. */
    IrFunc methodWrapper(Func m, Type recvType, List<Integer> path, Signature sig) {
        String sym = recvType.underlying() instanceof Pointer p && !(recvType instanceof Named)
                ? "(*" + typeSym(p.elem()) + ")·" + m.name() : typeSym(recvType) + "·" + m.name();
        return wrappers.computeIfAbsent(sym, s -> {
            IrFunc fn = new IrFunc(this.path, s, sig, m.pos());
            FnBuilder fb = new FnBuilder(fn, s, true, Boxing.none());
            Local r = fb.newLocal("recv", recvType, Local.Kind.RECEIVER);
            fn.setReceiver(r);
            forward(fb, m, new Expr.LocalRef(r), path.subList(0, path.size() - 1), m.pos());
            funcs.add(fn);
            return fn;
        });
    }

    /** A type in a symbol: its name if declared in this package, else Go's spelling with · for '.'. */
    String typeSym(Type t) {
        if (t instanceof Named n && typeNames.containsKey(n)) return typeNames.get(n);
        if (t instanceof Named n && n.obj().pkg() == pkg) return n.obj().name();
        return Names.typePart(t);
    }

    private String qualified(Func m) {
        String s = Names.symbol(m);
        if (m.pkg() != null && m.pkg() != pkg) {
            s = s.startsWith("(*") ? "(*" + m.pkg().name() + "·" + s.substring(2) : m.pkg().name() + "·" + s;
        }
        return s;
    }

    /** Body of a wrapper: declares m's parameters, reaches the receiver via fieldPath, calls m, returns its results. */
    private void forward(FnBuilder fb, Func m, Expr recvBase, List<Integer> fieldPath, Pos pos) {
        Signature ms = m.signature();
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < ms.params().size(); i++) {
            Local p = fb.newLocal("p" + i, ms.params().type(i), Local.Kind.PARAM);
            fb.fn.params().add(p);
            args.add(new Expr.LocalRef(p));
        }
        List<Local> results = new ArrayList<>();
        for (int i = 0; i < ms.results().size(); i++) {
            Local r = fb.newLocal("~r" + i, ms.results().type(i), Local.Kind.RESULT);
            fb.fn.results().add(r);
            results.add(r);
        }
        Stmt.Block body = fb.block(pos, () -> {
            Expr base = recvBase;
            for (int idx : fieldPath) base = ExprLowerer.field(base, idx);
            Expr recv = CallLowerer.adaptReceiver(base, m);
            Callee callee;
            List<Expr> all = new ArrayList<>();
            if (Conv.isInterface(recv.type())) {
                callee = new Callee.Iface(recv, ifaceMethod(m));
            } else {
                callee = new Callee.Static(funcSym(m));
                all.add(recv);
            }
            all.addAll(args);
            fb.emit(new Stmt.Call(results, callee, all, pos));
            fb.emit(new Stmt.Return(List.of(), pos));
        });
        fb.fn.setBody(body);
    }

    /** For defer/go of a builtin: a function whose parameters are the evaluated arguments. */
    IrFunc builtinWrapper(BuiltinOp op, List<Expr> args, String outerSymbol, Pos pos) {
        String sym = outerSymbol + "·" + op.name().toLowerCase() + "·" + builtinWrappers++;
        List<Var> params = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) params.add(Var.param(pos, pkg, "a" + i, args.get(i).type()));
        Signature sig = new Signature(null, List.of(), new Tuple(params), Tuple.EMPTY, false);
        IrFunc fn = new IrFunc(path, sym, sig, pos);
        fn.setOuter(outerSymbol);
        FnBuilder fb = new FnBuilder(fn, sym, true, Boxing.none());
        List<Expr> refs = new ArrayList<>();
        for (Var p : params) {
            Local l = fb.newLocal(p.name(), p.type(), Local.Kind.PARAM);
            fn.params().add(l);
            refs.add(new Expr.LocalRef(l));
        }
        fn.setBody(fb.block(pos, () -> {
            fb.emit(new Stmt.Call(List.of(), new Callee.Builtin(op), refs, pos));
            fb.emit(new Stmt.Return(List.of(), pos));
        }));
        funcs.add(fn);
        return fn;
    }

    // ---- package initialiser

    private IrFunc packageInit() {
        Pos pos = pkg.files().isEmpty() ? new Pos(path, 1, 1) : pkg.files().get(0).pos();
        IrFunc fn = new IrFunc(path, "init", new Signature(null, List.of(), Tuple.EMPTY, Tuple.EMPTY, false), pos);
        List<Node> rhs = new ArrayList<>();
        for (Initializer in : pkg.initOrder()) rhs.add(in.rhs());
        FnBuilder fb = new FnBuilder(fn, "init", false, Boxing.analyse(rhs, info));
        StmtLowerer sl = new StmtLowerer(this, fb);
        fn.setBody(fb.block(pos, () -> {
            for (Initializer in : pkg.initOrder()) {
                try {
                    sl.initializer(in);
                } catch (Unsupported u) {
                    // reported
                }
            }
            for (String s : initSymbols) {
                FuncSym f = new FuncSym(path, s, new Signature(null, List.of(), Tuple.EMPTY, Tuple.EMPTY, false), false);
                fb.emit(new Stmt.Call(List.of(), new Callee.Static(f), List.of(), pos));
            }
            fb.emit(new Stmt.Return(List.of(), pos));
        }));
        return fn;
    }

    // ---- types

    private void nameTypes() {
        Map<String, Integer> seen = new HashMap<>();
        for (File f : pkg.files()) {
            AstWalk.walk(f, n -> {
                if (n instanceof Spec.TypeSpec ts && !ts.isAlias() && ts.typeParams == null
                        && info.defOf(ts.name) instanceof TypeName tn && tn.type() instanceof Named named) {
                    int k = seen.merge(tn.name(), 1, Integer::sum);
                    typeNames.put(named, k == 1 ? tn.name() : tn.name() + "·" + (k - 1));
                    declaredTypes.add(named);
                }
                return true;
            });
        }
    }

    private List<TypeDecl> typeDecls() {
        List<TypeDecl> out = new ArrayList<>();
        for (Named named : declaredTypes) {
            try {
                out.add(new TypeDecl(named, typeNames.get(named), MethodSets.methods(this, named)));
            } catch (Unsupported u) {
                // reported
            }
        }
        return out;
    }

    /** Registers the methods of every interface type the package mentions. */
    private void collectInterfaceMethods() {
        java.util.Set<Type> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (golc.types.TypeAndValue tv : pkg.info().types.values()) visitType(tv.type(), seen);
        for (Obj o : pkg.info().defs.values()) if (o != null) visitType(o.type(), seen);
    }

    private void visitType(Type t, java.util.Set<Type> seen) {
        if (t == null || !seen.add(t)) return;
        if (t instanceof Named n) {
            if (!n.typeParams().isEmpty()) return;
            visitType(n.underlying(), seen);
        } else if (t instanceof Interface i) {
            if (!i.isMethodSet()) return;
            for (Func m : i.allMethods()) {
                ifaceMethod(m);
                visitType(m.type(), seen);
            }
        } else if (t instanceof Pointer p) {
            visitType(p.elem(), seen);
        } else if (t instanceof golc.types.Slice s) {
            visitType(s.elem(), seen);
        } else if (t instanceof golc.types.Array a) {
            visitType(a.elem(), seen);
        } else if (t instanceof golc.types.MapType m) {
            visitType(m.key(), seen);
            visitType(m.elem(), seen);
        } else if (t instanceof golc.types.Chan c) {
            visitType(c.elem(), seen);
        } else if (t instanceof golc.types.Struct s) {
            for (Var f : s.fields()) visitType(f.type(), seen);
        } else if (t instanceof Signature s) {
            visitType(s.params(), seen);
            visitType(s.results(), seen);
        } else if (t instanceof Tuple tu) {
            for (Var v : tu.vars()) visitType(v.type(), seen);
        }
    }
}
