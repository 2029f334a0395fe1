package golc.rt.std.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import golc.rt.GoMap;
import golc.rt.GoType;
import golc.rt.Pointer;
import golc.rt.Slice;
import golc.rt.Strings;
import golc.rt.Types;
import golc.rt.std.fmt.Fixtures.Anon;
import golc.rt.std.fmt.Fixtures.Celsius;
import golc.rt.std.fmt.Fixtures.ErrorString;
import golc.rt.std.fmt.Fixtures.GS;
import golc.rt.std.fmt.Fixtures.Inner;
import golc.rt.std.fmt.Fixtures.MyBytes;
import golc.rt.std.fmt.Fixtures.MyErr;
import golc.rt.std.fmt.Fixtures.MyInt;
import golc.rt.std.fmt.Fixtures.Outer;
import golc.rt.std.fmt.Fixtures.Panicky;
import golc.rt.std.fmt.Fixtures.Person;
import golc.rt.std.fmt.Fixtures.PtrStringer;
import golc.rt.std.fmt.Fixtures.T;
import golc.rt.std.fmt.Fixtures.Weekday;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sprintf/Sprint/Sprintln of golc values against fmt_cases.txt, written by real Go 1.19 (gen_fmt.go). */
class PrinterTest {
    private static Object box(GoType t, Object v) {
        return Types.box(t, v);
    }

    private static Object val(golc.rt.GoStruct s) {
        s.$isValue = true;
        return s;
    }

    private static String bytes(String javaText) {
        return Strings.fromJava(javaText);
    }

    private static Slice slice(Object array) {
        return Slice.of(array);
    }

    private static GoMap map(GoType t, Object... kv) {
        GoMap m = new GoMap(t);
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The operand sets of gen_fmt.go, by name, as golc represents them in interfaces. */
    static Map<String, List<Object>> sets() {
        Map<String, List<Object>> s = new HashMap<>();
        GoType ints = GoType.slice(GoType.INT);
        GoType bytesT = GoType.slice(GoType.UINT8);
        GoType any = GoType.EMPTY_INTERFACE;
        s.put("int42", List.of(42L));
        s.put("intneg", List.of(-7L));
        s.put("int0", List.of(0L));
        s.put("int8min", List.of(box(GoType.INT8, -128)));
        s.put("int16", List.of(box(GoType.INT16, 1234)));
        s.put("int32", List.of(65));
        s.put("int64max", List.of(box(GoType.INT64, Long.MAX_VALUE)));
        s.put("int64min", List.of(box(GoType.INT64, Long.MIN_VALUE)));
        s.put("uint8", List.of(box(GoType.UINT8, 200)));
        s.put("uint16", List.of(box(GoType.UINT16, 65535)));
        s.put("uint32max", List.of(box(GoType.UINT32, -1)));
        s.put("uint64max", List.of(box(GoType.UINT64, -1L)));
        s.put("uint", List.of(box(GoType.UINT, 12345L)));
        s.put("uintptr", List.of(box(GoType.UINTPTR, 4096L)));
        s.put("rune", List.of(0x263A));
        s.put("runebig", List.of(0x110000));
        s.put("float", List.of(3.14159));
        s.put("floatbig", List.of(1e21));
        s.put("floatsmall", List.of(1e-7));
        s.put("float20", List.of(123456789012345678901.0));
        s.put("floatneg0", List.of(-0.0));
        s.put("floatinf", List.of(Double.POSITIVE_INFINITY));
        s.put("floatninf", List.of(Double.NEGATIVE_INFINITY));
        s.put("floatnan", List.of(Double.NaN));
        s.put("float32", List.of(0.1f));
        s.put("float32big", List.of(1e10f));
        s.put("floatint", List.of(100.0));
        s.put("complex", List.of(new golc.rt.Complex(1.5, -2)));
        s.put("complex64", List.of(box(GoType.COMPLEX64, new golc.rt.Complex((float) 0.1, 3))));
        s.put("true", List.of(true));
        s.put("false", List.of(false));
        s.put("str", List.of("hello"));
        s.put("strempty", List.of(""));
        s.put("strutf8", List.of(bytes("héllo, 世界")));
        s.put("strctl", List.of("a\tb\nc\u0000\u007f\"\\"));
        s.put("strbad", List.of("a\u00ffb\u00c0"));
        s.put("strbq", List.of("back`quote"));
        s.put("bytes", List.of(box(bytesT, slice(new int[] {'h', 'i', '!'}))));
        s.put("bytesnil", List.of(box(bytesT, null)));
        s.put("mybytes", List.of(new MyBytes(slice(new int[] {'o', 'k'}))));
        s.put("bytearr", List.of(box(GoType.array(3, GoType.UINT8), new int[] {1, 2, 255})));
        s.put("ints", List.of(box(ints, slice(new long[] {1, 2, 3}))));
        s.put("intsnil", List.of(box(ints, null)));
        s.put("intsempty", List.of(box(ints, slice(new long[0]))));
        s.put("strs", List.of(box(GoType.slice(GoType.STRING), slice(new String[] {"a", "b c"}))));
        s.put("arr", List.of(box(GoType.array(2, GoType.FLOAT64), new double[] {0.5, 1e30})));
        s.put("anys", List.of(box(GoType.slice(any), slice(new Object[] {1L, "x", null, 2.5, true}))));
        GoType msi = GoType.map(GoType.STRING, GoType.INT);
        s.put("map", List.of(box(msi, map(msi, "b", 2L, "a", 1L, "c", 3L))));
        GoType mis = GoType.map(GoType.INT, GoType.STRING);
        s.put("mapint", List.of(box(mis, map(mis, 3L, "c", -1L, "a", 2L, "b"))));
        s.put("mapnil", List.of(box(msi, null)));
        GoType mfb = GoType.map(GoType.FLOAT64, GoType.BOOL);
        s.put("mapfloat", List.of(box(mfb, map(mfb, Double.NaN, true, -1.0, false, 2.5, true,
                Double.NEGATIVE_INFINITY, false))));
        GoType mbi = GoType.map(GoType.BOOL, GoType.INT);
        s.put("mapbool", List.of(box(mbi, map(mbi, true, 1L, false, 0L))));
        GoType mts = GoType.map(T.TYPE, GoType.STRING);
        s.put("mapstruct", List.of(box(mts, map(mts, new T(2, 1), "b", new T(1, 5), "a", new T(1, 2), "c"))));
        GoType mai = GoType.map(any, GoType.INT);
        s.put("mapiface", List.of(box(mai, map(mai, 3L, 1L, 1L, 2L, null, 0L, 2L, 3L))));
        s.put("struct", List.of(val(new T(1, 2))));
        Person p = new Person();
        p.f[0] = "Al";
        p.f[1] = 30L;
        p.f[2] = slice(new String[] {"x"});
        s.put("person", List.of(val(p)));
        s.put("ptrstruct", List.of(new T(3, 4)));
        s.put("ptrints", List.of(box(GoType.pointer(ints), new Pointer.Cell(slice(new long[] {7})))));
        s.put("ptrmap", List.of(box(GoType.pointer(msi), new Pointer.Cell(map(msi, "k", 1L)))));
        s.put("celsius", List.of(new Celsius(21.5)));
        s.put("celsiuss", List.of(box(GoType.slice(Celsius.TYPE), slice(new double[] {1, 2}))));
        MyErr e7 = new MyErr();
        e7.f[0] = 7L;
        s.put("myerr", List.of(e7));
        s.put("errnew", List.of(new ErrorString("plain")));
        PtrStringer ps5 = new PtrStringer();
        ps5.f[0] = 5L;
        s.put("psval", List.of(val(ps5)));
        PtrStringer ps6 = new PtrStringer();
        ps6.f[0] = 6L;
        s.put("psptr", List.of(ps6));
        s.put("panicky", List.of(new Panicky(1)));
        GS gs1 = new GS();
        gs1.f[0] = 1L;
        s.put("gs", List.of(val(gs1)));
        GS gs2 = new GS();
        gs2.f[0] = 2L;
        s.put("gsptr", List.of(box(GoType.slice(GS.TYPE), slice(new Object[] {gs2}))));
        s.put("myint", List.of(new MyInt(9)));
        s.put("weekday", List.of(new Weekday(1)));
        Outer o = new Outer();
        Inner in = (Inner) o.f[0];
        in.f[0] = 1L;
        in.f[1] = "x";
        o.f[2] = slice(new long[] {1});
        o.f[3] = map(msi, "z", 26L);
        MyErr e3 = new MyErr();
        e3.f[0] = 3L;
        o.f[4] = e3;
        o.f[5] = 2.5;
        o.f[6] = 2L;
        o.f[7] = 1L;
        s.put("outer", List.of(val(o)));
        s.put("outernil", List.of(val(new Outer())));
        Outer op = new Outer();
        Inner in2 = new Inner();
        in2.f[0] = 2L;
        in2.f[1] = "y";
        op.f[1] = in2;
        s.put("outerptr", List.of(val(op)));
        s.put("nil", Arrays.asList((Object) null));
        s.put("nilptr", List.of(box(T.TYPE.ptrTo(), null)));
        s.put("nilerr", List.of(box(MyErr.TYPE.ptrTo(), null)));
        s.put("ptrint", List.of(box(GoType.pointer(GoType.INT), new Pointer.Cell(0L))));
        Anon an = new Anon();
        an.f[0] = 1L;
        an.f[1] = "z";
        s.put("structanon", List.of(val(an)));
        s.put("nested", List.of(box(GoType.slice(ints), slice(new Object[] {slice(new long[] {1}),
            slice(new long[] {2, 3})}))));
        s.put("funcnil", List.of(box(GoType.func(new GoType[0], new GoType[0], false), null)));
        s.put("channil", List.of(box(GoType.chan(GoType.BOTH, GoType.INT), null)));

        // Multi-operand Printf cases.
        s.put("two", List.of(1L, "a"));
        s.put("extra", List.of(1L, 2L, "x"));
        s.put("extranil", Arrays.asList(null, 3L));
        s.put("missing", List.of(1L));
        s.put("noverb", List.of());
        s.put("noverb2", List.of(1L));
        s.put("percent", List.of(5L));
        s.put("star", List.of(5L, 1L, 4L, 2L));
        s.put("starneg", List.of(-4L, 7L));
        s.put("starprec", List.of(2L, 3.14159, 8L, 3L, 2.5));
        s.put("badwidth", List.of("x", 1L));
        s.put("badprec", List.of("x", 1L));
        s.put("bigwidth", List.of(10000000L, 1L));
        s.put("index", List.of(1L, 2L));
        s.put("index3", List.of(12.0, 2L, 6L));
        s.put("badindex", List.of(1L));
        s.put("indexafter", List.of(1L, 2L));
        s.put("indexunclosed", List.of(1L));
        s.put("unicodeverb", List.of(1L));
        s.put("widthunicode", List.of(bytes("世界"), bytes("é")));
        s.put("nilverbs", Arrays.asList(null, null, null));
        s.put("uintstar", List.of(box(GoType.UINT, 3L), 9L));
        s.put("wrapnotErrorf", List.of(new ErrorString("e")));
        s.put("mixed", List.of(val(new T(1, 2)), box(GoType.slice(GoType.STRING), slice(new String[] {"q"}))));
        s.put("fm", List.of(new Fixtures.Fm(3)));
        s.put("fms", List.of(box(GoType.slice(Fixtures.Fm.TYPE), slice(new long[] {1, 2}))));
        Fixtures.HasFm hf = new Fixtures.HasFm();
        hf.f[0] = 4L;
        hf.f[1] = 5L;
        s.put("hasfm", List.of(val(hf)));
        s.put("wrap", List.of(BASE));
        s.put("wrapmid", List.of(1L, BASE));
        s.put("wraptwice", List.of(BASE, BASE));
        s.put("wrapnonerr", List.of(7L));
        s.put("wrapnil", Arrays.asList((Object) null));
        s.put("noverbwrap", List.of(BASE));
        s.put("wrapflags", List.of(BASE));
        s.put("printmix", Arrays.asList("a", 1L, 2L, "b", "c", 3.5, null, 4L));
        return s;
    }

    /** errors.New("base"), the error gen_fmt.go wraps. */
    static final Object BASE = new ErrorString("base");

    /** Does what gen_fmt.go's Fm.Format does, through the State the printer offers. */
    static final FormatterHook HOOK = new FormatterHook() {
        @Override
        public boolean format(Printer p, Object arg, int verb) {
            if (!(arg instanceof Fixtures.Fm)) {
                return false;
            }
            Printer q = new Printer(this);
            q.doPrintf("<%c %d %v %d %v %v%v%v%v%v %d>", List.of(verb,
                    (long) (p.widthPresent() ? p.width() : -1), p.widthPresent(),
                    (long) (p.precisionPresent() ? p.precision() : -1), p.precisionPresent(),
                    p.flag('-'), p.flag('+'), p.flag('#'), p.flag(' '), p.flag('0'), ((Fixtures.Fm) arg).value));
            p.write(q.result());
            return true;
        }
    };

    /** HOOK as the Go func value fmt's Go code passes to the natives (p, arg any, verb rune) bool. */
    static final golc.rt.Func HOOK_FUNC = new golc.rt.Func() {
        @Override
        public Object invoke(Object[] a) {
            return HOOK.format((Printer) a[0], a[1], (Integer) a[2]);
        }
    };

    /** Through the natives, as Sprint/Sprintln/Sprintf call them. */
    static String run(String format, List<Object> args) {
        Slice a = slice(args.toArray());
        if (format.equals("PRINT")) {
            return Natives.sprint(a, HOOK_FUNC);
        } else if (format.equals("PRINTLN")) {
            return Natives.sprintln(a, HOOK_FUNC);
        }
        return Natives.sprintf(format, a, HOOK_FUNC);
    }

    @Test
    void matchesGo() throws IOException {
        Map<String, List<Object>> sets = sets();
        List<String> failures = new ArrayList<>();
        int rows = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PrinterTest.class.getResourceAsStream("fmt_cases.txt"), StandardCharsets.ISO_8859_1))) {
            for (String line; (line = r.readLine()) != null; rows++) {
                String[] row = line.split("\t", -1);
                List<Object> args = sets.get(row[0]);
                assertTrue(args != null, "no operand set " + row[0]);
                String format = GoQuote.unquote(row[1]);
                String want = GoQuote.unquote(row[2]);
                if (format.equals("%.*d")) {
                    List<Object> a = new ArrayList<>();
                    a.add(2L);
                    a.addAll(args);
                    args = a;
                } else if (format.equals("%x|%X") || format.equals("%#v|%+v")) {
                    List<Object> a = new ArrayList<>(args);
                    a.addAll(args);
                    args = a;
                }
                String got;
                if (format.startsWith("ERRORF:")) {
                    // Errorf's Go wrapper makes a *fmt.wrapError exactly when the native reports a %w operand.
                    Object[] res = Natives.errorf(format.substring(7), slice(args.toArray()), HOOK_FUNC);
                    got = (res[1] == null ? "*errors.errorString" : "*fmt.wrapError") + "|" + res[0] + "|"
                            + (res[1] == BASE ? "base" : "none");
                    if (!got.equals(want)) {
                        failures.add(row[0] + " ERRORF: want " + want + " got " + got);
                    }
                    continue;
                }
                try {
                    got = run(format, args).replaceAll("0x[0-9a-f]{6,}", "0xADDR");
                } catch (RuntimeException e) {
                    got = "EXCEPTION " + e;
                }
                if (!got.equals(want)) {
                    failures.add(row[0] + " " + row[1] + ": want " + row[2] + " got " + got);
                }
            }
        }
        assertTrue(rows > 4000, "table present");
        assertEquals("", String.join("\n", failures));
    }
}
