package golc.codegen;

import golc.ir.IrFunc;
import golc.codegen.coro.Liveness;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The goroutine transform of one may-block function (docs/ARCHITECTURE.md, "The goroutine transform"): the
 * method gets a trailing {@code Frame $frame} parameter and returns {@code Object} (SUSPEND or the boxed
 * result); every suspension point checks for SUSPEND, saves the locals into the function's frame class and
 * returns SUSPEND; a resumed call restores them and jumps back to the point it left.
 *
 * <p>Layout of the method: the function is emitted into a {@link MethodNode} (PackageGen), so that the trailing
 * blocks can be written once the body is complete. After the entry code (parameters, cells) a resumed call
 * ({@code $frame != null}) jumps to the restore block at the end. Each suspension point jumps to its save block
 * at the end; its resume path sits inline right after the call, inside the same exception ranges, and calls
 * {@code Frame.result}. {@link Liveness} over the finished body gives the slots live at each resume point: only
 * those are saved and restored (points with the same live slots share their save block and restore code), and
 * nothing needs zeroing, because a slot live after a call is assigned on every path to it (the verifier checks
 * the same thing for the straight-line code).
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
    /** slot → descriptor of the slots live at some resume point: the frame class's fields. */
    private final Map<Integer, String> fields = new TreeMap<>();
    private final Label restore = new Label();
    private final List<Label> resumes = new ArrayList<>();
    private final List<Label> saves = new ArrayList<>();
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

    /** After the entry code: a resumed call ({@code $frame != null}) goes to the restore block. */
    void prologue() {
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
        saves.add(save);
        lines.append((char) Math.max(0, Math.min(line, 0xFFFF)));
        mv.visitInsn(DUP);
        mv.visitFieldInsn(GETSTATIC, FRAME, "SUSPEND", OBJECT_DESC);
        mv.visitJumpInsn(IF_ACMPNE, cont);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, save);
        mv.visitLabel(resume);
        mv.visitVarInsn(ALOAD, frameSlot);
        mv.visitMethodInsn(INVOKESTATIC, FRAME, "result", "(" + FRAME_DESC + ")" + OBJECT_DESC, false);
        mv.visitLabel(cont);
    }

    /**
     * The blocks placed after the body, once liveness is known: per suspension point, a save block storing the
     * slots live at its resume point (points with the same live slots share one), and the restore block that
     * dispatches on {@code label} and reloads exactly those slots.
     */
    void epilogue() {
        MethodNode mn = (MethodNode) mv;
        List<LabelNode> points = new ArrayList<>();
        for (Label l : resumes) {
            points.add((LabelNode) l.info);
        }
        List<BitSet> live = Liveness.at(mn, points);
        // group the points by live set, in order of first appearance
        Map<BitSet, List<Integer>> groups = new LinkedHashMap<>();
        for (int k = 0; k < live.size(); k++) {
            BitSet s = live.get(k);
            s.clear(frameSlot);
            for (int v = s.nextSetBit(0); v >= 0; v = s.nextSetBit(v + 1)) {
                if (!saved.containsKey(v)) {
                    throw new IllegalStateException("coro: slot " + v + " live across suspension " + (k + 1)
                            + " but has no frame field");
                }
                fields.put(v, saved.get(v));
            }
            groups.computeIfAbsent(s, x -> new ArrayList<>()).add(k);
        }

        for (Map.Entry<BitSet, List<Integer>> g : groups.entrySet()) {
            Label block = new Label();
            for (int k : g.getValue()) {
                mv.visitLabel(saves.get(k));
                Bytecode.iconst(mv, k + 1);
                if (g.getValue().size() > 1) {
                    mv.visitJumpInsn(GOTO, block);
                }
            }
            // stack: [label]
            mv.visitLabel(block);
            Label have = new Label();
            mv.visitVarInsn(ALOAD, frameSlot);
            mv.visitJumpInsn(IFNONNULL, have);
            mv.visitTypeInsn(NEW, frameClass);
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, frameClass, "<init>", "()V", false);
            // Seen as a Frame from here on: storing a frameClass into the Frame-typed slot would make the
            // verifier load frameClass to check the subtype, when the enclosing class is loaded, for every
            // resumable function of the package, whether or not it ever suspends (hello world loaded the
            // 18 frame classes of package time this way). A checkcast asks the verifier for nothing.
            mv.visitTypeInsn(CHECKCAST, FRAME);
            mv.visitVarInsn(ASTORE, frameSlot);
            mv.visitLabel(have);
            mv.visitVarInsn(ALOAD, frameSlot);
            mv.visitTypeInsn(CHECKCAST, frameClass);
            BitSet s = g.getKey();
            for (int v = s.nextSetBit(0); v >= 0; v = s.nextSetBit(v + 1)) {
                mv.visitInsn(DUP);
                mv.visitVarInsn(Type.getType(saved.get(v)).getOpcode(ILOAD), v);
                mv.visitFieldInsn(PUTFIELD, frameClass, field(v), saved.get(v));
            }
            mv.visitInsn(SWAP);
            // named through frameClass, which holds it by inheritance: with Frame as the owner the verifier
            // would load frameClass to check the subtype (see the CHECKCAST above)
            mv.visitFieldInsn(PUTFIELD, frameClass, "label", "I");
            mv.visitVarInsn(ALOAD, frameSlot);
            mv.visitMethodInsn(INVOKESTATIC, FRAME, "save", "(" + FRAME_DESC + ")V", false);
            mv.visitFieldInsn(GETSTATIC, FRAME, "SUSPEND", OBJECT_DESC);
            mv.visitInsn(ARETURN);
        }

        Label bad = new Label();
        mv.visitLabel(restore);
        mv.visitVarInsn(ALOAD, frameSlot);
        mv.visitFieldInsn(GETFIELD, FRAME, "label", "I");
        Label[] byPoint = new Label[resumes.size()];
        List<Label> groupLabels = new ArrayList<>();
        for (List<Integer> ks : groups.values()) {
            Label l = new Label();
            groupLabels.add(l);
            for (int k : ks) {
                byPoint[k] = l;
            }
        }
        if (resumes.isEmpty()) {
            mv.visitInsn(POP);
            mv.visitJumpInsn(GOTO, bad);
        } else {
            mv.visitTableSwitchInsn(1, resumes.size(), bad, byPoint);
        }
        int gi = 0;
        for (Map.Entry<BitSet, List<Integer>> g : groups.entrySet()) {
            mv.visitLabel(groupLabels.get(gi++));
            BitSet s = g.getKey();
            if (!s.isEmpty()) {
                mv.visitVarInsn(ALOAD, frameSlot);
                mv.visitTypeInsn(CHECKCAST, frameClass);
                for (int v = s.nextSetBit(0); v >= 0; v = s.nextSetBit(v + 1)) {
                    mv.visitInsn(DUP);
                    mv.visitFieldInsn(GETFIELD, frameClass, field(v), saved.get(v));
                    mv.visitVarInsn(Type.getType(saved.get(v)).getOpcode(ISTORE), v);
                }
                mv.visitInsn(POP);
            }
            List<Integer> ks = g.getValue();
            if (ks.size() == 1) {
                mv.visitJumpInsn(GOTO, resumes.get(ks.get(0)));
            } else {
                int[] keys = new int[ks.size()];
                Label[] to = new Label[ks.size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = ks.get(i) + 1;
                    to[i] = resumes.get(ks.get(i));
                }
                mv.visitVarInsn(ALOAD, frameSlot);
                mv.visitFieldInsn(GETFIELD, FRAME, "label", "I");
                mv.visitLookupSwitchInsn(bad, keys, to);
            }
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
        for (Map.Entry<Integer, String> e : fields.entrySet()) {
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

        siteMethod(cw, owner, fn.symbol(), fn.pos() == null ? null : fn.pos().path(), sm -> {
            sm.visitLdcInsn(" " + lines);
            sm.visitVarInsn(ALOAD, 0);
            sm.visitFieldInsn(GETFIELD, FRAME, "label", "I");
            sm.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "charAt", "(I)C", false);
        });
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * Writes a frame class's {@code site()}: {@code return new StackTraceElement("go.<pkg>.package", symbol,
     * file, <line>)}, where {@code line} pushes the line number on the method it is given.
     */
    static void siteMethod(org.objectweb.asm.ClassVisitor cw, String owner, String symbol, String file,
                           java.util.function.Consumer<MethodVisitor> line) {
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "site", "()Ljava/lang/StackTraceElement;", null, null);
        m.visitCode();
        m.visitTypeInsn(NEW, "java/lang/StackTraceElement");
        m.visitInsn(DUP);
        m.visitLdcInsn(owner.replace('/', '.'));
        m.visitLdcInsn(symbol);
        if (file == null) {
            m.visitInsn(ACONST_NULL);
        } else {
            m.visitLdcInsn(file);
        }
        line.accept(m);
        m.visitMethodInsn(INVOKESPECIAL, "java/lang/StackTraceElement", "<init>",
                "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I)V", false);
        m.visitInsn(ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }
}
