package golc.syntax;

import golc.diag.Diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Token handling, error reporting and recovery shared by the parser layers. The parser is a port of
 * gc's cmd/compile/internal/syntax parser (so that syntax errors read exactly like gc's), building
 * go/ast-shaped nodes. Layers: {@link ParserBase} → {@link TypeParser} → {@link ExprParser} →
 * {@link StmtParser} → {@link Parser}.
 */
abstract class ParserBase {
    final String path;
    private final Diagnostics diags;
    private final Scanner scanner;
    private final LineDirectives lines;

    /** Current token (mirrors the scanner). */
    Token tok;
    String lit;
    boolean bad;

    /** Number of errors reported by this parser and its scanner. */
    int errcnt;
    private int syntaxErrcnt;
    private final List<golc.diag.Diagnostic> deferred = new ArrayList<>();
    /** Function nesting level, for error recovery. */
    int fnest;
    /**
     * Expression nesting level, to resolve the composite literal ambiguity: {@code -1} in the header
     * of if/for/switch (where {@code T{} } is not a composite literal), incremented inside brackets.
     */
    int xnest;

    ParserBase(String path, byte[] src, Diagnostics diags) {
        this.path = path;
        this.diags = diags;
        this.lines = new LineDirectives(path);
        this.scanner = new Scanner(src, (l, c, m) -> errorAt(posAt(l, c), m),
                (l, c, text) -> lines.directive(l, c, text, this::errorAt));
    }

    /** Absolute (line, col) to position, through the current //line directive. */
    final Pos posAt(int line, int col) {
        return lines.posAt(line, col);
    }

    final void next() {
        scanner.next();
        tok = scanner.tok;
        lit = scanner.lit;
        bad = scanner.bad;
    }

    final Pos pos() {
        return posAt(scanner.line, scanner.col);
    }

    final boolean got(Token t) {
        if (tok == t) {
            next();
            return true;
        }
        return false;
    }

    final void want(Token t) {
        if (!got(t)) {
            syntaxError("expecting " + tokstring(t));
            advance();
        }
    }

    /** Accepts {@code =} (and, with an error, {@code :=}). */
    final boolean gotAssign() {
        if (tok == Token.DEFINE) {
            syntaxError("expecting =");
            next();
            return true;
        }
        if (tok == Token.ASSIGN) {
            next();
            return true;
        }
        return false;
    }

    // ---- errors ----

    final void errorAt(Pos pos, String msg) {
        errcnt++;
        if (msg.startsWith("syntax error")) syntaxErrcnt++;
        diags.error(pos, msg);
    }

    /**
     * Reports, at the end of a file without syntax errors, an error that gc's type checker (not its
     * parser) reports; it does not suppress later syntax errors.
     */
    final void deferError(Pos pos, String msg) {
        deferred.add(new golc.diag.Diagnostic(pos, msg));
    }

    /** Emits the deferred errors unless the file had syntax errors (gc would not type-check it). */
    final void flushDeferred() {
        if (syntaxErrcnt == 0) {
            for (golc.diag.Diagnostic d : deferred) diags.add(d);
        }
        deferred.clear();
    }

    /** Reports an error that, as in gc's branch checks, does not count as a parse error. */
    final void reportUncounted(Pos pos, String msg) {
        diags.error(pos, msg);
    }

    final void error(String msg) {
        errorAt(pos(), msg);
    }

    final void syntaxError(String msg) {
        syntaxErrorAt(pos(), msg);
    }

    /** Reports {@code syntax error: unexpected TOKEN msg} in gc's wording. */
    final void syntaxErrorAt(Pos pos, String msg) {
        if (tok == Token.EOF && errcnt > 0) return; // avoid meaningless follow-up errors
        if (msg.isEmpty()) {
            // nothing to do
        } else if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) {
            msg = " " + msg;
        } else if (msg.startsWith("expecting ")) {
            msg = ", " + msg;
        } else {
            errorAt(pos, "syntax error: " + msg);
            return;
        }
        errorAt(pos, "syntax error: unexpected " + tokDesc() + msg);
    }

    /** How gc names the current token in "unexpected X". */
    private String tokDesc() {
        switch (tok) {
            case IDENT:
            case SEMICOLON:
                return lit;
            case INT: case FLOAT: case IMAG: case CHAR: case STRING:
                return "literal " + lit;
            default:
                return tokstring(tok);
        }
    }

    /** How gc names a token kind in "expecting X". */
    static String tokstring(Token t) {
        switch (t) {
            case COMMA: return "comma";
            case SEMICOLON: return "semicolon or newline";
            default: return t.text;
        }
    }

    /** Statement keywords at which recovery inside a function body stops (gc's stopset). */
    private static boolean inStopset(Token t) {
        switch (t) {
            case BREAK: case CONST: case CONTINUE: case DEFER: case FALLTHROUGH: case FOR: case GO:
            case GOTO: case IF: case RETURN: case SELECT: case SWITCH: case TYPE: case VAR:
                return true;
            default:
                return false;
        }
    }

    /**
     * Error recovery: without arguments skips one token; otherwise skips to a token of the follow
     * list (or a statement keyword when inside a function), never past EOF. Each call consumes at
     * most what it must, so callers cannot loop without progress.
     */
    final void advance(Token... followlist) {
        if (followlist.length == 0) {
            if (tok != Token.EOF) next();
            return;
        }
        while (tok != Token.EOF) {
            if (fnest > 0 && inStopset(tok)) return;
            for (Token t : followlist) {
                if (t == tok) return;
            }
            next();
        }
    }

    /**
     * Parses a list of elements by {@code f} separated by {@code sep} and closed by {@code close}
     * (which is consumed); {@code f} returns true to end the list early. Returns the closing position.
     */
    final Pos list(String context, Token sep, Token close, BooleanSupplier f) {
        boolean done = false;
        while (tok != Token.EOF && tok != close && !done) {
            done = f.getAsBoolean();
            if (!got(sep) && tok != close) {
                syntaxError("in " + context + "; possibly missing " + tokstring(sep) + " or " + tokstring(close));
                advance(Token.RPAREN, Token.RBRACK, Token.RBRACE);
                if (tok != close) return pos();
            }
        }
        Pos p = pos();
        want(close);
        return p;
    }

    // ---- common leaves ----

    final Expr.Ident name() {
        if (tok == Token.IDENT) {
            Expr.Ident n = new Expr.Ident(pos(), lit);
            next();
            return n;
        }
        Expr.Ident n = new Expr.Ident(pos(), "_");
        syntaxError("expecting name");
        advance();
        return n;
    }

    final List<Expr.Ident> nameList(Expr.Ident first) {
        List<Expr.Ident> l = new ArrayList<>();
        l.add(first);
        while (got(Token.COMMA)) l.add(name());
        return l;
    }

    /** A literal token as BasicLit, or null if the current token is not a literal. */
    final Expr.BasicLit oliteral() {
        if (tok.isLiteral()) {
            Expr.BasicLit b = new Expr.BasicLit(pos(), tok, lit, bad);
            next();
            return b;
        }
        return null;
    }

    final Expr.BadExpr badExpr() {
        return new Expr.BadExpr(pos());
    }

    static Expr unparen(Expr x) {
        while (x instanceof Expr.ParenExpr) x = ((Expr.ParenExpr) x).x;
        return x;
    }

    /** True for tokens gc classifies as _Operator or _Star (binary and unary operators). */
    static boolean isOperator(Token t) {
        return t.precedence() > 0 || t == Token.NOT || t == Token.TILDE;
    }
}
