package golc.codegen;

import golc.ir.Global;
import golc.ir.IrFunc;
import golc.ir.IrPackage;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.Opcodes;

/**
 * The class {@code go/<path>/package} of one Go package: package variables as static fields, every function
 * and method body as a static method, and {@code init·pkg()}, which the entry point calls once per package in
 * dependency order (followed by the initialiser's own method when that may block, see {@link #initMayBlock}). There is no {@code <clinit>}: Go's initialisation order is explicit, not left to class
 * loading.
 */
final class PackageGen implements Opcodes {
    static final String INIT = "init·pkg";
    private static final String INITED = "$inited";
    /** Descriptor of the runtime annotation golc.rt.GoSource. */
    static final String GO_SOURCE = "Lgolc/rt/GoSource;";

    private PackageGen() {}

    static byte[] generate(Gen gen, IrPackage pkg) {
        String name = Gen.packageClass(pkg.path());
        TypeConsts tc = new TypeConsts(gen, name);
        ClassWriter cw = new GoClassWriter(gen.table);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, JvmTypes.OBJECT, null);
        String src = sourceFile(pkg);
        if (src != null) {
            cw.visitSource(src, null);
        }
        for (Global g : pkg.globals()) {
            cw.visitField(ACC_PUBLIC | ACC_STATIC, g.name(), fieldDesc(gen, g), null, null).visitEnd();
        }
        cw.visitField(ACC_PRIVATE | ACC_STATIC, INITED, "Z", null, null).visitEnd();

        List<IrFunc> funcs = new ArrayList<>();
        if (pkg.init() != null) {
            funcs.add(pkg.init());
        }
        funcs.addAll(pkg.funcs());
        for (IrFunc f : funcs) {
            if (f.isNative() || f.body() == null) {
                continue;
            }
            boolean coro = gen.mayBlock.func(f);
            // a may-block function is buffered: the goroutine transform writes its save/restore blocks from the
            // liveness of the finished body
            MethodVisitor mv = coro
                    ? new MethodNode(ASM9, ACC_PUBLIC | ACC_STATIC, f.symbol(), FuncGen.descriptor(gen, f), null, null)
                    : cw.visitMethod(ACC_PUBLIC | ACC_STATIC, f.symbol(), FuncGen.descriptor(gen, f), null, null);
            String file = f.pos() == null ? null : f.pos().path();
            if (file != null && !file.equals(src)) {
                // the class's SourceFile is one file of the package: name this function's own file for traces
                org.objectweb.asm.AnnotationVisitor av = mv.visitAnnotation(GO_SOURCE, true);
                av.visit("value", file);
                av.visitEnd();
            }
            FuncGen fg = new FuncGen(gen, tc, f, mv);
            try {
                fg.generate();
                if (coro) {
                    ((MethodNode) mv).accept(cw);
                }
            } catch (Unsupported e) {
                gen.diags.error(fg.lastPos != null ? fg.lastPos : f.pos(), e.getMessage());
                continue; // the method is left unfinished: no class of this run is written
            } catch (golc.diag.InternalCompilerError e) {
                throw e;
            } catch (RuntimeException e) {
                throw new golc.diag.InternalCompilerError(f.pos(), "codegen: compiling " + f + ": " + e, e);
            }
        }
        if (gen.diags.hasErrors()) {
            return new byte[0];
        }
        initMethod(gen, tc, cw, pkg, name);
        tc.emit(cw);
        cw.visitEnd();
        return cw.toByteArray();
    }

    static String fieldDesc(Gen gen, Global g) {
        org.objectweb.asm.Type t = gen.types.asm(g.type());
        return gen.cellGlobals.contains(g) ? "L" + FuncGen.cellClass(t) + ";" : t.getDescriptor();
    }

    /** The .go file of the package's first function (JVM classes name one source file). */
    private static String sourceFile(IrPackage pkg) {
        for (IrFunc f : pkg.funcs()) {
            if (f.pos() != null && f.pos().path() != null) {
                return f.pos().path();
            }
        }
        return pkg.init() != null && pkg.init().pos() != null ? pkg.init().pos().path() : null;
    }

    /**
     * Whether the package's initialiser (variable initialisers and init functions) may block. Then
     * {@code init·pkg} only sets the zero values, and goroutine 1's start frame calls the initialiser itself as
     * a suspension point ({@link MainStartGen}), so that it can park and resume like any goroutine code.
     */
    static boolean initMayBlock(Gen gen, IrPackage pkg) {
        return pkg.init() != null && pkg.init().body() != null && gen.mayBlock.func(pkg.init());
    }

    private static void initMethod(Gen gen, TypeConsts tc, ClassWriter cw, IrPackage pkg, String name) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, INIT, "()V", null, null);
        mv.visitCode();
        org.objectweb.asm.Label go = new org.objectweb.asm.Label();
        mv.visitFieldInsn(GETSTATIC, name, INITED, "Z");
        mv.visitJumpInsn(IFEQ, go);
        mv.visitInsn(RETURN);
        mv.visitLabel(go);
        mv.visitInsn(ICONST_1);
        mv.visitFieldInsn(PUTSTATIC, name, INITED, "Z");
        FuncGen f = FuncGen.synthetic(gen, tc, mv, 0);
        // Zero values that are not JVM defaults, and the cells of address-taken variables.
        for (Global g : pkg.globals()) {
            org.objectweb.asm.Type t = gen.types.asm(g.type());
            if (gen.cellGlobals.contains(g)) {
                String cc = FuncGen.cellClass(t);
                mv.visitTypeInsn(NEW, cc);
                mv.visitInsn(DUP);
                f.ex.zero(g.type());
                mv.visitMethodInsn(INVOKESPECIAL, cc, "<init>", "(" + FuncGen.cellFieldDesc(t) + ")V", false);
            } else if (!ExprGen.isNilZero(g.type())) {
                f.ex.zero(g.type());
            } else {
                continue;
            }
            mv.visitFieldInsn(PUTSTATIC, name, g.name(), fieldDesc(gen, g));
        }
        if (pkg.init() != null && pkg.init().body() != null && !initMayBlock(gen, pkg)) {
            mv.visitMethodInsn(INVOKESTATIC, name, pkg.init().symbol(), FuncGen.descriptor(gen, pkg.init()), false);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
