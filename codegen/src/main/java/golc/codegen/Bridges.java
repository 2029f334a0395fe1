package golc.codegen;

import golc.ir.TypeDecl;
import golc.types.Signature;
import golc.types.Type;
import golc.types.Var;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Bridge methods: instance methods of a type's class implementing the Java method interfaces, each calling
 * the static body of the Go method. A struct class serves both T and *T, so it bridges the whole pointer
 * method set (value receivers get a copy, as a call through an interface copies); a named non-struct class
 * holds values only, so it bridges the value method set.
 */
final class Bridges implements Opcodes {
    private Bridges() {}

    static boolean included(TypeDecl.Method m, boolean structClass) {
        return structClass || !m.ptrRecv();
    }

    static Set<String> interfaces(Gen gen, TypeDecl decl, boolean structClass) {
        Set<String> itfs = new LinkedHashSet<>();
        if (decl != null) {
            for (TypeDecl.Method m : decl.methods()) {
                if (included(m, structClass)) {
                    itfs.add(gen.methodIface(m.sig()));
                }
            }
        }
        return itfs;
    }

    /**
     * Emits the bridges into class {@code owner}. For a named non-struct class the receiver value is its
     * {@code value} field of representation {@code valueDesc}.
     */
    static void emit(Gen gen, ClassVisitor cv, TypeConsts tc, String owner, TypeDecl decl, boolean structClass) {
        if (decl == null) {
            return;
        }
        Set<String> done = new LinkedHashSet<>();
        for (TypeDecl.Method m : decl.methods()) {
            if (!included(m, structClass)) {
                continue;
            }
            Signature sig = m.sig().sig();
            String jname = Gen.javaMethodName(m.sig());
            String desc = gen.ifaceMethodDesc(sig);
            if (!done.add(jname + desc)) {
                continue;
            }
            MethodVisitor mv = cv.visitMethod(ACC_PUBLIC, jname, desc, null, null);
            mv.visitCode();
            Signature impl = m.impl().sig();
            Type recvType = impl.recv() != null ? impl.recv().type() : impl.params().type(0);
            mv.visitVarInsn(ALOAD, 0);
            if (structClass) {
                if (!m.ptrRecv() && JvmTypes.isStruct(recvType)) {
                    String c = gen.types.structClass(recvType);
                    mv.visitMethodInsn(INVOKEVIRTUAL, c, "$copy", "()L" + c + ";", false);
                }
            } else {
                mv.visitFieldInsn(GETFIELD, owner, "value", gen.types.desc(recvType));
            }
            int slot = 1;
            List<Var> params = sig.params().vars();
            for (Var p : params) {
                org.objectweb.asm.Type t = gen.types.asm(p.type());
                mv.visitVarInsn(t.getOpcode(ILOAD), slot);
                slot += t.getSize();
            }
            mv.visitMethodInsn(INVOKESTATIC, Gen.ownerOf(m.impl()), m.impl().symbol(),
                    gen.types.methodDesc(impl, List.of()), false);
            mv.visitInsn(org.objectweb.asm.Type.getReturnType(desc).getOpcode(IRETURN));
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
    }
}
