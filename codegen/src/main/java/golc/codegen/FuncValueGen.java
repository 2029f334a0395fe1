package golc.codegen;

import golc.ir.FuncSym;
import golc.ir.IrFunc;
import golc.ir.IrPackage;
import golc.ir.Local;
import golc.types.Type;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The class of func values of one function: a final subclass of {@code golc.rt.Func} whose fields are the
 * captured variables of a lifted closure (boxed ones as their cells) and whose {@code invoke(Object[])}
 * unboxes the arguments and calls the static body with the captures first.
 */
final class FuncValueGen implements Opcodes {
    private FuncValueGen() {}

    static byte[] generate(Gen gen, String name, FuncSym fn) {
        IrFunc ir = null;
        IrPackage p = gen.program.pkg(fn.pkgPath());
        if (p != null) {
            ir = p.func(fn.symbol());
        }
        List<Local> captures = ir == null ? List.of() : ir.captures();
        List<String> capDescs = new ArrayList<>();
        for (Local c : captures) {
            capDescs.add(FuncGen.captureDesc(gen, c));
        }
        String callDesc = gen.types.methodDesc(asFuncType(fn.sig()), List.of());
        String itf = gen.funcIface(callDesc);
        ClassWriter cw = new GoClassWriter(gen.table);
        // A may-block function's value has only invoke(Object[]) (its result may be SUSPEND, which the typed
        // entry could not return); calls through the value take the generic path.
        boolean blocks = gen.mayBlock.func(fn);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, JvmTypes.FUNC, blocks ? null : new String[] {itf});
        Bytecode.fieldsConstructor(cw, name, JvmTypes.FUNC, "c", capDescs);

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "invoke", "([Ljava/lang/Object;)Ljava/lang/Object;", null, null);
        mv.visitCode();
        for (int i = 0; i < captures.size(); i++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, "c" + i, capDescs.get(i));
        }
        List<Type> params = FuncGen.paramTypes(fn.sig(), true);
        for (int i = 0; i < params.size(); i++) {
            mv.visitVarInsn(ALOAD, 1);
            Bytecode.iconst(mv, i);
            mv.visitInsn(AALOAD);
            Bytecode.unbox(mv, gen.types.asm(params.get(i)));
        }
        String desc = ir != null && !ir.isNative() ? FuncGen.descriptor(gen, ir) : gen.callDesc(fn);
        if (blocks && !fn.isNative()) {
            mv.visitInsn(ACONST_NULL);
        }
        mv.visitMethodInsn(INVOKESTATIC, Gen.ownerOf(fn), fn.symbol(), desc, false);
        org.objectweb.asm.Type rt = org.objectweb.asm.Type.getReturnType(desc);
        if (rt.getSort() == org.objectweb.asm.Type.VOID) {
            mv.visitInsn(ACONST_NULL);
        } else {
            Bytecode.box(mv, rt);
        }
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        if (blocks) {
            cw.visitEnd();
            return cw.toByteArray();
        }
        // The typed entry: same as invoke without boxing.
        mv = cw.visitMethod(ACC_PUBLIC, Gen.FUNC_CALL, callDesc, null, null);
        mv.visitCode();
        for (int i = 0; i < captures.size(); i++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, "c" + i, capDescs.get(i));
        }
        int s = 1;
        for (Type pt : params) {
            org.objectweb.asm.Type t = gen.types.asm(pt);
            mv.visitVarInsn(t.getOpcode(ILOAD), s);
            s += t.getSize();
        }
        mv.visitMethodInsn(INVOKESTATIC, Gen.ownerOf(fn), fn.symbol(), desc, false);
        mv.visitInsn(rt.getOpcode(IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** The func type of a function's values: a method's receiver becomes the first parameter. */
    static golc.types.Signature asFuncType(golc.types.Signature sig) {
        if (sig.recv() == null) {
            return sig;
        }
        List<golc.types.Var> ps = new ArrayList<>();
        ps.add(sig.recv());
        ps.addAll(sig.params().vars());
        return new golc.types.Signature(null, List.of(), new golc.types.Tuple(ps), sig.results(), sig.variadic());
    }
}
