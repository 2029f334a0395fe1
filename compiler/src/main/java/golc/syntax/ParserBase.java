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
        this.scanner = new Scanner(src, (l, c, m) -> errorAt(posAt(l, c), m), this::lineDirective);
    }

    // ---- positions and line directives ----

    // The current line directive base (gc's PosBase): positions from (baseLine0, baseCol0) on map to
    // file baseFile, line baseLine, column baseCol (0: unknown). baseFile == null: no directive yet.
    private String baseFile;
    private int baseLine0;
    private int baseCol0;
    private int baseLine;
    private int baseCol;

    /** The position of absolute 1-based (line, col), mapped through the current line directive. */
    final Pos posAt(int line, int col) {
        if (baseFile == null) return new Pos(path, line, col);
        int relLine = baseLine + (line - baseLine0);
        int relCol;
        if (baseCol == 0) {
            relCol = 0; // unknown until the next directive
        } else if (line == baseLine0) {
            relCol = baseCol + (col - baseCol0);
        } else {
            relCol = col;
        }
        return new Pos(baseFile, relLine, relCol);
    }

    /**
     * Handles {@code //line file:line[:col]} (at the start of a line) and {@code /*line file:line[:col]*}{@code /}
     * as gc does: positions after the comment are reported relative to the given file and line.
     */
    private void lineDirective(int line, int col, String msg) {
        boolean lineComment = msg.charAt(1) == '/';
        if (lineComment && col != 1) return;
        String text;
        if (!lineComment) {
            if (!msg.endsWith("*/")) return;
            text = msg.substring(2, msg.length() - 2);
        } else {
            text = msg.substring(2, msg.endsWith("\r") ? msg.length() - 1 : msg.length());
        }
        // position immediately following the comment
        int nextLine = lineComment ? line + 1 : line;
        int nextCol = lineComment ? 1 : col + msg.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        updateBase(nextLine, nextCol, line, col + 2 + 5, text.substring(5));
    }

    private void updateBase(int nextLine, int nextCol, int tline, int tcol, String text) {
        int i = text.lastIndexOf(':') + 1; // gc's trailingDigits
        if (i == 0) return; // not a line directive
        Long n = parseUint(text.substring(i));
        if (n == null) {
            errorAt(posAt(tline, tcol + i), "invalid line number: " + text.substring(i));
            return;
        }
        long line;
        long col = 0;
        int i2 = text.substring(0, i - 1).lastIndexOf(':') + 1;
        Long n2 = i2 > 0 ? parseUint(text.substring(i2, i - 1)) : null;
        if (n2 != null) {
            // file:line:col
            int t = i;
            i = i2;
            i2 = t;
            line = n2;
            col = n;
            if (col == 0 || col > (1 << 30)) {
                errorAt(posAt(tline, tcol + i2), "invalid column number: " + text.substring(i2));
                return;
            }
            text = text.substring(0, i2 - 1);
        } else {
            line = n;
        }
        if (line == 0 || line > (1 << 30)) {
            errorAt(posAt(tline, tcol + i), "invalid line number: " + text.substring(i));
            return;
        }
        String filename = text.substring(0, i - 1);
        if (filename.isEmpty() && n2 != null) filename = baseFile != null ? baseFile : path;
        baseFile = filename;
        baseLine0 = nextLine;
        baseCol0 = nextCol;
        baseLine = (int) line;
        baseCol = (int) col;
    }

    private static Long parseUint(String s) {
        if (s.isEmpty() || s.length() > 19) return null;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') return null;
        }
        return Long.parseLong(s);
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
