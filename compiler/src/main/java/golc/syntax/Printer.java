package golc.syntax;

import java.util.List;

/**
 * Prints expressions and simple statements on one line the way gc's {@code syntax.String} does
 * (its ShortForm): function and composite literal bodies print as {@code {…}}; binary operators are
 * surrounded by blanks; parentheses appear only where the source had them. Used in error messages
 * by the parser and the type checker.
 */
public final class Printer {
    private final StringBuilder sb = new StringBuilder();

    private Printer() {
    }

    /** The one-line form of {@code x}, e.g. {@code a + f(b, c...)}, {@code []int{…}}. */
    public static String expr(Expr x) {
        Printer p = new Printer();
        p.printExpr(x);
        return p.sb.toString();
    }

    /** Expressions separated by {@code ", "}. */
    public static String exprList(List<? extends Expr> xs) {
        Printer p = new Printer();
        p.printList(xs);
        return p.sb.toString();
    }

    /** The one-line form of a simple statement ({@code x := 1}, {@code x++}, {@code ch <- v}, ...). */
    public static String stmt(Stmt s) {
        Printer p = new Printer();
        p.printStmt(s);
        return p.sb.toString();
    }

    private void printList(List<? extends Expr> xs) {
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) sb.append(", ");
            printExpr(xs.get(i));
        }
    }

    private void printStmt(Stmt s) {
        if (s instanceof Stmt.ExprStmt) {
            printExpr(((Stmt.ExprStmt) s).x);
        } else if (s instanceof Stmt.SendStmt) {
            Stmt.SendStmt st = (Stmt.SendStmt) s;
            printExpr(st.chan);
            sb.append(" <- ");
            printExpr(st.value);
        } else if (s instanceof Stmt.IncDecStmt) {
            Stmt.IncDecStmt st = (Stmt.IncDecStmt) s;
            printExpr(st.x);
            sb.append(st.tok.text);
        } else if (s instanceof Stmt.AssignStmt) {
            Stmt.AssignStmt st = (Stmt.AssignStmt) s;
            printList(st.lhs);
            sb.append(' ').append(st.tok.text).append(' ');
            printList(st.rhs);
        } else if (s instanceof Stmt.RangeStmt) {
            Stmt.RangeStmt st = (Stmt.RangeStmt) s;
            if (st.key != null) {
                printExpr(st.key);
                if (st.value != null) {
                    sb.append(", ");
                    printExpr(st.value);
                }
                sb.append(' ').append(st.tok.text).append(' ');
            }
            sb.append("range ");
            printExpr(st.x);
        } else if (s instanceof Stmt.EmptyStmt) {
            // nothing to print
        } else {
            sb.append(s.getClass().getSimpleName());
        }
    }

    private void printExpr(Expr x) {
        if (x == null) return;
        if (x instanceof Expr.BadExpr) {
            sb.append("<bad expr>");
        } else if (x instanceof Expr.Ident) {
            sb.append(((Expr.Ident) x).name);
        } else if (x instanceof Expr.BasicLit) {
            sb.append(((Expr.BasicLit) x).value);
        } else if (x instanceof Expr.Ellipsis) {
            sb.append("...");
            printExpr(((Expr.Ellipsis) x).elt);
        } else if (x instanceof Expr.FuncLit) {
            Expr.FuncLit f = (Expr.FuncLit) x;
            printExpr(f.type);
            sb.append(f.body.list.isEmpty() ? " {}" : " {…}");
        } else if (x instanceof Expr.CompositeLit) {
            Expr.CompositeLit c = (Expr.CompositeLit) x;
            printExpr(c.type);
            sb.append(c.elts.isEmpty() ? "{}" : "{…}");
        } else if (x instanceof Expr.ParenExpr) {
            sb.append('(');
            printExpr(((Expr.ParenExpr) x).x);
            sb.append(')');
        } else if (x instanceof Expr.SelectorExpr) {
            Expr.SelectorExpr s = (Expr.SelectorExpr) x;
            printExpr(s.x);
            sb.append('.').append(s.sel.name);
        } else if (x instanceof Expr.IndexExpr) {
            Expr.IndexExpr e = (Expr.IndexExpr) x;
            printExpr(e.x);
            sb.append('[');
            printExpr(e.index);
            sb.append(']');
        } else if (x instanceof Expr.IndexListExpr) {
            Expr.IndexListExpr e = (Expr.IndexListExpr) x;
            printExpr(e.x);
            sb.append('[');
            printList(e.indices);
            sb.append(']');
        } else if (x instanceof Expr.SliceExpr) {
            Expr.SliceExpr e = (Expr.SliceExpr) x;
            printExpr(e.x);
            sb.append('[');
            printExpr(e.low);
            sb.append(':');
            printExpr(e.high);
            if (e.max != null) {
                sb.append(':');
                printExpr(e.max);
            }
            sb.append(']');
        } else if (x instanceof Expr.TypeAssertExpr) {
            Expr.TypeAssertExpr e = (Expr.TypeAssertExpr) x;
            printExpr(e.x);
            sb.append(".(");
            if (e.type == null) {
                sb.append("type");
            } else {
                printExpr(e.type);
            }
            sb.append(')');
        } else if (x instanceof Expr.CallExpr) {
            Expr.CallExpr c = (Expr.CallExpr) x;
            printExpr(c.fun);
            sb.append('(');
            printList(c.args);
            if (c.hasEllipsis()) sb.append("...");
            sb.append(')');
        } else if (x instanceof Expr.StarExpr) {
            sb.append('*');
            printExpr(((Expr.StarExpr) x).x);
        } else if (x instanceof Expr.UnaryExpr) {
            Expr.UnaryExpr u = (Expr.UnaryExpr) x;
            sb.append(u.op.text);
            printExpr(u.x);
        } else if (x instanceof Expr.BinaryExpr) {
            Expr.BinaryExpr b = (Expr.BinaryExpr) x;
            printExpr(b.x);
            sb.append(' ').append(b.op.text).append(' ');
            printExpr(b.y);
        } else if (x instanceof Expr.KeyValueExpr) {
            Expr.KeyValueExpr kv = (Expr.KeyValueExpr) x;
            printExpr(kv.key);
            sb.append(": ");
            printExpr(kv.value);
        } else if (x instanceof Expr.ArrayType) {
            Expr.ArrayType a = (Expr.ArrayType) x;
            sb.append('[');
            printExpr(a.len);
            sb.append(']');
            printExpr(a.elt);
        } else if (x instanceof Expr.StructType) {
            sb.append("struct{");
            List<Field> fs = ((Expr.StructType) x).fields.list;
            for (int i = 0; i < fs.size(); i++) {
                if (i > 0) sb.append("; ");
                Field f = fs.get(i);
                printNames(f.names);
                if (!f.names.isEmpty()) sb.append(' ');
                printExpr(f.type);
                if (f.tag != null) sb.append(' ').append(f.tag.value);
            }
            sb.append('}');
        } else if (x instanceof Expr.FuncType) {
            sb.append("func");
            printSignature((Expr.FuncType) x);
        } else if (x instanceof Expr.InterfaceType) {
            sb.append("interface{");
            List<Field> ms = ((Expr.InterfaceType) x).methods.list;
            for (int i = 0; i < ms.size(); i++) {
                if (i > 0) sb.append("; ");
                Field m = ms.get(i);
                if (!m.names.isEmpty()) {
                    sb.append(m.names.get(0).name);
                    printSignature((Expr.FuncType) m.type);
                } else {
                    printExpr(m.type);
                }
            }
            sb.append('}');
        } else if (x instanceof Expr.MapType) {
            Expr.MapType m = (Expr.MapType) x;
            sb.append("map[");
            printExpr(m.key);
            sb.append(']');
            printExpr(m.value);
        } else if (x instanceof Expr.ChanType) {
            Expr.ChanType c = (Expr.ChanType) x;
            if (c.dir == ChanDir.RECV) sb.append("<-");
            sb.append("chan");
            if (c.dir == ChanDir.SEND) sb.append("<-");
            sb.append(' ');
            boolean paren = c.dir == ChanDir.BOTH && c.value instanceof Expr.ChanType
                    && ((Expr.ChanType) c.value).dir == ChanDir.RECV;
            if (paren) sb.append('(');
            printExpr(c.value);
            if (paren) sb.append(')');
        } else {
            sb.append(x.getClass().getSimpleName());
        }
    }

    private void printNames(List<Expr.Ident> names) {
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(names.get(i).name);
        }
    }

    private void printSignature(Expr.FuncType f) {
        printParams(f.params);
        FieldList res = f.results;
        if (res != null && !res.list.isEmpty()) {
            sb.append(' ');
            if (res.list.size() == 1 && res.list.get(0).names.isEmpty()) {
                printExpr(res.list.get(0).type);
            } else {
                printParams(res);
            }
        }
    }

    private void printParams(FieldList fl) {
        sb.append('(');
        for (int i = 0; i < fl.list.size(); i++) {
            if (i > 0) sb.append(", ");
            Field f = fl.list.get(i);
            printNames(f.names);
            if (!f.names.isEmpty()) sb.append(' ');
            Expr t = f.type;
            while (t instanceof Expr.ParenExpr) t = ((Expr.ParenExpr) t).x;
            printExpr(t);
        }
        sb.append(')');
    }
}
