package golc.codegen;

import golc.ir.BuiltinOp;
import golc.ir.Callee;
import golc.ir.Expr;
import golc.ir.FuncSym;
import golc.ir.IrFunc;
import golc.ir.Local;
import golc.ir.Stmt;
import golc.syntax.Pos;
import golc.types.Signature;
import golc.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits the static method of one IR function: statements and control flow here, expressions in
 * {@link ExprGen}.
 *
 * <p>The code keeps the shape a later goroutine transform needs: every Go local is a JVM local (or a cell in
 * one), nothing but a call's own arguments is on the operand stack at a call, and the IR's structured control
 * flow maps one to one onto labels.
 */
final class FuncGen implements Opcodes {
    final Gen gen;
    final TypeConsts typeConsts;
    final IrFunc fn;
    final MethodVisitor mv;
    final ExprGen ex;

    private final Map<Local, Integer> slots = new HashMap<>();
    private int nextSlot;
    private final Map<golc.ir.Label, Label> breakTargets = new HashMap<>();
    private final Map<golc.ir.Label, Label> continueTargets = new HashMap<>();
    private final Map<golc.ir.Label, Label> gotoTargets = new HashMap<>();
    private int lastLine = -1;
    /** For functions with defer: the Defers frame and where Return jumps. */
    private int deferSlot = -1;
    private Label returnLabel;
    /** The goroutine transform of this function when it may block, else null. */
    CoroGen coro;
    /** For functions that call recover(): the slot of their Defers.deferToken(), else -1. */
    int recoverToken = -1;
    /** Range loops over slices and arrays recognised by {@link RangeLoops}, and those whose body is being emitted. */
    private final Map<Stmt.Loop, RangeLoops.Info> rangeLoops = new HashMap<>();
    private final List<RangeLoops.Info> activeRanges = new ArrayList<>();
    /** Go int locals kept in JVM int locals (range loop index and length: always within [0, MaxInt32]). */
    private final java.util.Set<Local> narrowed = new java.util.HashSet<>();

    FuncGen(Gen gen, TypeConsts typeConsts, IrFunc fn, MethodVisitor mv) {
        this.gen = gen;
        this.typeConsts = typeConsts;
        this.fn = fn;
        this.mv = mv;
        this.ex = new ExprGen(this);
    }

    /** An emitter for a synthetic method (no IR function) whose parameters take the first {@code paramSlots}. */
    static FuncGen synthetic(Gen gen, TypeConsts typeConsts, MethodVisitor mv, int paramSlots) {
        FuncGen f = new FuncGen(gen, typeConsts, null, mv);
        f.nextSlot = paramSlots;
        return f;
    }

    /** The JVM descriptor of the method for fn: captures, receiver, params; result per TEAM.md. */
    static String descriptor(Gen gen, IrFunc fn) {
        List<String> leading = new ArrayList<>();
        for (Local c : fn.captures()) {
            leading.add(captureDesc(gen, c));
        }
        String plain = gen.types.methodDesc(fn.sig(), leading);
        return !fn.isNative() && gen.mayBlock.func(fn) ? CoroGen.descriptor(plain) : plain;
    }

    void generate() {
        mv.visitCode();
        line(fn.pos());
        // Parameters occupy the first slots in JVM order.
        for (Local c : fn.captures()) {
            slots.put(c, nextSlot);
            nextSlot += c.boxed() ? 1 : gen.types.asm(c.type()).getSize();
        }
        List<Local> params = new ArrayList<>();
        if (fn.receiver() != null) {
            params.add(fn.receiver());
        } else if (fn.sig().recv() != null) {
            nextSlot += gen.types.asm(fn.sig().recv().type()).getSize(); // unnamed receiver
        }
        params.addAll(fn.params());
        int[] paramSlots = new int[params.size()];
        for (int i = 0; i < params.size(); i++) {
            paramSlots[i] = nextSlot;
            nextSlot += gen.types.asm(params.get(i).type()).getSize();
        }
        if (gen.mayBlock.func(fn)) {
            coro = new CoroGen(this, newSlot(1));
        }
        // Boxed parameters move into cells (a struct parameter's object already is its own cell).
        for (int i = 0; i < params.size(); i++) {
            Local p = params.get(i);
            if (isCell(p)) {
                int cell = newSlot(1);
                org.objectweb.asm.Type t = gen.types.asm(p.type());
                String cc = cellClass(t);
                mv.visitTypeInsn(NEW, cc);
                mv.visitInsn(DUP);
                mv.visitVarInsn(t.getOpcode(ILOAD), paramSlots[i]);
                mv.visitMethodInsn(INVOKESPECIAL, cc, "<init>", "(" + cellFieldDesc(t) + ")V", false);
                mv.visitVarInsn(ASTORE, cell);
                slots.put(p, cell);
            } else {
                slots.put(p, paramSlots[i]);
            }
        }
        if (coro != null) {
            coro.prologue();
        }
        if (callsRecover(fn.body())) {
            // fresh calls only: a resumed call gets the token back from its frame
            recoverToken = newSlot(1);
            if (coro != null) {
                coro.keep(recoverToken, "Ljava/lang/Object;");
            }
            Rt.DEFER_TOKEN.invokeStatic(mv);
            mv.visitVarInsn(ASTORE, recoverToken);
        }
        for (Local r : fn.results()) {
            declare(r, null);
        }
        if (fn.hasDefer()) {
            generateWithDefer();
        } else {
            block(fn.body());
            if (fallsThrough(fn.body())) {
                emitReturn(List.of());
            }
        }
        if (coro != null) {
            finishCoro();
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * A function with defer runs its body under a handler that catches every Throwable (Go panics and JVM
     * faults alike): the Defers frame runs the deferred calls, recovering or rethrowing; normal returns jump
     * to the epilogue, which runs the deferred calls and returns the (possibly updated) result locals.
     */
    private void generateWithDefer() {
        deferSlot = newSlot(1);
        if (coro != null) {
            coro.keep(deferSlot, "Lgolc/rt/cg/Defers;");
        }
        mv.visitTypeInsn(NEW, "golc/rt/cg/Defers");
        mv.visitInsn(DUP);
        Rt.DEFER_NEW.invokeSpecial(mv);
        mv.visitVarInsn(ASTORE, deferSlot);
        returnLabel = new Label();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label epilogue = new Label();
        mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
        // A may-block function makes its deferred calls one by one on a normal return, each a suspension point,
        // under the same handler (a panic there unwinds the remaining ones, see unwindDefers).
        Label deferLoop = coro != null ? new Label() : null;
        Label deferLoopEnd = coro != null ? new Label() : null;
        if (coro != null) {
            mv.visitTryCatchBlock(deferLoop, deferLoopEnd, handler, "java/lang/Throwable");
        }
        mv.visitLabel(start);
        block(fn.body());
        mv.visitJumpInsn(GOTO, returnLabel);
        mv.visitLabel(end);
        mv.visitLabel(handler);
        int exc = newSlot(1);
        mv.visitVarInsn(ASTORE, exc);
        mv.visitVarInsn(ALOAD, deferSlot);
        mv.visitVarInsn(ALOAD, exc);
        if (coro != null) {
            Rt.DEFER_UNWIND.invokeVirtual(mv);
            unwindDefers(exc);
        } else {
            Rt.DEFER_RUN.invokeVirtual(mv); // returns only if the panic was recovered
        }
        mv.visitJumpInsn(GOTO, epilogue);
        mv.visitLabel(returnLabel);
        if (coro != null) {
            mv.visitLabel(deferLoop);
            mv.visitVarInsn(ALOAD, deferSlot);
            Rt.DEFER_PENDING.invokeVirtual(mv);
            mv.visitJumpInsn(IFEQ, deferLoopEnd);
            mv.visitVarInsn(ALOAD, deferSlot);
            Rt.DEFER_INVOKE_NEXT.invokeVirtual(mv);
            suspendPoint();
            mv.visitInsn(POP);
            mv.visitJumpInsn(GOTO, deferLoop);
            mv.visitLabel(deferLoopEnd);
        } else {
            mv.visitVarInsn(ALOAD, deferSlot);
            mv.visitInsn(ACONST_NULL);
            Rt.DEFER_RUN.invokeVirtual(mv);
        }
        mv.visitLabel(epilogue);
        returnResults();
    }

    /**
     * Defers.run spelled out in a may-block function, so that a deferred call made while a panic (or Goexit)
     * unwinds is a suspension point: it may block, be resumed, and recover. Each call runs under its own
     * handler, which lets a panic from it replace the one in flight; then the loop goes on with the next call.
     * Ends by rethrowing what is still in flight, or falls through when a deferred call recovered.
     */
    private void unwindDefers(int exc) {
        Label loop = new Label();
        Label tryStart = new Label();
        Label tryEnd = new Label();
        Label threw = new Label();
        Label done = new Label();
        mv.visitTryCatchBlock(tryStart, tryEnd, threw, "java/lang/Throwable");
        mv.visitLabel(loop);
        mv.visitVarInsn(ALOAD, deferSlot);
        Rt.DEFER_PENDING.invokeVirtual(mv);
        mv.visitJumpInsn(IFEQ, done);
        mv.visitLabel(tryStart);
        mv.visitVarInsn(ALOAD, deferSlot);
        Rt.DEFER_INVOKE_UNWINDING.invokeVirtual(mv);
        suspendPoint();
        mv.visitInsn(POP);
        mv.visitVarInsn(ALOAD, deferSlot);
        Rt.DEFER_RETURNED.invokeVirtual(mv);
        mv.visitLabel(tryEnd);
        mv.visitJumpInsn(GOTO, loop);
        mv.visitLabel(threw);
        mv.visitVarInsn(ASTORE, exc);
        mv.visitVarInsn(ALOAD, deferSlot);
        mv.visitVarInsn(ALOAD, exc);
        Rt.DEFER_PANICKED.invokeVirtual(mv);
        mv.visitJumpInsn(GOTO, loop);
        mv.visitLabel(done);
        mv.visitVarInsn(ALOAD, deferSlot);
        Rt.DEFER_END_UNWIND.invokeVirtual(mv);
    }

    private static final String DEFERRED_RECOVER = "golc/rt/cg/Defers$DeferredRecover";

    /**
     * Whether b calls recover(), directly or as {@code defer recover()} (nested function literals are functions
     * of their own).
     */
    private static boolean callsRecover(Stmt s) {
        if (s instanceof Stmt.Call c && c.callee() instanceof Callee.Builtin bi && bi.op() == BuiltinOp.RECOVER
                || s instanceof Stmt.Defer d && isRecoverWrapper(d.fn())) {
            return true;
        }
        // a plain loop over the parts (no lambda capturing an anonymous class: see the golc launcher's CDS note)
        List<Stmt> parts = new ArrayList<>();
        Stmt.forEachPart(s, parts::add, FuncGen::ignore);
        for (Stmt p : parts) {
            if (callsRecover(p)) {
                return true;
            }
        }
        return false;
    }

    private static void ignore(Expr e) {
    }

    /** The lifted wrapper lowering makes for {@code defer recover()} (PkgLowering.builtinWrapper). */
    private static boolean isRecoverWrapper(Expr fn) {
        return fn instanceof Expr.FuncRef r && r.fn().symbol().contains("·recover·");
    }

    // ---- locals ----

    int newSlot(int size) {
        int s = nextSlot;
        nextSlot += size;
        return s;
    }

    int slot(Local l) {
        Integer s = slots.get(l);
        if (s == null) {
            // Temporaries may come into being as call results, without a Decl (they are never boxed).
            if (l.boxed()) {
                throw new IllegalStateException("codegen: boxed local " + l + " used before its declaration in " + fn);
            }
            s = newSlot(gen.types.asm(l.type()).getSize());
            slots.put(l, s);
        }
        return s;
    }

    /** How a capture is passed: a boxed local as its cell, others by value. */
    static String captureDesc(Gen gen, Local c) {
        return isCell(c) ? "L" + cellClass(gen.types.asm(c.type())) + ";" : gen.types.desc(c.type());
    }

    /** Whether l lives in a heap cell (boxed, and not a struct whose object is its own cell). */
    static boolean isCell(Local l) {
        return l.boxed() && !JvmTypes.isStruct(l.type());
    }

    static String cellClass(org.objectweb.asm.Type t) {
        switch (t.getSort()) {
            case org.objectweb.asm.Type.LONG: return "golc/rt/cg/LongCell";
            case org.objectweb.asm.Type.INT: return "golc/rt/cg/IntCell";
            case org.objectweb.asm.Type.BOOLEAN: return "golc/rt/cg/BoolCell";
            case org.objectweb.asm.Type.FLOAT: return "golc/rt/cg/FloatCell";
            case org.objectweb.asm.Type.DOUBLE: return "golc/rt/cg/DoubleCell";
            default: return "golc/rt/Pointer$Cell";
        }
    }

    static String cellFieldDesc(org.objectweb.asm.Type t) {
        return t.getSort() == org.objectweb.asm.Type.OBJECT || t.getSort() == org.objectweb.asm.Type.ARRAY
                ? "Ljava/lang/Object;" : t.getDescriptor();
    }

    /** Pushes the value of local l. */
    void loadLocal(Local l) {
        org.objectweb.asm.Type t = gen.types.asm(l.type());
        if (narrowed.contains(l)) {
            mv.visitVarInsn(ILOAD, slot(l));
            mv.visitInsn(I2L);
        } else if (isCell(l)) {
            mv.visitVarInsn(ALOAD, slot(l));
            mv.visitFieldInsn(GETFIELD, cellClass(t), "value", cellFieldDesc(t));
            if (!cellFieldDesc(t).equals(t.getDescriptor())) {
                mv.visitTypeInsn(CHECKCAST, t.getInternalName());
            }
        } else {
            mv.visitVarInsn(t.getOpcode(ILOAD), slot(l));
        }
    }

    /** Pushes the cell of a boxed local, or a struct local's object (what &l is). */
    void loadCell(Local l) {
        mv.visitVarInsn(ALOAD, slot(l));
    }

    /** Stores into local l the value {@code value} pushes. */
    void storeLocal(Local l, Runnable value) {
        org.objectweb.asm.Type t = gen.types.asm(l.type());
        if (narrowed.contains(l)) {
            value.run();
            mv.visitInsn(L2I);
            mv.visitVarInsn(ISTORE, slot(l));
        } else if (isCell(l)) {
            mv.visitVarInsn(ALOAD, slot(l));
            value.run();
            mv.visitFieldInsn(PUTFIELD, cellClass(t), "value", cellFieldDesc(t));
        } else {
            value.run();
            mv.visitVarInsn(t.getOpcode(ISTORE), slot(l));
        }
    }

    /** Declares l (a fresh slot; a fresh cell if boxed) holding init or its zero value. */
    private void declare(Local l, Expr init) {
        org.objectweb.asm.Type t = gen.types.asm(l.type());
        Integer existing = slots.get(l);
        int s = existing != null ? existing : newSlot(isCell(l) ? 1 : t.getSize());
        slots.put(l, s);
        if (narrowed.contains(l)) {
            ex.exprAs(init, l.type());
            mv.visitInsn(L2I);
            mv.visitVarInsn(ISTORE, s);
        } else if (isCell(l)) {
            String cc = cellClass(t);
            mv.visitTypeInsn(NEW, cc);
            mv.visitInsn(DUP);
            if (init != null) {
                ex.exprAs(init, l.type());
            } else {
                ex.zero(l.type());
            }
            mv.visitMethodInsn(INVOKESPECIAL, cc, "<init>", "(" + cellFieldDesc(t) + ")V", false);
            mv.visitVarInsn(ASTORE, s);
        } else {
            if (init != null) {
                ex.exprAs(init, l.type());
            } else {
                ex.zero(l.type());
            }
            mv.visitVarInsn(t.getOpcode(ISTORE), s);
        }
    }

    // ---- statements ----

    /** The position of the statement being compiled (for {@link Unsupported} diagnostics). */
    Pos lastPos;

    void line(Pos pos) {
        if (pos != null && pos.line() != lastLine && pos.line() > 0) {
            Label l = new Label();
            mv.visitLabel(l);
            mv.visitLineNumber(pos.line(), l);
            lastLine = pos.line();
        }
    }

    void block(Stmt.Block b) {
        Label end = null;
        if (b.label() != null) {
            end = new Label();
            breakTargets.put(b.label(), end);
        }
        List<Stmt> stmts = b.stmts();
        for (int k = 0; k < stmts.size(); k++) {
            RangeLoops.Info r = RangeLoops.at(stmts, k);
            if (r != null) {
                rangeLoops.put(r.loop(), r);
                if (coro == null) {
                    // (A may-block function saves its locals by their Go types at suspensions: keep them long.)
                    narrowed.add(r.index());
                    narrowed.add(r.len());
                }
            }
        }
        for (Stmt s : stmts) {
            stmt(s);
        }
        if (end != null) {
            mv.visitLabel(end);
        }
    }

    private void stmt(Stmt s) {
        line(s.pos());
        if (s.pos() != null) {
            lastPos = s.pos();
        }
        if (s instanceof Stmt.Block b) {
            block(b);
        } else if (s instanceof Stmt.Decl d) {
            declare(d.local(), d.init());
        } else if (s instanceof Stmt.Assign a) {
            ex.assign(a.target(), a.value());
        } else if (s instanceof Stmt.Call c) {
            call(c);
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.Loop l) {
            loop(l);
        } else if (s instanceof Stmt.RangeMap r) {
            rangeMap(r);
        } else if (s instanceof Stmt.Break b) {
            mv.visitJumpInsn(GOTO, target(breakTargets, b.label()));
        } else if (s instanceof Stmt.Continue c) {
            mv.visitJumpInsn(GOTO, target(continueTargets, c.label()));
        } else if (s instanceof Stmt.Goto g) {
            mv.visitJumpInsn(GOTO, gotoTargets.computeIfAbsent(g.label(), k -> new Label()));
        } else if (s instanceof Stmt.LabelDef l) {
            mv.visitLabel(gotoTargets.computeIfAbsent(l.label(), k -> new Label()));
        } else if (s instanceof Stmt.Return r) {
            emitReturn(r.values());
        } else if (s instanceof Stmt.Defer d) {
            mv.visitVarInsn(ALOAD, deferSlot);
            if (isRecoverWrapper(d.fn())) {
                // defer recover(): recovers with this function's token, when it returns normally
                mv.visitTypeInsn(NEW, DEFERRED_RECOVER);
                mv.visitInsn(DUP);
                mv.visitVarInsn(ALOAD, recoverToken);
                mv.visitMethodInsn(INVOKESPECIAL, DEFERRED_RECOVER, "<init>", "(Ljava/lang/Object;)V", false);
                mv.visitInsn(ACONST_NULL);
            } else {
                ex.expr(d.fn());
                ex.boxedArgs(d.args());
            }
            Rt.DEFER_PUSH.invokeVirtual(mv);
        } else if (s instanceof Stmt.Go g) {
            new ChanGen(this).go(g);
        } else if (s instanceof Stmt.Send x) {
            new ChanGen(this).send(x);
        } else if (s instanceof Stmt.Recv x) {
            new ChanGen(this).recv(x);
        } else if (s instanceof Stmt.Select x) {
            new ChanGen(this).select(x);
        } else {
            throw new IllegalArgumentException("codegen: unknown statement " + s);
        }
    }

    /** value, ok = <-ch (either may be absent). */
    private void recv(Stmt.Recv r) {
        golc.types.Chan ct = (golc.types.Chan) r.ch().type().underlying();
        Type elem = ct.elem();
        org.objectweb.asm.Type et = gen.types.asm(elem);
        int got = newSlot(1);
        ex.expr(r.ch());
        (r.ok() != null ? Rt.CHAN_RECV2 : Rt.CHAN_RECV).invokeStatic(mv);
        mv.visitVarInsn(ASTORE, got);
        Label closed = new Label();
        Label done = new Label();
        if (r.ok() != null) {
            mv.visitVarInsn(ALOAD, got);
            Rt.CHAN_CLOSED.getStatic(mv);
            mv.visitJumpInsn(IF_ACMPEQ, closed);
        }
        if (r.value() != null) {
            storeLocal(r.value(), () -> {
                mv.visitVarInsn(ALOAD, got);
                Bytecode.unbox(mv, et);
                ex.copy(elem); // elements are shared with the channel's buffer (and its zero value)
            });
        }
        if (r.ok() != null) {
            storeLocal(r.ok(), () -> mv.visitInsn(ICONST_1));
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(closed);
            if (r.value() != null) {
                storeLocal(r.value(), () -> ex.zero(elem));
            }
            storeLocal(r.ok(), () -> mv.visitInsn(ICONST_0));
            mv.visitLabel(done);
        }
    }

    private static Label target(Map<golc.ir.Label, Label> m, golc.ir.Label l) {
        Label t = m.get(l);
        if (t == null) {
            throw new IllegalStateException("codegen: jump to unknown label " + l);
        }
        return t;
    }

    private void ifStmt(Stmt.If i) {
        Label els = new Label();
        Label end = new Label();
        ex.cond(i.cond(), els, false);
        block(i.then());
        if (i.els() != null) {
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(els);
            block(i.els());
        } else {
            mv.visitLabel(els);
        }
        mv.visitLabel(end);
    }

    private void loop(Stmt.Loop l) {
        Label top = new Label();
        Label post = new Label();
        Label end = new Label();
        if (l.label() != null) {
            breakTargets.put(l.label(), end);
            continueTargets.put(l.label(), post);
        }
        RangeLoops.Info range = rangeLoops.get(l);
        boolean counted = range != null && narrowed.contains(range.index());
        mv.visitLabel(top);
        if (counted) {
            // for (int i = 0; i < n; i++), as javac emits it
            mv.visitVarInsn(ILOAD, slot(range.index()));
            mv.visitVarInsn(ILOAD, slot(range.len()));
            mv.visitJumpInsn(IF_ICMPGE, end);
        } else if (l.cond() != null) {
            ex.cond(l.cond(), end, false);
        }
        if (range != null) {
            activeRanges.add(range);
        }
        block(l.body());
        if (range != null) {
            activeRanges.remove(activeRanges.size() - 1);
        }
        mv.visitLabel(post);
        if (counted) {
            line(l.post().pos());
            mv.visitIincInsn(slot(range.index()), 1);
        } else if (l.post() != null) {
            block(l.post());
        }
        preemptCheck();
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(end);
    }

    /**
     * On the back edge of a loop in a resumable function: while the monitor asks some goroutine to yield
     * ({@code Sched.preempt}, one static volatile read per iteration otherwise), a preemption point that
     * suspends this goroutine if it is the one (Go's cooperative preemption check, here only where a
     * suspension costs nothing extra; a loop in a plain function is left to the monitor's hand-off).
     */
    private void preemptCheck() {
        if (coro == null) {
            return;
        }
        Label skip = new Label();
        mv.visitFieldInsn(GETSTATIC, "golc/rt/sched/Sched", "preempt", "Z");
        mv.visitJumpInsn(IFEQ, skip);
        mv.visitMethodInsn(INVOKESTATIC, "golc/rt/sched/Sched", "preemptPoint", "()Ljava/lang/Object;", false);
        coro.suspendPoint(lastLine);
        mv.visitInsn(POP);
        mv.visitLabel(skip);
    }

    /**
     * Whether element access x[i] is known to be in range: i is the index (or key) of an enclosing range loop
     * over x (see {@link RangeLoops}). Then {@code narrowedIndex} gives the JVM int local holding it, if any.
     */
    RangeLoops.Info rangeFor(Expr x, Expr i) {
        for (int k = activeRanges.size() - 1; k >= 0; k--) {
            RangeLoops.Info r = activeRanges.get(k);
            if (r.inRange(x, i)) {
                return r;
            }
        }
        return null;
    }

    /** Pushes the index of range loop r as a JVM int. */
    void loadRangeIndex(RangeLoops.Info r) {
        if (narrowed.contains(r.index())) {
            mv.visitVarInsn(ILOAD, slot(r.index()));
        } else {
            loadLocal(r.index());
            mv.visitInsn(L2I);
        }
    }

    private void rangeMap(Stmt.RangeMap r) {
        Label top = new Label();
        Label next = new Label();
        Label end = new Label();
        if (r.label() != null) {
            breakTargets.put(r.label(), end);
            continueTargets.put(r.label(), next);
        }
        int it = newSlot(1);
        if (coro != null) {
            coro.keep(it, "Lgolc/rt/GoMap$Iter;");
        }
        ex.expr(r.map());
        Rt.MAP_ITER.invokeStatic(mv);
        mv.visitVarInsn(ASTORE, it);
        mv.visitLabel(top);
        mv.visitVarInsn(ALOAD, it);
        Rt.MAP_ITER_NEXT.invokeVirtual(mv);
        mv.visitJumpInsn(IFEQ, end);
        golc.types.MapType mt = (golc.types.MapType) r.map().type().underlying();
        if (r.key() != null) {
            storeLocal(r.key(), () -> {
                mv.visitVarInsn(ALOAD, it);
                Rt.MAP_ITER_KEY.invokeVirtual(mv);
                Bytecode.unbox(mv, gen.types.asm(mt.key()));
            });
        }
        if (r.value() != null) {
            storeLocal(r.value(), () -> {
                mv.visitVarInsn(ALOAD, it);
                Rt.MAP_ITER_VALUE.invokeVirtual(mv);
                Bytecode.unbox(mv, gen.types.asm(mt.elem()));
            });
        }
        block(r.body());
        mv.visitLabel(next);
        preemptCheck();
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(end);
    }

    private void emitReturn(List<Expr> values) {
        if (fn.hasDefer()) {
            mv.visitJumpInsn(GOTO, returnLabel);
            return;
        }
        Signature sig = fn.sig();
        int n = sig.results().size();
        if (values.isEmpty()) {
            returnResults();
            return;
        }
        if (n == 1) {
            ex.exprAs(values.get(0), sig.results().type(0));
            if (coro != null) {
                Bytecode.box(mv, gen.types.asm(sig.results().type(0)));
                mv.visitInsn(ARETURN);
                return;
            }
            mv.visitInsn(gen.types.asm(sig.results().type(0)).getOpcode(IRETURN));
            return;
        }
        Bytecode.iconst(mv, n);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < n; i++) {
            mv.visitInsn(DUP);
            Bytecode.iconst(mv, i);
            Type rt = sig.results().type(i);
            ex.exprAs(values.get(i), rt);
            Bytecode.box(mv, gen.types.asm(rt));
            mv.visitInsn(AASTORE);
        }
        mv.visitInsn(ARETURN);
    }

    /** Returns the current values of the result locals. */
    private void returnResults() {
        List<Local> rs = fn.results();
        if (rs.isEmpty()) {
            if (coro != null) {
                mv.visitInsn(ACONST_NULL);
                mv.visitInsn(ARETURN);
                return;
            }
            mv.visitInsn(RETURN);
        } else if (rs.size() == 1) {
            loadLocal(rs.get(0));
            if (coro != null) {
                Bytecode.box(mv, gen.types.asm(rs.get(0).type()));
                mv.visitInsn(ARETURN);
                return;
            }
            mv.visitInsn(gen.types.asm(rs.get(0).type()).getOpcode(IRETURN));
        } else {
            Bytecode.iconst(mv, rs.size());
            mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
            for (int i = 0; i < rs.size(); i++) {
                mv.visitInsn(DUP);
                Bytecode.iconst(mv, i);
                loadLocal(rs.get(i));
                Bytecode.box(mv, gen.types.asm(rs.get(i).type()));
                mv.visitInsn(AASTORE);
            }
            mv.visitInsn(ARETURN);
        }
    }

    /** Whether control can reach the end of b (conservatively: unless it ends in a jump, return or panic). */
    private static boolean fallsThrough(Stmt.Block b) {
        if (b.stmts().isEmpty()) {
            return true;
        }
        Stmt last = b.stmts().get(b.stmts().size() - 1);
        if (last instanceof Stmt.Return || last instanceof Stmt.Goto) {
            return false;
        }
        if (last instanceof Stmt.Call c && c.callee() instanceof Callee.Builtin bi && bi.op() == BuiltinOp.PANIC) {
            return false;
        }
        return true;
    }

    // ---- calls ----

    private void call(Stmt.Call c) {
        Callee callee = c.callee();
        if (callee instanceof Callee.Builtin b) {
            new BuiltinGen(this).call(b.op(), c.args(), c.results());
            return;
        }
        Signature sig;
        if (callee instanceof Callee.Static st) {
            FuncSym f = st.fn();
            sig = f.sig();
            List<Type> params = paramTypes(sig, true);
            for (int i = 0; i < c.args().size(); i++) {
                ex.exprAs(c.args().get(i), params.get(i));
            }
            if (gen.mayBlock.func(f)) {
                callMayBlock(f);
                storeResults(c.results(), sig, true);
                return;
            }
            mv.visitMethodInsn(INVOKESTATIC, Gen.ownerOf(f), f.symbol(), gen.types.methodDesc(sig, List.of()), false);
            storeResults(c.results(), sig, false);
        } else if (callee instanceof Callee.Dynamic d) {
            sig = d.sig();
            // Typed fast path when the func value implements the interface of its JVM signature (every func
            // value golc generates does); the generic invoke(Object[]) otherwise (e.g. funcs made by Java code).
            List<Type> params = paramTypes(sig, false);
            String desc = gen.types.methodDesc(sig, List.of());
            String itf = gen.funcIface(desc);
            int fnSlot = newSlot(1);
            ex.expr(d.fn());
            mv.visitVarInsn(ASTORE, fnSlot);
            Label slow = new Label();
            Label done = new Label();
            mv.visitVarInsn(ALOAD, fnSlot);
            mv.visitTypeInsn(INSTANCEOF, itf);
            mv.visitJumpInsn(IFEQ, slow);
            mv.visitVarInsn(ALOAD, fnSlot);
            mv.visitTypeInsn(CHECKCAST, itf);
            for (int k = 0; k < c.args().size(); k++) {
                ex.exprAs(c.args().get(k), params.get(k));
            }
            mv.visitMethodInsn(INVOKEINTERFACE, itf, Gen.FUNC_CALL, desc, true);
            storeResults(c.results(), sig, false);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(slow);
            mv.visitVarInsn(ALOAD, fnSlot);
            Rt.NIL_CHECK.invokeStatic(mv);
            mv.visitTypeInsn(CHECKCAST, JvmTypes.FUNC);
            ex.boxedArgs(c.args(), params);
            Rt.FUNC_INVOKE.invokeVirtual(mv);
            if (coro != null && gen.mayBlock.dynamic(desc)) {
                coro.suspendPoint(lastLine);
            }
            storeResults(c.results(), sig, true);
            mv.visitLabel(done);
        } else if (callee instanceof Callee.Iface i) {
            sig = i.method().sig();
            String itf = gen.methodIface(i.method());
            ex.expr(i.recv());
            mv.visitTypeInsn(CHECKCAST, itf);
            List<Type> params = paramTypes(sig, false);
            for (int k = 0; k < c.args().size(); k++) {
                ex.exprAs(c.args().get(k), params.get(k));
            }
            mv.visitMethodInsn(INVOKEINTERFACE, itf, Gen.javaMethodName(i.method()), gen.ifaceMethodDesc(i.method()), true);
            boolean blocks = gen.ifaceMayBlock(i.method());
            if (blocks && coro != null) {
                coro.suspendPoint(lastLine);
            }
            storeResults(c.results(), sig, blocks);
        }
    }

    /**
     * Calls may-block function (or blocking native) f, its arguments on the stack: leaves its Object result
     * (the boxed result) on the stack, having suspended and resumed in between if it returned SUSPEND.
     */
    private void callMayBlock(FuncSym f) {
        if (!f.isNative()) {
            mv.visitInsn(ACONST_NULL);
        }
        mv.visitMethodInsn(INVOKESTATIC, Gen.ownerOf(f), f.symbol(), gen.callDesc(f), false);
        suspendPoint();
    }

    /** A suspension point after a call whose Object result is on the stack (nothing to do in a plain function). */
    void suspendPoint() {
        if (coro != null) {
            coro.suspendPoint(lastLine);
        }
    }

    /** Registers every local's slot as saved across suspensions, then emits the transform's trailing blocks. */
    private void finishCoro() {
        for (Map.Entry<Local, Integer> e : slots.entrySet()) {
            Local l = e.getKey();
            org.objectweb.asm.Type t = gen.types.asm(l.type());
            coro.keep(e.getValue(), isCell(l) ? "L" + cellClass(t) + ";" : t.getDescriptor());
        }
        coro.epilogue();
        gen.out.put(coro.frameClass, coro.frameClassBytes(Gen.packageClass(fn.pkgPath()), descriptor(gen, fn)));
    }

    static List<Type> paramTypes(Signature sig, boolean withRecv) {
        List<Type> ts = new ArrayList<>();
        if (withRecv && sig.recv() != null) {
            ts.add(sig.recv().type());
        }
        for (golc.types.Var v : sig.params().vars()) {
            ts.add(v.type());
        }
        return ts;
    }

    /**
     * Stores a call's results (on the stack in the callee's JVM form) into the result locals. {@code boxed}:
     * the value came from Func.invoke, so a single result is a JVM-boxed Object.
     */
    void storeResults(List<Local> results, Signature sig, boolean boxed) {
        int n = sig.results().size();
        if (n == 0) {
            if (boxed) {
                mv.visitInsn(POP);
            }
            return;
        }
        if (n == 1) {
            Type rt = sig.results().type(0);
            org.objectweb.asm.Type t = gen.types.asm(rt);
            if (boxed) {
                Bytecode.unbox(mv, t);
            }
            Local r = results.isEmpty() ? null : results.get(0);
            if (r == null) {
                Bytecode.pop(mv, t);
            } else {
                int tmp = newSlot(t.getSize());
                mv.visitVarInsn(t.getOpcode(ISTORE), tmp);
                storeLocal(r, () -> {
                    mv.visitVarInsn(t.getOpcode(ILOAD), tmp);
                    ex.coerce(rt, r.type());
                });
            }
            return;
        }
        mv.visitTypeInsn(CHECKCAST, "[Ljava/lang/Object;");
        if (results.isEmpty()) {
            mv.visitInsn(POP);
            return;
        }
        int arr = newSlot(1);
        mv.visitVarInsn(ASTORE, arr);
        for (int i = 0; i < n; i++) {
            Local r = results.get(i);
            if (r == null) {
                continue;
            }
            int k = i;
            Type rt = sig.results().type(i);
            storeLocal(r, () -> {
                mv.visitVarInsn(ALOAD, arr);
                Bytecode.iconst(mv, k);
                mv.visitInsn(AALOAD);
                Bytecode.unbox(mv, gen.types.asm(rt));
                ex.coerce(rt, r.type());
            });
        }
    }
}
