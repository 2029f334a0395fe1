package golc.codegen;

import golc.ir.FuncSym;
import golc.ir.IrFunc;
import golc.ir.IrPackage;
import golc.ir.Program;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The main goroutine of a program that uses goroutines: {@code go/main/Main$Start}, the entry frame of
 * goroutine 1 (package initialisers, then main.main, a fresh call of the transformed body when it may block),
 * run by {@code Sched.runMain}. The outcome keeps the entry point's behaviour: a panic is rethrown with the
 * goroutine's Go stack for {@code golc.rt.Entry} to report (exit 2); a fatal error (deadlock) prints the
 * scheduler's text and exits with 2.
 */
final class MainStartGen implements Opcodes {
    static final String NAME = "go/main/Main$Start";
    private static final String OUTCOME = "golc/rt/sched/Outcome";

    private MainStartGen() {}

    /** Emits the body of Main.run() for a program on the scheduler, and the start frame class. */
    static void runOnScheduler(Gen gen, Program program, MethodVisitor mv) {
        gen.table.declare(NAME, CoroGen.FRAME, java.util.List.of(), false);
        gen.out.put(NAME, startClass(gen, program));
        mv.visitTypeInsn(NEW, NAME);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, NAME, "<init>", "()V", false);
        mv.visitMethodInsn(INVOKESTATIC, "golc/rt/sched/Sched", "runMain", "(" + CoroGen.FRAME_DESC + ")L" + OUTCOME + ";", false);
        mv.visitVarInsn(ASTORE, 1);
        Label ret = new Label();
        Label panic = new Label();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitMethodInsn(INVOKEVIRTUAL, OUTCOME, "exitStatus", "()I", false);
        mv.visitJumpInsn(IFEQ, ret);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(GETFIELD, OUTCOME, "fatalText", "Ljava/lang/String;");
        mv.visitJumpInsn(IFNULL, panic);
        mv.visitLdcInsn(2L);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(GETFIELD, OUTCOME, "fatalText", "Ljava/lang/String;");
        mv.visitMethodInsn(INVOKESTATIC, "golc/rt/Stdio", "write", "(JLjava/lang/String;)I", false);
        mv.visitInsn(POP);
        mv.visitInsn(ICONST_2);
        mv.visitMethodInsn(INVOKESTATIC, "golc/rt/Stdio", "exit", "(I)V", false);
        mv.visitInsn(RETURN);
        mv.visitLabel(panic);
        Label throwIt = new Label();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(GETFIELD, OUTCOME, "stack", "[Ljava/lang/StackTraceElement;");
        mv.visitJumpInsn(IFNULL, throwIt);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(GETFIELD, OUTCOME, "panic", "Ljava/lang/Throwable;");
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(GETFIELD, OUTCOME, "stack", "[Ljava/lang/StackTraceElement;");
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Throwable", "setStackTrace", "([Ljava/lang/StackTraceElement;)V", false);
        mv.visitLabel(throwIt);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(GETFIELD, OUTCOME, "panic", "Ljava/lang/Throwable;");
        mv.visitInsn(ATHROW);
        mv.visitLabel(ret);
        mv.visitInsn(RETURN);
    }

    private static byte[] startClass(Gen gen, Program program) {
        ClassWriter cw = new GoClassWriter(gen.table);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, NAME, null, CoroGen.FRAME, null);
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        m.visitCode();
        m.visitVarInsn(ALOAD, 0);
        m.visitMethodInsn(INVOKESPECIAL, CoroGen.FRAME, "<init>", "()V", false);
        m.visitInsn(RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();

        m = cw.visitMethod(ACC_PUBLIC, "resume", "()Ljava/lang/Object;", null, null);
        m.visitCode();
        for (IrPackage p : program.packages()) {
            m.visitMethodInsn(INVOKESTATIC, Gen.packageClass(p.path()), PackageGen.INIT, "()V", false);
        }
        IrFunc main = program.pkg("main").func("main");
        FuncSym sym = main.sym();
        String desc = gen.callDesc(sym);
        if (gen.mayBlock.func(sym)) {
            m.visitInsn(ACONST_NULL);
            m.visitMethodInsn(INVOKESTATIC, Gen.packageClass("main"), "main", desc, false);
        } else {
            m.visitMethodInsn(INVOKESTATIC, Gen.packageClass("main"), "main", desc, false);
            m.visitInsn(ACONST_NULL);
        }
        m.visitInsn(ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
