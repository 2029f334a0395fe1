package golc.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Checks the structural rules codegen relies on and returns the violations (empty when the IR is
 * well formed): every local used belongs to its function; break/continue name an enclosing
 * block/loop (continue: a loop); gotos name a label defined in the function; functions with defer
 * return no values; value-returning returns give one value per result; calls give a result local per
 * result or none; every expression has a type.
 */
public final class IrVerifier {
    private final List<String> errors = new ArrayList<>();
    private IrFunc fn;
    private Set<Local> known;
    private final List<Label> breakable = new ArrayList<>();
    private final List<Label> loops = new ArrayList<>();
    private final Set<Label> gotoTargets = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Stmt.Goto> gotos = new ArrayList<>();

    private IrVerifier() {}

    public static List<String> verify(Program p) {
        IrVerifier v = new IrVerifier();
        for (IrPackage pkg : p.packages()) {
            v.func(pkg.init());
            for (IrFunc f : pkg.funcs()) v.func(f);
        }
        return v.errors;
    }

    private void error(String msg) {
        errors.add(fn.pkgPath() + "." + fn.symbol() + ": " + msg);
    }

    private void func(IrFunc f) {
        fn = f;
        known = Collections.newSetFromMap(new IdentityHashMap<>());
        known.addAll(f.captures());
        if (f.receiver() != null) known.add(f.receiver());
        known.addAll(f.params());
        known.addAll(f.results());
        known.addAll(f.locals());
        breakable.clear();
        loops.clear();
        gotoTargets.clear();
        gotos.clear();
        if (f.isNative()) {
            if (f.body() != null) error("native function with a body");
            return;
        }
        if (f.body() == null) {
            error("missing body");
            return;
        }
        stmt(f.body());
        for (Stmt.Goto g : gotos) if (!gotoTargets.contains(g.label())) error("goto " + g.label() + " without label");
    }

    private void local(Local l) {
        if (l != null && !known.contains(l)) error("local " + l + " not declared in the function");
    }

    private void stmt(Stmt s) {
        if (s.pos() == null) error("statement without position: " + s.getClass().getSimpleName());
        if (s instanceof Stmt.Block b) {
            if (b.label() != null) breakable.add(b.label());
            for (Stmt x : b.stmts()) stmt(x);
            if (b.label() != null) breakable.remove(breakable.size() - 1);
        } else if (s instanceof Stmt.Decl d) {
            local(d.local());
            if (d.init() != null) expr(d.init());
        } else if (s instanceof Stmt.Assign a) {
            expr(a.target());
            expr(a.value());
        } else if (s instanceof Stmt.Call c) {
            for (Local l : c.results()) local(l);
            if (c.callee() instanceof Callee.Dynamic d) expr(d.fn());
            if (c.callee() instanceof Callee.Iface i) expr(i.recv());
            for (Expr a : c.args()) expr(a);
        } else if (s instanceof Stmt.If i) {
            expr(i.cond());
            stmt(i.then());
            if (i.els() != null) stmt(i.els());
        } else if (s instanceof Stmt.Loop l) {
            if (l.cond() != null) expr(l.cond());
            breakable.add(l.label());
            loops.add(l.label());
            stmt(l.body());
            loops.remove(loops.size() - 1);
            breakable.remove(breakable.size() - 1);
            if (l.post() != null) stmt(l.post());
        } else if (s instanceof Stmt.RangeMap r) {
            expr(r.map());
            local(r.key());
            local(r.value());
            breakable.add(r.label());
            loops.add(r.label());
            stmt(r.body());
            loops.remove(loops.size() - 1);
            breakable.remove(breakable.size() - 1);
        } else if (s instanceof Stmt.Break b) {
            if (!breakable.contains(b.label())) error("break " + b.label() + " outside its block or loop");
        } else if (s instanceof Stmt.Continue c) {
            if (!loops.contains(c.label())) error("continue " + c.label() + " outside its loop");
        } else if (s instanceof Stmt.Goto g) {
            gotos.add(g);
        } else if (s instanceof Stmt.LabelDef l) {
            gotoTargets.add(l.label());
        } else if (s instanceof Stmt.Return r) {
            if (fn.hasDefer() && !r.values().isEmpty()) error("return with values in a function with defer");
            if (!r.values().isEmpty() && r.values().size() != fn.results().size()) error("return of " + r.values().size() + " values for " + fn.results().size() + " results");
            for (Expr e : r.values()) expr(e);
        } else if (s instanceof Stmt.Defer d) {
            if (!fn.hasDefer()) error("defer in a function not marked hasDefer");
            expr(d.fn());
            for (Expr a : d.args()) expr(a);
        } else if (s instanceof Stmt.Go g) {
            expr(g.fn());
            for (Expr a : g.args()) expr(a);
        } else if (s instanceof Stmt.Send x) {
            expr(x.ch());
            expr(x.value());
        } else if (s instanceof Stmt.Recv x) {
            local(x.value());
            local(x.ok());
            expr(x.ch());
        } else if (s instanceof Stmt.Select x) {
            local(x.index());
            for (Stmt.Select.Case c : x.cases()) {
                expr(c.ch());
                expr(c.send());
                local(c.value());
                local(c.ok());
            }
        }
    }

    private void expr(Expr e) {
        if (e == null) return;
        if (e.type() == null) error("expression without type: " + e);
        if (e instanceof Expr.LocalRef l) {
            local(l.local());
        } else if (e instanceof Expr.MakeClosure c) {
            for (Local l : c.captures()) local(l);
        } else {
            Expr.forEachOperand(e, this::expr);
        }
    }
}
