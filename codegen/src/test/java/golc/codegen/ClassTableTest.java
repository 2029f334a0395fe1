package golc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class ClassTableTest {
    @Test
    void commonSuperClassOfDeclaredClassesWithoutLoadingThem() {
        ClassTable t = new ClassTable();
        t.declare("go/main/A", "go/main/Base", List.of("java/lang/Runnable"), false);
        t.declare("go/main/B", "go/main/Base", List.of(), false);
        t.declare("go/main/Base", "java/lang/Object", List.of(), false);
        assertEquals("go/main/Base", t.commonSuperClass("go/main/A", "go/main/B"));
        assertEquals("java/lang/Object", t.commonSuperClass("go/main/A", "java/lang/String"));
        assertEquals("java/lang/Number", t.commonSuperClass("java/lang/Long", "java/lang/Integer"));
        assertEquals("java/lang/Runnable", t.commonSuperClass("go/main/A", "java/lang/Runnable"));
    }

    /** A branch merging two generated classes needs a frame whose type only golc's table can answer. */
    @Test
    void framesForGeneratedClassesVerify() {
        ClassTable t = new ClassTable();
        t.declare("go/t/Base", "java/lang/Object", List.of(), false);
        t.declare("go/t/A", "go/t/Base", List.of(), false);
        t.declare("go/t/B", "go/t/Base", List.of(), false);
        Map<String, byte[]> classes = new java.util.TreeMap<>();
        classes.put("go/t/Base", emptyClass(t, "go/t/Base", "java/lang/Object", false));
        classes.put("go/t/A", emptyClass(t, "go/t/A", "go/t/Base", true));
        classes.put("go/t/B", emptyClass(t, "go/t/B", "go/t/Base", true));
        GoClassWriter cw = new GoClassWriter(t);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "go/t/package", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "pick", "(Z)Lgo/t/Base;", null, null);
        mv.visitCode();
        Label other = new Label();
        Label join = new Label();
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitJumpInsn(Opcodes.IFEQ, other);
        newObject(mv, "go/t/A");
        mv.visitJumpInsn(Opcodes.GOTO, join);
        mv.visitLabel(other);
        newObject(mv, "go/t/B");
        mv.visitLabel(join);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        classes.put("go/t/package", cw.toByteArray());
        Verifier.verifyAndLoad(classes);
    }

    private static void newObject(MethodVisitor mv, String c) {
        mv.visitTypeInsn(Opcodes.NEW, c);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, c, "<init>", "()V", false);
    }

    private static byte[] emptyClass(ClassTable t, String name, String sup, boolean fin) {
        GoClassWriter cw = new GoClassWriter(t);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | (fin ? Opcodes.ACC_FINAL : 0), name, null, sup, null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, sup, "<init>", "()V", false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
