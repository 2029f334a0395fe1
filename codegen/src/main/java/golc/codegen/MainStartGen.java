package golc.codegen;

import golc.ir.FuncSym;
import golc.ir.IrFunc;
import golc.ir.IrPackage;
import golc.ir.Program;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The main goroutine of a program that uses goroutines: {@code go/main/Main$Start}, the entry frame of
 * goroutine 1 (package initialisers, each a suspension point when it may block, then main.main, a fresh call
 * of the transformed body when it may block),
 * run by {@code Sched.runMain}. The outcome keeps the entry point's behaviour: a panic is rethrown with the
 * goroutine's Go stack for {@code golc.rt.Entry} to report (exit 2); a fatal error (deadlock) prints the
 * scheduler's text and exits with 2.
 */
final class MainStartGen implements Opcodes {
    static final String NAME = "go/main/Main$Start";
    private static final String OUTCOME = "golc/rt/sched/Outcome";

    private MainStartGen() {}

    /**
     * Whether the program runs on the scheduler: it has a go statement, or main.main or a package initialiser
     * may block. Otherwise nothing it runs can block (the analysis follows every call), so it runs as before,
     * without scheduler threads, even when it links packages such as sync or time.
     */
    static boolean needsScheduler(Gen gen, Program program) {
        if (gen.mayBlock.hasGo()) {
            return true;
        }
        for (IrPackage p : program.packages()) {
            if (p.init() != null && gen.mayBlock.func(p.init())) {
                return true;
            }
        }
        IrFunc main = program.pkg("main") == null ? null : program.pkg("main").func("main");
        return main != null && gen.mayBlock.func(main);
    }

    /** Emits the body of Main.run() for a program on the scheduler, and the start frame class. */
    static void runOnScheduler(Gen gen, Program program, MethodVisitor mv) {
        gen.table.declare(NAME, CoroGen.FRAME, List.of(), false);
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
        panicReport(mv);
        mv.visitLabel(ret);
        mv.visitInsn(RETURN);
    }

    /**
     * The outcome in local 1 is a panic: Go's report for the goroutine that panicked (its id, its Go stack across
     * resumed frames, "created by" its go statement), exit status 2. What is not a Go panic is rethrown for
     * Entry to report.
     */
    private static void panicReport(MethodVisitor mv) {
        Label noStack = new Label();
        Label isGo = new Label();
        Label main = new Label();
        String ste = "java/lang/StackTraceElement";
        String sb = "java/lang/StringBuilder";
        String app = "(Ljava/lang/String;)L" + sb + ";";
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(GETFIELD, OUTCOME, "stack", "[L" + ste + ";");
        mv.visitJumpInsn(IFNULL, noStack);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(GETFIELD, OUTCOME, "panic", "Ljava/lang/Throwable;");
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(GETFIELD, OUTCOME, "stack", "[L" + ste + ";");
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Throwable", "setStackTrace", "([L" + ste + ";)V", false);
        mv.visitLabel(noStack);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(GETFIELD, OUTCOME, "panic", "Ljava/lang/Throwable;");
        mv.visitMethodInsn(INVOKESTATIC, "golc/rt/PanicPrinter", "toGoPanic", "(Ljava/lang/Throwable;)Lgolc/rt/GoPanic;", false);
        mv.visitVarInsn(ASTORE, 2);
        mv.visitVarInsn(ALOAD, 2);
        mv.visitJumpInsn(IFNONNULL, isGo);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(GETFIELD, OUTCOME, "panic", "Ljava/lang/Throwable;");
        mv.visitInsn(ATHROW);
        mv.visitLabel(isGo);
        mv.visitTypeInsn(NEW, sb);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ALOAD, 2);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(GETFIELD, OUTCOME, "goroutine", "Lgolc/rt/G;");
        mv.visitFieldInsn(GETFIELD, "golc/rt/G", "id", "J");
        mv.visitMethodInsn(INVOKESTATIC, "golc/rt/PanicPrinter", "report", "(Lgolc/rt/GoPanic;J)Ljava/lang/String;", false);
        mv.visitMethodInsn(INVOKESPECIAL, sb, "<init>", "(Ljava/lang/String;)V", false);
        mv.visitVarInsn(ASTORE, 3);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitMethodInsn(INVOKEVIRTUAL, OUTCOME, "createdBy", "()L" + ste + ";", false);
        mv.visitVarInsn(ASTORE, 4);
        mv.visitVarInsn(ALOAD, 4);
        mv.visitJumpInsn(IFNULL, main);
        mv.visitVarInsn(ALOAD, 3);
        mv.visitLdcInsn("created by ");
        mv.visitMethodInsn(INVOKEVIRTUAL, sb, "append", app, false);
        mv.visitVarInsn(ALOAD, 4);
        mv.visitMethodInsn(INVOKEVIRTUAL, ste, "getClassName", "()Ljava/lang/String;", false);
        mv.visitVarInsn(ALOAD, 4);
        mv.visitMethodInsn(INVOKEVIRTUAL, ste, "getMethodName", "()Ljava/lang/String;", false);
        mv.visitMethodInsn(INVOKESTATIC, "golc/rt/PanicPrinter", "goFunctionName", "(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;", false);
        mv.visitMethodInsn(INVOKEVIRTUAL, sb, "append", app, false);
        mv.visitLdcInsn("\n\t");
        mv.visitMethodInsn(INVOKEVIRTUAL, sb, "append", app, false);
        mv.visitVarInsn(ALOAD, 4);
        mv.visitMethodInsn(INVOKEVIRTUAL, ste, "getFileName", "()Ljava/lang/String;", false);
        mv.visitMethodInsn(INVOKEVIRTUAL, sb, "append", app, false);
        mv.visitLdcInsn(":");
        mv.visitMethodInsn(INVOKEVIRTUAL, sb, "append", app, false);
        mv.visitVarInsn(ALOAD, 4);
        mv.visitMethodInsn(INVOKEVIRTUAL, ste, "getLineNumber", "()I", false);
        mv.visitMethodInsn(INVOKEVIRTUAL, sb, "append", "(I)L" + sb + ";", false);
        mv.visitLdcInsn("\n");
        mv.visitMethodInsn(INVOKEVIRTUAL, sb, "append", app, false);
        mv.visitInsn(POP);
        mv.visitLabel(main);
        mv.visitLdcInsn(2L);
        mv.visitVarInsn(ALOAD, 3);
        mv.visitMethodInsn(INVOKEVIRTUAL, sb, "toString", "()Ljava/lang/String;", false);
        mv.visitMethodInsn(INVOKESTATIC, "golc/rt/Stdio", "write", "(JLjava/lang/String;)I", false);
        mv.visitInsn(POP);
        mv.visitInsn(ICONST_2);
        mv.visitMethodInsn(INVOKESTATIC, "golc/rt/Stdio", "exit", "(I)V", false);
        mv.visitInsn(RETURN);
    }

    /**
     * Initialises every package in dependency order. A package whose initialiser may block gets its zero values
     * from {@code init·pkg}, then its initialiser is called as a suspension point of this frame: on SUSPEND the
     * frame records which one ({@code label} k) and saves itself as the caller of the initialiser's frames; when
     * the initialiser finishes, the resume loop resumes this frame, which dispatches on {@code label} to the
     * call's continuation ({@code Frame.result}, so a panic in the initialiser surfaces here) and goes on with
     * the next package.
     */
    private static void initPackages(Gen gen, Program program, MethodVisitor m) {
        List<IrPackage> blocking = new ArrayList<>();
        for (IrPackage p : program.packages()) {
            if (PackageGen.initMayBlock(gen, p)) {
                blocking.add(p);
            }
        }
        Label start = new Label();
        Label[] resumes = new Label[blocking.size()];
        if (!blocking.isEmpty()) {
            for (int i = 0; i < resumes.length; i++) {
                resumes[i] = new Label();
            }
            m.visitVarInsn(ALOAD, 0);
            m.visitFieldInsn(GETFIELD, CoroGen.FRAME, "label", "I");
            m.visitTableSwitchInsn(1, resumes.length, start, resumes);
        }
        m.visitLabel(start);
        int k = 0;
        for (IrPackage p : program.packages()) {
            String owner = Gen.packageClass(p.path());
            m.visitMethodInsn(INVOKESTATIC, owner, PackageGen.INIT, "()V", false);
            if (!PackageGen.initMayBlock(gen, p)) {
                continue;
            }
            Label cont = new Label();
            m.visitInsn(ACONST_NULL);
            m.visitMethodInsn(INVOKESTATIC, owner, p.init().symbol(), FuncGen.descriptor(gen, p.init()), false);
            m.visitInsn(DUP);
            m.visitFieldInsn(GETSTATIC, CoroGen.FRAME, "SUSPEND", CoroGen.OBJECT_DESC);
            m.visitJumpInsn(IF_ACMPNE, cont);
            m.visitVarInsn(ALOAD, 0);
            Bytecode.iconst(m, k + 1);
            m.visitFieldInsn(PUTFIELD, CoroGen.FRAME, "label", "I");
            m.visitVarInsn(ALOAD, 0);
            m.visitMethodInsn(INVOKESTATIC, CoroGen.FRAME, "save", "(" + CoroGen.FRAME_DESC + ")V", false);
            m.visitInsn(ARETURN); // the SUSPEND still on the stack
            m.visitLabel(resumes[k]);
            m.visitVarInsn(ALOAD, 0);
            m.visitMethodInsn(INVOKESTATIC, CoroGen.FRAME, "result", "(" + CoroGen.FRAME_DESC + ")" + CoroGen.OBJECT_DESC, false);
            m.visitLabel(cont);
            m.visitInsn(POP);
            k++;
        }
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
        initPackages(gen, program, m);
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
