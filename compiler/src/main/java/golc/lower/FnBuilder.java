package golc.lower;

import golc.ir.Expr;
import golc.ir.IrFunc;
import golc.ir.Label;
import golc.ir.Local;
import golc.ir.Stmt;
import golc.syntax.Pos;
import golc.types.Type;
import golc.types.Var;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The state of lowering one function body: its locals, the statement list being filled, the
 * break/continue targets in scope and the Go labels. Lowering code appends statements with
 * {@link #emit} and opens nested blocks with {@link #block}.
 */
final class FnBuilder {
    final IrFunc fn;
    /** Symbol prefix for closures lifted out of this function ({@code main·func1}, nested: {@code main·func1·1}). */
    final String closurePrefix;
    /** Variables that need a heap cell (see {@link Boxing}). */
    final Boxing boxing;
    private final boolean nestedClosureNaming;
    private int nextId;
    private int closures;
    private int labels;
    private final Map<Var, Local> vars = new IdentityHashMap<>();
    private final Deque<List<Stmt>> open = new ArrayDeque<>();
    private final Deque<Target> targets = new ArrayDeque<>();
    private final Map<String, Label> goLabels = new HashMap<>();
    /** Go labels that some goto of this function names (only those get a {@link Stmt.LabelDef}). */
    final java.util.Set<String> gotoTargets = new java.util.HashSet<>();
    /** Temporaries holding a struct/array value nobody else references (new, copied, or a call result). */
    private final java.util.Set<Local> fresh = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** A break (and for loops continue) target; {@code goName} is the Go label naming it, or null. */
    record Target(Label label, boolean isLoop, String goName) {}

    FnBuilder(IrFunc fn, String closurePrefix, boolean nestedClosureNaming, Boxing boxing) {
        this.fn = fn;
        this.closurePrefix = closurePrefix;
        this.nestedClosureNaming = nestedClosureNaming;
        this.boxing = boxing;
    }

    /** The symbol for the next closure lifted out of this function. */
    String nextClosureSymbol() {
        closures++;
        return nestedClosureNaming ? closurePrefix + "·" + closures : closurePrefix + "·func" + closures;
    }

    Local newLocal(String name, Type type, Local.Kind kind) {
        Local l = new Local(nextId++, name, type, kind);
        if (kind == Local.Kind.VAR || kind == Local.Kind.TEMP) fn.locals().add(l);
        return l;
    }

    /** The local for Go variable v, created (kind VAR, boxed as the analysis says) on first sight. */
    Local local(Var v) {
        Local l = vars.get(v);
        if (l == null) {
            l = newLocal(v.name(), v.type(), Local.Kind.VAR);
            l.setBoxed(boxing.needsCell(v));
            vars.put(v, l);
        }
        return l;
    }

    Local lookup(Var v) {
        return vars.get(v);
    }

    void bind(Var v, Local l) {
        l.setBoxed(boxing.needsCell(v));
        vars.put(v, l);
    }

    /** A fresh temporary holding {@code init}, declared here. */
    Local temp(Expr init, Pos pos) {
        Local t = newLocal("~t" + nextId, init.type(), Local.Kind.TEMP);
        if (init instanceof Expr.Zero || init instanceof Expr.Copy || init instanceof Expr.Builtin
                || init instanceof Expr.LocalRef lr && fresh.contains(lr.local())) {
            fresh.add(t);
        }
        emit(new Stmt.Decl(t, init, pos));
        return t;
    }

    /** A fresh temporary of type t, not yet declared (callers emit its Decl or use it as a call result). */
    Local newTemp(Type t) {
        return newLocal("~t" + nextId, t, Local.Kind.TEMP);
    }

    /** Records that temporary t holds a value no one else references (e.g. a call's result). */
    void markFresh(Local t) {
        fresh.add(t);
    }

    /**
     * v as a value the new variable receiving it may own: shared struct/array storage is copied, a fresh
     * temporary is handed over as is (it is used once).
     */
    Expr own(Expr v) {
        if (v instanceof Expr.LocalRef lr && fresh.contains(lr.local())) return v;
        return Conv.copyIfShared(v);
    }

    Label newLabel(String goName) {
        return new Label(goName != null ? goName : "~L" + labels++);
    }

    void emit(Stmt s) {
        open.peek().add(s);
    }

    /** Runs {@code body} with a fresh statement list and returns it as a block. */
    Stmt.Block block(Label label, Pos pos, Runnable body) {
        List<Stmt> list = new ArrayList<>();
        open.push(list);
        try {
            body.run();
        } finally {
            open.pop();
        }
        return new Stmt.Block(label, list, pos);
    }

    Stmt.Block block(Pos pos, Runnable body) {
        return block(null, pos, body);
    }

    /** Runs {@code body} with {@code t} as the innermost break/continue target. */
    void withTarget(Target t, Runnable body) {
        targets.push(t);
        try {
            body.run();
        } finally {
            targets.pop();
        }
    }

    /** The target of break/continue: the innermost one (loops only for continue), or the one labelled goName. */
    Target target(String goName, boolean forContinue) {
        for (Target t : targets) {
            if (goName != null ? goName.equals(t.goName) : (!forContinue || t.isLoop)) return t;
        }
        return null;
    }

    /** The IR label of Go label {@code name}, used by goto and its definition. */
    Label goLabel(String name) {
        return goLabels.computeIfAbsent(name, Label::new);
    }

    void forEachVar(Consumer<Map.Entry<Var, Local>> c) {
        vars.entrySet().forEach(c);
    }
}
