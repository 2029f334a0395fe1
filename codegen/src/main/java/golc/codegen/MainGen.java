package golc.codegen;

import golc.ir.IrPackage;
import golc.ir.Program;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@code go/main/Main}: the jar's Main-Class. {@code main(String[])} hands the program to
 * {@code golc.rt.Entry.run}, which sets os.Args, runs it on the main goroutine's thread (with a large stack, as
 * Go's stacks grow), and turns an unrecovered panic into Go's report and exit status 2. The program
 * ({@code run()}) initialises every package in dependency order, then calls main.main.
 */
final class MainGen implements Opcodes {
    static final String NAME = "go/main/Main";

    private MainGen() {}

    static byte[] generate(Gen gen, Program program) {
        ClassWriter cw = new GoClassWriter(gen.table);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, NAME, null, JvmTypes.OBJECT, new String[] {"java/lang/Runnable"});
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, JvmTypes.OBJECT, "<init>", "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitTypeInsn(NEW, NAME);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, NAME, "<init>", "()V", false);
        Rt.ENTRY_RUN.invokeStatic(mv);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC, "run", "()V", null, null);
        mv.visitCode();
        if (MainStartGen.needsScheduler(gen, program)) {
            MainStartGen.runOnScheduler(gen, program, mv); // goroutine 1 on the scheduler (the goroutine transform)
        } else {
            for (IrPackage p : program.packages()) {
                mv.visitMethodInsn(INVOKESTATIC, Gen.packageClass(p.path()), PackageGen.INIT, "()V", false);
            }
            mv.visitMethodInsn(INVOKESTATIC, Gen.packageClass("main"), "main", "()V", false);
            mv.visitInsn(RETURN);
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
