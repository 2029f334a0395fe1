package golc.codegen;

import golc.ir.TypeDecl;
import golc.types.Array;
import golc.types.Basic;
import golc.types.Interface;
import golc.types.Struct;
import golc.types.Type;
import golc.types.Var;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The class of a struct type (named or not): a final subclass of {@code golc.rt.GoStruct} with one public
 * field per Go field, the zero-value constructor, {@code $copy}, {@code $assign} (in-place assignment, so that
 * pointers to the struct see it), {@code $eq} (Go's ==), {@code hashCode} consistent with it, {@code $type},
 * {@code $get(i)} (a field as an interface value, for fmt), {@code $load}/{@code $store} (a field JVM-boxed, for
 * field pointers), and bridges implementing the method interfaces of its pointer method set.
 */
final class StructGen implements Opcodes {
    private final Gen gen;
    private final Type type;
    private final Struct struct;
    private final String name;
    private final TypeDecl decl;
    private final TypeConsts tc;
    private ClassWriter cw;

    StructGen(Gen gen, Type type, String name, TypeDecl decl) {
        this.gen = gen;
        this.type = type;
        this.struct = (Struct) type.underlying();
        this.name = name;
        this.decl = decl;
        this.tc = new TypeConsts(gen, name);
    }

    /** The JVM field name of field i: the Go name; blank fields get a unique name. */
    static String fieldName(Struct s, int i) {
        String n = s.field(i).name();
        return n.equals("_") ? "_$" + i : n;
    }

    byte[] generate() {
        cw = new GoClassWriter(gen.table);
        List<String> itfs = new ArrayList<>(Bridges.interfaces(gen, decl, true));
        // An unnamed struct type has no declaration, but may promote methods of its embedded fields.
        List<PromotedBridges.Promoted> promoted = decl == null && type instanceof Struct s
                ? PromotedBridges.of(gen, s) : List.of();
        itfs.addAll(PromotedBridges.interfaces(gen, promoted));
        itfs.add("golc/rt/cg/FieldAccess");
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, JvmTypes.GOSTRUCT, itfs.toArray(new String[0]));
        sourceFile();
        for (int i = 0; i < struct.numFields(); i++) {
            cw.visitField(ACC_PUBLIC, fieldName(struct, i), gen.types.desc(struct.field(i).type()), null, null)
                    .visitEnd();
        }
        constructor();
        copy();
        assign();
        eq();
        hash();
        typeMethod();
        get();
        loadStore();
        Bridges.emit(gen, cw, tc, name, decl, true);
        if (!promoted.isEmpty()) {
            PromotedBridges.emit(gen, cw, name, (Struct) type, promoted);
        }
        tc.emit(cw);
        cw.visitEnd();
        return cw.toByteArray();
    }

    private void sourceFile() {
        if (decl != null && decl.type().obj().pos() != null) {
            cw.visitSource(decl.type().obj().pos().path(), null);
        }
    }

    private MethodVisitor method(String mname, String desc) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, mname, desc, null, null);
        mv.visitCode();
        return mv;
    }

    private static void end(MethodVisitor mv) {
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private String fdesc(int i) {
        return gen.types.desc(struct.field(i).type());
    }

    private void constructor() {
        MethodVisitor mv = method("<init>", "()V");
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, JvmTypes.GOSTRUCT, "<init>", "()V", false);
        FuncGen f = FuncGen.synthetic(gen, tc, mv, 1);
        for (int i = 0; i < struct.numFields(); i++) {
            Type ft = struct.field(i).type();
            if (!ExprGen.isNilZero(ft)) {
                mv.visitVarInsn(ALOAD, 0);
                f.ex.zero(ft);
                mv.visitFieldInsn(PUTFIELD, name, fieldName(struct, i), fdesc(i));
            }
        }
        mv.visitInsn(RETURN);
        end(mv);
    }

    private void copy() {
        MethodVisitor mv = method("$copy", "()L" + name + ";");
        mv.visitTypeInsn(NEW, name);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", "()V", false);
        mv.visitVarInsn(ASTORE, 1);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKEVIRTUAL, name, "$assign", "(L" + name + ";)V", false);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitInsn(ARETURN);
        end(mv);
        // The GoStruct view of $copy, for runtime code that copies values of any struct type.
        MethodVisitor b = cw.visitMethod(ACC_PUBLIC | ACC_BRIDGE | ACC_SYNTHETIC, "$copy", "()L" + JvmTypes.GOSTRUCT + ";",
                null, null);
        b.visitCode();
        b.visitVarInsn(ALOAD, 0);
        b.visitMethodInsn(INVOKEVIRTUAL, name, "$copy", "()L" + name + ";", false);
        b.visitInsn(ARETURN);
        end(b);
    }

    /** this := src, field by field; nested structs in place, arrays copied. */
    private void assign() {
        MethodVisitor mv = method("$assign", "(L" + name + ";)V");
        for (int i = 0; i < struct.numFields(); i++) {
            Type ft = struct.field(i).type();
            String fn = fieldName(struct, i);
            mv.visitVarInsn(ALOAD, 0);
            if (JvmTypes.isStruct(ft)) {
                String c = gen.types.structClass(ft);
                mv.visitFieldInsn(GETFIELD, name, fn, fdesc(i));
                mv.visitVarInsn(ALOAD, 1);
                mv.visitFieldInsn(GETFIELD, name, fn, fdesc(i));
                mv.visitMethodInsn(INVOKEVIRTUAL, c, "$assign", "(L" + c + ";)V", false);
            } else {
                mv.visitVarInsn(ALOAD, 1);
                mv.visitFieldInsn(GETFIELD, name, fn, fdesc(i));
                if (ft.underlying() instanceof Array) {
                    tc.push(mv, ft);
                    mv.visitInsn(SWAP);
                    Rt.COPY_VALUE.invokeStatic(mv);
                    mv.visitTypeInsn(CHECKCAST, fdesc(i));
                }
                mv.visitFieldInsn(PUTFIELD, name, fn, fdesc(i));
            }
        }
        mv.visitInsn(RETURN);
        end(mv);
    }

    private void eq() {
        MethodVisitor mv = method("$eq", "(Ljava/lang/Object;)Z");
        Label no = new Label();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(CHECKCAST, name);
        mv.visitVarInsn(ASTORE, 2);
        for (int i = 0; i < struct.numFields(); i++) {
            if (struct.field(i).name().equals("_")) {
                continue; // blank fields take no part in ==
            }
            Type ft = struct.field(i).type();
            String fn = fieldName(struct, i);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, fn, fdesc(i));
            mv.visitVarInsn(ALOAD, 2);
            mv.visitFieldInsn(GETFIELD, name, fn, fdesc(i));
            compareField(mv, ft, no);
        }
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(no);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(IRETURN);
        end(mv);
    }

    /** Two values of type t on the stack: jumps to {@code no} unless Go's == holds. */
    private void compareField(MethodVisitor mv, Type t, Label no) {
        org.objectweb.asm.Type at = gen.types.asm(t);
        Type u = t.underlying();
        switch (at.getSort()) {
            case org.objectweb.asm.Type.BOOLEAN: case org.objectweb.asm.Type.INT:
                mv.visitJumpInsn(IF_ICMPNE, no);
                return;
            case org.objectweb.asm.Type.LONG:
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFNE, no);
                return;
            case org.objectweb.asm.Type.FLOAT:
                mv.visitInsn(FCMPL);
                mv.visitJumpInsn(IFNE, no);
                return;
            case org.objectweb.asm.Type.DOUBLE:
                mv.visitInsn(DCMPL);
                mv.visitJumpInsn(IFNE, no);
                return;
            default:
                break;
        }
        if (JvmTypes.isStruct(t)) {
            mv.visitMethodInsn(INVOKEVIRTUAL, gen.types.structClass(t), "$eq", "(Ljava/lang/Object;)Z", false);
        } else if (u instanceof Array) {
            tc.push(mv, t);
            Rt.ARRAY_EQ.invokeStatic(mv);
        } else if (u instanceof Interface) {
            Rt.IFACE_EQ.invokeStatic(mv);
        } else if (u instanceof Basic b && b.isString()) {
            Rt.STR_EQUALS.invokeVirtual(mv);
        } else if (u instanceof Basic b && b.isComplex()) {
            Rt.CPLX_EQ.invokeStatic(mv);
        } else {
            mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "equals", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
        }
        mv.visitJumpInsn(IFEQ, no);
    }

    /** $hash(): consistent with $eq, for map keys (primitive fields inline, the rest by their descriptor). */
    private void hash() {
        MethodVisitor mv = method("$hash", "()I");
        mv.visitInsn(ICONST_1);
        for (int i = 0; i < struct.numFields(); i++) {
            if (struct.field(i).name().equals("_")) {
                continue;
            }
            Bytecode.iconst(mv, 31);
            mv.visitInsn(IMUL);
            Type ft = struct.field(i).type();
            org.objectweb.asm.Type at = gen.types.asm(ft);
            switch (at.getSort()) {
                case org.objectweb.asm.Type.BOOLEAN: case org.objectweb.asm.Type.INT:
                    loadField(mv, i);
                    break;
                case org.objectweb.asm.Type.LONG:
                    loadField(mv, i);
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "hashCode", "(J)I", false);
                    break;
                default:
                    tc.push(mv, ft);
                    loadField(mv, i);
                    Bytecode.box(mv, at);
                    Rt.VALUE_HASH.invokeStatic(mv);
            }
            mv.visitInsn(IADD);
        }
        mv.visitInsn(IRETURN);
        end(mv);
    }

    private void loadField(MethodVisitor mv, int i) {
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, name, fieldName(struct, i), fdesc(i));
    }

    private void typeMethod() {
        MethodVisitor mv = method("$type", "()Lgolc/rt/GoType;");
        tc.push(mv, type);
        mv.visitInsn(ARETURN);
        end(mv);
    }

    /** $get(i): field i as an interface value. */
    private void get() {
        MethodVisitor mv = method("$get", "(I)Ljava/lang/Object;");
        FuncGen f = FuncGen.synthetic(gen, tc, mv, 2);
        fieldSwitch(mv, i -> {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, fieldName(struct, i), fdesc(i));
            f.ex.ifaces.box(struct.field(i).type());
            mv.visitInsn(ARETURN);
        });
        end(mv);
    }

    /** $load(i) / $store(i, v): field i JVM-boxed, for pointers to fields. */
    private void loadStore() {
        MethodVisitor m1 = method("$load", "(I)Ljava/lang/Object;");
        fieldSwitch(m1, i -> {
            m1.visitVarInsn(ALOAD, 0);
            m1.visitFieldInsn(GETFIELD, name, fieldName(struct, i), fdesc(i));
            Bytecode.box(m1, gen.types.asm(struct.field(i).type()));
            m1.visitInsn(ARETURN);
        });
        end(m1);
        MethodVisitor m2 = method("$store", "(ILjava/lang/Object;)V");
        fieldSwitch(m2, i -> {
            m2.visitVarInsn(ALOAD, 0);
            m2.visitVarInsn(ALOAD, 2);
            Bytecode.unbox(m2, gen.types.asm(struct.field(i).type()));
            m2.visitFieldInsn(PUTFIELD, name, fieldName(struct, i), fdesc(i));
            m2.visitInsn(RETURN);
        });
        end(m2);
    }

    private void fieldSwitch(MethodVisitor mv, java.util.function.IntConsumer body) {
        int n = struct.numFields();
        Label dflt = new Label();
        if (n > 0) {
            Label[] cases = new Label[n];
            for (int i = 0; i < n; i++) {
                cases[i] = new Label();
            }
            mv.visitVarInsn(ILOAD, 1);
            mv.visitTableSwitchInsn(0, n - 1, dflt, cases);
            for (int i = 0; i < n; i++) {
                mv.visitLabel(cases[i]);
                body.accept(i);
            }
        }
        mv.visitLabel(dflt);
        mv.visitTypeInsn(NEW, "java/lang/IndexOutOfBoundsException");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IndexOutOfBoundsException", "<init>", "()V", false);
        mv.visitInsn(ATHROW);
    }
}
