package golc.reach;

import golc.ir.Callee;
import golc.ir.Expr;
import golc.ir.FuncSym;
import golc.ir.Global;
import golc.ir.IrFunc;
import golc.ir.IrPackage;
import golc.ir.Local;
import golc.ir.MethodSig;
import golc.ir.Program;
import golc.ir.Stmt;
import golc.ir.TypeDecl;
import golc.types.Array;
import golc.types.Chan;
import golc.types.Func;
import golc.types.Interface;
import golc.types.MapType;
import golc.types.Named;
import golc.types.Pointer;
import golc.types.Signature;
import golc.types.Slice;
import golc.types.Struct;
import golc.types.Tuple;
import golc.types.Type;
import golc.types.Var;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whole-program reachability on the core IR: which function bodies and defined types a run of the program
 * can use, so that codegen emits only those (Go's linker does the same dead-code elimination). Without it every
 * function of every imported standard package becomes bytecode: hello world pulls in {@code os}, {@code io/fs},
 * {@code time} and {@code sync} through imports and would carry all of them.
 *
 * <p>Roots: every package initialiser (variable initialisers and {@code init} functions) and
 * {@code main.main}. From a reached function, everything its body names is reached: static callees, function
 * values ({@code FuncRef}), closures, and every type any of its locals, expressions, type assertions and
 * signatures mention. A defined type {@code T} so mentioned is <em>live</em>: its values may exist and flow
 * into interfaces. A method of a live type is reached when reached code calls it directly (a static call of
 * {@code T·M}, method values and promoted-method wrappers included), or when some interface type that reached
 * code mentions has a method of that name (Go's linker keeps methods by the same rule, matching the signature
 * too): only then can an interface call, a type assertion or a type switch get to it. The runtime's Java code
 * calls {@code Error}, {@code String} and {@code GoString} through {@code golc.rt.m.*} (the panic printer,
 * fmt's natives), so those names count as called through an interface in every program. Conversely a value of
 * a type no reached code mentions cannot exist, so no interface call can reach its methods. The runtime calls
 * into generated code otherwise only through {@code golc.rt.Func.invoke} on func values reached code made and
 * the entry points above, so no other roots are needed. The rule over-approximates (any mention counts, all
 * instances of a generic type count, methods match interfaces by name alone), which only keeps more code.
 *
 * <p>The same analysis tells the goroutine transform which methods an interface call can reach
 * ({@link #liveMethods}).
 */
public final class Reach {
    private final Map<String, IrFunc> funcs = new HashMap<>();
    private final Map<Named, List<TypeDecl.Method>> methodsOf = new IdentityHashMap<>();
    private final Set<String> reached = new HashSet<>();
    private final Deque<IrFunc> work = new ArrayDeque<>();
    private final Set<Type> typesSeen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Named> namedSeen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> live = new HashSet<>();
    /** Method names of the interface types reached code mentions (and the runtime's). */
    private final Set<String> ifaceNames = new HashSet<>(RUNTIME_IFACE_METHODS);
    /** Methods of live types whose name no reached interface has (yet), by name. */
    private final Map<String, List<FuncSym>> waiting = new HashMap<>();

    /** Methods the runtime's Java code calls through the method interfaces {@code golc.rt.m.*}. */
    private static final Set<String> RUNTIME_IFACE_METHODS = Set.of("Error", "String", "GoString");

    private Reach() {
    }

    /**
     * The program restricted to what its roots reach: unreached functions (and natives) are dropped, and so
     * are the declarations of defined types no reached code mentions and the unreached methods of the others
     * (their classes then implement fewer method interfaces, none that reached code uses). Globals, initialisers and interface
     * method signatures stay as they are.
     */
    public static Program prune(Program program) {
        Reach r = new Reach();
        r.run(program);
        List<IrPackage> out = new ArrayList<>(program.packages().size());
        for (IrPackage p : program.packages()) {
            List<IrFunc> fs = new ArrayList<>();
            for (IrFunc f : p.funcs()) {
                if (r.reached.contains(key(f.pkgPath(), f.symbol()))) {
                    fs.add(f);
                }
            }
            List<TypeDecl> ts = new ArrayList<>();
            for (TypeDecl t : p.types()) {
                if (r.namedSeen.contains(t.type().origin())) {
                    List<TypeDecl.Method> ms = new ArrayList<>();
                    for (TypeDecl.Method m : t.methods()) {
                        if (r.reached.contains(key(m.impl()))) {
                            ms.add(m);
                        }
                    }
                    ts.add(ms.size() == t.methods().size() ? t : new TypeDecl(t.type(), t.jvmName(), ms));
                }
            }
            out.add(new IrPackage(p.path(), p.name(), p.globals(), p.init(), fs, ts, p.ifaceMethods()));
        }
        return new Program(out);
    }

    /**
     * The live method implementations of {@code program}: those of the defined types whose values reached
     * code can hold, as keys {@link #key(FuncSym)}. An interface call can dispatch to these only.
     */
    public static Set<String> liveMethods(Program program) {
        Reach r = new Reach();
        r.run(program);
        return r.live;
    }

    /** The key identifying a function body across the program. */
    public static String key(FuncSym f) {
        return key(f.pkgPath(), f.symbol());
    }

    /** The key of the function body {@code symbol} of package {@code pkg}. */
    public static String key(String pkg, String symbol) {
        return pkg + "\u0000" + symbol;
    }

    private void run(Program program) {
        for (IrPackage p : program.packages()) {
            for (IrFunc f : p.funcs()) {
                funcs.put(key(f.pkgPath(), f.symbol()), f);
            }
            for (TypeDecl t : p.types()) {
                methodsOf.computeIfAbsent(t.type().origin(), k -> new ArrayList<>()).addAll(t.methods());
            }
        }
        for (IrPackage p : program.packages()) {
            if (p.init() != null) {
                enqueue(p.init());
            }
            if (p.path().equals("main") && p.func("main") != null) {
                enqueue(p.func("main"));
            }
            for (Global g : p.globals()) {
                type(g.type());
            }
            for (MethodSig m : p.ifaceMethods()) {
                type(m.sig());
            }
        }
        while (!work.isEmpty()) {
            IrFunc f = work.pop();
            type(f.sig());
            for (Local l : f.captures()) {
                type(l.type());
            }
            if (f.receiver() != null) {
                type(f.receiver().type());
            }
            for (List<Local> ls : List.of(f.params(), f.results(), f.locals())) {
                for (Local l : ls) {
                    type(l.type());
                }
            }
            if (f.body() != null) {
                stmt(f.body());
            }
        }
    }

    private void enqueue(IrFunc f) {
        if (reached.add(key(f.pkgPath(), f.symbol()))) {
            work.push(f);
        }
    }

    private void enqueue(FuncSym s) {
        IrFunc f = funcs.get(key(s));
        if (f != null) {
            enqueue(f);
        }
    }

    /** A method of a live type that an interface call can reach. */
    private void dispatchable(FuncSym m) {
        live.add(key(m));
        enqueue(m);
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.Call c) {
            if (c.callee() instanceof Callee.Static st) {
                enqueue(st.fn());
                type(st.fn().sig());
            } else if (c.callee() instanceof Callee.Dynamic d) {
                type(d.sig());
            } else if (c.callee() instanceof Callee.Iface i) {
                type(i.method().sig());
            }
            for (Local l : c.results()) {
                type(l.type());
            }
        }
        Stmt.forEachPart(s, this::stmt, this::expr);
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        type(e.type());
        if (e instanceof Expr.FuncRef f) {
            enqueue(f.fn());
        } else if (e instanceof Expr.MakeClosure c) {
            enqueue(c.fn());
        } else if (e instanceof Expr.TypeIs t) {
            type(t.target());
        }
        Expr.forEachOperand(e, this::expr);
    }

    /** Marks the defined types that {@code t} mentions; their methods become live and reachable. */
    private void type(Type t) {
        if (t == null || !typesSeen.add(t)) {
            return;
        }
        if (t instanceof Named n) {
            if (namedSeen.add(n.origin())) {
                for (TypeDecl.Method m : methodsOf.getOrDefault(n.origin(), List.of())) {
                    if (ifaceNames.contains(m.name())) {
                        dispatchable(m.impl());
                    } else {
                        waiting.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m.impl());
                    }
                }
            }
            for (Type a : n.typeArgs()) {
                type(a);
            }
            type(n.underlying());
        } else if (t instanceof Pointer p) {
            type(p.elem());
        } else if (t instanceof Slice s) {
            type(s.elem());
        } else if (t instanceof Array a) {
            type(a.elem());
        } else if (t instanceof MapType m) {
            type(m.key());
            type(m.elem());
        } else if (t instanceof Chan c) {
            type(c.elem());
        } else if (t instanceof Struct s) {
            for (Var v : s.fields()) {
                type(v.type());
            }
        } else if (t instanceof Signature sig) {
            if (sig.recv() != null) {
                type(sig.recv().type());
            }
            type(sig.params());
            type(sig.results());
        } else if (t instanceof Tuple tu) {
            for (Var v : tu.vars()) {
                type(v.type());
            }
        } else if (t instanceof Interface i) {
            // Method interfaces (go/$m/...) name the classes in their signatures.
            for (Func m : i.allMethods()) {
                if (ifaceNames.add(m.name())) {
                    for (FuncSym impl : waiting.getOrDefault(m.name(), List.of())) {
                        dispatchable(impl);
                    }
                    waiting.remove(m.name());
                }
                type(m.type());
            }
        }
    }
}
