package golc.codegen;

import golc.ir.TypeDecl;
import golc.types.Array;
import golc.types.Basic;
import golc.types.Chan;
import golc.types.Interface;
import golc.types.MapType;
import golc.types.Named;
import golc.types.Pointer;
import golc.types.Signature;
import golc.types.Slice;
import golc.types.Struct;
import golc.types.Type;
import golc.types.TypeParam;
import golc.types.Var;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@code golc.rt.GoType} descriptors as constants of one generated class.
 *
 * <p>Each distinct type used by the class gets a static method {@code $tN()} that returns its descriptor from a
 * private static field {@code $tcN}, building it with the runtime's factories on first use: no {@code <clinit>},
 * and no dynamic constant or method handle, whose bootstrap costs milliseconds each in a starting JVM (an early
 * version used {@code ldc} of a {@code ConstantBootstraps.invoke} dynamic constant and spent a third of a hello
 * world's start-up there). The field is volatile because a descriptor built by one thread is read by others; the
 * runtime interns descriptors, so two threads racing to build one get the same object, and every class building
 * the same type does too.
 *
 * <p>Named types are created by name and then defined once: the class's {@code $dN(GoType)} asks
 * {@code golc.rt.cg.TypeDefs.begin} whether it should define it (not yet defined, not under way), gives it its
 * underlying type and method sets, and returns it. Inside descriptor-building code named types are referenced by
 * name, never through another {@code $tN}, so a recursive type finds itself under way and stops.
 */
final class TypeConsts implements Opcodes {
    static final String GOTYPE = "golc/rt/GoType";
    static final String GOTYPE_DESC = "Lgolc/rt/GoType;";

    private final Gen gen;
    private final String owner;
    private final Map<String, Integer> consts = new LinkedHashMap<>();
    private final Map<String, Type> constTypes = new LinkedHashMap<>();
    private final Map<String, Integer> definers = new LinkedHashMap<>();
    private final Map<String, Named> definerTypes = new LinkedHashMap<>();

    TypeConsts(Gen gen, String owner) {
        this.gen = gen;
        this.owner = owner;
    }

    /** Pushes the descriptor of t. */
    void push(MethodVisitor mv, Type t) {
        String k = JvmTypes.key(t);
        Integer n = consts.get(k);
        if (n == null) {
            n = consts.size();
            consts.put(k, n);
            constTypes.put(k, t);
        }
        mv.visitMethodInsn(INVOKESTATIC, owner, "$t" + n, "()" + GOTYPE_DESC, false);
    }

    /** Writes the $tN and $dN methods; call after all code of the class has been generated. */
    void emit(ClassVisitor cv) {
        // Building one descriptor may need definers of named types not seen before: loop until stable.
        int doneT = 0;
        int doneD = 0;
        while (doneT < consts.size() || doneD < definers.size()) {
            List<String> ts = new ArrayList<>(consts.keySet());
            for (int i = doneT; i < ts.size(); i++) {
                String k = ts.get(i);
                String field = "$tc" + consts.get(k);
                cv.visitField(ACC_PRIVATE | ACC_STATIC | ACC_VOLATILE | ACC_SYNTHETIC, field, GOTYPE_DESC, null, null)
                        .visitEnd();
                MethodVisitor mv = cv.visitMethod(ACC_PUBLIC | ACC_STATIC | ACC_SYNTHETIC, "$t" + consts.get(k),
                        "()" + GOTYPE_DESC, null, null);
                mv.visitCode();
                Label built = new Label();
                mv.visitFieldInsn(GETSTATIC, owner, field, GOTYPE_DESC);
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFNONNULL, built);
                mv.visitInsn(POP);
                build(mv, constTypes.get(k));
                mv.visitInsn(DUP);
                mv.visitFieldInsn(PUTSTATIC, owner, field, GOTYPE_DESC);
                mv.visitLabel(built);
                mv.visitInsn(ARETURN);
                mv.visitMaxs(0, 0);
                mv.visitEnd();
            }
            doneT = ts.size();
            List<String> ds = new ArrayList<>(definers.keySet());
            for (int i = doneD; i < ds.size(); i++) {
                emitDefiner(cv, definers.get(ds.get(i)), definerTypes.get(ds.get(i)));
            }
            doneD = ds.size();
        }
    }

    /** Emits code that leaves the descriptor of t on the stack, building composite types inline. */
    void build(MethodVisitor mv, Type t) {
        if (t instanceof Named n) {
            buildNamed(mv, n);
            return;
        }
        if (t instanceof Basic b) {
            mv.visitFieldInsn(GETSTATIC, GOTYPE, basicField(b), GOTYPE_DESC);
            return;
        }
        if (t instanceof Pointer p) {
            build(mv, p.elem());
            Rt.TYPE_POINTER.invokeStatic(mv);
        } else if (t instanceof Slice s) {
            build(mv, s.elem());
            Rt.TYPE_SLICE.invokeStatic(mv);
        } else if (t instanceof Array a) {
            mv.visitLdcInsn(a.len());
            build(mv, a.elem());
            Rt.TYPE_ARRAY.invokeStatic(mv);
        } else if (t instanceof MapType m) {
            build(mv, m.key());
            build(mv, m.elem());
            Rt.TYPE_MAP.invokeStatic(mv);
        } else if (t instanceof Chan c) {
            Bytecode.iconst(mv, c.dir() == Chan.Dir.RECV_ONLY ? 1 : c.dir() == Chan.Dir.SEND_ONLY ? 2 : 3);
            build(mv, c.elem());
            Rt.TYPE_CHAN.invokeStatic(mv);
        } else if (t instanceof Signature sig) {
            buildFunc(mv, sig);
        } else if (t instanceof Struct s) {
            buildFields(mv, s);
            mv.visitLdcInsn(org.objectweb.asm.Type.getObjectType(gen.types.structClass(s)));
            List<PromotedBridges.Promoted> promoted = PromotedBridges.of(gen, s);
            if (promoted.isEmpty()) {
                Rt.TYPE_STRUCT.invokeStatic(mv);
            } else {
                // The methods it promotes (those its class bridges), so dynamic interface checks find them:
                // all of them for *S, those of S's own method set for S.
                java.util.Set<String> valueSet = new java.util.HashSet<>();
                for (golc.types.Selection sel : golc.types.MethodSet.of(s).list()) {
                    valueSet.add(sel.obj().name());
                }
                List<MethodInfo> value = new ArrayList<>();
                List<MethodInfo> ptr = new ArrayList<>();
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (PromotedBridges.Promoted p : promoted) {
                    TypeDecl.Method m = p.method();
                    if (!seen.add(m.name())) {
                        continue;
                    }
                    MethodInfo mi = new MethodInfo(m.name(), methodPkg(p.owner(), m), m.sig().sig());
                    ptr.add(mi);
                    if (valueSet.contains(m.name())) {
                        value.add(mi);
                    }
                }
                buildMethods(mv, value);
                buildMethods(mv, ptr);
                Rt.TYPE_STRUCT_METHODS.invokeStatic(mv);
            }
        } else if (t instanceof Interface it) {
            buildMethods(mv, it.allMethods().stream().map(f -> new MethodInfo(f.name(), pkgOf(f), f.signature()))
                    .toList());
            Rt.TYPE_IFACE.invokeStatic(mv);
        } else if (t instanceof TypeParam) {
            Rt.TYPE_EMPTY_INTERFACE.getStatic(mv);
        } else {
            throw new IllegalArgumentException("codegen: no descriptor for " + t);
        }
    }

    private static String pkgOf(golc.types.Obj o) {
        return o.pkg() == null ? "" : o.pkg().path();
    }

    private record MethodInfo(String name, String pkgPath, Signature sig) {}

    private void buildNamed(MethodVisitor mv, Named n) {
        if (n.obj().pkg() == null) {
            // Predeclared named types: error (and any, comparable, which are aliases or constraints).
            if (n.obj().name().equals("error")) {
                Rt.TYPE_ERROR.getStatic(mv);
            } else {
                build(mv, n.underlying());
            }
            return;
        }
        mv.visitLdcInsn(n.obj().pkg().path());
        mv.visitLdcInsn(n.obj().pkg().name());
        mv.visitLdcInsn(gen.goTypeName(n));
        Bytecode.iconst(mv, gen.localTypeId(n));
        Rt.TYPE_NAMED.invokeStatic(mv);
        String k = JvmTypes.key(n);
        Integer d = definers.get(k);
        if (d == null) {
            d = definers.size();
            definers.put(k, d);
            definerTypes.put(k, n);
        }
        mv.visitMethodInsn(INVOKESTATIC, owner, "$d" + d, "(" + GOTYPE_DESC + ")" + GOTYPE_DESC, false);
    }

    /**
     * {@code static GoType $dN(GoType t)}: defines named type t unless it is defined or under way, and returns it.
     * The definition runs between TypeDefs.begin and TypeDefs.end (a finally), so a failing one is not left
     * marked as under way.
     */
    private void emitDefiner(ClassVisitor cv, int d, Named n) {
        MethodVisitor mv = cv.visitMethod(ACC_PUBLIC | ACC_STATIC | ACC_SYNTHETIC, "$d" + d,
                "(" + GOTYPE_DESC + ")" + GOTYPE_DESC, null, null);
        mv.visitCode();
        Label define = new Label();
        Label tryStart = new Label();
        Label tryEnd = new Label();
        Label handler = new Label();
        mv.visitTryCatchBlock(tryStart, tryEnd, handler, null);
        mv.visitVarInsn(ALOAD, 0);
        Rt.TYPE_DEFINE_BEGIN.invokeStatic(mv);
        mv.visitJumpInsn(IFNE, define);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitInsn(ARETURN);
        mv.visitLabel(define);
        mv.visitLabel(tryStart);
        mv.visitVarInsn(ALOAD, 0);
        build(mv, n.underlying());
        Type u = n.underlying();
        if (u instanceof Interface) {
            mv.visitInsn(ACONST_NULL);
        } else {
            mv.visitLdcInsn(org.objectweb.asm.Type.getObjectType(gen.types.namedClass(n)));
        }
        List<MethodInfo> value = new ArrayList<>();
        List<MethodInfo> ptr = new ArrayList<>();
        TypeDecl decl = gen.typeDecl(n);
        if (decl != null) {
            for (TypeDecl.Method m : decl.methods()) {
                MethodInfo mi = new MethodInfo(m.name(), methodPkg(n, m), m.sig().sig());
                ptr.add(mi);
                if (!m.ptrRecv()) {
                    value.add(mi);
                }
            }
        }
        buildMethods(mv, value);
        buildMethods(mv, ptr);
        Rt.TYPE_DEFINE_NAMED.invokeVirtual(mv);
        mv.visitInsn(POP);
        mv.visitLabel(tryEnd);
        mv.visitVarInsn(ALOAD, 0);
        Rt.TYPE_DEFINE_END.invokeStatic(mv);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitInsn(ARETURN);
        mv.visitLabel(handler);
        mv.visitVarInsn(ALOAD, 0);
        Rt.TYPE_DEFINE_END.invokeStatic(mv);
        mv.visitInsn(ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The package qualifying an unexported method name: from the method key ("p.m ..."), else the type's. */
    private static String methodPkg(Named n, TypeDecl.Method m) {
        String key = m.sig().key();
        int sp = key.indexOf(' ');
        int dot = sp < 0 ? -1 : key.lastIndexOf('.', sp);
        if (dot > 0) {
            return key.substring(0, dot);
        }
        return n.obj().pkg() == null ? "" : n.obj().pkg().path();
    }

    private void buildMethods(MethodVisitor mv, List<MethodInfo> ms) {
        Bytecode.iconst(mv, ms.size());
        mv.visitTypeInsn(ANEWARRAY, "golc/rt/GoType$Method");
        for (int i = 0; i < ms.size(); i++) {
            MethodInfo m = ms.get(i);
            mv.visitInsn(DUP);
            Bytecode.iconst(mv, i);
            mv.visitTypeInsn(NEW, "golc/rt/GoType$Method");
            mv.visitInsn(DUP);
            mv.visitLdcInsn(m.name());
            mv.visitLdcInsn(m.pkgPath());
            buildFunc(mv, m.sig());
            Rt.TYPE_METHOD_NEW.invokeSpecial(mv);
            mv.visitInsn(AASTORE);
        }
    }

    private void buildFunc(MethodVisitor mv, Signature sig) {
        typeArray(mv, sig.params().vars());
        typeArray(mv, sig.results().vars());
        Bytecode.iconst(mv, sig.variadic() ? 1 : 0);
        Rt.TYPE_FUNC.invokeStatic(mv);
    }

    private void typeArray(MethodVisitor mv, List<Var> vars) {
        Bytecode.iconst(mv, vars.size());
        mv.visitTypeInsn(ANEWARRAY, GOTYPE);
        for (int i = 0; i < vars.size(); i++) {
            mv.visitInsn(DUP);
            Bytecode.iconst(mv, i);
            build(mv, vars.get(i).type());
            mv.visitInsn(AASTORE);
        }
    }

    private void buildFields(MethodVisitor mv, Struct s) {
        Bytecode.iconst(mv, s.numFields());
        mv.visitTypeInsn(ANEWARRAY, "golc/rt/GoType$Field");
        for (int i = 0; i < s.numFields(); i++) {
            Var f = s.field(i);
            mv.visitInsn(DUP);
            Bytecode.iconst(mv, i);
            mv.visitTypeInsn(NEW, "golc/rt/GoType$Field");
            mv.visitInsn(DUP);
            mv.visitLdcInsn(f.name());
            if (f.exported() || f.pkg() == null) {
                mv.visitInsn(ACONST_NULL);
            } else {
                mv.visitLdcInsn(f.pkg().path());
            }
            build(mv, f.type());
            Bytecode.iconst(mv, f.embedded() ? 1 : 0);
            mv.visitLdcInsn(s.tag(i));
            Rt.TYPE_FIELD_NEW.invokeSpecial(mv);
            mv.visitInsn(AASTORE);
        }
    }

    static String basicField(Basic b) {
        switch (b.kind()) {
            case BOOL: case UNTYPED_BOOL: return "BOOL";
            case INT: case UNTYPED_INT: return "INT";
            case INT8: return "INT8";
            case INT16: return "INT16";
            case INT32: case UNTYPED_RUNE: return "INT32";
            case INT64: return "INT64";
            case UINT: return "UINT";
            case UINT8: return "UINT8";
            case UINT16: return "UINT16";
            case UINT32: return "UINT32";
            case UINT64: return "UINT64";
            case UINTPTR: return "UINTPTR";
            case FLOAT32: return "FLOAT32";
            case FLOAT64: case UNTYPED_FLOAT: return "FLOAT64";
            case COMPLEX64: return "COMPLEX64";
            case COMPLEX128: case UNTYPED_COMPLEX: return "COMPLEX128";
            case STRING: case UNTYPED_STRING: return "STRING";
            case UNSAFE_POINTER: return "UNSAFE_POINTER";
            case UNTYPED_NIL: return "EMPTY_INTERFACE";
            default: throw new IllegalArgumentException("codegen: no descriptor for " + b.name());
        }
    }
}
