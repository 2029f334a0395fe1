package golc.lower;

import golc.types.Named;
import golc.types.Type;
import golc.types.TypeString;

import java.util.List;

/**
 * Names of instances of generic functions and types. Go writes {@code Max[int]} and {@code Pair[int,string]};
 * JVM method and class names may not contain {@code . ; [ / < >}, so the type argument list is written
 * between {@code 〔} and {@code 〕} (U+3014/3015) with those characters replaced by look-alikes:
 * {@code Max〔int〕}, {@code (*Stack〔main·Point〕)·Push}, class {@code go/main/Pair〔int,string〕}. The panic
 * trace printer shows such frames as Go 1.19 does: {@code main.Max[...]}.
 */
final class GenericNames {
    private GenericNames() {}

    static final char OPEN = '\u3014';
    static final char CLOSE = '\u3015';

    /** The mangled argument list {@code 〔int,main·Point〕}. */
    static String typeArgs(List<Type> targs) {
        StringBuilder sb = new StringBuilder().append(OPEN);
        for (int i = 0; i < targs.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(mangle(TypeString.of(targs.get(i), TypeString.qualifyAll())));
        }
        return sb.append(CLOSE).toString();
    }

    /** The name of a defined type in symbols and class names: {@code T}, or {@code T〔args〕} for an instance. */
    static String named(Named n) {
        return n.isInstance() ? n.obj().name() + typeArgs(n.typeArgs()) : n.obj().name();
    }

    /** s with the characters JVM names may not contain replaced by look-alikes. */
    static String mangle(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '.': sb.append('\u00b7'); break;
                case '[': sb.append(OPEN); break;
                case ']': sb.append(CLOSE); break;
                case ';': sb.append(','); break;
                case '/': sb.append('\u2215'); break;
                case '<': sb.append('\u2039'); break;
                case '>': sb.append('\u203a'); break;
                case ' ': sb.append('_'); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
