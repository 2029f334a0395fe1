package golc.syntax;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * Test helper: a compact s-expression of a syntax tree, positions omitted. Identifiers print as
 * their name, literals as their raw text, other nodes as {@code (Kind field field ...)} with fields
 * in declaration order.
 */
final class AstDump {
    private AstDump() {
    }

    static String dump(Object o) {
        StringBuilder sb = new StringBuilder();
        write(sb, o, false);
        return sb.toString();
    }

    /** Like {@link #dump} with each node preceded by {@code @line:col} (its {@code pos()}). */
    static String dumpWithPositions(Object o) {
        StringBuilder sb = new StringBuilder();
        write(sb, o, true);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object o, boolean positions) {
        if (positions && o instanceof Node) {
            Pos q = ((Node) o).pos();
            sb.append('@').append(q.line()).append(':').append(q.col()).append(' ');
        }
        if (o == null) {
            sb.append("nil");
        } else if (o instanceof Expr.Ident) {
            sb.append(((Expr.Ident) o).name);
        } else if (o instanceof Expr.BasicLit) {
            sb.append(((Expr.BasicLit) o).value);
        } else if (o instanceof List) {
            sb.append('[');
            List<?> l = (List<?>) o;
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(' ');
                write(sb, l.get(i), positions);
            }
            sb.append(']');
        } else if (o instanceof Node) {
            sb.append('(').append(o.getClass().getSimpleName());
            for (Field f : o.getClass().getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isPublic(m) || Modifier.isStatic(m)) continue;
                if (f.getType() == Pos.class) {
                    // The only position that carries meaning beyond location: f(xs...).
                    if (o instanceof Expr.CallExpr && f.getName().equals("ellipsis")) {
                        sb.append(((Expr.CallExpr) o).hasEllipsis() ? " ..." : " nil");
                    }
                    continue;
                }
                if (f.getName().equals("path") && o instanceof File) continue;
                sb.append(' ');
                try {
                    write(sb, f.get(o), positions);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
            sb.append(')');
        } else {
            sb.append(o);
        }
    }
}
