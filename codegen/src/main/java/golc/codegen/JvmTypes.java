package golc.codegen;

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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The Go → JVM value mapping of docs/ARCHITECTURE.md for one compilation: descriptors, class names of
 * struct and named types, and the small facts (slot size, load opcode, zero value) every emitter needs.
 *
 * <p>It is per compilation because class names of defined types come from the program's type declarations
 * (local types carry a uniquifying suffix), and unnamed struct types get classes named from their identity.
 */
public final class JvmTypes {
    static final String OBJECT = "java/lang/Object";
    static final String STRING = "java/lang/String";
    static final String SLICE = "golc/rt/Slice";
    static final String MAP = "golc/rt/GoMap";
    static final String CHAN = "golc/rt/sched/Chan"; // owned by sched (docs: Goroutines and the scheduler)
    static final String FUNC = "golc/rt/Func";
    static final String POINTER = "golc/rt/Pointer";
    static final String COMPLEX = "golc/rt/Complex";
    static final String GOSTRUCT = "golc/rt/GoStruct";
    static final String NAMED = "golc/rt/Named";

    /** JVM class simple names of defined types, from the IR's type declarations. */
    private final Map<Named, String> namedClasses = new HashMap<>();
    /** Classes of unnamed struct types, by identity key; also the set of such classes to generate. */
    private final Map<String, Struct> unnamedStructs = new java.util.TreeMap<>();

    /** Registers the class simple name of a defined type declared in package {@code pkgPath}. */
    void declareNamed(Named n, String pkgPath, String jvmName) {
        namedClasses.put(n, Gen.pkgDir(pkgPath) + "/" + jvmName);
    }

    /** The class of a defined type (struct or not). */
    String namedClass(Named n) {
        String c = namedClasses.get(n);
        if (c != null) {
            return c;
        }
        for (Map.Entry<Named, String> e : namedClasses.entrySet()) {
            if (identicalNamed(e.getKey(), n)) {
                namedClasses.put(n, e.getValue());
                return e.getValue();
            }
        }
        // A type the IR did not declare (e.g. an instance made on the fly): name it from its identity.
        String pkg = n.obj().pkg() == null ? "builtin" : n.obj().pkg().path();
        c = Gen.pkgDir(pkg) + "/" + sanitize(key(n));
        namedClasses.put(n, c);
        return c;
    }

    private static boolean identicalNamed(Named a, Named b) {
        return a.origin() == b.origin() && a.isInstance() && b.isInstance() && key(a).equals(key(b));
    }

    /** Unnamed struct types seen so far, by class name. */
    Map<String, Struct> unnamedStructClasses() {
        Map<String, Struct> m = new java.util.TreeMap<>();
        for (Map.Entry<String, Struct> e : unnamedStructs.entrySet()) {
            m.put(unnamedStructClass(e.getKey()), e.getValue());
        }
        return m;
    }

    /** The class holding values of a struct type (named or not), or of what a *struct points to. */
    String structClass(Type t) {
        if (t instanceof Named n) {
            return namedClass(n);
        }
        Struct s = (Struct) t;
        String k = key(s);
        unnamedStructs.putIfAbsent(k, s);
        return unnamedStructClass(k);
    }

    private static String unnamedStructClass(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "go/$struct/S" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether values of t are struct objects (t's underlying type is a struct). */
    static boolean isStruct(Type t) {
        return t.underlying() instanceof Struct;
    }

    /** Whether t is a pointer represented by the struct object it points to. */
    static boolean isStructPointer(Type t) {
        return t.underlying() instanceof Pointer p && isStruct(p.elem());
    }

    /** The JVM descriptor of a value of type t. */
    String desc(Type t) {
        if (t instanceof Named n && n.underlying() instanceof Struct) {
            return "L" + namedClass(n) + ";";
        }
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return basicDesc(b);
        }
        if (u instanceof Struct s) {
            return "L" + structClass(s) + ";";
        }
        if (u instanceof Pointer p) {
            return isStruct(p.elem()) ? "L" + structClass(p.elem()) + ";" : "L" + POINTER + ";";
        }
        if (u instanceof Array a) {
            return "[" + desc(a.elem());
        }
        if (u instanceof Slice) {
            return "L" + SLICE + ";";
        }
        if (u instanceof MapType) {
            return "L" + MAP + ";";
        }
        if (u instanceof Chan) {
            return "L" + CHAN + ";";
        }
        if (u instanceof Signature) {
            return "L" + FUNC + ";";
        }
        if (u instanceof Interface || t instanceof TypeParam) {
            return "L" + OBJECT + ";";
        }
        throw new IllegalArgumentException("codegen: no JVM representation for " + t);
    }

    static String basicDesc(Basic b) {
        switch (b.kind()) {
            case BOOL: case UNTYPED_BOOL:
                return "Z";
            case INT8: case INT16: case INT32: case UINT8: case UINT16: case UINT32: case UNTYPED_RUNE:
                return "I";
            case INT: case INT64: case UINT: case UINT64: case UINTPTR: case UNTYPED_INT:
                return "J";
            case FLOAT32:
                return "F";
            case FLOAT64: case UNTYPED_FLOAT:
                return "D";
            case COMPLEX64: case COMPLEX128: case UNTYPED_COMPLEX:
                return "L" + COMPLEX + ";";
            case STRING: case UNTYPED_STRING:
                return "L" + STRING + ";";
            case UNSAFE_POINTER: case UNTYPED_NIL:
                return "L" + OBJECT + ";";
            default:
                throw new IllegalArgumentException("codegen: no JVM representation for " + b.name());
        }
    }

    /** The ASM type of a value of t. */
    org.objectweb.asm.Type asm(Type t) {
        return org.objectweb.asm.Type.getType(desc(t));
    }

    /** The internal name for a reference-typed t (for checkcast/anewarray); arrays give their descriptor. */
    String internal(Type t) {
        return asm(t).getInternalName();
    }

    /** Method descriptor of a Go signature under TEAM.md's calling convention, with leading extra params. */
    String methodDesc(Signature sig, java.util.List<String> leadingDescs) {
        StringBuilder sb = new StringBuilder("(");
        for (String d : leadingDescs) {
            sb.append(d);
        }
        if (sig.recv() != null) {
            sb.append(desc(sig.recv().type()));
        }
        for (Var p : sig.params().vars()) {
            sb.append(desc(p.type()));
        }
        sb.append(')').append(resultDesc(sig));
        return sb.toString();
    }

    String resultDesc(Signature sig) {
        int n = sig.results().size();
        if (n == 0) {
            return "V";
        }
        if (n == 1) {
            return desc(sig.results().type(0));
        }
        return "[Ljava/lang/Object;";
    }

    /** Whether two Go types share one JVM representation (so a value converts by doing nothing). */
    boolean sameRepr(Type a, Type b) {
        return desc(a).equals(desc(b));
    }

    // ---- identity keys ----

    /**
     * A string that is equal for identical types (spec "Type identity"): type strings with package paths
     * for every named type and for unexported field names, so that same-looking types of different
     * packages differ.
     */
    static String key(Type t) {
        StringBuilder sb = new StringBuilder();
        key(t, sb);
        return sb.toString();
    }

    private static void key(Type t, StringBuilder sb) {
        if (t instanceof Named n) {
            sb.append(n.obj().pkg() == null ? "" : n.obj().pkg().path() + ".").append(n.obj().name());
            if (n.obj().pkg() != null && n.obj().parent() != null && n.obj().parent() != n.obj().pkg().scope()) {
                sb.append('@').append(n.obj().pos());
            }
            if (!n.typeArgs().isEmpty()) {
                sb.append('[');
                for (int i = 0; i < n.typeArgs().size(); i++) {
                    if (i > 0) sb.append(',');
                    key(n.typeArgs().get(i), sb);
                }
                sb.append(']');
            }
        } else if (t instanceof Basic b) {
            sb.append(b.kind() == Basic.Kind.UINT8 ? "uint8" : b.kind() == Basic.Kind.INT32 ? "int32" : b.name());
        } else if (t instanceof Pointer p) {
            sb.append('*');
            key(p.elem(), sb);
        } else if (t instanceof Slice s) {
            sb.append("[]");
            key(s.elem(), sb);
        } else if (t instanceof Array a) {
            sb.append('[').append(a.len()).append(']');
            key(a.elem(), sb);
        } else if (t instanceof MapType m) {
            sb.append("map[");
            key(m.key(), sb);
            sb.append(']');
            key(m.elem(), sb);
        } else if (t instanceof Chan c) {
            sb.append(c.dir() == Chan.Dir.RECV_ONLY ? "<-chan " : c.dir() == Chan.Dir.SEND_ONLY ? "chan<- " : "chan ");
            key(c.elem(), sb);
        } else if (t instanceof Struct s) {
            sb.append("struct{");
            for (int i = 0; i < s.numFields(); i++) {
                Var f = s.field(i);
                if (i > 0) sb.append("; ");
                if (f.embedded()) sb.append("~");
                if (!f.exported() && f.pkg() != null) sb.append(f.pkg().path()).append('.');
                sb.append(f.name()).append(' ');
                key(f.type(), sb);
                if (!s.tag(i).isEmpty()) sb.append(' ').append('"').append(s.tag(i)).append('"');
            }
            sb.append('}');
        } else if (t instanceof Signature sig) {
            sb.append("func(");
            for (int i = 0; i < sig.params().size(); i++) {
                if (i > 0) sb.append(", ");
                if (sig.variadic() && i == sig.params().size() - 1) {
                    sb.append("...");
                    key(((Slice) sig.params().type(i)).elem(), sb);
                } else {
                    key(sig.params().type(i), sb);
                }
            }
            sb.append(')');
            if (sig.results().size() > 0) {
                sb.append(" (");
                for (int i = 0; i < sig.results().size(); i++) {
                    if (i > 0) sb.append(", ");
                    key(sig.results().type(i), sb);
                }
                sb.append(')');
            }
        } else if (t instanceof Interface it) {
            sb.append("interface{");
            int i = 0;
            for (golc.types.Func m : it.allMethods()) {
                if (i++ > 0) sb.append("; ");
                sb.append(m.id());
                key(m.signature(), sb);
            }
            sb.append('}');
        } else {
            sb.append(t);
        }
    }

    /** Makes a Go type string usable as a JVM simple class name. */
    static String sanitize(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c == '.' || c == ';' || c == '[' || c == '/' || c == '<' || c == '>' || c == ' ' ? '·' : c);
        }
        return sb.toString();
    }
}
