package golc.codegen;

import golc.ir.FuncSym;
import golc.ir.IrPackage;
import golc.ir.MethodSig;
import golc.ir.Program;
import golc.ir.TypeDecl;
import golc.types.Named;
import golc.types.Signature;
import golc.types.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * State of one {@link CodeGen#generate} run shared by the generators: the value mapping, the class table,
 * the program's type declarations, and the classes other generators asked for (func value classes, method
 * interfaces) that are written at the end.
 */
final class Gen {
    final Program program;
    final JvmTypes types = new JvmTypes();
    final ClassTable table = new ClassTable();
    /** Output: internal name → class bytes. */
    final Map<String, byte[]> out = new LinkedHashMap<>();

    private final Map<Named, TypeDecl> decls = new HashMap<>();
    private final Map<Named, String> declPkg = new HashMap<>();
    /** Func value classes to generate: class name → the function it calls. */
    final Map<String, FuncSym> funcClasses = new LinkedHashMap<>();
    /** Capture types of lifted closures, by class name (from their IrFunc). */
    final Map<String, List<Type>> funcClassCaptures = new HashMap<>();
    /** Method interfaces by key. */
    final Map<String, MethodSig> methodIfaces = new LinkedHashMap<>();
    /** Typed call interfaces of func values, by JVM method descriptor. */
    final Map<String, String> funcIfaces = new LinkedHashMap<>();
    /** The method of a func call interface. */
    static final String FUNC_CALL = "call";

    /** Globals whose address is taken somewhere: they live in cells. */
    final Set<golc.ir.Global> cellGlobals;

    /** The goroutine transform's may-block analysis of the whole program. */
    final golc.codegen.coro.MayBlock mayBlock;
    /** Frame class names handed out (one per may-block function). */
    private final Map<String, String> frameClasses = new HashMap<>();

    /** Constructs a correct program uses that codegen cannot compile yet ({@link Unsupported}). */
    final golc.diag.Diagnostics diags;

    Gen(Program program, golc.diag.Diagnostics diags) {
        this.program = program;
        this.diags = diags;
        for (IrPackage p : program.packages()) {
            for (TypeDecl d : p.types()) {
                decls.put(d.type(), d);
                declPkg.put(d.type(), p.path());
                // go/main/Main is the entry class (the manifest's Main-Class): a Go type Main of package main
                // takes another class name.
                String jvmName = p.path().equals("main") && d.jvmName().equals("Main") ? "Main·type" : d.jvmName();
                types.declareNamed(d.type(), p.path(), jvmName);
            }
        }
        this.cellGlobals = AddressTaken.globals(program);
        this.mayBlock = golc.codegen.coro.MayBlock.analyse(program, sig -> types.methodDesc(sig, List.of()),
                new golc.codegen.coro.BlockingNatives(Gen.class.getClassLoader()));
    }

    TypeDecl typeDecl(Named n) {
        TypeDecl d = decls.get(n);
        if (d == null && n.isInstance()) {
            for (Map.Entry<Named, TypeDecl> e : decls.entrySet()) {
                if (JvmTypes.key(e.getKey()).equals(JvmTypes.key(n))) {
                    return e.getValue();
                }
            }
        }
        return d;
    }

    /** The name Go prints for a named type (%T): its declared name, with type arguments for instances. */
    String goTypeName(Named n) {
        if (n.typeArgs().isEmpty()) {
            return n.obj().name();
        }
        StringBuilder sb = new StringBuilder(n.obj().name()).append('[');
        for (int i = 0; i < n.typeArgs().size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(n.typeArgs().get(i));
        }
        return sb.append(']').toString();
    }

    /** 0 for package-level types; a number telling local types apart (from their declared class name). */
    int localTypeId(Named n) {
        TypeDecl d = typeDecl(n);
        if (d == null) {
            return 0;
        }
        String j = d.jvmName();
        int dot = j.lastIndexOf('·');
        if (dot < 0) {
            return 0;
        }
        try {
            return Integer.parseInt(j.substring(dot + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String packageClass(String pkgPath) {
        return pkgDir(pkgPath) + "/package";
    }

    /**
     * The JVM package of Go package {@code pkgPath}: {@code go/<path>}, with each {@code .} of a module path
     * ({@code example.com/app/util}) as {@code ·}, since a JVM name element cannot hold a period; the runtime's
     * trace printers turn it back.
     */
    static String pkgDir(String pkgPath) {
        return "go/" + pkgPath.replace('.', '\u00b7');
    }

    static String nativesClass(String pkgPath) {
        return "golc/rt/std/" + pkgPath + "/Natives";
    }

    /** Class holding the body of fn (or the native it is bound to). */
    static String ownerOf(FuncSym fn) {
        return fn.isNative() ? nativesClass(fn.pkgPath()) : packageClass(fn.pkgPath());
    }

    /** The Func subclass representing values of fn. */
    String funcClass(FuncSym fn) {
        String c = pkgDir(fn.pkgPath()) + "/func$" + fn.symbol().replace('.', '·').replace('/', '·');
        funcClasses.putIfAbsent(c, fn);
        return c;
    }

    /**
     * The interface {@code go/$f/F<hash>} with one method {@code call} of JVM descriptor {@code desc}: func
     * values implement the one of their signature so that calls need no boxing.
     */
    String funcIface(String desc) {
        return funcIfaces.computeIfAbsent(desc, d -> "go/$f/F" + hash(d));
    }

    /** The Java interface of an interface method, and the Java method name. */
    String methodIface(MethodSig m) {
        methodIfaces.putIfAbsent(m.key(), m);
        switch (m.key()) {
            case "Error func() string": return "golc/rt/m/Error";
            case "String func() string": return "golc/rt/m/String";
            case "GoString func() string": return "golc/rt/m/GoString";
            default: return "go/$m/" + javaMethodName(m) + "$" + hash(m.key());
        }
    }

    /** Unexported names are qualified so that same-named methods of different packages never clash. */
    static String javaMethodName(MethodSig m) {
        int sp = m.key().indexOf(' ');
        String qualified = sp < 0 ? m.name() : m.key().substring(0, sp);
        return JvmTypes.sanitize(qualified);
    }

    /** Java descriptor of an interface method (no receiver). */
    String ifaceMethodDesc(Signature sig) {
        return types.methodDesc(sig, List.of());
    }

    /** Java descriptor of interface method m: returns Object when an implementation may block. */
    String ifaceMethodDesc(MethodSig m) {
        String d = ifaceMethodDesc(m.sig());
        return ifaceMayBlock(m) ? CoroGen.nativeDescriptor(d) : d;
    }

    /** Whether calls through interface method m are suspension points (never for the runtime's own interfaces). */
    boolean ifaceMayBlock(MethodSig m) {
        return mayBlock.ifaceMethod(m) && methodIface(m).startsWith("go/$m/");
    }

    /** Descriptor of the static method (or native) of fn, transformed when fn may block. */
    String callDesc(FuncSym fn) {
        String plain = types.methodDesc(fn.sig(), List.of());
        if (!mayBlock.func(fn)) {
            return plain;
        }
        return fn.isNative() ? CoroGen.nativeDescriptor(plain) : CoroGen.descriptor(plain);
    }

    /** A fresh name for the start frame class of a go statement in fn: {@code go/<pkg>/package$Go<n>}. */
    String goStartClassName(golc.ir.IrFunc fn) {
        String base = packageClass(fn.pkgPath()) + "$Go";
        int n = 0;
        while (out.containsKey(base + n)) {
            n++;
        }
        return base + n;
    }

    /** The frame class of may-block function fn: {@code go/<pkg>/package$Frame<n>}. */
    String frameClassName(golc.ir.IrFunc fn) {
        return frameClasses.computeIfAbsent(fn.pkgPath() + "\u0000" + fn.symbol(),
                k -> packageClass(fn.pkgPath()) + "$Frame" + frameClasses.size());
    }

    static String hash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
