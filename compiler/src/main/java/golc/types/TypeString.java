package golc.types;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes types as Go does. Two styles: the types2 style used in compiler messages
 * ({@code func(x int) string}, {@code struct{a int; b string}}, names qualified by the qualifier), and
 * the reflect style of {@code %T} ({@code func(int) string}, {@code struct { a int; b string }},
 * {@code interface {}}, every named type qualified by its package name, e.g. {@code main.T}).
 */
public final class TypeString {
    private TypeString() {}

    /** Qualifier: returns the prefix to write before a name from package p (without the dot), or null for none. */
    public interface Qualifier extends Function<Package, String> {}

    /** Qualifies every package by name. */
    public static Qualifier qualifyAll() {
        return p -> p == null ? null : p.name();
    }

    /** Qualifies packages other than local, as gc does in messages about package local. */
    public static Qualifier relativeTo(Package local) {
        return p -> p == null || p == local ? null : p.name();
    }

    /** Message style. */
    public static String of(Type t, Qualifier q) {
        StringBuilder sb = new StringBuilder();
        new Writer(sb, q, false).typ(t);
        return sb.toString();
    }

    /** The reflect style of %T: package-qualified names, no parameter names, spaced braces. */
    public static String reflect(Type t) {
        StringBuilder sb = new StringBuilder();
        new Writer(sb, qualifyAll(), true).typ(t);
        return sb.toString();
    }

    /** The signature without "func" (e.g. for method listings): (x int) string. */
    public static String signature(Signature s, Qualifier q) {
        StringBuilder sb = new StringBuilder();
        new Writer(sb, q, false).signature(s);
        return sb.toString();
    }

    private static final class Writer {
        final StringBuilder sb;
        final Qualifier q;
        final boolean reflect;
        final List<Type> seen = new ArrayList<>();

        Writer(StringBuilder sb, Qualifier q, boolean reflect) {
            this.sb = sb;
            this.q = q;
            this.reflect = reflect;
        }

        void typ(Type t) {
            for (Type s : seen) {
                if (s == t) { sb.append(t instanceof Named ? ((Named) t).obj().name() : "<cycle>"); return; }
            }
            seen.add(t);
            try {
                write(t);
            } finally {
                seen.remove(seen.size() - 1);
            }
        }

        void write(Type t) {
            if (t == null) { sb.append("<nil>"); return; }
            if (t instanceof Basic) {
                Basic b = (Basic) t;
                if (b.kind() == Basic.Kind.UNSAFE_POINTER) sb.append("unsafe.Pointer");
                else sb.append(b.name());
            } else if (t instanceof Array) {
                sb.append('[').append(((Array) t).len()).append(']');
                typ(((Array) t).elem());
            } else if (t instanceof Slice) {
                sb.append("[]");
                typ(((Slice) t).elem());
            } else if (t instanceof Struct) {
                Struct s = (Struct) t;
                if (reflect) {
                    if (s.numFields() == 0) { sb.append("struct {}"); return; }
                    sb.append("struct { ");
                } else {
                    sb.append("struct{");
                }
                for (int i = 0; i < s.numFields(); i++) {
                    if (i > 0) sb.append("; ");
                    Var f = s.field(i);
                    if (!f.embedded()) sb.append(f.name()).append(' ');
                    typ(f.type());
                    if (!s.tag(i).isEmpty()) sb.append(' ').append(GoQuote.quote(s.tag(i)));
                }
                sb.append(reflect ? " }" : "}");
            } else if (t instanceof Pointer) {
                sb.append('*');
                typ(((Pointer) t).elem());
            } else if (t instanceof Tuple) {
                tuple((Tuple) t, false);
            } else if (t instanceof Signature) {
                sb.append("func");
                signature((Signature) t);
            } else if (t instanceof Union) {
                List<Term> terms = ((Union) t).terms();
                for (int i = 0; i < terms.size(); i++) {
                    if (i > 0) sb.append(reflect ? " | " : "|");
                    if (terms.get(i).tilde()) sb.append('~');
                    typ(terms.get(i).type());
                }
            } else if (t instanceof Interface) {
                iface((Interface) t);
            } else if (t instanceof MapType) {
                sb.append("map[");
                typ(((MapType) t).key());
                sb.append(']');
                typ(((MapType) t).elem());
            } else if (t instanceof Chan) {
                Chan c = (Chan) t;
                boolean parens = false;
                switch (c.dir()) {
                    case SEND_RECV:
                        sb.append("chan ");
                        parens = c.elem() instanceof Chan && ((Chan) c.elem()).dir() == Chan.Dir.RECV_ONLY;
                        break;
                    case SEND_ONLY: sb.append("chan<- "); break;
                    default: sb.append("<-chan "); break;
                }
                if (parens) sb.append('(');
                typ(c.elem());
                if (parens) sb.append(')');
            } else if (t instanceof Named) {
                Named n = (Named) t;
                typeName(n.obj());
                if (n.isInstance()) {
                    sb.append('[');
                    for (int i = 0; i < n.typeArgs().size(); i++) {
                        if (i > 0) sb.append(reflect ? "," : ", ");
                        typ(n.typeArgs().get(i));
                    }
                    sb.append(']');
                } else if (!n.typeParams().isEmpty() && !reflect) {
                    tparamList(n.typeParams());
                }
            } else if (t instanceof TypeParam) {
                sb.append(((TypeParam) t).obj().name());
            } else {
                sb.append(t.getClass().getSimpleName());
            }
        }

        void iface(Interface t) {
            if (!reflect) {
                if (t == Universe.anyType()) { sb.append("any"); return; }
                if (t.isComparableBuiltin()) { sb.append("interface{comparable}"); return; }
                if (t.isImplicit() && t.explicitMethods().isEmpty() && t.embeddeds().size() == 1) {
                    typ(t.embeddeds().get(0));
                    return;
                }
                sb.append("interface{");
                boolean first = true;
                for (Func m : t.explicitMethods()) {
                    if (!first) sb.append("; ");
                    first = false;
                    sb.append(m.name());
                    signature(m.signature());
                }
                for (Type e : t.embeddeds()) {
                    if (!first) sb.append("; ");
                    first = false;
                    typ(e);
                }
                sb.append('}');
                return;
            }
            List<Func> ms = t.allMethods();
            if (ms.isEmpty()) { sb.append("interface {}"); return; }
            sb.append("interface { ");
            for (int i = 0; i < ms.size(); i++) {
                if (i > 0) sb.append("; ");
                sb.append(ms.get(i).name());
                signature(ms.get(i).signature());
            }
            sb.append(" }");
        }

        void typeName(TypeName obj) {
            if (obj.pkg() != null) {
                String p = q.apply(obj.pkg());
                if (p != null && !p.isEmpty()) sb.append(p).append('.');
            }
            sb.append(obj.name());
        }

        void tparamList(List<TypeParam> list) {
            sb.append('[');
            Type prev = null;
            for (int i = 0; i < list.size(); i++) {
                TypeParam tp = list.get(i);
                if (i > 0) {
                    if (tp.constraint() != prev) { sb.append(' '); typ(prev); }
                    sb.append(", ");
                }
                prev = tp.constraint();
                typ(tp);
            }
            if (prev != null) { sb.append(' '); typ(prev); }
            sb.append(']');
        }

        void tuple(Tuple t, boolean variadic) {
            sb.append('(');
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) sb.append(", ");
                Var v = t.at(i);
                if (!reflect && !v.name().isEmpty()) sb.append(v.name()).append(' ');
                Type vt = v.type();
                if (variadic && i == t.size() - 1) {
                    if (vt instanceof Slice) {
                        sb.append("...");
                        vt = ((Slice) vt).elem();
                    } else {
                        typ(vt);
                        sb.append("...");
                        continue;
                    }
                }
                typ(vt);
            }
            sb.append(')');
        }

        void signature(Signature s) {
            if (!s.typeParams().isEmpty() && !reflect) tparamList(s.typeParams());
            tuple(s.params(), s.variadic());
            int n = s.results().size();
            if (n == 0) return;
            sb.append(' ');
            if (n == 1 && (reflect || s.results().at(0).name().isEmpty())) {
                typ(s.results().type(0));
                return;
            }
            if (reflect) {
                sb.append('(');
                for (int i = 0; i < n; i++) {
                    if (i > 0) sb.append(", ");
                    typ(s.results().type(i));
                }
                sb.append(')');
                return;
            }
            tuple(s.results(), false);
        }
    }
}
