package golc.codegen;

import golc.ir.FuncSym;
import golc.ir.IrPackage;
import golc.ir.MethodSig;
import golc.ir.Program;
import golc.ir.TypeDecl;
import golc.types.Interface;
import golc.types.Struct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JVM back end: core IR in, class files out. One call compiles a whole program; nothing is kept between
 * calls.
 */
public final class CodeGen {
    private CodeGen() {}

    /**
     * Compiles every package of the program; returns internal class name → class file. A construct codegen
     * cannot compile yet is an internal compiler error here; {@link #generate(Program, Diagnostics)} reports it.
     */
    public static Map<String, byte[]> generate(Program program) {
        golc.diag.Diagnostics diags = new golc.diag.Diagnostics();
        Map<String, byte[]> out = generate(program, diags);
        if (diags.hasErrors()) {
            throw new golc.diag.InternalCompilerError(null, "codegen: " + diags.lines().get(0));
        }
        return out;
    }

    /**
     * Compiles every package of the program, reporting constructs it cannot compile yet to {@code diags}
     * (Go's format: {@code file:line:col: golc does not support X yet}); the classes are unusable then.
     */
    public static Map<String, byte[]> generate(Program program, golc.diag.Diagnostics diags) {
        Gen gen = new Gen(program, diags);
        declareClasses(gen);
        for (IrPackage p : program.packages()) {
            for (MethodSig m : p.ifaceMethods()) {
                gen.methodIface(m);
            }
        }
        for (IrPackage p : program.packages()) {
            gen.out.put(Gen.packageClass(p.path()), PackageGen.generate(gen, p));
            for (TypeDecl d : p.types()) {
                String name = gen.types.namedClass(d.type());
                if (d.type().underlying() instanceof Struct) {
                    gen.out.put(name, new StructGen(gen, d.type(), name, d).generate());
                    if (!d.methods().isEmpty()) {
                        gen.out.put(NamedGen.ptrClass(name), NamedGen.generatePtr(gen, d, NamedGen.ptrClass(name)));
                    }
                } else if (!(d.type().underlying() instanceof Interface)) {
                    gen.out.put(name, NamedGen.generate(gen, d, name));
                    if (!d.methods().isEmpty()) {
                        gen.out.put(NamedGen.ptrClass(name), NamedGen.generatePtr(gen, d, NamedGen.ptrClass(name)));
                    }
                }
            }
        }
        if (program.pkg("main") != null) {
            gen.out.put(MainGen.NAME, MainGen.generate(gen, program));
        }
        // Classes requested while generating others; generating them may request more.
        boolean more = true;
        while (more) {
            more = false;
            for (Map.Entry<String, Struct> e : gen.types.unnamedStructClasses().entrySet()) {
                if (!gen.out.containsKey(e.getKey())) {
                    gen.out.put(e.getKey(), new StructGen(gen, e.getValue(), e.getKey(), null).generate());
                    more = true;
                }
            }
            for (Map.Entry<String, FuncSym> e : new ArrayList<>(gen.funcClasses.entrySet())) {
                if (!gen.out.containsKey(e.getKey())) {
                    gen.out.put(e.getKey(), FuncValueGen.generate(gen, e.getKey(), e.getValue()));
                    more = true;
                }
            }
            for (Map.Entry<String, String> e : new ArrayList<>(gen.funcIfaces.entrySet())) {
                if (!gen.out.containsKey(e.getValue())) {
                    gen.out.put(e.getValue(), IfaceGen.generateCall(gen, e.getValue(), e.getKey()));
                    more = true;
                }
            }
            for (MethodSig m : new ArrayList<>(gen.methodIfaces.values())) {
                String name = gen.methodIface(m);
                if (name.startsWith("go/") && !gen.out.containsKey(name)) {
                    gen.out.put(name, IfaceGen.generate(gen, name, m));
                    more = true;
                }
            }
        }
        return gen.out;
    }

    /** Tells the class table about every class golc will generate, before any frame is computed. */
    private static void declareClasses(Gen gen) {
        ClassTable t = gen.table;
        t.setResolver(name -> {
            if (name.startsWith("go/$struct/")) {
                return new ClassTable.Info(name, JvmTypes.GOSTRUCT, List.of("golc/rt/cg/FieldAccess"), false);
            }
            if (name.startsWith("go/$m/") || name.startsWith("go/$f/")) {
                return new ClassTable.Info(name, JvmTypes.OBJECT, List.of(), true);
            }
            if (name.startsWith("go/") && name.contains("/func$")) {
                return new ClassTable.Info(name, JvmTypes.FUNC, List.of(), false);
            }
            if (name.startsWith("go/")) {
                return new ClassTable.Info(name, JvmTypes.OBJECT, List.of(), false);
            }
            return null;
        });
        for (IrPackage p : gen.program.packages()) {
            t.declare(Gen.packageClass(p.path()), JvmTypes.OBJECT, List.of(), false);
            for (TypeDecl d : p.types()) {
                String name = gen.types.namedClass(d.type());
                if (d.type().underlying() instanceof Struct) {
                    List<String> itfs = new ArrayList<>(Bridges.interfaces(gen, d, true));
                    itfs.add("golc/rt/cg/FieldAccess");
                    t.declare(name, JvmTypes.GOSTRUCT, itfs, false);
                    t.declare(NamedGen.ptrClass(name), JvmTypes.NAMED, new ArrayList<>(Bridges.interfaces(gen, d, true)),
                            false);
                } else if (!(d.type().underlying() instanceof Interface)) {
                    t.declare(name, JvmTypes.NAMED, new ArrayList<>(Bridges.interfaces(gen, d, false)), false);
                    t.declare(NamedGen.ptrClass(name), JvmTypes.NAMED, new ArrayList<>(Bridges.interfaces(gen, d, true)),
                            false);
                }
            }
        }
        t.declare(MainGen.NAME, JvmTypes.OBJECT, List.of("java/lang/Runnable"), false);
    }
}
