package golc.rt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Run-time descriptor of a Go type: what fmt, type switches, map keys and interface assertions need.
 *
 * <p>Descriptors are interned by an unambiguous key (package paths spelled out), so two descriptors of the same
 * Go type are the same object and generated code compares them with {@code ==}. {@link #toString()} is what
 * {@code %T} prints. Named types are created first ({@link #named}) and given their underlying type afterwards
 * ({@link #define}), so recursive types can refer to themselves.
 *
 * <p>Generated struct classes must have a public no-argument constructor that builds the zero value; generated
 * classes of named non-struct types (subclasses of {@link Named}) a public constructor taking the underlying
 * representation. {@link #zero()} and {@link Types#box} rely on that.
 */
public final class GoType {
    /** Channel directions as reflect.ChanDir. */
    public static final int RECV = 1, SEND = 2, BOTH = 3;

    /** A struct field. {@code pkgPath} is null for exported fields (as in reflect.StructField). */
    public static final class Field {
        public final String name;
        public final String pkgPath;
        public final GoType type;
        public final boolean embedded;
        public final String tag;

        public Field(String name, String pkgPath, GoType type, boolean embedded, String tag) {
            this.name = name;
            this.pkgPath = pkgPath;
            this.type = type;
            this.embedded = embedded;
            this.tag = tag == null ? "" : tag;
        }

        public boolean exported() {
            return pkgPath == null;
        }
    }

    /** A method of a method set or interface; {@code type} is the func type without receiver. */
    public static final class Method {
        public final String name;
        public final String pkgPath;
        public final GoType type;

        public Method(String name, String pkgPath, GoType type) {
            this.name = name;
            this.pkgPath = isExported(name) ? null : pkgPath;
            this.type = type;
        }

        public Method(String name, GoType type) {
            this(name, null, type);
        }

        boolean sameAs(Method m) {
            return name.equals(m.name) && type == m.type
                    && (pkgPath == null ? m.pkgPath == null : pkgPath.equals(m.pkgPath));
        }
    }

    private static final ConcurrentHashMap<String, GoType> INTERN = new ConcurrentHashMap<>();

    /** Methods by name (a class, not a lambda: descriptors are built while a program starts). */
    private static final Comparator<Method> BY_NAME = new Comparator<Method>() {
        @Override
        public int compare(Method a, Method b) {
            return a.name.compareTo(b.name);
        }
    };

    public static final GoType BOOL = basic(Kind.BOOL), INT = basic(Kind.INT), INT8 = basic(Kind.INT8),
            INT16 = basic(Kind.INT16), INT32 = basic(Kind.INT32), INT64 = basic(Kind.INT64),
            UINT = basic(Kind.UINT), UINT8 = basic(Kind.UINT8), UINT16 = basic(Kind.UINT16),
            UINT32 = basic(Kind.UINT32), UINT64 = basic(Kind.UINT64), UINTPTR = basic(Kind.UINTPTR),
            FLOAT32 = basic(Kind.FLOAT32), FLOAT64 = basic(Kind.FLOAT64), COMPLEX64 = basic(Kind.COMPLEX64),
            COMPLEX128 = basic(Kind.COMPLEX128), STRING = basic(Kind.STRING),
            UNSAFE_POINTER = basic(Kind.UNSAFE_POINTER);
    /** {@code interface {}} (also {@code any}). */
    public static final GoType EMPTY_INTERFACE = iface(new Method[0]);
    /** The predeclared {@code error} type. */
    public static final GoType ERROR = named("", "", "error")
            .define(iface(new Method[] {new Method("Error", func(new GoType[0], new GoType[] {STRING}, false))}),
                    null, new Method[0], new Method[0]);

    private final Kind kind;
    private final String key;
    private final String string;

    // Named types: set at creation; the rest by define().
    private final String name;
    private final String pkgPath;
    private final String pkgName;
    private volatile GoType underlying;
    private Method[] methods = new Method[0];
    private Method[] ptrMethods = new Method[0];

    // Composite types (unnamed); named types read these through underlying.
    private final GoType elem;
    private final GoType keyType;
    private final long len;
    private final int chanDir;
    private final Field[] fields;
    private final GoType[] params;
    private final GoType[] results;
    private final boolean variadic;

    private volatile GoType ptrTo;
    private volatile Class<?> cls;
    private volatile MethodHandle ctor;
    private volatile GoStruct zeroStruct;
    /** For a named type N with methods: constructor of codegen's class N$ptr (*N in interfaces); see wrapPtr. */
    private volatile MethodHandle ptrCtor;
    private volatile boolean ptrCtorLooked;
    private long size = -1;
    private int align;

    private GoType(Kind kind, String key, String string, String name, String pkgPath, String pkgName, GoType elem,
            GoType keyType, long len, int chanDir, Field[] fields, GoType[] params, GoType[] results,
            boolean variadic, Method[] methods) {
        this.kind = kind;
        this.key = key;
        this.string = string;
        this.name = name;
        this.pkgPath = pkgPath;
        this.pkgName = pkgName;
        this.elem = elem;
        this.keyType = keyType;
        this.len = len;
        this.chanDir = chanDir;
        this.fields = fields;
        this.params = params;
        this.results = results;
        this.variadic = variadic;
        if (methods != null) {
            this.methods = methods;
        }
        this.underlying = name == null ? this : null;
    }

    private static GoType intern(GoType t) {
        GoType old = INTERN.putIfAbsent(t.key, t);
        return old != null ? old : t;
    }

    private static GoType make(Kind kind, String key, String string, GoType elem, GoType keyType, long len,
            int dir, Field[] fields, GoType[] params, GoType[] results, boolean variadic, Method[] methods) {
        GoType t = INTERN.get(key);
        if (t != null) {
            return t;
        }
        return intern(new GoType(kind, key, string, null, null, null, elem, keyType, len, dir, fields, params,
                results, variadic, methods));
    }

    // ---- factories used by generated code ----

    public static GoType basic(Kind k) {
        if (!k.isBasic() && k != Kind.UNSAFE_POINTER) {
            throw new IllegalArgumentException("not a basic kind: " + k);
        }
        return make(k, k.goName, k.goName, null, null, 0, 0, null, null, null, false, null);
    }

    public static GoType slice(GoType elem) {
        return make(Kind.SLICE, "[]" + elem.key, "[]" + elem.string, elem, null, 0, 0, null, null, null, false,
                null);
    }

    public static GoType array(long len, GoType elem) {
        return make(Kind.ARRAY, "[" + len + "]" + elem.key, "[" + len + "]" + elem.string, elem, null, len, 0,
                null, null, null, false, null);
    }

    public static GoType pointer(GoType elem) {
        return make(Kind.POINTER, "*" + elem.key, "*" + elem.string, elem, null, 0, 0, null, null, null, false,
                null);
    }

    public static GoType map(GoType key, GoType elem) {
        return make(Kind.MAP, "map[" + key.key + "]" + elem.key, "map[" + key.string + "]" + elem.string, elem,
                key, 0, 0, null, null, null, false, null);
    }

    public static GoType chan(int dir, GoType elem) {
        String prefix = dir == RECV ? "<-chan " : dir == SEND ? "chan<- " : "chan ";
        boolean paren = dir == BOTH && elem.kind == Kind.CHAN && elem.name == null && elem.chanDir == RECV;
        String k = prefix + (paren ? "(" + elem.key + ")" : elem.key);
        String s = prefix + (paren ? "(" + elem.string + ")" : elem.string);
        return make(Kind.CHAN, k, s, elem, null, 0, dir, null, null, null, false, null);
    }

    public static GoType func(GoType[] params, GoType[] results, boolean variadic) {
        String k = "func" + signature(params, results, variadic, true);
        String s = "func" + signature(params, results, variadic, false);
        return make(Kind.FUNC, k, s, null, null, 0, 0, null, params.clone(), results.clone(), variadic, null);
    }

    /**
     * An unnamed struct type that promotes methods from embedded fields ({@code struct{ T }}): {@code methods}
     * is the method set of S, {@code ptrMethods} that of *S (the methods its class bridges).
     */
    public static GoType struct(Field[] fields, Class<?> cls, Method[] methods, Method[] ptrMethods) {
        GoType t = struct(fields, cls);
        synchronized (t) {
            if (t.ptrMethods.length == 0 && ptrMethods.length > 0) {
                t.methods = sorted(methods);
                t.ptrMethods = sorted(ptrMethods);
            }
        }
        return t;
    }

    /** An unnamed struct type; {@code cls} is the generated class representing it (may be null). */
    public static GoType struct(Field[] fields, Class<?> cls) {
        StringBuilder k = new StringBuilder("struct {"), s = new StringBuilder("struct {");
        for (int i = 0; i < fields.length; i++) {
            Field f = fields[i];
            k.append(i == 0 ? " " : "; ");
            s.append(i == 0 ? " " : "; ");
            if (!f.embedded) {
                k.append(f.pkgPath == null ? "" : f.pkgPath + ".").append(f.name).append(' ');
                s.append(f.name).append(' ');
            } else {
                // an embedded field's name is the name its type was written with, which an alias makes
                // differ from the type's (struct{ int } and struct{ Int } with Int = int are distinct types)
                k.append('~').append(f.pkgPath == null ? "" : f.pkgPath + ".").append(f.name).append(' ');
            }
            k.append(f.type.key);
            s.append(f.type.string);
            if (!f.tag.isEmpty()) {
                k.append(' ').append(Strings.quote(f.tag));
                s.append(' ').append(Strings.quote(f.tag));
            }
        }
        k.append(fields.length == 0 ? "}" : " }");
        s.append(fields.length == 0 ? "}" : " }");
        GoType t = make(Kind.STRUCT, k.toString(), s.toString(), null, null, 0, 0, fields.clone(), null, null,
                false, null);
        if (cls != null && t.cls == null) {
            t.cls = cls;
        }
        return t;
    }

    /** An unnamed interface type with the given methods (any order). */
    public static GoType iface(Method[] methods) {
        Method[] ms = methods.clone();
        Arrays.sort(ms, BY_NAME);
        StringBuilder k = new StringBuilder("interface {"), s = new StringBuilder("interface {");
        for (int i = 0; i < ms.length; i++) {
            Method m = ms[i];
            k.append(i == 0 ? " " : "; ").append(m.pkgPath == null ? "" : m.pkgPath + ".").append(m.name)
                    .append(signature(m.type.params, m.type.results, m.type.variadic, true));
            s.append(i == 0 ? " " : "; ").append(m.name)
                    .append(signature(m.type.params, m.type.results, m.type.variadic, false));
        }
        k.append(ms.length == 0 ? "}" : " }");
        s.append(ms.length == 0 ? "}" : " }");
        return make(Kind.INTERFACE, k.toString(), s.toString(), null, null, 0, 0, null, null, null, false, ms);
    }

    /**
     * The named type {@code pkgName.name} declared in package {@code pkgPath}; call {@link #define} once to give
     * it its underlying type. Types declared inside functions pass a {@code localId} that tells them apart
     * (Go prints both as {@code main.T}); package-level types pass 0.
     */
    public static GoType named(String pkgPath, String pkgName, String name, int localId) {
        String k = (pkgPath.isEmpty() ? "" : pkgPath + ".") + name + (localId == 0 ? "" : "·" + localId);
        GoType t = INTERN.get(k);
        if (t != null) {
            return t;
        }
        String s = pkgName.isEmpty() ? name : pkgName + "." + name;
        return intern(new GoType(Kind.INVALID, k, s, name, pkgPath, pkgName, null, null, 0, 0, null, null, null,
                false, null));
    }

    public static GoType named(String pkgPath, String pkgName, String name) {
        return named(pkgPath, pkgName, name, 0);
    }

    /**
     * Gives a named type its underlying type, the class representing it (struct class or {@link Named}
     * subclass; null for named interfaces and where no class exists), its value-receiver method set and its
     * full pointer method set. Returns this. Idempotent for the same underlying type.
     */
    public GoType define(GoType underlying, Class<?> cls, Method[] methods, Method[] ptrMethods) {
        if (name == null) {
            throw new IllegalStateException("define on unnamed type " + string);
        }
        synchronized (this) {
            if (this.underlying == null) {
                this.cls = cls;
                this.methods = sorted(methods);
                this.ptrMethods = sorted(ptrMethods);
                this.underlying = underlying.underlying();
            }
        }
        return this;
    }

    private static Method[] sorted(Method[] ms) {
        Method[] r = ms == null ? new Method[0] : ms.clone();
        Arrays.sort(r, BY_NAME);
        return r;
    }

    // ---- queries ----

    /** The kind (of the underlying type for named types). */
    public Kind kind() {
        return name == null ? kind : underlying().kind;
    }

    public GoType underlying() {
        GoType u = underlying;
        if (u == null) {
            throw new IllegalStateException("named type " + string + " used before define()");
        }
        return u;
    }

    /** Whether this type can be used: unnamed types always, named types once {@link #define} has run. */
    public boolean isDefined() {
        return underlying != null;
    }

    public boolean isNamed() {
        return name != null;
    }

    /** Name of a named type ("" for unnamed ones), as reflect.Type.Name(). */
    public String name() {
        return name == null ? (kind.isBasic() ? kind.goName : "") : name;
    }

    /** Import path of a named type's package ("" for predeclared and unnamed types). */
    public String pkgPath() {
        return pkgPath == null ? "" : pkgPath;
    }

    public String pkgName() {
        return pkgName == null ? "" : pkgName;
    }

    public GoType elem() {
        return underlying().elem;
    }

    public GoType key() {
        return underlying().keyType;
    }

    /** Array length. */
    public long len() {
        return underlying().len;
    }

    public int chanDir() {
        return underlying().chanDir;
    }

    public int numFields() {
        Field[] f = underlying().fields;
        return f == null ? 0 : f.length;
    }

    public Field field(int i) {
        return underlying().fields[i];
    }

    public List<Field> fields() {
        Field[] f = underlying().fields;
        return f == null ? List.of() : List.of(f);
    }

    public List<GoType> params() {
        return List.of(underlying().params);
    }

    public List<GoType> results() {
        return List.of(underlying().results);
    }

    public boolean isVariadic() {
        return underlying().variadic;
    }

    /** Methods of an interface type, sorted by name. */
    public List<Method> interfaceMethods() {
        return List.of(underlying().methods);
    }

    /** The method set of this type, sorted by name (for *T: all methods of T). */
    public List<Method> methodSet() {
        return List.of(methodArray());
    }

    private Method[] methodArray() {
        if (kind() == Kind.INTERFACE) {
            return underlying().methods;
        }
        if (name != null || kind == Kind.STRUCT) {
            return methods;
        }
        if (kind == Kind.POINTER && (elem.name != null || elem.kind == Kind.STRUCT)) {
            return elem.ptrMethods;
        }
        return new Method[0];
    }

    /** Whether a value of this (dynamic, non-interface) type satisfies interface type {@code iface}. */
    public boolean implementsIface(GoType iface) {
        return missingMethod(iface) == null;
    }

    /** The first method (by name) of {@code iface} that this type's method set lacks, or null if none. */
    public String missingMethod(GoType iface) {
        Method[] want = iface.underlying().methods;
        Method[] have = methodArray();
        int j = 0;
        for (Method w : want) {
            while (j < have.length && have[j].name.compareTo(w.name) < 0) {
                j++;
            }
            if (j == have.length || !have[j].sameAs(w)) {
                return w.name;
            }
        }
        return null;
    }

    /** {@code *T} for this T (cached: typeOf asks for it on every pointer in an interface). */
    public GoType ptrTo() {
        GoType p = ptrTo;
        if (p == null) {
            p = pointer(this);
            ptrTo = p;
        }
        return p;
    }

    /** Whether == is defined on values of this type (interfaces count as comparable, as in Go). */
    public boolean comparable() {
        switch (kind()) {
            case SLICE: case MAP: case FUNC:
                return false;
            case ARRAY:
                return elem().comparable();
            case STRUCT:
                for (Field f : underlying().fields) {
                    if (!f.type.comparable()) {
                        return false;
                    }
                }
                return true;
            default:
                return true;
        }
    }

    /** The generated class for struct and named non-struct types, or null. */
    public Class<?> typeClass() {
        return cls;
    }

    /** The JVM representation of values of this type (ARCHITECTURE.md's table). */
    public Class<?> repr() {
        switch (kind()) {
            case BOOL: return boolean.class;
            case INT8: case INT16: case INT32: case UINT8: case UINT16: case UINT32: return int.class;
            case INT: case INT64: case UINT: case UINT64: case UINTPTR: return long.class;
            case FLOAT32: return float.class;
            case FLOAT64: return double.class;
            case COMPLEX64: case COMPLEX128: return Complex.class;
            case STRING: return String.class;
            case ARRAY: return elem().repr().arrayType();
            case CHAN: return chanClass();
            case FUNC: return Func.class;
            case MAP: return GoMap.class;
            case SLICE: return Slice.class;
            case POINTER: {
                GoType e = elem();
                return e.kind() == Kind.STRUCT && e.structClass() != null ? e.structClass() : Pointer.class;
            }
            case STRUCT: return structClass() != null ? structClass() : GoStruct.class;
            default: return Object.class;
        }
    }

    private Class<?> structClass() {
        if (cls != null) {
            return cls;
        }
        return name != null ? null : underlying().cls;
    }

    private static Class<?> chanClass() {
        try {
            return Class.forName("golc.rt.sched.Chan"); // the channel class (ARCHITECTURE.md)
        } catch (ClassNotFoundException e) {
            return Object.class;
        }
    }

    /** A new zero value of this type in its JVM-boxed representation (null for nil-able types). */
    public Object zero() {
        switch (kind()) {
            case BOOL: return Boolean.FALSE;
            case INT8: case INT16: case INT32: case UINT8: case UINT16: case UINT32: return 0;
            case INT: case INT64: case UINT: case UINT64: case UINTPTR: return 0L;
            case FLOAT32: return 0f;
            case FLOAT64: return 0d;
            case COMPLEX64: case COMPLEX128: return Complex.ZERO;
            case STRING: return "";
            case ARRAY: {
                GoType e = elem();
                Object a = java.lang.reflect.Array.newInstance(e.repr(), Math.toIntExact(len()));
                e.fillZero(a, 0, (int) len());
                return a;
            }
            case STRUCT: return newStruct();
            default: return null;
        }
    }

    /** Whether zero values of this type are JVM null or primitive zero (so fresh JVM arrays need no filling). */
    public boolean zeroIsDefault() {
        switch (kind()) {
            case STRING: case ARRAY: case STRUCT: case COMPLEX64: case COMPLEX128: return false;
            default: return true;
        }
    }

    /** Fills {@code array[from:to]} (an array of this type's representation) with fresh zero values. */
    public void fillZero(Object array, int from, int to) {
        if (zeroIsDefault()) {
            return;
        }
        Kind k = kind();
        if (k == Kind.STRING) {
            Arrays.fill((String[]) array, from, to, "");
        } else if (k == Kind.COMPLEX64 || k == Kind.COMPLEX128) {
            Arrays.fill((Object[]) array, from, to, Complex.ZERO);
        } else {
            Object[] a = (Object[]) array;
            for (int i = from; i < to; i++) {
                a[i] = zero();
            }
        }
    }

    /**
     * A fresh zero struct: a copy of a zero instance made once by reflection. (Not a method handle: invoking
     * one from interpreted code links lambda forms, milliseconds while a program starts, and make([]S, n) of a
     * package's initialiser comes here n times.)
     */
    private Object newStruct() {
        GoStruct z = zeroStruct;
        if (z == null) {
            Class<?> c = structClass();
            if (c == null) {
                throw new IllegalStateException("no class for struct type " + string);
            }
            try {
                z = (GoStruct) c.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("struct class " + c.getName() + " lacks a public zero constructor", e);
            }
            zeroStruct = z;
        }
        return z.$copy();
    }

    /**
     * Wraps a pointer to this named type (a golc.rt.Pointer, or null for a nil *struct) into codegen's class
     * {@code N$ptr}, which implements *N's method set inside interfaces; null when N has no such class (no
     * methods), where a plain Box does.
     */
    Object wrapPtr(Object pointer) {
        if (!ptrCtorLooked) {
            synchronized (this) {
                if (!ptrCtorLooked && cls != null) {
                    try {
                        Class<?> pc = Class.forName(cls.getName() + "$ptr", true, cls.getClassLoader());
                        java.lang.reflect.Constructor<?> c = pc.getConstructors()[0];
                        ptrCtor = MethodHandles.publicLookup().unreflectConstructor(c)
                                .asType(MethodType.methodType(Object.class, Object.class));
                    } catch (ClassNotFoundException | IllegalAccessException e) {
                        ptrCtor = null;
                    }
                }
                ptrCtorLooked = true;
            }
        }
        MethodHandle h = ptrCtor;
        if (h == null) {
            return null;
        }
        try {
            return h.invoke(pointer);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Wraps a raw representation value into an instance of a named non-struct type's {@link Named} class. */
    Object wrapNamed(Object raw) {
        MethodHandle h = ctor;
        if (h == null) {
            if (cls == null) {
                throw new IllegalStateException("no class for named type " + string);
            }
            try {
                h = MethodHandles.publicLookup().findConstructor(cls, MethodType.methodType(void.class,
                        underlying().repr())).asType(MethodType.methodType(Object.class, Object.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("class " + cls.getName() + " lacks constructor(" +
                        underlying().repr() + ")", e);
            }
            ctor = h;
        }
        try {
            return h.invoke(raw);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Size in bytes of a value of this type as Go lays it out on amd64 (unsafe.Sizeof). */
    public long size() {
        if (size < 0) {
            computeLayout();
        }
        return size;
    }

    /** Alignment in bytes on amd64 (unsafe.Alignof). */
    public int align() {
        if (size < 0) {
            computeLayout();
        }
        return align;
    }

    private void computeLayout() {
        long s;
        int a;
        switch (kind()) {
            case BOOL: case INT8: case UINT8: s = 1; a = 1; break;
            case INT16: case UINT16: s = 2; a = 2; break;
            case INT32: case UINT32: case FLOAT32: s = 4; a = 4; break;
            case COMPLEX64: s = 8; a = 4; break;
            case COMPLEX128: s = 16; a = 8; break;
            case STRING: case INTERFACE: s = 16; a = 8; break;
            case SLICE: s = 24; a = 8; break;
            case ARRAY: s = len() * elem().size(); a = elem().align(); break;
            case STRUCT: {
                long off = 0;
                a = 1;
                Field[] fs = underlying().fields;
                for (Field f : fs) {
                    int fa = f.type.align();
                    a = Math.max(a, fa);
                    off = (off + fa - 1) / fa * fa + f.type.size();
                }
                // A trailing zero-size field gets a byte so that its address stays inside the struct.
                if (fs.length > 0 && fs[fs.length - 1].type.size() == 0 && off > 0) {
                    off++;
                }
                s = (off + a - 1) / a * a;
                break;
            }
            default: s = 8; a = 8; break;
        }
        align = a;
        size = s;
    }

    @Override
    public String toString() {
        return string;
    }

    /** The unambiguous interning key (import paths spelled out). */
    public String internKey() {
        return key;
    }

    static boolean isExported(String name) {
        if (name.isEmpty()) {
            return false;
        }
        int c = name.codePointAt(0);
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    private static String signature(GoType[] params, GoType[] results, boolean variadic, boolean keys) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < params.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            if (variadic && i == params.length - 1) {
                b.append("...").append(keys ? params[i].elem.key : params[i].elem.string);
            } else {
                b.append(keys ? params[i].key : params[i].string);
            }
        }
        b.append(')');
        if (results.length == 1) {
            b.append(' ').append(keys ? results[0].key : results[0].string);
        } else if (results.length > 1) {
            List<String> rs = new ArrayList<>();
            for (GoType r : results) {
                rs.add(keys ? r.key : r.string);
            }
            b.append(" (").append(String.join(", ", rs)).append(')');
        }
        return b.toString();
    }
}
