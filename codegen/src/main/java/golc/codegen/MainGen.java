package golc.codegen;

import golc.ir.IrPackage;
import golc.ir.Program;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@code go/main/Main}: the jar's Main-Class. {@code main(String[])} starts the main goroutine on a thread
 * with a large stack (Go's stacks grow to 1 GB; JVM threads get a fixed size at creation, 1 MB by default),
 * which hands the program to {@code golc.rt.Entry.run}: it sets os.Args, runs it, and turns an unrecovered
 * panic into Go's report and exit status 2. The program ({@code run()} of an instance without arguments)
 * initialises every package in dependency order, then calls main.main.
 */
final class MainGen implements Opcodes {
    static final String NAME = "go/main/Main";
    /** Stack size of the main goroutine's thread: reserved, committed only as used (about a million frames). */
    static final long STACK = 256L << 20;

    private MainGen() {}

    static byte[] generate(Gen gen, Program program) {
        ClassWriter cw = new GoClassWriter(gen.table);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, NAME, null, JvmTypes.OBJECT, new String[] {"java/lang/Runnable"});
        cw.visitField(ACC_PRIVATE | ACC_FINAL, "args", "[Ljava/lang/String;", null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, JvmTypes.OBJECT, "<init>", "()V", false);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(PUTFIELD, NAME, "args", "[Ljava/lang/String;");
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        // main(args): new Thread(null, new Main(args), "main", STACK).start(), then join
        mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, new String[] {
            "java/lang/InterruptedException"});
        mv.visitCode();
        mv.visitTypeInsn(NEW, "java/lang/Thread");
        mv.visitInsn(DUP);
        mv.visitInsn(ACONST_NULL);
        mv.visitTypeInsn(NEW, NAME);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, NAME, "<init>", "([Ljava/lang/String;)V", false);
        mv.visitLdcInsn("main");
        mv.visitLdcInsn(STACK);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Thread", "<init>",
                "(Ljava/lang/ThreadGroup;Ljava/lang/Runnable;Ljava/lang/String;J)V", false);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Thread", "start", "()V", false);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Thread", "join", "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        // run(): with arguments, the goroutine's entry (Entry.run with an argument-less instance); without, the
        // program itself.
        mv = cw.visitMethod(ACC_PUBLIC, "run", "()V", null, null);
        mv.visitCode();
        Label body = new Label();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, NAME, "args", "[Ljava/lang/String;");
        mv.visitJumpInsn(IFNULL, body);
        mv.visitLabel(start);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, NAME, "args", "[Ljava/lang/String;");
        mv.visitTypeInsn(NEW, NAME);
        mv.visitInsn(DUP);
        mv.visitInsn(ACONST_NULL);
        mv.visitMethodInsn(INVOKESPECIAL, NAME, "<init>", "([Ljava/lang/String;)V", false);
        Rt.ENTRY_RUN.invokeStatic(mv);
        mv.visitLabel(end);
        mv.visitInsn(RETURN);
        // What Entry does not handle (Go fatal errors, golc bugs) still ends the program with status 2.
        mv.visitLabel(handler);
        Rt.FATAL_REPORT.invokeStatic(mv);
        mv.visitInsn(RETURN);
        mv.visitLabel(body);
        if (MainStartGen.needsScheduler(gen, program)) {
            MainStartGen.runOnScheduler(gen, program, mv);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            cw.visitEnd();
            return cw.toByteArray();
        }
        for (IrPackage p : program.packages()) {
            mv.visitMethodInsn(INVOKESTATIC, Gen.packageClass(p.path()), PackageGen.INIT, "()V", false);
        }
        mv.visitMethodInsn(INVOKESTATIC, Gen.packageClass("main"), "main", "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
