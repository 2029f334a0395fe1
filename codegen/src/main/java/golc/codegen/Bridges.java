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

    /** How the class holds the receiver. */
    enum Holder {
        /** a struct class: the object is the *T, $copy() the T */
        STRUCT,
        /** a named non-struct class: field {@code value} holds a T */
        VALUE,
        /** the class of *T for a named non-struct T: field {@code value} holds the golc.rt.Pointer */
        POINTER
    }

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
        emit(gen, cv, owner, decl, structClass ? Holder.STRUCT : Holder.VALUE);
    }

    /** The receiver pointer on the stack, or Go's panicwrap panic when it is nil (stack: Object). */
    private static void nonNilReceiver(MethodVisitor mv, TypeDecl decl, TypeDecl.Method m) {
        golc.types.Named n = decl.type();
        mv.visitLdcInsn(n.obj().pkg() == null ? "" : n.obj().pkg().path());
        mv.visitLdcInsn(n.obj().name());
        mv.visitLdcInsn(m.name());
        Rt.NON_NIL_RECEIVER.invokeStatic(mv);
    }

    static void emit(Gen gen, ClassVisitor cv, String owner, TypeDecl decl, Holder holder) {
        boolean structClass = holder != Holder.VALUE;
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
            String desc = gen.ifaceMethodDesc(m.sig());
            if (!done.add(jname + desc)) {
                continue;
            }
            MethodVisitor mv = cv.visitMethod(ACC_PUBLIC, jname, desc, null, null);
            mv.visitCode();
            Signature impl = m.impl().sig();
            Type recvType = impl.recv() != null ? impl.recv().type() : impl.params().type(0);
            mv.visitVarInsn(ALOAD, 0);
            if (holder == Holder.STRUCT) {
                if (!m.ptrRecv() && JvmTypes.isStruct(recvType)) {
                    String c = gen.types.structClass(recvType);
                    mv.visitMethodInsn(INVOKEVIRTUAL, c, "$copy", "()L" + c + ";", false);
                }
            } else if (holder == Holder.POINTER && JvmTypes.isStruct(decl.type())) {
                String c = gen.types.structClass(decl.type());
                mv.visitFieldInsn(GETFIELD, owner, "value", "L" + c + ";");
                if (!m.ptrRecv()) {
                    nonNilReceiver(mv, decl, m);
                    mv.visitTypeInsn(CHECKCAST, c);
                    mv.visitMethodInsn(INVOKEVIRTUAL, c, "$copy", "()L" + c + ";", false);
                }
            } else if (holder == Holder.POINTER) {
                mv.visitFieldInsn(GETFIELD, owner, "value", "L" + JvmTypes.POINTER + ";");
                if (!m.ptrRecv()) {
                    // a value method called through *T: load the value (nil: Go's panicwrap message)
                    nonNilReceiver(mv, decl, m);
                    mv.visitTypeInsn(CHECKCAST, JvmTypes.POINTER);
                    Rt.PTR_LOAD.invokeStatic(mv);
                    Bytecode.unbox(mv, gen.types.asm(recvType));
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
            String implDesc = gen.callDesc(m.impl());
            if (gen.mayBlock.func(m.impl()) && !m.impl().isNative()) {
                mv.visitInsn(ACONST_NULL); // a fresh call of the transformed body: SUSPEND flows back as is
            }
            mv.visitMethodInsn(INVOKESTATIC, Gen.ownerOf(m.impl()), m.impl().symbol(), implDesc, false);
            CoroGen.adaptResult(mv, org.objectweb.asm.Type.getReturnType(implDesc), org.objectweb.asm.Type.getReturnType(desc));
            mv.visitInsn(org.objectweb.asm.Type.getReturnType(desc).getOpcode(IRETURN));
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
    }
}
