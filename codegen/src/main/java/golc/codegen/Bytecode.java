package golc.codegen;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** Small emission helpers shared by the generators: constants, JVM boxing, default values. */
final class Bytecode implements Opcodes {
    private Bytecode() {}

    static void iconst(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    static void lconst(MethodVisitor mv, long v) {
        if (v == 0 || v == 1) {
            mv.visitInsn(LCONST_0 + (int) v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    /** JVM-boxes the value on the stack (TEAM.md: J → Long, I → Integer, ...); references stay as they are. */
    static void box(MethodVisitor mv, Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false); break;
            case Type.INT: mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false); break;
            case Type.LONG: mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false); break;
            case Type.FLOAT: mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "valueOf", "(F)Ljava/lang/Float;", false); break;
            case Type.DOUBLE: mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false); break;
            default: break;
        }
    }

    /** Inverse of {@link #box}: the Object on the stack to a value of t. */
    static void unbox(MethodVisitor mv, Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN:
                mv.visitTypeInsn(CHECKCAST, "java/lang/Boolean");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Boolean", "booleanValue", "()Z", false);
                break;
            case Type.INT:
                mv.visitTypeInsn(CHECKCAST, "java/lang/Integer");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Integer", "intValue", "()I", false);
                break;
            case Type.LONG:
                mv.visitTypeInsn(CHECKCAST, "java/lang/Long");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Long", "longValue", "()J", false);
                break;
            case Type.FLOAT:
                mv.visitTypeInsn(CHECKCAST, "java/lang/Float");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Float", "floatValue", "()F", false);
                break;
            case Type.DOUBLE:
                mv.visitTypeInsn(CHECKCAST, "java/lang/Double");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Double", "doubleValue", "()D", false);
                break;
            default:
                if (!t.getInternalName().equals("java/lang/Object")) {
                    mv.visitTypeInsn(CHECKCAST, t.getInternalName());
                }
        }
    }

    /** Pops a value of JVM type t. */
    static void pop(MethodVisitor mv, Type t) {
        mv.visitInsn(t.getSize() == 2 ? POP2 : POP);
    }

    /** Pushes the JVM default (0, false, null) of t. */
    static void defaultValue(MethodVisitor mv, Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: case Type.INT: case Type.CHAR: case Type.SHORT: case Type.BYTE: mv.visitInsn(ICONST_0); break;
            case Type.LONG: mv.visitInsn(LCONST_0); break;
            case Type.FLOAT: mv.visitInsn(FCONST_0); break;
            case Type.DOUBLE: mv.visitInsn(DCONST_0); break;
            default: mv.visitInsn(ACONST_NULL);
        }
    }

    /** The conditional jump taken exactly when {@code opcode}'s is not. */
    /**
     * Declares private final fields {@code prefix0, prefix1, ...} of the given descriptors and a constructor taking
     * them in order that calls {@code superName}'s no-argument constructor and stores each one: the shape of
     * closure classes and goroutine start frames.
     */
    static void fieldsConstructor(org.objectweb.asm.ClassVisitor cw, String owner, String superName, String prefix,
                                  java.util.List<String> descs) {
        for (int i = 0; i < descs.size(); i++) {
            cw.visitField(ACC_PRIVATE | ACC_FINAL, prefix + i, descs.get(i), null, null).visitEnd();
        }
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "<init>", "(" + String.join("", descs) + ")V", null, null);
        m.visitCode();
        m.visitVarInsn(ALOAD, 0);
        m.visitMethodInsn(INVOKESPECIAL, superName, "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < descs.size(); i++) {
            Type t = Type.getType(descs.get(i));
            m.visitVarInsn(ALOAD, 0);
            m.visitVarInsn(t.getOpcode(ILOAD), slot);
            m.visitFieldInsn(PUTFIELD, owner, prefix + i, descs.get(i));
            slot += t.getSize();
        }
        m.visitInsn(RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    static int invertJump(int opcode) {
        switch (opcode) {
            case IFEQ: return IFNE;
            case IFNE: return IFEQ;
            case IFLT: return IFGE;
            case IFGE: return IFLT;
            case IFGT: return IFLE;
            case IFLE: return IFGT;
            case IF_ICMPEQ: return IF_ICMPNE;
            case IF_ICMPNE: return IF_ICMPEQ;
            case IF_ICMPLT: return IF_ICMPGE;
            case IF_ICMPGE: return IF_ICMPLT;
            case IF_ICMPGT: return IF_ICMPLE;
            case IF_ICMPLE: return IF_ICMPGT;
            case IF_ACMPEQ: return IF_ACMPNE;
            case IF_ACMPNE: return IF_ACMPEQ;
            case IFNULL: return IFNONNULL;
            case IFNONNULL: return IFNULL;
            default: throw new IllegalArgumentException("codegen: not a conditional jump: " + opcode);
        }
    }
}
