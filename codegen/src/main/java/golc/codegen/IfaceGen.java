package golc.codegen;

import golc.ir.MethodSig;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/** A method interface in {@code go/$m/}: one abstract method, named and typed as the Go method. */
final class IfaceGen implements Opcodes {
    private IfaceGen() {}

    static byte[] generate(Gen gen, String name, MethodSig m) {
        ClassWriter cw = new GoClassWriter(gen.table);
        cw.visit(V17, ACC_PUBLIC | ACC_ABSTRACT | ACC_INTERFACE, name, null, JvmTypes.OBJECT, null);
        cw.visitMethod(ACC_PUBLIC | ACC_ABSTRACT, Gen.javaMethodName(m), gen.ifaceMethodDesc(m), null, null)
                .visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** A func call interface in {@code go/$f/}: method {@code call} with the given JVM descriptor. */
    static byte[] generateCall(Gen gen, String name, String desc) {
        ClassWriter cw = new GoClassWriter(gen.table);
        cw.visit(V17, ACC_PUBLIC | ACC_ABSTRACT | ACC_INTERFACE, name, null, JvmTypes.OBJECT, null);
        cw.visitMethod(ACC_PUBLIC | ACC_ABSTRACT, Gen.FUNC_CALL, desc, null, null).visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
