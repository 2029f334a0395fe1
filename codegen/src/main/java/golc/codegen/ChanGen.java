package golc.codegen;

import golc.ir.Expr;
import golc.ir.Stmt;
import golc.types.Chan;
import golc.types.Type;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Channel operations and {@code go} statements as calls of the scheduler runtime ({@code golc.rt.sched}):
 * elements travel JVM-boxed; send and receive are suspension points of the goroutine transform.
 */
final class ChanGen implements Opcodes {
    static final String CHAN = "golc/rt/sched/Chan";
    static final String SELECT = "golc/rt/sched/Select";
    private static final String OBJ = "Ljava/lang/Object;";
    private final FuncGen f;
    private final MethodVisitor mv;
    private final ExprGen ex;

    ChanGen(FuncGen f) {
        this.f = f;
        this.mv = f.mv;
        this.ex = f.ex;
    }

    static Type elem(Expr ch) {
        return ((Chan) ch.type().underlying()).elem();
    }

    /** ch <- v */
    void send(Stmt.Send s) {
        Type et = elem(s.ch());
        ex.expr(s.ch());
        ex.exprAs(s.value(), et);
        Bytecode.box(mv, ex.asm(et));
        mv.visitMethodInsn(INVOKESTATIC, CHAN, "send", "(L" + CHAN + ";" + OBJ + ")" + OBJ, false);
        f.suspendPoint();
        mv.visitInsn(POP);
    }

    /** v, ok = <-ch (either may be absent). */
    void recv(Stmt.Recv r) {
        Type et = elem(r.ch());
        org.objectweb.asm.Type at = ex.asm(et);
        ex.expr(r.ch());
        if (r.ok() == null) {
            mv.visitMethodInsn(INVOKESTATIC, CHAN, "recv", "(L" + CHAN + ";)" + OBJ, false);
            f.suspendPoint();
            if (r.value() == null) {
                mv.visitInsn(POP);
                return;
            }
            int tmp = f.newSlot(1);
            mv.visitVarInsn(ASTORE, tmp);
            f.storeLocal(r.value(), () -> {
                mv.visitVarInsn(ALOAD, tmp);
                Bytecode.unbox(mv, at);
                ex.copy(et); // elements are shared with the channel's buffer (and its zero value)
                ex.coerce(et, r.value().type());
            });
            return;
        }
        mv.visitMethodInsn(INVOKESTATIC, CHAN, "recv2", "(L" + CHAN + ";)" + OBJ, false);
        f.suspendPoint();
        int tmp = f.newSlot(1);
        mv.visitVarInsn(ASTORE, tmp);
        storeRecv2(tmp, r.value(), r.ok(), et);
    }

    /** From the Object in slot tmp (an element or Chan.CLOSED): ok = not closed, value = element or zero. */
    private void storeRecv2(int tmp, golc.ir.Local value, golc.ir.Local ok, Type et) {
        org.objectweb.asm.Type at = ex.asm(et);
        if (ok != null) {
            f.storeLocal(ok, () -> {
                Label closed = new Label();
                Label done = new Label();
                mv.visitVarInsn(ALOAD, tmp);
                mv.visitFieldInsn(GETSTATIC, CHAN, "CLOSED", OBJ);
                mv.visitJumpInsn(IF_ACMPEQ, closed);
                mv.visitInsn(ICONST_1);
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(closed);
                mv.visitInsn(ICONST_0);
                mv.visitLabel(done);
            });
        }
        if (value != null) {
            f.storeLocal(value, () -> {
                Label closed = new Label();
                Label done = new Label();
                mv.visitVarInsn(ALOAD, tmp);
                mv.visitFieldInsn(GETSTATIC, CHAN, "CLOSED", OBJ);
                mv.visitJumpInsn(IF_ACMPEQ, closed);
                mv.visitVarInsn(ALOAD, tmp);
                Bytecode.unbox(mv, at);
                ex.copy(et);
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(closed);
                ex.zero(et);
                mv.visitLabel(done);
                ex.coerce(et, value.type());
            });
        }
    }

    /**
     * select: Select.select(chans, sends, nsends, block) with the send cases first, then the index of the chosen
     * case mapped back to source order, and the chosen receive case's value and ok.
     */
    void select(Stmt.Select s) {
        List<Stmt.Select.Case> cases = s.cases();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).send() != null) {
                order.add(i);
            }
        }
        int nsends = order.size();
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).send() == null) {
                order.add(i);
            }
        }
        Bytecode.iconst(mv, cases.size());
        mv.visitTypeInsn(ANEWARRAY, CHAN);
        for (int j = 0; j < order.size(); j++) {
            mv.visitInsn(DUP);
            Bytecode.iconst(mv, j);
            ex.expr(cases.get(order.get(j)).ch());
            mv.visitInsn(AASTORE);
        }
        if (nsends == 0) {
            mv.visitFieldInsn(GETSTATIC, SELECT, "NO_SENDS", "[" + OBJ); // no allocation per select
        } else {
            Bytecode.iconst(mv, nsends);
            mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        }
        for (int j = 0; j < nsends; j++) {
            Stmt.Select.Case c = cases.get(order.get(j));
            Type et = elem(c.ch());
            mv.visitInsn(DUP);
            Bytecode.iconst(mv, j);
            ex.exprAs(c.send(), et);
            Bytecode.box(mv, ex.asm(et));
            mv.visitInsn(AASTORE);
        }
        Bytecode.iconst(mv, nsends);
        mv.visitInsn(s.hasDefault() ? ICONST_0 : ICONST_1);
        mv.visitMethodInsn(INVOKESTATIC, SELECT, "select", "([L" + CHAN + ";[" + OBJ + "IZ)" + OBJ, false);
        if (!s.hasDefault()) {
            f.suspendPoint();
        }
        int tmp = f.newSlot(1);
        mv.visitVarInsn(ASTORE, tmp);
        // index: the runtime's position j (sends first) to the source position, -1 (default) staying -1; a
        // string maps them unless the cases are already in that order
        StringBuilder map = new StringBuilder().append((char) 0);
        boolean identity = true;
        for (int k = 0; k < order.size(); k++) {
            map.append((char) (order.get(k) + 1));
            identity &= order.get(k) == k;
        }
        boolean mapped = !identity;
        f.storeLocal(s.index(), () -> {
            if (mapped) {
                mv.visitLdcInsn(map.toString());
            }
            mv.visitMethodInsn(INVOKESTATIC, SELECT, "index", "()I", false);
            if (mapped) {
                mv.visitInsn(ICONST_1);
                mv.visitInsn(IADD);
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "charAt", "(I)C", false);
                mv.visitInsn(ICONST_1);
                mv.visitInsn(ISUB);
            }
            mv.visitInsn(I2L); // the index local is a Go int
        });
        for (int i = 0; i < cases.size(); i++) {
            Stmt.Select.Case c = cases.get(i);
            if (c.send() != null || (c.value() == null && c.ok() == null)) {
                continue;
            }
            Label skip = new Label();
            f.loadLocal(s.index());
            mv.visitLdcInsn((long) i);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFNE, skip);
            storeRecv2(tmp, c.value(), c.ok(), elem(c.ch()));
            mv.visitLabel(skip);
        }
    }

    /**
     * go fn(args): the function value and arguments are evaluated here, in the calling goroutine; a small start
     * frame class per statement holds them, its resume() makes the call and its site() is this statement, the
     * "created by" line. A static function or a function literal is called directly with its captures and
     * arguments in typed fields ({@link #directStart}); any other func value goes through Func.invoke, which
     * returns SUSPEND as is for may-block functions.
     */
    void go(Stmt.Go g) {
        String name = f.gen.goStartClassName(f.fn);
        int line = g.pos() == null ? 0 : g.pos().line();
        String owner = Gen.packageClass(f.fn.pkgPath());
        String file = f.fn.pos() == null ? null : f.fn.pos().path();
        if (directStart(g, name, owner, file, line)) {
            return;
        }
        f.gen.out.put(name, startFrame(f.gen, name, owner, f.fn.symbol(), file, line));
        mv.visitTypeInsn(NEW, name);
        mv.visitInsn(DUP);
        ex.expr(g.fn());
        mv.visitTypeInsn(CHECKCAST, JvmTypes.FUNC);
        ex.boxedArgs(g.args());
        mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", "(L" + JvmTypes.FUNC + ";[" + OBJ + ")V", false);
        mv.visitTypeInsn(CHECKCAST, CoroGen.FRAME); // see CoroGen: keeps the verifier from loading the class
        mv.visitMethodInsn(INVOKESTATIC, "golc/rt/sched/Sched", "go", "(" + CoroGen.FRAME_DESC + ")V", false);
    }

    /**
     * go f(x) / go func(...){...}(x): no func value, no Object[], no boxing. The start frame's fields are the
     * closure's captures (evaluated here, as making the closure would) and the arguments in their JVM types;
     * resume() is the static call itself. False when fn is another kind of func value.
     */
    private boolean directStart(Stmt.Go g, String name, String owner, String file, int line) {
        golc.ir.FuncSym fn;
        List<golc.ir.Local> captures;
        if (g.fn() instanceof Expr.FuncRef r) {
            fn = r.fn();
            captures = List.of();
        } else if (g.fn() instanceof Expr.MakeClosure m) {
            fn = m.fn();
            captures = m.captures();
        } else {
            return false;
        }
        golc.ir.IrPackage p = f.gen.program.pkg(fn.pkgPath());
        golc.ir.IrFunc ir = p == null ? null : p.func(fn.symbol());
        List<Type> params = FuncGen.paramTypes(fn.sig(), true);
        if (ir == null || ir.isNative() || ir.captures().size() != captures.size() || params.size() != g.args().size()) {
            return false;
        }
        Gen gen = f.gen;
        String desc = FuncGen.descriptor(gen, ir);
        boolean blocks = gen.mayBlock.func(fn);
        List<String> fields = new ArrayList<>();
        for (golc.ir.Local c : ir.captures()) {
            fields.add(FuncGen.captureDesc(gen, c));
        }
        for (Type t : params) {
            fields.add(gen.types.asm(t).getDescriptor());
        }
        String ctor = "(" + String.join("", fields) + ")V";

        gen.table.declare(name, CoroGen.FRAME, List.of(), false);
        ClassWriter cw = new GoClassWriter(gen.table);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, CoroGen.FRAME, null);
        Bytecode.fieldsConstructor(cw, name, CoroGen.FRAME, "f", fields);

        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "resume", "()" + OBJ, null, null);
        m.visitCode();
        for (int i = 0; i < fields.size(); i++) {
            m.visitVarInsn(ALOAD, 0);
            m.visitFieldInsn(GETFIELD, name, "f" + i, fields.get(i));
        }
        if (blocks) {
            m.visitInsn(ACONST_NULL);
        }
        m.visitMethodInsn(INVOKESTATIC, Gen.ownerOf(fn), fn.symbol(), desc, false);
        org.objectweb.asm.Type rt = org.objectweb.asm.Type.getReturnType(desc);
        if (rt.getSort() == org.objectweb.asm.Type.VOID) {
            m.visitInsn(ACONST_NULL);
        } else if (!blocks) {
            Bytecode.box(m, rt);
        }
        m.visitInsn(ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();

        CoroGen.siteMethod(cw, owner, f.fn.symbol(), file, sm -> Bytecode.iconst(sm, line));
        cw.visitEnd();
        gen.out.put(name, cw.toByteArray());

        mv.visitTypeInsn(NEW, name);
        mv.visitInsn(DUP);
        for (golc.ir.Local l : captures) {
            if (l.boxed()) {
                f.loadCell(l);
            } else {
                f.loadLocal(l);
            }
        }
        for (int i = 0; i < params.size(); i++) {
            ex.exprAs(g.args().get(i), params.get(i));
        }
        mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", ctor, false);
        mv.visitTypeInsn(CHECKCAST, CoroGen.FRAME); // see CoroGen: keeps the verifier from loading the class
        mv.visitMethodInsn(INVOKESTATIC, "golc/rt/sched/Sched", "go", "(" + CoroGen.FRAME_DESC + ")V", false);
        return true;
    }

    private static byte[] startFrame(Gen gen, String name, String owner, String symbol, String file, int line) {
        gen.table.declare(name, CoroGen.FRAME, java.util.List.of(), false);
        ClassWriter cw = new GoClassWriter(gen.table);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, CoroGen.FRAME, null);
        cw.visitField(ACC_PRIVATE | ACC_FINAL, "fn", "L" + JvmTypes.FUNC + ";", null, null).visitEnd();
        cw.visitField(ACC_PRIVATE | ACC_FINAL, "args", "[" + OBJ, null, null).visitEnd();
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "<init>", "(L" + JvmTypes.FUNC + ";[" + OBJ + ")V", null, null);
        m.visitCode();
        m.visitVarInsn(ALOAD, 0);
        m.visitMethodInsn(INVOKESPECIAL, CoroGen.FRAME, "<init>", "()V", false);
        m.visitVarInsn(ALOAD, 0);
        m.visitVarInsn(ALOAD, 1);
        m.visitFieldInsn(PUTFIELD, name, "fn", "L" + JvmTypes.FUNC + ";");
        m.visitVarInsn(ALOAD, 0);
        m.visitVarInsn(ALOAD, 2);
        m.visitFieldInsn(PUTFIELD, name, "args", "[" + OBJ);
        m.visitInsn(RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();

        m = cw.visitMethod(ACC_PUBLIC, "resume", "()" + OBJ, null, null);
        m.visitCode();
        m.visitVarInsn(ALOAD, 0);
        m.visitFieldInsn(GETFIELD, name, "fn", "L" + JvmTypes.FUNC + ";");
        Rt.NIL_CHECK.invokeStatic(m);
        m.visitTypeInsn(CHECKCAST, JvmTypes.FUNC);
        m.visitVarInsn(ALOAD, 0);
        m.visitFieldInsn(GETFIELD, name, "args", "[" + OBJ);
        Rt.FUNC_INVOKE.invokeVirtual(m);
        m.visitInsn(ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();

        CoroGen.siteMethod(cw, owner, symbol, file, sm -> Bytecode.iconst(sm, line));
        cw.visitEnd();
        return cw.toByteArray();
    }
}
