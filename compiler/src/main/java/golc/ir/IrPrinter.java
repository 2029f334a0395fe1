package golc.ir;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stable, readable text form of the IR for tests and {@code --stop-after=lower}. Locals print by name,
 * with {@code #id} added only where two locals of a function share a name; temporaries are {@code ~tN}.
 */
public final class IrPrinter {
    private final StringBuilder out = new StringBuilder();
    private Map<Local, String> names = new IdentityHashMap<>();

    private IrPrinter() {}

    public static String print(Program p) {
        IrPrinter pr = new IrPrinter();
        for (IrPackage pkg : p.packages()) pr.pkg(pkg);
        return pr.out.toString();
    }

    public static String print(IrPackage pkg) {
        IrPrinter pr = new IrPrinter();
        pr.pkg(pkg);
        return pr.out.toString();
    }

    public static String print(IrFunc f) {
        IrPrinter pr = new IrPrinter();
        pr.func(f);
        return pr.out.toString();
    }

    private void pkg(IrPackage p) {
        out.append("package ").append(p.name()).append(" \"").append(p.path()).append("\"\n");
        for (Global g : p.globals()) out.append("var ").append(g.name()).append(' ').append(g.type()).append('\n');
        for (TypeDecl t : p.types()) {
            out.append("type ").append(t.jvmName()).append(' ').append(t.type().underlying()).append('\n');
            for (TypeDecl.Method m : t.methods()) {
                out.append("  method ").append(m.sig().key()).append(m.ptrRecv() ? " ptr" : "")
                        .append(" -> ").append(m.impl()).append('\n');
            }
        }
        for (MethodSig m : p.ifaceMethods()) out.append("imethod ").append(m.key()).append('\n');
        func(p.init());
        for (IrFunc f : p.funcs()) func(f);
    }

    private void func(IrFunc f) {
        names = new IdentityHashMap<>();
        List<Local> all = new ArrayList<>(f.captures());
        if (f.receiver() != null) all.add(f.receiver());
        all.addAll(f.params());
        all.addAll(f.results());
        all.addAll(f.locals());
        Map<String, Integer> count = new HashMap<>();
        for (Local l : all) count.merge(l.name(), 1, Integer::sum);
        for (Local l : all) names.put(l, count.get(l.name()) > 1 ? l.name() + "#" + l.id() : l.name());

        out.append("\nfunc ").append(f.symbol());
        if (f.isNative()) out.append(" native");
        if (f.hasDefer()) out.append(" hasdefer");
        if (f.usesRecover()) out.append(" recover");
        if (f.outer() != null) out.append(" in ").append(f.outer());
        out.append('\n');
        if (!f.captures().isEmpty()) out.append("  captures ").append(locals(f.captures())).append('\n');
        if (f.receiver() != null) out.append("  receiver ").append(decl(f.receiver())).append('\n');
        out.append("  params ").append(locals(f.params())).append('\n');
        if (!f.results().isEmpty()) out.append("  results ").append(locals(f.results())).append('\n');
        if (f.body() != null) {
            block(f.body(), 0);
            out.append('\n');
        }
    }

    private String locals(List<Local> ls) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ls.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(decl(ls.get(i)));
        }
        return sb.append(')').toString();
    }

    private String decl(Local l) {
        return name(l) + (l.boxed() ? " boxed " : " ") + l.type();
    }

    private String name(Local l) {
        if (l == null) return "_";
        String n = names.get(l);
        return n != null ? n : l.name() + "#" + l.id() + "?";
    }

    private void indent(int depth) {
        out.append("  ".repeat(depth));
    }

    private void block(Stmt.Block b, int depth) {
        out.append(b.label() != null ? b.label() + ": {\n" : "{\n");
        for (Stmt s : b.stmts()) stmt(s, depth + 1);
        indent(depth);
        out.append("}");
    }

    private void stmt(Stmt s, int d) {
        indent(d);
        if (s instanceof Stmt.Block b) {
            block(b, d);
        } else if (s instanceof Stmt.Decl x) {
            out.append("decl ").append(decl(x.local()));
            if (x.init() != null) out.append(" = ").append(expr(x.init()));
        } else if (s instanceof Stmt.Assign x) {
            out.append(expr(x.target())).append(" = ").append(expr(x.value()));
        } else if (s instanceof Stmt.Call x) {
            if (!x.results().isEmpty()) {
                List<String> rs = new ArrayList<>();
                for (Local l : x.results()) rs.add(name(l));
                out.append(String.join(", ", rs)).append(" = ");
            }
            out.append("call ").append(callee(x.callee())).append(args(x.args()));
        } else if (s instanceof Stmt.If x) {
            out.append("if ").append(expr(x.cond())).append(' ');
            block(x.then(), d);
            if (x.els() != null) {
                out.append(" else ");
                block(x.els(), d);
            }
        } else if (s instanceof Stmt.Loop x) {
            out.append(x.label()).append(": loop");
            if (x.cond() != null) out.append(' ').append(expr(x.cond()));
            out.append(' ');
            block(x.body(), d);
            if (x.post() != null) {
                out.append(" post ");
                block(x.post(), d);
            }
        } else if (s instanceof Stmt.RangeMap x) {
            out.append(x.label()).append(": rangemap ").append(name(x.key())).append(", ").append(name(x.value()))
                    .append(" = ").append(expr(x.map())).append(' ');
            block(x.body(), d);
        } else if (s instanceof Stmt.Break x) {
            out.append("break ").append(x.label());
        } else if (s instanceof Stmt.Continue x) {
            out.append("continue ").append(x.label());
        } else if (s instanceof Stmt.Goto x) {
            out.append("goto ").append(x.label());
        } else if (s instanceof Stmt.LabelDef x) {
            out.append("label ").append(x.label());
        } else if (s instanceof Stmt.Return x) {
            out.append("return");
            if (!x.values().isEmpty()) out.append(' ').append(exprs(x.values()));
        } else if (s instanceof Stmt.Defer x) {
            out.append("defer ").append(expr(x.fn())).append(args(x.args()));
        } else if (s instanceof Stmt.Go x) {
            out.append("go ").append(expr(x.fn())).append(args(x.args()));
        } else if (s instanceof Stmt.Send x) {
            out.append(expr(x.ch())).append(" <- ").append(expr(x.value()));
        } else if (s instanceof Stmt.Recv x) {
            out.append(name(x.value())).append(", ").append(name(x.ok())).append(" = <-").append(expr(x.ch()));
        } else if (s instanceof Stmt.Select x) {
            out.append(name(x.index())).append(" = select {");
            for (Stmt.Select.Case c : x.cases()) {
                if (c.send() != null) {
                    out.append(' ').append(expr(c.ch())).append(" <- ").append(expr(c.send())).append(';');
                } else {
                    out.append(' ').append(name(c.value())).append(", ").append(name(c.ok())).append(" = <-").append(expr(c.ch())).append(';');
                }
            }
            out.append(x.hasDefault() ? " default }" : " }");
        } else {
            throw new IllegalStateException("unknown statement " + s);
        }
        out.append("   // ").append(s.pos().line()).append('\n');
    }

    private String callee(Callee c) {
        if (c instanceof Callee.Static x) return x.fn().toString();
        if (c instanceof Callee.Dynamic x) return "(" + expr(x.fn()) + ")";
        if (c instanceof Callee.Iface x) return expr(x.recv()) + ".{" + x.method().key() + "}";
        if (c instanceof Callee.Builtin x) return x.op().name().toLowerCase();
        throw new IllegalStateException("unknown callee " + c);
    }

    private String args(List<Expr> args) {
        return "(" + exprs(args) + ")";
    }

    private String exprs(List<Expr> es) {
        List<String> parts = new ArrayList<>();
        for (Expr e : es) parts.add(e == null ? "_" : expr(e));
        return String.join(", ", parts);
    }

    /** Expressions print fully parenthesised; the types of constants, conversions and allocations are shown. */
    public String expr(Expr e) {
        if (e instanceof Expr.Const x) return constant(x.value()) + ":" + x.type();
        if (e instanceof Expr.Zero x) return "zero:" + x.type();
        if (e instanceof Expr.LocalRef x) return name(x.local());
        if (e instanceof Expr.GlobalRef x) return x.global().toString();
        if (e instanceof Expr.FuncRef x) return "func " + x.fn();
        if (e instanceof Expr.MakeClosure x) {
            List<String> cs = new ArrayList<>();
            for (Local l : x.captures()) cs.add(name(l));
            return "closure " + x.fn() + "[" + String.join(", ", cs) + "]";
        }
        if (e instanceof Expr.Unary x) return "(" + x.op().go + expr(x.x()) + ")";
        if (e instanceof Expr.Binary x) return "(" + expr(x.x()) + " " + x.op().go + " " + expr(x.y()) + ")";
        if (e instanceof Expr.Convert x) return x.type() + "(" + expr(x.x()) + ")";
        if (e instanceof Expr.TypeAssert x) return expr(x.x()) + ".(" + x.type() + ")";
        if (e instanceof Expr.TypeIs x) return expr(x.x()) + ".(is " + x.target() + ")";
        if (e instanceof Expr.Field x) return expr(x.x()) + "." + x.name();
        if (e instanceof Expr.Index x) return expr(x.x()) + "[" + expr(x.index()) + "]";
        if (e instanceof Expr.SliceExpr x) {
            return expr(x.x()) + "[" + opt(x.lo()) + ":" + opt(x.hi()) + (x.max() != null ? ":" + expr(x.max()) : "") + "]";
        }
        if (e instanceof Expr.Deref x) return "*" + expr(x.x());
        if (e instanceof Expr.AddrOf x) return "&" + expr(x.x());
        if (e instanceof Expr.Copy x) return "copy(" + expr(x.x()) + ")";
        if (e instanceof Expr.Builtin x) {
            String s = x.op().name().toLowerCase() + "(" + exprs(x.args()) + ")";
            return x.op() == BuiltinOp.NEW || x.op().name().startsWith("MAKE") ? s + ":" + x.type() : s;
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    private String opt(Expr e) {
        return e == null ? "" : expr(e);
    }

    private static String constant(Object v) {
        if (v == null) return "nil";
        if (v instanceof String s) return quote(s);
        if (v instanceof double[] c) return "(" + c[0] + "+" + c[1] + "i)";
        return v.toString();
    }

    /** Quotes a byte string as Go's %q would for ASCII, escaping other bytes as \xNN. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

}
