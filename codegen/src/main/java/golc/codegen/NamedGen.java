package golc.codegen;

import golc.ir.TypeDecl;
import golc.types.Named;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The class of a named non-struct, non-interface type ({@code type Celsius float64}): what a value of the type
 * becomes in an interface. A final subclass of {@code golc.rt.Named} with the underlying value in
 * {@code value}, {@code $type}, {@code $unwrap}, and bridges for the value method set.
 */
final class NamedGen implements Opcodes {
    private NamedGen() {}

    static byte[] generate(Gen gen, TypeDecl decl, String name) {
        Named n = decl.type();
        TypeConsts tc = new TypeConsts(gen, name);
        ClassWriter cw = new GoClassWriter(gen.table);
        List<String> itfs = new ArrayList<>(Bridges.interfaces(gen, decl, false));
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, JvmTypes.NAMED, itfs.toArray(new String[0]));
        if (n.obj().pos() != null) {
            cw.visitSource(n.obj().pos().path(), null);
        }
        org.objectweb.asm.Type vt = gen.types.asm(n);
        cw.visitField(ACC_PUBLIC | ACC_FINAL, "value", vt.getDescriptor(), null, null).visitEnd();

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "(" + vt.getDescriptor() + ")V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, JvmTypes.NAMED, "<init>", "()V", false);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(vt.getOpcode(ILOAD), 1);
        mv.visitFieldInsn(PUTFIELD, name, "value", vt.getDescriptor());
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC, "$type", "()Lgolc/rt/GoType;", null, null);
        mv.visitCode();
        tc.push(mv, n);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC, "$unwrap", "()Ljava/lang/Object;", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, name, "value", vt.getDescriptor());
        Bytecode.box(mv, vt);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        Bridges.emit(gen, cw, tc, name, decl, false);
        tc.emit(cw);
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Class name of *N in interfaces, for a named non-struct N with methods. */
    static String ptrClass(String namedClass) {
        return namedClass + "$ptr";
    }

    /**
     * The class of *N inside interfaces when N is a named non-struct type with methods: a Named subclass whose
     * {@code value} is the golc.rt.Pointer and which bridges the whole method set of *N (a plain Box could
     * implement no method interface). For a struct type N, a non-nil *N is the struct object itself and this
     * class holds the nil *N, so that an interface holding it is not nil and its methods can be called.
     */
    static byte[] generatePtr(Gen gen, TypeDecl decl, String name) {
        Named n = decl.type();
        TypeConsts tc = new TypeConsts(gen, name);
        ClassWriter cw = new GoClassWriter(gen.table);
        List<String> itfs = new ArrayList<>(Bridges.interfaces(gen, decl, true));
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, JvmTypes.NAMED, itfs.toArray(new String[0]));
        // *N is a golc.rt.Pointer, except for a struct N, where this class stands for the nil *N only.
        String pd = JvmTypes.isStruct(n) ? "L" + gen.types.structClass(n) + ";" : "L" + JvmTypes.POINTER + ";";
        cw.visitField(ACC_PUBLIC | ACC_FINAL, "value", pd, null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "(" + pd + ")V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, JvmTypes.NAMED, "<init>", "()V", false);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(PUTFIELD, name, "value", pd);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        mv = cw.visitMethod(ACC_PUBLIC, "$type", "()Lgolc/rt/GoType;", null, null);
        mv.visitCode();
        tc.push(mv, new golc.types.Pointer(n));
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        mv = cw.visitMethod(ACC_PUBLIC, "$unwrap", "()Ljava/lang/Object;", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, name, "value", pd);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        Bridges.emit(gen, cw, name, decl, Bridges.Holder.POINTER);
        tc.emit(cw);
        cw.visitEnd();
        return cw.toByteArray();
    }
}
