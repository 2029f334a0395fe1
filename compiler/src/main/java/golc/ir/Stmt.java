package golc.ir;

import golc.syntax.Pos;

import java.util.List;
import java.util.function.Consumer;

/**
 * A core-IR statement. Every statement carries the Go source position it came from (for the
 * LineNumberTable). Control flow is structured: blocks, if, loops, break/continue to an explicit
 * {@link Label}, plus goto within a function as Go allows. Calls and channel operations occur only as
 * statements, with operands that are calls-free {@link Expr}s (lowering uses locals and constants).
 */
public sealed interface Stmt {

    /**
     * Calls {@code stmts} on each statement nested directly in {@code s} and {@code exprs} on each expression
     * it holds (callee function values and receivers included), in source order; null parts are skipped.
     * Passes that look for some kinds of nodes walk the rest through this (and {@link Expr#forEachOperand}).
     */
    static void forEachPart(Stmt s, Consumer<Stmt> stmts, Consumer<Expr> exprs) {
        Consumer<Expr> e = x -> {
            if (x != null) exprs.accept(x);
        };
        Consumer<Stmt> st = x -> {
            if (x != null) stmts.accept(x);
        };
        if (s instanceof Block b) {
            b.stmts().forEach(st);
        } else if (s instanceof Decl d) {
            e.accept(d.init());
        } else if (s instanceof Assign a) {
            e.accept(a.target());
            e.accept(a.value());
        } else if (s instanceof Call c) {
            if (c.callee() instanceof Callee.Dynamic d) {
                e.accept(d.fn());
            } else if (c.callee() instanceof Callee.Iface i) {
                e.accept(i.recv());
            }
            c.args().forEach(e);
        } else if (s instanceof If i) {
            e.accept(i.cond());
            st.accept(i.then());
            st.accept(i.els());
        } else if (s instanceof Loop l) {
            e.accept(l.cond());
            st.accept(l.body());
            st.accept(l.post());
        } else if (s instanceof RangeMap r) {
            e.accept(r.map());
            st.accept(r.body());
        } else if (s instanceof Return r) {
            r.values().forEach(e);
        } else if (s instanceof Defer d) {
            e.accept(d.fn());
            d.args().forEach(e);
        } else if (s instanceof Go g) {
            e.accept(g.fn());
            g.args().forEach(e);
        } else if (s instanceof Send x) {
            e.accept(x.ch());
            e.accept(x.value());
        } else if (s instanceof Recv r) {
            e.accept(r.ch());
        } else if (s instanceof Select x) {
            for (Select.Case c : x.cases()) {
                e.accept(c.ch());
                e.accept(c.send());
            }
        }
    }
    Pos pos();

    /** A sequence; if {@code label} is non-null, {@code Break(label)} leaves the block (switch/select/labelled block). */
    record Block(Label label, List<Stmt> stmts, Pos pos) implements Stmt {}

    /**
     * Declares {@code local} here: a boxed local gets a fresh cell (each execution, e.g. per loop
     * iteration, a new variable); then it is set to {@code init}, or to the zero value when init is null.
     */
    record Decl(Local local, Expr init, Pos pos) implements Stmt {}

    /**
     * target = value. target is addressable or a map index (map store; nil map: panic). For struct and
     * array targets (except map stores) the value is copied into the target's existing object.
     */
    record Assign(Expr target, Expr value, Pos pos) implements Stmt {}

    /**
     * Calls {@code callee} with {@code args}. {@code results} is empty (results discarded) or has one entry
     * per Go result, each a local receiving it or null to discard it; with several results codegen unpacks
     * the callee's {@code Object[]}. A temporary may be introduced by being a call or receive result
     * (without a {@link Decl}); temporaries are never boxed.
     */
    record Call(List<Local> results, Callee callee, List<Expr> args, Pos pos) implements Stmt {}

    /** els may be null. */
    record If(Expr cond, Block then, Block els, Pos pos) implements Stmt {}

    /**
     * {@code for cond { body; post }}: cond (null = true) is evaluated before each iteration;
     * {@code Continue(label)} jumps to {@code post} (may be null), {@code Break(label)} leaves the loop.
     */
    record Loop(Label label, Expr cond, Block body, Block post, Pos pos) implements Stmt {}

    /**
     * Iterates map {@code map} (nil: no iterations) in Go's semantics: entries deleted before being
     * reached are not produced, entries added during iteration may or may not be. Each iteration sets
     * {@code key}/{@code value} (either may be null) then runs {@code body}; Continue(label) starts the
     * next iteration, Break(label) leaves.
     */
    record RangeMap(Label label, Expr map, Local key, Local value, Block body, Pos pos) implements Stmt {}

    record Break(Label label, Pos pos) implements Stmt {}

    record Continue(Label label, Pos pos) implements Stmt {}

    /** Jump to the {@link LabelDef} of {@code label} in the same function (Go's goto rules hold). */
    record Goto(Label label, Pos pos) implements Stmt {}

    /** The target position of gotos to {@code label}. */
    record LabelDef(Label label, Pos pos) implements Stmt {}

    /**
     * Returns {@code values} (one per result), or, if empty, the current values of the function's result
     * locals. In functions with defer, values is always empty (see {@link IrFunc#hasDefer()}).
     */
    record Return(List<Expr> values, Pos pos) implements Stmt {}

    /**
     * Records a deferred call of func value {@code fn} with {@code args}, both already evaluated (plain
     * locals/constants): the runtime runs it when the surrounding function returns or panics.
     */
    record Defer(Expr fn, List<Expr> args, Pos pos) implements Stmt {}

    /** Starts a goroutine running func value {@code fn} with {@code args}. */
    record Go(Expr fn, List<Expr> args, Pos pos) implements Stmt {}

    /** ch <- value (nil channel: blocks forever; closed: panic). */
    record Send(Expr ch, Expr value, Pos pos) implements Stmt {}

    /** value, ok = <-ch; either local may be null. */
    record Recv(Local value, Local ok, Expr ch, Pos pos) implements Stmt {}

    /**
     * The choice of a {@code select}: waits until one of {@code cases} can proceed (none blocks when
     * {@code hasDefault}; {@code select {}} has no cases and blocks forever), performs it, and sets {@code index}
     * (an int local) to the chosen case's position in {@code cases}, -1 for default. A receive case stores into
     * its {@code value}/{@code ok} locals (either may be null) only when chosen. Channel and send operands are
     * calls-free and already evaluated in source order; the case bodies follow as ordinary statements testing
     * {@code index}.
     */
    record Select(List<Case> cases, boolean hasDefault, Local index, Pos pos) implements Stmt {
        /** A send case ({@code send} non-null: the value) or a receive case. */
        public record Case(Expr ch, Expr send, Local value, Local ok) {}
    }
}
