package golc.codegen;

import golc.ir.Expr;
import golc.types.Basic;
import golc.types.Interface;
import golc.types.Named;
import golc.types.Type;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Interface values (ARCHITECTURE.md "Values in interfaces"): boxing a value with its dynamic type, type
 * assertions and type tests.
 */
final class Ifaces implements Opcodes {
    private final ExprGen ex;
    private final MethodVisitor mv;

    Ifaces(ExprGen ex) {
        this.ex = ex;
        this.mv = ex.mv;
    }

    /** How a value of a non-interface type t is held in an interface. */
    enum Boxing { STRUCT_VALUE, STRUCT_POINTER, AS_IS, NAMED, NAMED_PTR, JAVA_BOX, RT_BOX }

    Boxing boxing(Type t) {
        if (JvmTypes.isStruct(t)) {
            return Boxing.STRUCT_VALUE;
        }
        if (JvmTypes.isStructPointer(t)) {
            return Boxing.STRUCT_POINTER;
        }
        if (t instanceof Named n && n.obj().pkg() != null) {
            return Boxing.NAMED;
        }
        if (t instanceof golc.types.Pointer p && p.elem() instanceof Named n && n.obj().pkg() != null
                && !(n.underlying() instanceof Interface)) {
            golc.ir.TypeDecl d = ex.gen.typeDecl(n);
            if (d != null && !d.methods().isEmpty()) {
                return Boxing.NAMED_PTR;
            }
        }
        if (t instanceof Basic b) {
            switch (b.kind()) {
                case STRING: case UNTYPED_STRING: case COMPLEX128: case UNTYPED_COMPLEX: return Boxing.AS_IS;
                case INT: case INT32: case FLOAT64: case FLOAT32: case BOOL:
                case UNTYPED_INT: case UNTYPED_RUNE: case UNTYPED_FLOAT: case UNTYPED_BOOL:
                    return Boxing.JAVA_BOX;
                default: return Boxing.RT_BOX;
            }
        }
        return Boxing.RT_BOX;
    }

    /** The value of type {@code from} on the stack → an interface value. */
    void box(Type from) {
        if (from.underlying() instanceof Interface || ExprGen.isNil(from)) {
            return;
        }
        org.objectweb.asm.Type at = ex.asm(from);
        switch (boxing(from)) {
            case STRUCT_VALUE: {
                String c = ex.types.structClass(from);
                mv.visitMethodInsn(INVOKEVIRTUAL, c, "$copy", "()L" + c + ";", false);
                mv.visitInsn(DUP);
                mv.visitInsn(ICONST_1);
                mv.visitFieldInsn(PUTFIELD, JvmTypes.GOSTRUCT, "$isValue", "Z");
                return;
            }
            case AS_IS:
                return;
            case STRUCT_POINTER: {
                // A nil *T must give a non-nil interface: T's nil-pointer class if T has methods, else a Box.
                org.objectweb.asm.Label done = new org.objectweb.asm.Label();
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFNONNULL, done);
                mv.visitInsn(POP);
                Type elem = ((golc.types.Pointer) from.underlying()).elem();
                golc.ir.TypeDecl d = elem instanceof Named n ? ex.gen.typeDecl(n) : null;
                if (d != null && !d.methods().isEmpty() && from instanceof golc.types.Pointer) {
                    String c = NamedGen.ptrClass(ex.types.namedClass((Named) elem));
                    mv.visitTypeInsn(NEW, c);
                    mv.visitInsn(DUP);
                    mv.visitInsn(ACONST_NULL);
                    mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", "(L" + ex.types.structClass(elem) + ";)V", false);
                } else {
                    mv.visitTypeInsn(NEW, "golc/rt/Box");
                    mv.visitInsn(DUP);
                    ex.f.typeConsts.push(mv, from);
                    mv.visitInsn(ACONST_NULL);
                    Rt.BOX.invokeSpecial(mv);
                }
                mv.visitLabel(done);
                return;
            }
            case NAMED: {
                String c = ex.types.namedClass((Named) from);
                int tmp = ex.f.newSlot(at.getSize());
                mv.visitVarInsn(at.getOpcode(ISTORE), tmp);
                mv.visitTypeInsn(NEW, c);
                mv.visitInsn(DUP);
                mv.visitVarInsn(at.getOpcode(ILOAD), tmp);
                mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", "(" + at.getDescriptor() + ")V", false);
                return;
            }
            case NAMED_PTR: {
                String c = NamedGen.ptrClass(ex.types.namedClass((Named) ((golc.types.Pointer) from).elem()));
                int tmp = ex.f.newSlot(1);
                mv.visitVarInsn(ASTORE, tmp);
                mv.visitTypeInsn(NEW, c);
                mv.visitInsn(DUP);
                mv.visitVarInsn(ALOAD, tmp);
                mv.visitTypeInsn(CHECKCAST, JvmTypes.POINTER);
                mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", "(L" + JvmTypes.POINTER + ";)V", false);
                return;
            }
            case JAVA_BOX:
                Bytecode.box(mv, at);
                return;
            default: {
                int tmp = ex.f.newSlot(at.getSize());
                mv.visitVarInsn(at.getOpcode(ISTORE), tmp);
                mv.visitTypeInsn(NEW, "golc/rt/Box");
                mv.visitInsn(DUP);
                ex.f.typeConsts.push(mv, from);
                mv.visitVarInsn(at.getOpcode(ILOAD), tmp);
                Bytecode.box(mv, at);
                Rt.BOX.invokeSpecial(mv);
            }
        }
    }

    /** What Types.assertType returned for concrete type t (the JVM-boxed value) → the value of t. */
    void unbox(Type t) {
        if (JvmTypes.isStruct(t)) {
            String c = ex.types.structClass(t);
            mv.visitTypeInsn(CHECKCAST, c);
            mv.visitMethodInsn(INVOKEVIRTUAL, c, "$copy", "()L" + c + ";", false); // the interface keeps its own
            return;
        }
        Bytecode.unbox(mv, ex.asm(t));
    }

    void typeAssert(Expr.TypeAssert t) {
        ex.expr(t.x());
        ex.f.typeConsts.push(mv, t.type());
        ex.f.typeConsts.push(mv, t.x().type());
        if (t.type().underlying() instanceof Interface) {
            Rt.ASSERT_IFACE.invokeStatic(mv);
            return;
        }
        Rt.ASSERT_TYPE.invokeStatic(mv);
        unbox(t.type());
    }

    void typeIs(Expr.TypeIs t) {
        ex.expr(t.x());
        if (t.target() == null || ExprGen.isNil(t.target())) {
            org.objectweb.asm.Label no = new org.objectweb.asm.Label();
            org.objectweb.asm.Label done = new org.objectweb.asm.Label();
            mv.visitJumpInsn(IFNONNULL, no);
            mv.visitInsn(ICONST_1);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(no);
            mv.visitInsn(ICONST_0);
            mv.visitLabel(done);
            return;
        }
        ex.f.typeConsts.push(mv, t.target());
        (t.target().underlying() instanceof Interface ? Rt.IS_IFACE : Rt.IS_TYPE).invokeStatic(mv);
    }
}
