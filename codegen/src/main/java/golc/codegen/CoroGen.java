package golc.codegen;

import golc.ir.IrFunc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The goroutine transform of one may-block function (docs/ARCHITECTURE.md, "The goroutine transform"): the
 * method gets a trailing {@code Frame $frame} parameter and returns {@code Object} (SUSPEND or the boxed
 * result); every suspension point checks for SUSPEND, saves the locals into the function's frame class and
 * returns SUSPEND; a resumed call restores them and jumps back to the point it left.
 *
 * <p>Layout of the method: the entry code (parameters, cells) jumps to a block at the end that zeroes every
 * other saved slot (so each is definitely assigned wherever a suspension can occur, whatever path led there),
 * which jumps back; then a resumed call ({@code $frame != null}) goes to the restore block (also at the end:
 * only then are all slots known) which loads the saved slots and dispatches on {@code label} with a
 * {@code tableswitch}. Each suspension point jumps to one shared save block. Resume paths sit inline right after
 * their call, inside the same exception ranges, and call {@code Frame.result}.
 */
final class CoroGen implements Opcodes {
    static final String FRAME = "golc/rt/sched/Frame";
    static final String FRAME_DESC = "L" + FRAME + ";";
    static final String OBJECT_DESC = "Ljava/lang/Object;";

    private final FuncGen f;
    private final MethodVisitor mv;
    final int frameSlot;
    final String frameClass;
    /** slot → descriptor of every slot that survives a suspension. */
    private final Map<Integer, String> saved = new TreeMap<>();
    private int firstZeroed;
    private int labelSlot;
    private final Label bodyStart = new Label();
    private final Label zeroInit = new Label();
    private final Label restore = new Label();
    private final Label saveAll = new Label();
    private final List<Label> resumes = new ArrayList<>();
    private final StringBuilder lines = new StringBuilder();

    CoroGen(FuncGen f, int frameSlot) {
        this.f = f;
        this.mv = f.mv;
        this.frameSlot = frameSlot;
        this.frameClass = f.gen.frameClassName(f.fn);
        f.gen.table.declare(frameClass, FRAME, List.of(), false);
    }

    /** Descriptor of a may-block Go function: its ordinary parameters, then the Frame; returns Object. */
    static String descriptor(String plain) {
        int close = plain.indexOf(')');
        return plain.substring(0, close) + FRAME_DESC + ")" + OBJECT_DESC;
    }

    /** Descriptor of a blocking native: its parameters; returns Object. */
    static String nativeDescriptor(String plain) {
        return plain.substring(0, plain.indexOf(')') + 1) + OBJECT_DESC;
    }

    void keep(int slot, String desc) {
        saved.put(slot, desc);
    }

    /** After the entry code: zero the slots, then on a resumed call restore and dispatch. */
    void prologue() {
        labelSlot = f.newSlot(1);
        firstZeroed = labelSlot;
        mv.visitJumpInsn(GOTO, zeroInit);
        mv.visitLabel(bodyStart);
        mv.visitVarInsn(ALOAD, frameSlot);
        mv.visitJumpInsn(IFNONNULL, restore);
    }

    /**
     * At a suspension point: the callee's Object result is on the stack. Leaves the call's result (after a
     * resume: {@code Frame.result}) on the stack.
     */
    void suspendPoint(int line) {
        int k = resumes.size() + 1;
        Label resume = new Label();
        Label cont = new Label();
        Label save = new Label();
        resumes.add(resume);
        lines.append((char) Math.max(0, Math.min(line, 0xFFFF)));
        mv.visitInsn(DUP);
        mv.visitFieldInsn(GETSTATIC, FRAME, "SUSPEND", OBJECT_DESC);
        mv.visitJumpInsn(IF_ACMPNE, cont);
        mv.visitInsn(POP);
        Bytecode.iconst(mv, k);
        mv.visitVarInsn(ISTORE, labelSlot);
        mv.visitJumpInsn(GOTO, saveAll);
        mv.visitLabel(resume);
        mv.visitVarInsn(ALOAD, frameSlot);
        mv.visitMethodInsn(INVOKESTATIC, FRAME, "result", "(" + FRAME_DESC + ")" + OBJECT_DESC, false);
        mv.visitLabel(cont);
    }

    /** The blocks placed after the body: save, zero, restore. */
    void epilogue() {
        mv.visitLabel(saveAll);
        Label have = new Label();
        mv.visitVarInsn(ALOAD, frameSlot);
        mv.visitJumpInsn(IFNONNULL, have);
        mv.visitTypeInsn(NEW, frameClass);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, frameClass, "<init>", "()V", false);
        mv.visitVarInsn(ASTORE, frameSlot);
        mv.visitLabel(have);
        mv.visitVarInsn(ALOAD, frameSlot);
        mv.visitTypeInsn(CHECKCAST, frameClass);
        for (Map.Entry<Integer, String> e : saved.entrySet()) {
            mv.visitInsn(DUP);
            mv.visitVarInsn(Type.getType(e.getValue()).getOpcode(ILOAD), e.getKey());
            mv.visitFieldInsn(PUTFIELD, frameClass, field(e.getKey()), e.getValue());
        }
        mv.visitInsn(DUP);
        mv.visitVarInsn(ILOAD, labelSlot);
        mv.visitFieldInsn(PUTFIELD, FRAME, "label", "I");
        mv.visitMethodInsn(INVOKESTATIC, FRAME, "save", "(" + FRAME_DESC + ")V", false);
        mv.visitFieldInsn(GETSTATIC, FRAME, "SUSPEND", OBJECT_DESC);
        mv.visitInsn(ARETURN);

        mv.visitLabel(zeroInit);
        Bytecode.iconst(mv, 0);
        mv.visitVarInsn(ISTORE, labelSlot);
        for (Map.Entry<Integer, String> e : saved.entrySet()) {
            if (e.getKey() >= firstZeroed) {
                zero(mv, Type.getType(e.getValue()));
                mv.visitVarInsn(Type.getType(e.getValue()).getOpcode(ISTORE), e.getKey());
            }
        }
        mv.visitJumpInsn(GOTO, bodyStart);

        mv.visitLabel(restore);
        mv.visitVarInsn(ALOAD, frameSlot);
        mv.visitTypeInsn(CHECKCAST, frameClass);
        for (Map.Entry<Integer, String> e : saved.entrySet()) {
            mv.visitInsn(DUP);
            mv.visitFieldInsn(GETFIELD, frameClass, field(e.getKey()), e.getValue());
            mv.visitVarInsn(Type.getType(e.getValue()).getOpcode(ISTORE), e.getKey());
        }
        mv.visitFieldInsn(GETFIELD, FRAME, "label", "I");
        Label bad = new Label();
        if (resumes.isEmpty()) {
            mv.visitInsn(POP);
            mv.visitJumpInsn(GOTO, bad);
        } else {
            mv.visitTableSwitchInsn(1, resumes.size(), bad, resumes.toArray(new Label[0]));
        }
        mv.visitLabel(bad);
        mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
        mv.visitInsn(DUP);
        mv.visitLdcInsn("golc: bad resume label");
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false);
        mv.visitInsn(ATHROW);
    }

    private static String field(int slot) {
        return "s" + slot;
    }

    /**
     * Converts a result on the stack from representation {@code from} to {@code to} where one side is the
     * transform's boxed {@code Object} (a non-blocking implementation behind a may-block interface method, or
     * the reverse for the runtime's own method interfaces, which never suspend).
     */
    static void adaptResult(MethodVisitor mv, Type from, Type to) {
        if (from.equals(to)) {
            return;
        }
        if (to.getDescriptor().equals(OBJECT_DESC) && from.getSort() == Type.VOID) {
            mv.visitInsn(ACONST_NULL);
        } else if (to.getDescriptor().equals(OBJECT_DESC)) {
            Bytecode.box(mv, from);
        } else if (to.getSort() == Type.VOID) {
            mv.visitInsn(POP);
        } else {
            Bytecode.unbox(mv, to);
        }
    }

    static void zero(MethodVisitor mv, Type t) {
        switch (t.getSort()) {
            case Type.LONG: mv.visitInsn(LCONST_0); break;
            case Type.FLOAT: mv.visitInsn(FCONST_0); break;
            case Type.DOUBLE: mv.visitInsn(DCONST_0); break;
            case Type.OBJECT: case Type.ARRAY: mv.visitInsn(ACONST_NULL); break;
            default: mv.visitInsn(ICONST_0); break;
        }
    }

    /** The frame class: a field per saved slot, resume() re-entering the static method, site() for traces. */
    byte[] frameClassBytes(String owner, String methodDesc) {
        IrFunc fn = f.fn;
        ClassWriter cw = new GoClassWriter(f.gen.table);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, frameClass, null, FRAME, null);
        for (Map.Entry<Integer, String> e : saved.entrySet()) {
            cw.visitField(0, field(e.getKey()), e.getValue(), null, null).visitEnd();
        }
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        m.visitCode();
        m.visitVarInsn(ALOAD, 0);
        m.visitMethodInsn(INVOKESPECIAL, FRAME, "<init>", "()V", false);
        m.visitInsn(RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();

        m = cw.visitMethod(ACC_PUBLIC, "resume", "()" + OBJECT_DESC, null, null);
        m.visitCode();
        Type[] args = Type.getArgumentTypes(methodDesc);
        for (int i = 0; i < args.length - 1; i++) {
            zero(m, args[i]);
        }
        m.visitVarInsn(ALOAD, 0);
        m.visitMethodInsn(INVOKESTATIC, owner, fn.symbol(), methodDesc, false);
        m.visitInsn(ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();

        MethodVisitor sm = cw.visitMethod(ACC_PUBLIC, "site", "()Ljava/lang/StackTraceElement;", null, null);
        m = sm;
        m.visitCode();
        site(m, owner, fn.symbol(), fn.pos() == null ? null : fn.pos().path(), () -> {
            sm.visitLdcInsn(" " + lines);
            sm.visitVarInsn(ALOAD, 0);
            sm.visitFieldInsn(GETFIELD, FRAME, "label", "I");
            sm.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "charAt", "(I)C", false);
        });
        m.visitInsn(ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Pushes {@code new StackTraceElement("go.<pkg>.package", symbol, file, <line>)}. */
    static void site(MethodVisitor m, String owner, String symbol, String file, Runnable line) {
        m.visitTypeInsn(NEW, "java/lang/StackTraceElement");
        m.visitInsn(DUP);
        m.visitLdcInsn(owner.replace('/', '.'));
        m.visitLdcInsn(symbol);
        if (file == null) {
            m.visitInsn(ACONST_NULL);
        } else {
            m.visitLdcInsn(file);
        }
        line.run();
        m.visitMethodInsn(INVOKESPECIAL, "java/lang/StackTraceElement", "<init>",
                "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I)V", false);
    }
}
