package golc.syntax;

import java.util.List;

/**
 * Expressions and type expressions, as in go/ast. Lists are never null (possibly empty); optional
 * children are null where documented.
 */
public interface Expr extends Node {

    /** Placeholder for an expression that failed to parse (an error has been reported). */
    final class BadExpr implements Expr {
        public final Pos from;

        public BadExpr(Pos from) {
            this.from = from;
        }

        @Override public Pos pos() { return from; }
    }

    /** An identifier, including {@code _}. */
    final class Ident implements Expr {
        public final Pos namePos;
        public final String name;

        public Ident(Pos namePos, String name) {
            this.namePos = namePos;
            this.name = name;
        }

        public boolean isBlank() {
            return name.equals("_");
        }

        @Override public Pos pos() { return namePos; }

        @Override public String toString() { return name; }
    }

    /**
     * {@code ...} in a variadic parameter type ({@code elt} the element type) or as the length of an
     * array literal type {@code [...]T} ({@code elt} null).
     */
    final class Ellipsis implements Expr {
        public final Pos ellipsis;
        public final Expr elt;

        public Ellipsis(Pos ellipsis, Expr elt) {
            this.ellipsis = ellipsis;
            this.elt = elt;
        }

        @Override public Pos pos() { return ellipsis; }
    }

    /**
     * A literal: {@code kind} is INT, FLOAT, IMAG, CHAR or STRING; {@code value} is the raw source text
     * (quotes, escapes and {@code _} separators included). Decode with {@link Literals}. {@code bad}
     * is set when the scanner reported an error for it (the text may be malformed); gc's checker
     * treats such a literal as an invalid operand without a further error.
     */
    final class BasicLit implements Expr {
        public final Pos valuePos;
        public final Token kind;
        public final String value;
        public final boolean bad;

        public BasicLit(Pos valuePos, Token kind, String value, boolean bad) {
            this.valuePos = valuePos;
            this.kind = kind;
            this.value = value;
            this.bad = bad;
        }

        public BasicLit(Pos valuePos, Token kind, String value) {
            this(valuePos, kind, value, false);
        }

        @Override public Pos pos() { return valuePos; }

        @Override public String toString() { return value; }
    }

    /** {@code type{elts}}; {@code type} is null for elided types inside another composite literal. */
    final class CompositeLit implements Expr {
        public final Expr type;
        public final Pos lbrace;
        public final List<Expr> elts;
        public final Pos rbrace;

        public CompositeLit(Expr type, Pos lbrace, List<Expr> elts, Pos rbrace) {
            this.type = type;
            this.lbrace = lbrace;
            this.elts = List.copyOf(elts);
            this.rbrace = rbrace;
        }

        @Override public Pos pos() { return type != null ? type.pos() : lbrace; }
    }

    /** A function literal {@code func(...) ... { body }}. */
    final class FuncLit implements Expr {
        public final FuncType type;
        public final Stmt.BlockStmt body;

        public FuncLit(FuncType type, Stmt.BlockStmt body) {
            this.type = type;
            this.body = body;
        }

        @Override public Pos pos() { return type.pos(); }
    }

    /** {@code (x)}. */
    final class ParenExpr implements Expr {
        public final Pos lparen;
        public final Expr x;
        public final Pos rparen;

        public ParenExpr(Pos lparen, Expr x, Pos rparen) {
            this.lparen = lparen;
            this.x = x;
            this.rparen = rparen;
        }

        @Override public Pos pos() { return lparen; }
    }

    /** {@code x.sel}: field or method selection, qualified identifier, or method expression. */
    final class SelectorExpr implements Expr {
        public final Expr x;
        public final Ident sel;

        public SelectorExpr(Expr x, Ident sel) {
            this.x = x;
            this.sel = sel;
        }

        @Override public Pos pos() { return x.pos(); }
    }

    /** {@code x[index]}: index expression or instantiation with one type argument. */
    final class IndexExpr implements Expr {
        public final Expr x;
        public final Pos lbrack;
        public final Expr index;
        public final Pos rbrack;

        public IndexExpr(Expr x, Pos lbrack, Expr index, Pos rbrack) {
            this.x = x;
            this.lbrack = lbrack;
            this.index = index;
            this.rbrack = rbrack;
        }

        @Override public Pos pos() { return x.pos(); }
    }

    /** {@code x[a, b, ...]}: instantiation with two or more type arguments. */
    final class IndexListExpr implements Expr {
        public final Expr x;
        public final Pos lbrack;
        public final List<Expr> indices;
        public final Pos rbrack;

        public IndexListExpr(Expr x, Pos lbrack, List<Expr> indices, Pos rbrack) {
            this.x = x;
            this.lbrack = lbrack;
            this.indices = List.copyOf(indices);
            this.rbrack = rbrack;
        }

        @Override public Pos pos() { return x.pos(); }
    }

    /** {@code x[low:high]} or {@code x[low:high:max]} ({@code slice3}); absent bounds are null. */
    final class SliceExpr implements Expr {
        public final Expr x;
        public final Pos lbrack;
        public final Expr low;
        public final Expr high;
        public final Expr max;
        public final boolean slice3;
        public final Pos rbrack;

        public SliceExpr(Expr x, Pos lbrack, Expr low, Expr high, Expr max, boolean slice3, Pos rbrack) {
            this.x = x;
            this.lbrack = lbrack;
            this.low = low;
            this.high = high;
            this.max = max;
            this.slice3 = slice3;
            this.rbrack = rbrack;
        }

        @Override public Pos pos() { return x.pos(); }
    }

    /** {@code x.(type)}; {@code type} is null for the {@code x.(type)} of a type switch. */
    final class TypeAssertExpr implements Expr {
        public final Expr x;
        public final Pos lparen;
        public final Expr type;
        public final Pos rparen;

        public TypeAssertExpr(Expr x, Pos lparen, Expr type, Pos rparen) {
            this.x = x;
            this.lparen = lparen;
            this.type = type;
            this.rparen = rparen;
        }

        @Override public Pos pos() { return x.pos(); }
    }

    /**
     * {@code fun(args)}, also conversions and builtin calls. {@code ellipsis} is the position of a
     * trailing {@code ...} ({@code f(xs...)}) or null.
     */
    final class CallExpr implements Expr {
        public final Expr fun;
        public final Pos lparen;
        public final List<Expr> args;
        public final Pos ellipsis;
        public final Pos rparen;

        public CallExpr(Expr fun, Pos lparen, List<Expr> args, Pos ellipsis, Pos rparen) {
            this.fun = fun;
            this.lparen = lparen;
            this.args = List.copyOf(args);
            this.ellipsis = ellipsis;
            this.rparen = rparen;
        }

        public boolean hasEllipsis() {
            return ellipsis != null;
        }

        @Override public Pos pos() { return fun.pos(); }
    }

    /** {@code *x}: pointer indirection or pointer type. */
    final class StarExpr implements Expr {
        public final Pos star;
        public final Expr x;

        public StarExpr(Pos star, Expr x) {
            this.star = star;
            this.x = x;
        }

        @Override public Pos pos() { return star; }
    }

    /** Unary {@code + - ! ^ & <-}, and {@code ~T} in constraints. */
    final class UnaryExpr implements Expr {
        public final Pos opPos;
        public final Token op;
        public final Expr x;

        public UnaryExpr(Pos opPos, Token op, Expr x) {
            this.opPos = opPos;
            this.op = op;
            this.x = x;
        }

        @Override public Pos pos() { return opPos; }
    }

    /** {@code x op y}; also {@code A | B} unions in constraints. */
    final class BinaryExpr implements Expr {
        public final Expr x;
        public final Pos opPos;
        public final Token op;
        public final Expr y;

        public BinaryExpr(Expr x, Pos opPos, Token op, Expr y) {
            this.x = x;
            this.opPos = opPos;
            this.op = op;
            this.y = y;
        }

        @Override public Pos pos() { return x.pos(); }
    }

    /** {@code key: value} inside a composite literal. */
    final class KeyValueExpr implements Expr {
        public final Expr key;
        public final Pos colon;
        public final Expr value;

        public KeyValueExpr(Expr key, Pos colon, Expr value) {
            this.key = key;
            this.colon = colon;
            this.value = value;
        }

        @Override public Pos pos() { return key.pos(); }
    }

    /** {@code [len]elt}; {@code len} null for a slice type, an {@link Ellipsis} for {@code [...]T}. */
    final class ArrayType implements Expr {
        public final Pos lbrack;
        public final Expr len;
        public final Expr elt;

        public ArrayType(Pos lbrack, Expr len, Expr elt) {
            this.lbrack = lbrack;
            this.len = len;
            this.elt = elt;
        }

        public boolean isSlice() {
            return len == null;
        }

        @Override public Pos pos() { return lbrack; }
    }

    /** {@code struct { fields }}. */
    final class StructType implements Expr {
        public final Pos struct;
        public final FieldList fields;

        public StructType(Pos struct, FieldList fields) {
            this.struct = struct;
            this.fields = fields;
        }

        @Override public Pos pos() { return struct; }
    }

    /**
     * A function signature. {@code func} is the position of the {@code func} keyword, or of the
     * parameter list for interface methods and function declarations' signatures without it.
     * {@code typeParams} is null unless the function declares type parameters; {@code results} is
     * null when there are none.
     */
    final class FuncType implements Expr {
        public final Pos func;
        public final FieldList typeParams;
        public final FieldList params;
        public final FieldList results;

        public FuncType(Pos func, FieldList typeParams, FieldList params, FieldList results) {
            this.func = func;
            this.typeParams = typeParams;
            this.params = params;
            this.results = results;
        }

        @Override public Pos pos() { return func; }
    }

    /**
     * {@code interface { elems }}: each {@link Field} is a method (one name, {@link FuncType}) or an
     * embedded element (no names: interface, type, {@code ~T}, or union {@code A | ~B}).
     */
    final class InterfaceType implements Expr {
        public final Pos interfacePos;
        public final FieldList methods;

        public InterfaceType(Pos interfacePos, FieldList methods) {
            this.interfacePos = interfacePos;
            this.methods = methods;
        }

        @Override public Pos pos() { return interfacePos; }
    }

    /** {@code map[key]value}. */
    final class MapType implements Expr {
        public final Pos map;
        public final Expr key;
        public final Expr value;

        public MapType(Pos map, Expr key, Expr value) {
            this.map = map;
            this.key = key;
            this.value = value;
        }

        @Override public Pos pos() { return map; }
    }

    /**
     * {@code chan T}, {@code chan<- T}, {@code <-chan T}; {@code begin} is the first token's position,
     * {@code arrow} the position of {@code <-} (null for a bidirectional channel).
     */
    final class ChanType implements Expr {
        public final Pos begin;
        public final Pos arrow;
        public final ChanDir dir;
        public final Expr value;

        public ChanType(Pos begin, Pos arrow, ChanDir dir, Expr value) {
            this.begin = begin;
            this.arrow = arrow;
            this.dir = dir;
            this.value = value;
        }

        @Override public Pos pos() { return begin; }
    }
}
