package golc.syntax;

import golc.diag.Diagnostics;

import java.util.ArrayList;
import java.util.List;

/** Parsing of expressions, operands, primary expressions and composite literals (gc's parser.go). */
abstract class ExprParser extends TypeParser {

    ExprParser(String path, byte[] src, Diagnostics diags) {
        super(path, src, diags);
    }

    @Override
    final Expr expr() {
        return binaryExpr(null, 0);
    }

    final List<Expr> exprList() {
        List<Expr> l = new ArrayList<>();
        l.add(expr());
        while (got(Token.COMMA)) l.add(expr());
        return l;
    }

    @Override
    final Expr binaryExpr(Expr x, int prec) {
        if (x == null) x = unaryExpr();
        while (tok.precedence() > prec) {
            Pos opPos = pos();
            Token op = tok;
            int tprec = tok.precedence();
            next();
            x = new Expr.BinaryExpr(x, opPos, op, binaryExpr(null, tprec));
        }
        return x;
    }

    final Expr unaryExpr() {
        switch (tok) {
            case MUL: {
                Pos pos = pos();
                next();
                return new Expr.StarExpr(pos, unaryExpr());
            }
            case ADD: case SUB: case NOT: case XOR: case TILDE: {
                Pos pos = pos();
                Token op = tok;
                next();
                return new Expr.UnaryExpr(pos, op, unaryExpr());
            }
            case AND: {
                Pos pos = pos();
                next();
                // gc drops parentheses here (&(T{}) is &T{}); parentheses are kept, as everywhere.
                return new Expr.UnaryExpr(pos, Token.AND, unaryExpr());
            }
            case ARROW: {
                Pos pos = pos();
                next();
                // <-x is a receive, unless x is a channel type: then <-chan T is a receive-only channel type.
                Expr x = unaryExpr();
                if (x instanceof Expr.ChanType) return recvChanType(pos, (Expr.ChanType) x);
                return new Expr.UnaryExpr(pos, Token.ARROW, x);
            }
            default:
                return pexpr(null);
        }
    }

    /**
     * Re-associates {@code <-} with a parsed channel type: {@code <-chan T} becomes a receive-only
     * channel; {@code <-chan chan T} is {@code (<-chan (<-chan T))}-like re-association as in gc.
     */
    private Expr recvChanType(Pos arrow, Expr.ChanType x) {
        List<Expr.ChanType> chain = new ArrayList<>();
        ChanDir dir = ChanDir.SEND;
        Expr t = x;
        while (dir == ChanDir.SEND) {
            if (!(t instanceof Expr.ChanType)) break;
            Expr.ChanType c = (Expr.ChanType) t;
            dir = c.dir;
            if (dir == ChanDir.RECV) syntaxError("unexpected <-, expecting chan");
            chain.add(c);
            t = c.value;
        }
        if (dir == ChanDir.SEND) syntaxError("unexpected " + Printer.expr(t) + ", expecting chan");
        // Each channel type now starts at the arrow before it: the leading <- for the outermost,
        // the former send arrow of the enclosing one for the others (as go/parser positions them).
        Expr inner = t;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Pos begin = i == 0 ? arrow : chain.get(i - 1).arrow;
            if (begin == null) begin = chain.get(i).begin;
            inner = new Expr.ChanType(begin, begin, ChanDir.RECV, inner);
        }
        return inner;
    }

    /**
     * An operand. Unlike gc, which drops parentheses it does not need, parenthesised expressions are
     * always kept as {@link Expr.ParenExpr}, as in go/ast; gc's decisions that depend on parentheses
     * (composite literal types, go/defer operands) look through them with unparen.
     */
    final Expr operand() {
        switch (tok) {
            case IDENT:
                return name();
            case INT: case FLOAT: case IMAG: case CHAR: case STRING:
                return oliteral();
            case LPAREN: {
                Pos pos = pos();
                next();
                xnest++;
                Expr x = expr();
                xnest--;
                Pos rparen = pos();
                want(Token.RPAREN);
                return new Expr.ParenExpr(pos, x, rparen);
            }
            case FUNC: {
                Pos pos = pos();
                next();
                Expr.FuncType ftyp = funcType(pos, "function type");
                if (tok == Token.LBRACE) {
                    xnest++;
                    Stmt.BlockStmt body = funcBody();
                    xnest--;
                    return new Expr.FuncLit(ftyp, body);
                }
                return ftyp;
            }
            case LBRACK: case CHAN: case MAP: case STRUCT: case INTERFACE:
                return type();
            default: {
                Expr x = badExpr();
                syntaxError("expecting expression");
                advance(Token.RPAREN, Token.RBRACK, Token.RBRACE);
                return x;
            }
        }
    }

    @Override
    final Expr pexpr(Expr x) {
        if (x == null) x = operand();
        loop:
        while (true) {
            Pos pos = pos();
            switch (tok) {
                case PERIOD: {
                    next();
                    if (tok == Token.IDENT) {
                        x = new Expr.SelectorExpr(x, name());
                    } else if (tok == Token.LPAREN) {
                        Pos lparen = pos();
                        next();
                        Expr t = null;
                        if (!got(Token.TYPE)) t = type();
                        Pos rparen = pos();
                        want(Token.RPAREN);
                        x = new Expr.TypeAssertExpr(x, lparen, t, rparen);
                    } else {
                        syntaxError("expecting name or (");
                        advance(Token.SEMICOLON, Token.RPAREN);
                    }
                    break;
                }
                case LBRACK: {
                    next();
                    if (tok == Token.RBRACK) {
                        syntaxError("expecting operand");
                        next();
                        break;
                    }
                    Expr i = null;
                    if (tok != Token.COLON) {
                        TypeList tl = typeList();
                        if (tl.comma || tok == Token.RBRACK) {
                            Pos rbrack = pos();
                            want(Token.RBRACK);
                            x = index(x, pos, tl.list, rbrack);
                            break;
                        }
                        i = tl.list.get(0);
                    }
                    // slice expression
                    if (!got(Token.COLON)) {
                        syntaxError("expecting comma, : or ]");
                        advance(Token.COMMA, Token.COLON, Token.RBRACK);
                    }
                    xnest++;
                    Expr high = null;
                    Expr max = null;
                    boolean full = false;
                    if (tok != Token.COLON && tok != Token.RBRACK) high = expr();
                    if (tok == Token.COLON) {
                        full = true;
                        if (high == null) {
                            error("middle index required in 3-index slice");
                            high = badExpr();
                        }
                        next();
                        if (tok != Token.RBRACK) {
                            max = expr();
                        } else {
                            error("final index required in 3-index slice");
                            max = badExpr();
                        }
                    }
                    xnest--;
                    Pos rbrack = pos();
                    want(Token.RBRACK);
                    x = new Expr.SliceExpr(x, pos, i, high, max, full, rbrack);
                    break;
                }
                case LPAREN: {
                    next();
                    xnest++;
                    List<Expr> args = new ArrayList<>();
                    Pos[] dots = {null};
                    Pos rparen = list("argument list", Token.COMMA, Token.RPAREN, () -> {
                        args.add(expr());
                        Pos d = pos();
                        if (got(Token.ELLIPSIS)) {
                            dots[0] = d;
                            return true;
                        }
                        return false;
                    });
                    xnest--;
                    x = new Expr.CallExpr(x, pos, args, dots[0], rparen);
                    break;
                }
                case LBRACE: {
                    Expr t = unparen(x);
                    boolean complitOk = false;
                    if (t instanceof Expr.Ident || t instanceof Expr.SelectorExpr) {
                        complitOk = xnest >= 0;
                    } else if (t instanceof Expr.IndexExpr || t instanceof Expr.IndexListExpr) {
                        complitOk = xnest >= 0 && !isValue(t);
                    } else if (t instanceof Expr.ArrayType || t instanceof Expr.StructType || t instanceof Expr.MapType) {
                        complitOk = true;
                    }
                    if (!complitOk) break loop;
                    if (t != x) syntaxError("cannot parenthesize type in composite literal");
                    x = complitexpr(x);
                    break;
                }
                default:
                    break loop;
            }
        }
        return x;
    }

    /** True if x is syntactically a value, not a type (gc's isValue). */
    static boolean isValue(Expr x) {
        if (x instanceof Expr.BasicLit || x instanceof Expr.CompositeLit || x instanceof Expr.FuncLit
                || x instanceof Expr.SliceExpr || x instanceof Expr.TypeAssertExpr || x instanceof Expr.CallExpr
                || x instanceof Expr.UnaryExpr || x instanceof Expr.BinaryExpr) {
            return true;
        }
        if (x instanceof Expr.ParenExpr) return isValue(((Expr.ParenExpr) x).x);
        if (x instanceof Expr.IndexExpr) {
            Expr.IndexExpr ix = (Expr.IndexExpr) x;
            return isValue(ix.x) || isValue(ix.index);
        }
        if (x instanceof Expr.IndexListExpr) return isValue(((Expr.IndexListExpr) x).x);
        return false;
    }

    final Expr bareComplitexpr() {
        if (tok == Token.LBRACE) return complitexpr(null);
        return expr();
    }

    final Expr.CompositeLit complitexpr(Expr type) {
        Pos lbrace = pos();
        xnest++;
        want(Token.LBRACE);
        List<Expr> elts = new ArrayList<>();
        Pos rbrace = list("composite literal", Token.COMMA, Token.RBRACE, () -> {
            Expr e = bareComplitexpr();
            if (tok == Token.COLON) {
                Pos colon = pos();
                next();
                e = new Expr.KeyValueExpr(e, colon, bareComplitexpr());
            }
            elts.add(e);
            return false;
        });
        xnest--;
        return new Expr.CompositeLit(type, lbrace, elts, rbrace);
    }
}
