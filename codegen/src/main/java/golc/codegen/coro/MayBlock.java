package golc.codegen.coro;

import golc.ir.Callee;
import golc.ir.Expr;
import golc.ir.FuncSym;
import golc.ir.IrFunc;
import golc.ir.IrPackage;
import golc.ir.MethodSig;
import golc.ir.Program;
import golc.ir.Stmt;
import golc.ir.TypeDecl;
import golc.types.Signature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The may-block analysis of the goroutine transform: which functions can park their goroutine, as a fixed point
 * over the whole program's call graph (every package, the standard library included).
 *
 * <p>A function may block if it sends or receives on a channel, runs a {@code select} without default (the
 * lowering expresses both as {@link Stmt.Send}/{@link Stmt.Recv} or calls of a blocking native), calls a
 * {@code //golc:blocking} native, or calls a function that may block. A call through an interface method may
 * block when any live method ({@link LiveMethods}: of a type whose values reachable code holds) implementing
 * that method (name and signature) may; a call through a
 * func value may block when any function whose value is taken somewhere ({@link Expr.FuncRef},
 * {@link Expr.MakeClosure}) with the same JVM call shape may. Everything else keeps its plain shape.
 */
public final class MayBlock {
    private final Set<String> funcs;
    private final Set<String> ifaceMethods;
    private final Set<String> dynamicShapes;
    private final boolean hasGo;

    private MayBlock(Set<String> funcs, Set<String> ifaceMethods, Set<String> dynamicShapes, boolean hasGo) {
        this.hasGo = hasGo;
        this.funcs = funcs;
        this.ifaceMethods = ifaceMethods;
        this.dynamicShapes = dynamicShapes;
    }

    /** Whether function {@code fn} may block (natives: whether they are {@code //golc:blocking}). */
    public boolean func(FuncSym fn) {
        return funcs.contains(key(fn));
    }

    public boolean func(IrFunc fn) {
        return funcs.contains(key(fn.pkgPath(), fn.symbol()));
    }

    /** Whether interface method {@code m} has an implementation that may block. */
    public boolean ifaceMethod(MethodSig m) {
        return ifaceMethods.contains(m.key());
    }

    /** Whether a call through a func value of call shape {@code shape} may reach a function that may block. */
    public boolean dynamic(String shape) {
        return dynamicShapes.contains(shape);
    }

    /** Whether the program has a go statement anywhere. */
    public boolean hasGo() {
        return hasGo;
    }

    static String key(FuncSym f) {
        return key(f.pkgPath(), f.symbol());
    }

    static String key(String pkg, String symbol) {
        return pkg + "\u0000" + symbol;
    }

    /**
     * Runs the analysis. {@code shapeOf} maps a func type's signature to the key under which func values of
     * that type are called (codegen's JVM descriptor); {@code blockingNative} says whether a native is declared
     * {@code //golc:blocking}.
     */
    public static MayBlock analyse(Program program, Function<Signature, String> shapeOf, Predicate<IrFunc> blockingNative) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, List<String>> implsOf = new HashMap<>();
        Map<String, Set<String>> valuesOfShape = new HashMap<>();
        Set<String> liveMethods = LiveMethods.of(program);
        for (IrPackage p : program.packages()) {
            List<IrFunc> all = new ArrayList<>(p.funcs());
            if (p.init() != null) {
                all.add(p.init());
            }
            for (IrFunc f : all) {
                Node n = new Node();
                nodes.put(key(f.pkgPath(), f.symbol()), n);
                if (f.isNative()) {
                    n.blocks = blockingNative.test(f);
                } else if (f.body() != null) {
                    new Scan(n, shapeOf, valuesOfShape).stmt(f.body());
                }
            }
            for (TypeDecl t : p.types()) {
                for (TypeDecl.Method m : t.methods()) {
                    if (liveMethods.contains(key(m.impl()))) {
                        implsOf.computeIfAbsent(m.sig().key(), k -> new ArrayList<>()).add(key(m.impl()));
                    }
                }
            }
        }
        Set<String> funcs = new HashSet<>();
        Set<String> ifaces = new HashSet<>();
        Set<String> shapes = new HashSet<>();
        for (Map.Entry<String, Node> e : nodes.entrySet()) {
            if (e.getValue().blocks) {
                funcs.add(e.getKey());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, List<String>> e : implsOf.entrySet()) {
                if (!ifaces.contains(e.getKey()) && e.getValue().stream().anyMatch(funcs::contains)) {
                    ifaces.add(e.getKey());
                    changed = true;
                }
            }
            for (Map.Entry<String, Set<String>> e : valuesOfShape.entrySet()) {
                if (!shapes.contains(e.getKey()) && e.getValue().stream().anyMatch(funcs::contains)) {
                    shapes.add(e.getKey());
                    changed = true;
                }
            }
            for (Map.Entry<String, Node> e : nodes.entrySet()) {
                if (funcs.contains(e.getKey())) {
                    continue;
                }
                Node n = e.getValue();
                if (n.statics.stream().anyMatch(funcs::contains) || n.ifaces.stream().anyMatch(ifaces::contains)
                        || n.shapes.stream().anyMatch(shapes::contains)) {
                    funcs.add(e.getKey());
                    changed = true;
                }
            }
        }
        boolean hasGo = nodes.values().stream().anyMatch(n -> n.go);
        return new MayBlock(funcs, ifaces, shapes, hasGo);
    }

    /** What one function body does that matters here. */
    private static final class Node {
        boolean blocks;
        boolean go;
        final Set<String> statics = new HashSet<>();
        final Set<String> ifaces = new HashSet<>();
        final Set<String> shapes = new HashSet<>();
    }

    /** Walks a body: channel operations, calls, and the functions whose values it takes. */
    private static final class Scan {
        private final Node n;
        private final Function<Signature, String> shapeOf;
        private final Map<String, Set<String>> valuesOfShape;

        Scan(Node n, Function<Signature, String> shapeOf, Map<String, Set<String>> valuesOfShape) {
            this.n = n;
            this.shapeOf = shapeOf;
            this.valuesOfShape = valuesOfShape;
        }

        void stmt(Stmt s) {
            if (s instanceof Stmt.Call c) {
                Callee callee = c.callee();
                if (callee instanceof Callee.Static st) {
                    n.statics.add(key(st.fn()));
                } else if (callee instanceof Callee.Dynamic d) {
                    n.shapes.add(shapeOf.apply(d.sig()));
                } else if (callee instanceof Callee.Iface i) {
                    n.ifaces.add(i.method().key());
                }
            } else if (s instanceof Stmt.Defer d) {
                // the deferred call runs in this function's activation: an edge like a call
                if (d.fn() instanceof Expr.FuncRef f) {
                    n.statics.add(key(f.fn()));
                } else if (d.fn() instanceof Expr.MakeClosure c) {
                    n.statics.add(key(c.fn()));
                } else if (d.fn().type().underlying() instanceof Signature sig) {
                    n.shapes.add(shapeOf.apply(sig));
                }
            } else if (s instanceof Stmt.Go) {
                n.go = true;
            } else if (s instanceof Stmt.Send || s instanceof Stmt.Recv) {
                n.blocks = true;
            } else if (s instanceof Stmt.Select x) {
                n.blocks |= !x.hasDefault();
            }
            Stmt.forEachPart(s, this::stmt, this::expr);
        }

        /** Only func values matter in expressions (expressions contain no calls). */
        void expr(Expr e) {
            if (e == null) {
                return;
            }
            if (e instanceof Expr.FuncRef f) {
                taken(f.fn());
            } else if (e instanceof Expr.MakeClosure c) {
                taken(c.fn());
            } else {
                Expr.forEachOperand(e, this::expr);
            }
        }

        private void taken(FuncSym f) {
            valuesOfShape.computeIfAbsent(shapeOf.apply(asFuncType(f.sig())), k -> new HashSet<>()).add(key(f));
        }
    }

    /** The func type of a function's values: a method's receiver becomes the first parameter. */
    static Signature asFuncType(Signature sig) {
        if (sig.recv() == null) {
            return sig;
        }
        List<golc.types.Var> ps = new ArrayList<>();
        ps.add(sig.recv());
        ps.addAll(sig.params().vars());
        return new Signature(null, List.of(), new golc.types.Tuple(ps), sig.results(), sig.variadic());
    }
}
