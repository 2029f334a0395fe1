package golc.rt.std.fmt;

import golc.rt.GoPanic;
import golc.rt.GoStruct;
import golc.rt.GoType;
import golc.rt.GoType.Field;
import golc.rt.GoType.Method;
import golc.rt.Named;
import golc.rt.Strings;
import golc.rt.Types;
import golc.rt.std.strconvf.FloatFormat;
import java.util.Arrays;

/**
 * Hand-written stand-ins for the classes codegen generates for the Go types of gen_fmt.go (same names,
 * fields, method sets), built as ARCHITECTURE.md describes.
 */
public final class Fixtures {
    private Fixtures() {
    }

    static final GoType STRING_FN = GoType.func(new GoType[0], new GoType[] {GoType.STRING}, false);

    static Method[] methods(String... names) {
        Method[] ms = new Method[names.length];
        for (int i = 0; i < names.length; i++) {
            ms[i] = new Method(names[i], STRING_FN);
        }
        return ms;
    }

    static Field exported(String name, GoType t) {
        return new Field(name, null, t, false, null);
    }

    static Field unexported(String name, GoType t) {
        return new Field(name, "main", t, false, null);
    }

    /** A struct class over an Object[] of field representations. */
    public abstract static class Struct extends GoStruct {
        final Object[] f;

        Struct(Object... f) {
            this.f = f;
        }

        @Override
        public GoStruct $copy() {
            Struct c = make();
            System.arraycopy(f, 0, c.f, 0, f.length);
            return c;
        }

        abstract Struct make();

        @Override
        public boolean $eq(Object other) {
            return other instanceof Struct && Arrays.equals(f, ((Struct) other).f);
        }

        @Override
        public Object $get(int i) {
            return Types.box($type().field(i).type, f[i]);
        }
    }

    // type T struct{ X, Y int }
    public static final class T extends Struct {
        static final GoType TYPE = GoType.named("main", "main", "T");

        static {
            TYPE.define(GoType.struct(new Field[] {exported("X", GoType.INT), exported("Y", GoType.INT)}, T.class),
                    T.class, new Method[0], new Method[0]);
        }

        public T() {
            super(0L, 0L);
        }

        public T(long x, long y) {
            super(x, y);
        }

        @Override
        Struct make() {
            return new T();
        }

        @Override
        public GoType $type() {
            return TYPE;
        }
    }

    // type Person struct { Name string; Age int; tags []string }
    public static final class Person extends Struct {
        static final GoType TYPE = GoType.named("main", "main", "Person");

        static {
            TYPE.define(GoType.struct(new Field[] {exported("Name", GoType.STRING), exported("Age", GoType.INT),
                unexported("tags", GoType.slice(GoType.STRING))}, Person.class), Person.class, new Method[0],
                    new Method[0]);
        }

        public Person() {
            super("", 0L, null);
        }

        @Override
        Struct make() {
            return new Person();
        }

        @Override
        public GoType $type() {
            return TYPE;
        }
    }

    // type MyErr struct{ Code int }; func (e *MyErr) Error() string
    public static final class MyErr extends Struct implements golc.rt.m.Error {
        static final GoType TYPE = GoType.named("main", "main", "MyErr");

        static {
            TYPE.define(GoType.struct(new Field[] {exported("Code", GoType.INT)}, MyErr.class), MyErr.class,
                    new Method[0], methods("Error"));
        }

        public MyErr() {
            super(0L);
        }

        @Override
        Struct make() {
            return new MyErr();
        }

        @Override
        public GoType $type() {
            return TYPE;
        }

        @Override
        public String Error() {
            return "myerr " + f[0];
        }
    }

    // type PtrStringer struct{ N int }; func (p *PtrStringer) String() string
    public static final class PtrStringer extends Struct implements golc.rt.m.String {
        static final GoType TYPE = GoType.named("main", "main", "PtrStringer");

        static {
            TYPE.define(GoType.struct(new Field[] {exported("N", GoType.INT)}, PtrStringer.class), PtrStringer.class,
                    new Method[0], methods("String"));
        }

        public PtrStringer() {
            super(0L);
        }

        @Override
        Struct make() {
            return new PtrStringer();
        }

        @Override
        public GoType $type() {
            return TYPE;
        }

        @Override
        public String String() {
            return "PS" + f[0];
        }
    }

    // type GS struct{ A int }; func (GS) GoString() string
    public static final class GS extends Struct implements golc.rt.m.GoString {
        static final GoType TYPE = GoType.named("main", "main", "GS");

        static {
            TYPE.define(GoType.struct(new Field[] {exported("A", GoType.INT)}, GS.class), GS.class,
                    methods("GoString"), methods("GoString"));
        }

        public GS() {
            super(0L);
        }

        @Override
        Struct make() {
            return new GS();
        }

        @Override
        public GoType $type() {
            return TYPE;
        }

        @Override
        public String GoString() {
            return "GS!";
        }
    }

    // type Inner struct { A int; B string }
    public static final class Inner extends Struct {
        static final GoType TYPE = GoType.named("main", "main", "Inner");

        static {
            TYPE.define(GoType.struct(new Field[] {exported("A", GoType.INT), exported("B", GoType.STRING)},
                    Inner.class), Inner.class, new Method[0], new Method[0]);
        }

        public Inner() {
            super(0L, "");
        }

        @Override
        Struct make() {
            return new Inner();
        }

        @Override
        public GoType $type() {
            return TYPE;
        }
    }

    // type Outer struct { I Inner; P *Inner; S []int; M map[string]int; E error; Any any; w Weekday; D Weekday }
    public static final class Outer extends Struct {
        static final GoType TYPE = GoType.named("main", "main", "Outer");

        static {
            TYPE.define(GoType.struct(new Field[] {exported("I", Inner.TYPE), exported("P", Inner.TYPE.ptrTo()),
                exported("S", GoType.slice(GoType.INT)), exported("M", GoType.map(GoType.STRING, GoType.INT)),
                exported("E", GoType.ERROR), exported("Any", GoType.EMPTY_INTERFACE),
                unexported("w", Weekday.TYPE), exported("D", Weekday.TYPE)}, Outer.class), Outer.class,
                    new Method[0], new Method[0]);
        }

        public Outer() {
            super(new Inner(), null, null, null, null, null, 0L, 0L);
        }

        @Override
        Struct make() {
            return new Outer();
        }

        @Override
        public GoType $type() {
            return TYPE;
        }
    }

    // struct { A int; b string }
    public static final class Anon extends Struct {
        static final GoType TYPE = GoType.struct(new Field[] {exported("A", GoType.INT),
            unexported("b", GoType.STRING)}, Anon.class);

        public Anon() {
            super(0L, "");
        }

        @Override
        Struct make() {
            return new Anon();
        }

        @Override
        public GoType $type() {
            return TYPE;
        }
    }

    // type Celsius float64; func (c Celsius) String() string
    public static final class Celsius extends Named implements golc.rt.m.String {
        static final GoType TYPE = GoType.named("main", "main", "Celsius")
                .define(GoType.FLOAT64, Celsius.class, methods("String"), methods("String"));
        public final double value;

        public Celsius(double value) {
            this.value = value;
        }

        @Override
        public GoType $type() {
            return TYPE;
        }

        @Override
        public Object $unwrap() {
            return value;
        }

        @Override
        public String String() {
            return FloatFormat.format(value, 'f', 1, 64) + Strings.fromJava("°C");
        }
    }

    // type Panicky int; func (Panicky) String() string { panic("boom") }
    public static final class Panicky extends Named implements golc.rt.m.String {
        static final GoType TYPE = GoType.named("main", "main", "Panicky")
                .define(GoType.INT, Panicky.class, methods("String"), methods("String"));
        public final long value;

        public Panicky(long value) {
            this.value = value;
        }

        @Override
        public GoType $type() {
            return TYPE;
        }

        @Override
        public Object $unwrap() {
            return value;
        }

        @Override
        public String String() {
            throw new GoPanic("boom");
        }
    }

    // type Weekday int; func (d Weekday) String() string
    public static final class Weekday extends Named implements golc.rt.m.String {
        static final GoType TYPE = GoType.named("main", "main", "Weekday")
                .define(GoType.INT, Weekday.class, methods("String"), methods("String"));
        public final long value;

        public Weekday(long value) {
            this.value = value;
        }

        @Override
        public GoType $type() {
            return TYPE;
        }

        @Override
        public Object $unwrap() {
            return value;
        }

        @Override
        public String String() {
            return new String[] {"Sun", "Mon", "Tue"}[(int) value];
        }
    }

    // type MyInt int
    public static final class MyInt extends Named {
        static final GoType TYPE = GoType.named("main", "main", "MyInt")
                .define(GoType.INT, MyInt.class, new Method[0], new Method[0]);
        public final long value;

        public MyInt(long value) {
            this.value = value;
        }

        @Override
        public GoType $type() {
            return TYPE;
        }

        @Override
        public Object $unwrap() {
            return value;
        }
    }

    // type MyBytes []byte
    public static final class MyBytes extends Named {
        static final GoType TYPE = GoType.named("main", "main", "MyBytes")
                .define(GoType.slice(GoType.UINT8), MyBytes.class, new Method[0], new Method[0]);
        public final golc.rt.Slice value;

        public MyBytes(golc.rt.Slice value) {
            this.value = value;
        }

        @Override
        public GoType $type() {
            return TYPE;
        }

        @Override
        public Object $unwrap() {
            return value;
        }
    }

    // package errors: type errorString struct { s string }; func (e *errorString) Error() string
    public static final class ErrorString extends Struct implements golc.rt.m.Error {
        static final GoType TYPE = GoType.named("errors", "errors", "errorString");

        static {
            TYPE.define(GoType.struct(new Field[] {new Field("s", "errors", GoType.STRING, false, null)},
                    ErrorString.class), ErrorString.class, new Method[0], methods("Error"));
        }

        public ErrorString() {
            super("");
        }

        public ErrorString(String s) {
            super(s);
        }

        @Override
        Struct make() {
            return new ErrorString();
        }

        @Override
        public GoType $type() {
            return TYPE;
        }

        @Override
        public String Error() {
            return (String) f[0];
        }
    }

    // type Fm int; func (x Fm) Format(f fmt.State, c rune): the Go side (callFormat) is simulated by
    // the test's FormatterHook, which does what gen_fmt.go's Format method does.
    public static final class Fm extends Named {
        static final GoType TYPE = GoType.named("main", "main", "Fm");

        static {
            GoType state = GoType.named("fmt", "fmt", "State").define(GoType.EMPTY_INTERFACE, null, new Method[0],
                    new Method[0]);
            Method format = new Method("Format", GoType.func(new GoType[] {state, GoType.INT32}, new GoType[0], false));
            TYPE.define(GoType.INT, Fm.class, new Method[] {format}, new Method[] {format});
        }

        public final long value;

        public Fm(long value) {
            this.value = value;
        }

        @Override
        public GoType $type() {
            return TYPE;
        }

        @Override
        public Object $unwrap() {
            return value;
        }
    }

    // type HasFm struct { F Fm; g Fm }
    public static final class HasFm extends Struct {
        static final GoType TYPE = GoType.named("main", "main", "HasFm");

        static {
            TYPE.define(GoType.struct(new Field[] {exported("F", Fm.TYPE), unexported("g", Fm.TYPE)}, HasFm.class),
                    HasFm.class, new Method[0], new Method[0]);
        }

        public HasFm() {
            super(0L, 0L);
        }

        @Override
        Struct make() {
            return new HasFm();
        }

        @Override
        public GoType $type() {
            return TYPE;
        }
    }
}
