package golc.codegen;

import golc.ir.TypeDecl;
import golc.types.Func;
import golc.types.MethodSet;
import golc.types.Named;
import golc.types.Pointer;
import golc.types.Selection;
import golc.types.Signature;
import golc.types.Struct;
import golc.types.Type;
import golc.types.Var;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Bridges for the methods an unnamed struct type ({@code struct{ T }}) promotes from its embedded fields.
 * Lowering makes wrapper functions for promoted methods of defined types only, so these bridges walk the
 * embedding path themselves and call the static body of the method of the embedded named type. Like any
 * struct class, the class serves both S and *S and so bridges the method set of *S.
 */
final class PromotedBridges implements Opcodes {
    private PromotedBridges() {}

    /** One promoted method: the embedding path (field indices) and the declaring type's method. */
    record Promoted(List<Integer> path, Named owner, TypeDecl.Method method) {}

    /** The promoted methods of the unnamed struct type s that a bridge can reach. */
    static List<Promoted> of(Gen gen, Struct s) {
        List<Promoted> out = new ArrayList<>();
        for (Selection sel : MethodSet.of(new Pointer(s)).list()) {
            List<Integer> idx = sel.index();
            List<Integer> path = idx.subList(0, idx.size() - 1);
            Func f = (Func) sel.obj();
            Type holder = typeAt(s, path);
            Type base = holder instanceof Pointer p ? p.elem() : holder;
            if (!(base instanceof Named n) || gen.typeDecl(n) == null) {
                continue; // promoted from an embedded interface: not bridged here
            }
            TypeDecl.Method m = null;
            for (TypeDecl.Method c : gen.typeDecl(n).methods()) {
                if (c.name().equals(f.name())) {
                    m = c;
                }
            }
            // A pointer method of an embedded non-struct value would need the field's address: not bridged.
            if (m != null && (JvmTypes.isStruct(n) || holder instanceof Pointer || !m.ptrRecv())) {
                out.add(new Promoted(List.copyOf(path), n, m));
            }
        }
        return out;
    }

    /** The type of the embedded field reached from s along path. */
    private static Type typeAt(Struct s, List<Integer> path) {
        Type t = s;
        for (int i : path) {
            Type u = t instanceof Pointer p ? p.elem().underlying() : t.underlying();
            t = ((Struct) u).field(i).type();
        }
        return t;
    }

    static Set<String> interfaces(Gen gen, List<Promoted> ps) {
        Set<String> itfs = new LinkedHashSet<>();
        for (Promoted p : ps) {
            itfs.add(gen.methodIface(p.method().sig()));
        }
        return itfs;
    }

    static void emit(Gen gen, ClassVisitor cv, String owner, Struct s, List<Promoted> ps) {
        Set<String> done = new LinkedHashSet<>();
        for (Promoted p : ps) {
            TypeDecl.Method m = p.method();
            Signature sig = m.sig().sig();
            String jname = Gen.javaMethodName(m.sig());
            String desc = gen.ifaceMethodDesc(m.sig()); // Object result when the method key may block
            if (!done.add(jname + desc)) {
                continue;
            }
            MethodVisitor mv = cv.visitMethod(ACC_PUBLIC, jname, desc, null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            // Walk the embedded fields; a struct (or pointer to one) is its object, so each step is a getfield.
            Type cur = s;
            String curClass = owner;
            for (int i : p.path()) {
                Type base = cur instanceof Pointer ptr ? ptr.elem() : cur;
                Struct st = (Struct) base.underlying();
                Type ft = st.field(i).type();
                mv.visitFieldInsn(GETFIELD, curClass, StructGen.fieldName(st, i), gen.types.desc(ft));
                cur = ft;
                Type fb = ft instanceof Pointer fp ? fp.elem() : ft;
                curClass = JvmTypes.isStruct(fb) ? gen.types.structClass(fb) : null;
            }
            Signature impl = m.impl().sig();
            Type recvType = impl.recv() != null ? impl.recv().type() : impl.params().type(0);
            if (JvmTypes.isStruct(p.owner())) {
                if (!m.ptrRecv()) {
                    // a value receiver gets a copy, as a call through an interface copies (nil: nil dereference)
                    String c = gen.types.structClass(p.owner());
                    mv.visitMethodInsn(INVOKEVIRTUAL, c, "$copy", "()L" + c + ";", false);
                }
            } else if (cur instanceof Pointer && !m.ptrRecv()) {
                Rt.PTR_LOAD.invokeStatic(mv);
                Bytecode.unbox(mv, gen.types.asm(recvType));
            }
            int slot = 1;
            for (Var v : sig.params().vars()) {
                org.objectweb.asm.Type t = gen.types.asm(v.type());
                mv.visitVarInsn(t.getOpcode(ILOAD), slot);
                slot += t.getSize();
            }
            // as in Bridges: a may-block body takes a null frame (fresh call) and returns Object
            String implDesc = gen.callDesc(m.impl());
            if (gen.mayBlock.func(m.impl()) && !m.impl().isNative()) {
                mv.visitInsn(ACONST_NULL);
            }
            mv.visitMethodInsn(INVOKESTATIC, Gen.ownerOf(m.impl()), m.impl().symbol(), implDesc, false);
            CoroGen.adaptResult(mv, org.objectweb.asm.Type.getReturnType(implDesc),
                    org.objectweb.asm.Type.getReturnType(desc));
            mv.visitInsn(org.objectweb.asm.Type.getReturnType(desc).getOpcode(IRETURN));
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
    }
}
