package golc.types;

import golc.syntax.Expr;
import golc.syntax.Field;
import golc.syntax.FieldList;
import golc.syntax.Token;

import java.util.List;

/** Writes expressions the way types2 quotes them in messages (syntax.String): bodies and literals elided as …. */
public final class ExprString {
    private ExprString() {}

    public static String of(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Expr e) {
        if (e == null) { sb.append("<nil>"); return; }
        if (e instanceof Expr.Ident) sb.append(((Expr.Ident) e).name);
        else if (e instanceof Expr.BasicLit) sb.append(((Expr.BasicLit) e).value);
        else if (e instanceof Expr.BadExpr) sb.append("BadExpr");
        else if (e instanceof Expr.Ellipsis) {
            sb.append("...");
            if (((Expr.Ellipsis) e).elt != null) write(sb, ((Expr.Ellipsis) e).elt);
        } else if (e instanceof Expr.FuncLit) {
            sb.append("func");
            signature(sb, ((Expr.FuncLit) e).type);
            sb.append(" {…}");
        } else if (e instanceof Expr.CompositeLit) {
            Expr.CompositeLit c = (Expr.CompositeLit) e;
            if (c.type != null) write(sb, c.type);
            sb.append("{…}");
        } else if (e instanceof Expr.ParenExpr) {
            sb.append('(');
            write(sb, ((Expr.ParenExpr) e).x);
            sb.append(')');
        } else if (e instanceof Expr.SelectorExpr) {
            write(sb, ((Expr.SelectorExpr) e).x);
            sb.append('.').append(((Expr.SelectorExpr) e).sel.name);
        } else if (e instanceof Expr.IndexExpr) {
            write(sb, ((Expr.IndexExpr) e).x);
            sb.append('[');
            write(sb, ((Expr.IndexExpr) e).index);
            sb.append(']');
        } else if (e instanceof Expr.IndexListExpr) {
            write(sb, ((Expr.IndexListExpr) e).x);
            sb.append('[');
            list(sb, ((Expr.IndexListExpr) e).indices);
            sb.append(']');
        } else if (e instanceof Expr.SliceExpr) {
            Expr.SliceExpr s = (Expr.SliceExpr) e;
            write(sb, s.x);
            sb.append('[');
            if (s.low != null) write(sb, s.low);
            sb.append(':');
            if (s.high != null) write(sb, s.high);
            if (s.slice3) {
                sb.append(':');
                if (s.max != null) write(sb, s.max);
            }
            sb.append(']');
        } else if (e instanceof Expr.TypeAssertExpr) {
            Expr.TypeAssertExpr t = (Expr.TypeAssertExpr) e;
            write(sb, t.x);
            sb.append(".(");
            if (t.type == null) sb.append("type"); else write(sb, t.type);
            sb.append(')');
        } else if (e instanceof Expr.CallExpr) {
            Expr.CallExpr c = (Expr.CallExpr) e;
            write(sb, c.fun);
            sb.append('(');
            list(sb, c.args);
            if (c.hasEllipsis()) sb.append("...");
            sb.append(')');
        } else if (e instanceof Expr.StarExpr) {
            sb.append('*');
            write(sb, ((Expr.StarExpr) e).x);
        } else if (e instanceof Expr.UnaryExpr) {
            Expr.UnaryExpr u = (Expr.UnaryExpr) e;
            sb.append(u.op.toString());
            write(sb, u.x);
        } else if (e instanceof Expr.BinaryExpr) {
            Expr.BinaryExpr b = (Expr.BinaryExpr) e;
            write(sb, b.x);
            sb.append(' ').append(b.op.toString()).append(' ');
            write(sb, b.y);
        } else if (e instanceof Expr.KeyValueExpr) {
            write(sb, ((Expr.KeyValueExpr) e).key);
            sb.append(": ");
            write(sb, ((Expr.KeyValueExpr) e).value);
        } else if (e instanceof Expr.ArrayType) {
            Expr.ArrayType a = (Expr.ArrayType) e;
            sb.append('[');
            if (a.len != null) write(sb, a.len);
            sb.append(']');
            write(sb, a.elt);
        } else if (e instanceof Expr.StructType) {
            sb.append("struct{");
            fields(sb, ((Expr.StructType) e).fields, "; ");
            sb.append('}');
        } else if (e instanceof Expr.FuncType) {
            sb.append("func");
            signature(sb, (Expr.FuncType) e);
        } else if (e instanceof Expr.InterfaceType) {
            sb.append("interface{");
            FieldList fl = ((Expr.InterfaceType) e).methods;
            if (fl != null) {
                boolean first = true;
                for (Field f : fl.list) {
                    if (!first) sb.append("; ");
                    first = false;
                    if (!f.names.isEmpty() && f.type instanceof Expr.FuncType) {
                        sb.append(f.names.get(0).name);
                        signature(sb, (Expr.FuncType) f.type);
                    } else {
                        write(sb, f.type);
                    }
                }
            }
            sb.append('}');
        } else if (e instanceof Expr.MapType) {
            sb.append("map[");
            write(sb, ((Expr.MapType) e).key);
            sb.append(']');
            write(sb, ((Expr.MapType) e).value);
        } else if (e instanceof Expr.ChanType) {
            Expr.ChanType c = (Expr.ChanType) e;
            switch (c.dir) {
                case SEND: sb.append("chan<- "); break;
                case RECV: sb.append("<-chan "); break;
                default: sb.append("chan "); break;
            }
            write(sb, c.value);
        } else {
            sb.append(e.getClass().getSimpleName());
        }
    }

    private static void list(StringBuilder sb, List<Expr> es) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) sb.append(", ");
            write(sb, es.get(i));
        }
    }

    private static void fields(StringBuilder sb, FieldList fl, String sep) {
        if (fl == null) return;
        for (int i = 0; i < fl.list.size(); i++) {
            if (i > 0) sb.append(sep);
            Field f = fl.list.get(i);
            for (int j = 0; j < f.names.size(); j++) {
                if (j > 0) sb.append(", ");
                sb.append(f.names.get(j).name);
            }
            if (!f.names.isEmpty()) sb.append(' ');
            write(sb, f.type);
        }
    }

    private static void signature(StringBuilder sb, Expr.FuncType t) {
        if (t.typeParams != null) {
            sb.append('[');
            fields(sb, t.typeParams, ", ");
            sb.append(']');
        }
        sb.append('(');
        fields(sb, t.params, ", ");
        sb.append(')');
        if (t.results == null || t.results.list.isEmpty()) return;
        sb.append(' ');
        if (t.results.list.size() == 1 && t.results.list.get(0).names.isEmpty()) {
            write(sb, t.results.list.get(0).type);
            return;
        }
        sb.append('(');
        fields(sb, t.results, ", ");
        sb.append(')');
    }

    static boolean isOp(Token t) { return t.isOperator(); }
}
