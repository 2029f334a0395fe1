package golc.codegen.coro;

import golc.ir.Expr;
import golc.ir.FuncSym;
import golc.ir.Global;
import golc.ir.IrFunc;
import golc.ir.IrPackage;
import golc.ir.Local;
import golc.ir.Program;
import golc.ir.Stmt;
import golc.ir.TypeDecl;
import golc.types.Array;
import golc.types.Chan;
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
 * The method implementations an interface call can reach: those of the defined types whose values exist in
 * code reachable from the program's roots (every package initialiser and main.main).
 *
 * <p>A value gets into an interface only from code that holds it, so if no reachable function, expression or
 * global has a type that mentions {@code T} (directly or through pointers, elements, fields, signatures),
 * no interface value can have dynamic type {@code T} or {@code *T}. Without this, a blocking method of a type
 * the program never uses (io's pipe, whose Read and Write wait on channels) would make every {@code Read},
 * {@code Write} and {@code Close} interface call in the program a suspension point. The walk over-approximates
 * (any mention counts, all instances of a generic type count), which only keeps more methods live.
 */
final class LiveMethods {
    private final Map<String, IrFunc> funcs = new HashMap<>();
    private final Map<Named, List<FuncSym>> methodsOf = new IdentityHashMap<>();
    private final Set<String> reached = new HashSet<>();
    private final Deque<IrFunc> work = new ArrayDeque<>();
    private final Set<Type> typesSeen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Named> namedSeen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> live = new HashSet<>();

    private LiveMethods() {
    }

    /** The keys ({@link MayBlock#key}) of the live method implementations of {@code program}. */
    static Set<String> of(Program program) {
        LiveMethods l = new LiveMethods();
        l.run(program);
        return l.live;
    }

    private void run(Program program) {
        for (IrPackage p : program.packages()) {
            for (IrFunc f : p.funcs()) {
                funcs.put(MayBlock.key(f.pkgPath(), f.symbol()), f);
            }
            for (TypeDecl t : p.types()) {
                List<FuncSym> impls = methodsOf.computeIfAbsent(t.type().origin(), k -> new ArrayList<>());
                for (TypeDecl.Method m : t.methods()) {
                    impls.add(m.impl());
                }
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
        if (reached.add(MayBlock.key(f.pkgPath(), f.symbol()))) {
            work.push(f);
        }
    }

    private void enqueue(FuncSym s) {
        IrFunc f = funcs.get(MayBlock.key(s));
        if (f != null) {
            enqueue(f);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.Call c && c.callee() instanceof golc.ir.Callee.Static st) {
            enqueue(st.fn());
            type(st.fn().sig());
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
                for (FuncSym m : methodsOf.getOrDefault(n.origin(), List.of())) {
                    live.add(MayBlock.key(m));
                    enqueue(m);
                }
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
        }
    }
}
