package golc.syntax;

import golc.diag.Diagnostics;

import java.nio.charset.StandardCharsets;

/**
 * The Go tokenizer, a port of gc's cmd/compile/internal/syntax scanner so that lexical errors carry
 * gc's wording and positions. Columns count bytes. After construction, each {@link #next()} call
 * advances to the next token, described by {@link #tok}, {@link #lit}, {@link #line}, {@link #col}.
 * Semicolons are inserted automatically: at a newline or EOF after an identifier, literal, one of the
 * keywords break/continue/fallthrough/return, {@code ++ -- ) ] }}; such a SEMICOLON token has
 * {@code lit} "newline" or "EOF" (an explicit one has "semicolon").
 */
public final class Scanner {

    /** Receives lexical errors at 1-based line and column. */
    public interface ErrorHandler {
        void error(int line, int col, String msg);
    }

    private final byte[] buf;
    private final ErrorHandler errh;

    // Reading state: ch is the current character (-1 at EOF), starting at byte r - chw;
    // sline/scol are its 0-based line and byte column.
    private int r;
    private int ch = ' ';
    private int chw;
    private int sline;
    private int scol;
    private int segStart = -1;

    private boolean nlsemi;

    /** The current token's kind. */
    public Token tok;
    /**
     * For IDENT the name; for literals the raw text; for SEMICOLON "semicolon", "newline" or "EOF".
     * Null for other tokens.
     */
    public String lit;
    /** For literals: a lexical error was reported and {@link #lit} may be malformed. */
    public boolean bad;
    /** 1-based line and byte column of the current token. */
    public int line;
    public int col;

    /** Receives {@code //line} and {@code /*line} comments (full text) at their 1-based position. */
    public interface DirectiveHandler {
        void directive(int line, int col, String text);
    }

    private final DirectiveHandler directives;

    public Scanner(byte[] src, ErrorHandler errh) {
        this(src, errh, null);
    }

    /** A scanner that also reports line directives to {@code directives} (may be null). */
    public Scanner(byte[] src, ErrorHandler errh, DirectiveHandler directives) {
        this.buf = src;
        this.errh = errh;
        this.directives = directives;
        this.chw = 0;
        this.sline = 0;
        this.scol = 0;
        this.r = 0;
        this.ch = ' ';
        nextch(); // reads the first character (the initial ' ' has width 0)
    }

    /** A scanner reporting lexical errors to {@code diags} with positions in {@code path}. */
    public Scanner(String path, byte[] src, Diagnostics diags) {
        this(src, (l, c, m) -> diags.error(new Pos(path, l, c), m));
    }

    private void error(String msg) {
        errh.error(sline + 1, scol + 1, msg);
    }

    private void errorAt(int offset, String msg) {
        errh.error(line, col + offset, msg);
    }

    // ---- source reading (gc's source.go) ----

    private void start() {
        segStart = r - chw;
    }

    private String segment() {
        return new String(buf, segStart, r - chw - segStart, StandardCharsets.UTF_8);
    }

    private void nextch() {
        while (true) {
            scol += chw;
            if (ch == '\n') {
                sline++;
                scol = 0;
            }
            if (r >= buf.length) {
                ch = -1;
                chw = 0;
                return;
            }
            int b = buf[r] & 0xff;
            if (b < 0x80) {
                r++;
                chw = 1;
                ch = b;
                if (b == 0) {
                    error("invalid NUL character");
                    continue;
                }
                return;
            }
            int[] dec = decodeRune(buf, r);
            ch = dec[0];
            chw = dec[1];
            r += chw;
            if (ch == 0xFFFD && chw == 1) {
                error("invalid UTF-8 encoding");
                continue;
            }
            if (ch == 0xFEFF) {
                if (sline > 0 || scol > 0) error("invalid BOM in the middle of the file");
                continue;
            }
            return;
        }
    }

    /** Decodes the UTF-8 sequence at {@code i}: {code point, width}; invalid input gives {0xFFFD, 1}. */
    static int[] decodeRune(byte[] b, int i) {
        int c0 = b[i] & 0xff;
        int n;
        int min;
        int cp;
        if (c0 < 0x80) return new int[] {c0, 1};
        if (c0 >= 0xC2 && c0 <= 0xDF) {
            n = 2;
            min = 0x80;
            cp = c0 & 0x1F;
        } else if (c0 >= 0xE0 && c0 <= 0xEF) {
            n = 3;
            min = 0x800;
            cp = c0 & 0x0F;
        } else if (c0 >= 0xF0 && c0 <= 0xF4) {
            n = 4;
            min = 0x10000;
            cp = c0 & 0x07;
        } else {
            return new int[] {0xFFFD, 1};
        }
        if (i + n > b.length) return new int[] {0xFFFD, 1};
        for (int k = 1; k < n; k++) {
            int c = b[i + k] & 0xff;
            if ((c & 0xC0) != 0x80) return new int[] {0xFFFD, 1};
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) return new int[] {0xFFFD, 1};
        return new int[] {cp, n};
    }

    // ---- tokens ----

    /** Advances to the next token. */
    public void next() {
        boolean nlsemi = this.nlsemi;
        this.nlsemi = false;
        lit = null;
        bad = false;

        while (true) {
            segStart = -1;
            while (ch == ' ' || ch == '\t' || ch == '\n' && !nlsemi || ch == '\r') nextch();

            line = sline + 1;
            col = scol + 1;
            start();
            if (isLetter(ch) || ch >= 0x80 && atIdentChar(true)) {
                nextch();
                ident();
                return;
            }

            switch (ch) {
                case -1:
                    if (nlsemi) {
                        lit = "EOF";
                        tok = Token.SEMICOLON;
                        return;
                    }
                    tok = Token.EOF;
                    return;
                case '\n':
                    nextch();
                    lit = "newline";
                    tok = Token.SEMICOLON;
                    return;
                case '0': case '1': case '2': case '3': case '4':
                case '5': case '6': case '7': case '8': case '9':
                    number(false);
                    return;
                case '"':
                    stdString();
                    return;
                case '`':
                    rawString();
                    return;
                case '\'':
                    rune();
                    return;
                case '(':
                    nextch();
                    tok = Token.LPAREN;
                    return;
                case '[':
                    nextch();
                    tok = Token.LBRACK;
                    return;
                case '{':
                    nextch();
                    tok = Token.LBRACE;
                    return;
                case ',':
                    nextch();
                    tok = Token.COMMA;
                    return;
                case ';':
                    nextch();
                    lit = "semicolon";
                    tok = Token.SEMICOLON;
                    return;
                case ')':
                    nextch();
                    this.nlsemi = true;
                    tok = Token.RPAREN;
                    return;
                case ']':
                    nextch();
                    this.nlsemi = true;
                    tok = Token.RBRACK;
                    return;
                case '}':
                    nextch();
                    this.nlsemi = true;
                    tok = Token.RBRACE;
                    return;
                case ':':
                    nextch();
                    if (ch == '=') {
                        nextch();
                        tok = Token.DEFINE;
                        return;
                    }
                    tok = Token.COLON;
                    return;
                case '.':
                    nextch();
                    if (isDecimal(ch)) {
                        number(true);
                        return;
                    }
                    if (ch == '.' && r < buf.length && buf[r] == '.') {
                        nextch();
                        nextch();
                        tok = Token.ELLIPSIS;
                        return;
                    }
                    tok = Token.PERIOD;
                    return;
                case '+':
                    nextch();
                    if (ch == '+') {
                        nextch();
                        this.nlsemi = true;
                        tok = Token.INC;
                        return;
                    }
                    assignOp(Token.ADD, Token.ADD_ASSIGN);
                    return;
                case '-':
                    nextch();
                    if (ch == '-') {
                        nextch();
                        this.nlsemi = true;
                        tok = Token.DEC;
                        return;
                    }
                    assignOp(Token.SUB, Token.SUB_ASSIGN);
                    return;
                case '*':
                    nextch();
                    assignOp(Token.MUL, Token.MUL_ASSIGN);
                    return;
                case '/':
                    nextch();
                    if (ch == '/') {
                        nextch();
                        boolean maybeDirective = ch == 'l' && directives != null;
                        skipLine();
                        if (maybeDirective) directive("//line ");
                        continue;
                    }
                    if (ch == '*') {
                        nextch();
                        boolean maybeDirective = ch == 'l' && directives != null;
                        skipComment();
                        if (maybeDirective) directive("/*line ");
                        if (sline + 1 > line && nlsemi) {
                            // A multi-line comment acts like a newline.
                            lit = "newline";
                            tok = Token.SEMICOLON;
                            return;
                        }
                        continue;
                    }
                    assignOp(Token.QUO, Token.QUO_ASSIGN);
                    return;
                case '%':
                    nextch();
                    assignOp(Token.REM, Token.REM_ASSIGN);
                    return;
                case '&':
                    nextch();
                    if (ch == '&') {
                        nextch();
                        tok = Token.LAND;
                        return;
                    }
                    if (ch == '^') {
                        nextch();
                        assignOp(Token.AND_NOT, Token.AND_NOT_ASSIGN);
                        return;
                    }
                    assignOp(Token.AND, Token.AND_ASSIGN);
                    return;
                case '|':
                    nextch();
                    if (ch == '|') {
                        nextch();
                        tok = Token.LOR;
                        return;
                    }
                    assignOp(Token.OR, Token.OR_ASSIGN);
                    return;
                case '^':
                    nextch();
                    assignOp(Token.XOR, Token.XOR_ASSIGN);
                    return;
                case '<':
                    nextch();
                    if (ch == '=') {
                        nextch();
                        tok = Token.LEQ;
                        return;
                    }
                    if (ch == '<') {
                        nextch();
                        assignOp(Token.SHL, Token.SHL_ASSIGN);
                        return;
                    }
                    if (ch == '-') {
                        nextch();
                        tok = Token.ARROW;
                        return;
                    }
                    tok = Token.LSS;
                    return;
                case '>':
                    nextch();
                    if (ch == '=') {
                        nextch();
                        tok = Token.GEQ;
                        return;
                    }
                    if (ch == '>') {
                        nextch();
                        assignOp(Token.SHR, Token.SHR_ASSIGN);
                        return;
                    }
                    tok = Token.GTR;
                    return;
                case '=':
                    nextch();
                    if (ch == '=') {
                        nextch();
                        tok = Token.EQL;
                        return;
                    }
                    tok = Token.ASSIGN;
                    return;
                case '!':
                    nextch();
                    if (ch == '=') {
                        nextch();
                        tok = Token.NEQ;
                        return;
                    }
                    tok = Token.NOT;
                    return;
                case '~':
                    nextch();
                    tok = Token.TILDE;
                    return;
                default:
                    error("invalid character " + formatU(ch));
                    nextch();
                    // retry with the next character
            }
        }
    }

    /** Reports the comment just skipped if it starts with {@code prefix}. */
    private void directive(String prefix) {
        String text = segment();
        if (text.startsWith(prefix)) directives.directive(line, col, text);
    }

    private void assignOp(Token op, Token assign) {
        if (ch == '=') {
            nextch();
            tok = assign;
            return;
        }
        tok = op;
    }

    private void ident() {
        while (isLetter(ch) || isDecimal(ch)) nextch();
        if (ch >= 0x80) {
            while (atIdentChar(false)) nextch();
        }
        String s = segment();
        Token kw = s.length() >= 2 ? Token.keyword(s) : null;
        if (kw != null) {
            nlsemi = kw == Token.BREAK || kw == Token.CONTINUE || kw == Token.FALLTHROUGH || kw == Token.RETURN;
            tok = kw;
            return;
        }
        nlsemi = true;
        lit = s;
        tok = Token.IDENT;
    }

    private boolean atIdentChar(boolean first) {
        if (Character.isLetter(ch) || ch == '_') {
            return true;
        } else if (Character.isDigit(ch)) {
            if (first) error("identifier cannot begin with digit " + formatU(ch));
            return true;
        } else if (ch >= 0x80) {
            error("invalid character " + formatU(ch) + " in identifier");
            return true;
        }
        return false;
    }

    /** Go's {@code %#U} format: {@code U+0040 '@'}. */
    static String formatU(long c) {
        String hex = Long.toHexString(c).toUpperCase();
        while (hex.length() < 4) hex = "0" + hex;
        String s = "U+" + hex;
        if (c <= 0x10FFFF && isPrint((int) c)) s += " '" + new String(Character.toChars((int) c)) + "'";
        return s;
    }

    private static boolean isPrint(int c) {
        if (c < 0x20 || c == 0x7F) return false;
        int t = Character.getType(c);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.UNASSIGNED
                && t != Character.SURROGATE && t != Character.PRIVATE_USE
                && t != Character.LINE_SEPARATOR && t != Character.PARAGRAPH_SEPARATOR
                && !(t == Character.SPACE_SEPARATOR && c != ' ');
    }

    private static int lower(int c) {
        return ('a' - 'A') | c;
    }

    private static boolean isLetter(int c) {
        return 'a' <= lower(c) && lower(c) <= 'z' || c == '_';
    }

    private static boolean isDecimal(int c) {
        return '0' <= c && c <= '9';
    }

    private static boolean isHex(int c) {
        return '0' <= c && c <= '9' || 'a' <= lower(c) && lower(c) <= 'f';
    }

    // ---- literals ----

    private void setLit(Token kind, boolean ok) {
        nlsemi = true;
        tok = kind;
        lit = segment();
        bad = !ok;
    }

    /** Scans {digit | '_'}; returns bit 0 if digits were seen, bit 1 if separators were. */
    private int digits(int base, int[] invalid) {
        int digsep = 0;
        if (base <= 10) {
            int max = '0' + base;
            while (isDecimal(ch) || ch == '_') {
                int ds = 1;
                if (ch == '_') {
                    ds = 2;
                } else if (ch >= max && invalid != null && invalid[0] < 0) {
                    invalid[0] = scol + 1 - col;
                }
                digsep |= ds;
                nextch();
            }
        } else {
            while (isHex(ch) || ch == '_') {
                digsep |= ch == '_' ? 2 : 1;
                nextch();
            }
        }
        return digsep;
    }

    private void number(boolean seenPoint) {
        boolean ok = true;
        Token kind = Token.INT;
        int base = 10;
        char prefix = 0; // 0 (decimal), '0' (0-octal), 'x', 'o' or 'b'
        int digsep = 0;
        int[] invalid = {-1};

        if (!seenPoint) {
            if (ch == '0') {
                nextch();
                switch (lower(ch)) {
                    case 'x':
                        nextch();
                        base = 16;
                        prefix = 'x';
                        break;
                    case 'o':
                        nextch();
                        base = 8;
                        prefix = 'o';
                        break;
                    case 'b':
                        nextch();
                        base = 2;
                        prefix = 'b';
                        break;
                    default:
                        base = 8;
                        prefix = '0';
                        digsep = 1; // leading 0
                }
            }
            digsep |= digits(base, invalid);
            if (ch == '.') {
                if (prefix == 'o' || prefix == 'b') {
                    error("invalid radix point in " + baseName(base) + " literal");
                    ok = false;
                }
                nextch();
                seenPoint = true;
            }
        }

        if (seenPoint) {
            kind = Token.FLOAT;
            digsep |= digits(base, invalid);
        }

        if ((digsep & 1) == 0 && ok) {
            error(baseName(base) + " literal has no digits");
            ok = false;
        }

        int e = lower(ch);
        if (e == 'e' || e == 'p') {
            if (ok) {
                if (e == 'e' && prefix != 0 && prefix != '0') {
                    error("'" + (char) ch + "' exponent requires decimal mantissa");
                    ok = false;
                } else if (e == 'p' && prefix != 'x') {
                    error("'" + (char) ch + "' exponent requires hexadecimal mantissa");
                    ok = false;
                }
            }
            nextch();
            kind = Token.FLOAT;
            if (ch == '+' || ch == '-') nextch();
            digsep = digits(10, null) | (digsep & 2);
            if ((digsep & 1) == 0 && ok) {
                error("exponent has no digits");
                ok = false;
            }
        } else if (prefix == 'x' && kind == Token.FLOAT && ok) {
            error("hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }

        if (ch == 'i') {
            kind = Token.IMAG;
            nextch();
        }

        setLit(kind, ok);

        if (kind == Token.INT && invalid[0] >= 0 && ok) {
            errorAt(invalid[0], "invalid digit '" + lit.charAt(invalid[0]) + "' in " + baseName(base) + " literal");
            ok = false;
        }
        if ((digsep & 2) != 0 && ok) {
            int i = invalidSep(lit);
            if (i >= 0) {
                errorAt(i, "'_' must separate successive digits");
                ok = false;
            }
        }
        bad = !ok;
    }

    private static String baseName(int base) {
        switch (base) {
            case 2: return "binary";
            case 8: return "octal";
            case 10: return "decimal";
            default: return "hexadecimal";
        }
    }

    /** Index of the first misplaced '_' in a number literal, or -1. */
    static int invalidSep(String x) {
        int x1 = ' ';
        int d = '.';
        int i = 0;
        if (x.length() >= 2 && x.charAt(0) == '0') {
            x1 = lower(x.charAt(1));
            if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
                d = '0';
                i = 2;
            }
        }
        for (; i < x.length(); i++) {
            int p = d;
            d = x.charAt(i);
            if (d == '_') {
                if (p != '0') return i;
            } else if (isDecimal(d) || x1 == 'x' && isHex(d)) {
                d = '0';
            } else {
                if (p == '_') return i - 1;
                d = '.';
            }
        }
        if (d == '_') return x.length() - 1;
        return -1;
    }

    private void rune() {
        boolean ok = true;
        nextch();
        for (int n = 0; ; n++) {
            if (ch == '\'') {
                if (ok) {
                    if (n == 0) {
                        error("empty rune literal or unescaped '");
                        ok = false;
                    } else if (n != 1) {
                        errorAt(0, "more than one character in rune literal");
                        ok = false;
                    }
                }
                nextch();
                break;
            }
            if (ch == '\\') {
                nextch();
                if (!escape('\'')) ok = false;
                continue;
            }
            if (ch == '\n') {
                if (ok) {
                    error("newline in rune literal");
                    ok = false;
                }
                break;
            }
            if (ch < 0) {
                if (ok) {
                    errorAt(0, "rune literal not terminated");
                    ok = false;
                }
                break;
            }
            nextch();
        }
        setLit(Token.CHAR, ok);
    }

    private void stdString() {
        boolean ok = true;
        nextch();
        while (true) {
            if (ch == '"') {
                nextch();
                break;
            }
            if (ch == '\\') {
                nextch();
                if (!escape('"')) ok = false;
                continue;
            }
            if (ch == '\n') {
                error("newline in string");
                ok = false;
                break;
            }
            if (ch < 0) {
                errorAt(0, "string not terminated");
                ok = false;
                break;
            }
            nextch();
        }
        setLit(Token.STRING, ok);
    }

    private void rawString() {
        boolean ok = true;
        nextch();
        while (true) {
            if (ch == '`') {
                nextch();
                break;
            }
            if (ch < 0) {
                errorAt(0, "string not terminated");
                ok = false;
                break;
            }
            nextch();
        }
        setLit(Token.STRING, ok);
    }

    private void skipLine() {
        // The '\n' is not consumed: it is needed for semicolon insertion.
        while (ch >= 0 && ch != '\n') nextch();
    }

    private void skipComment() {
        while (ch >= 0) {
            while (ch == '*') {
                nextch();
                if (ch == '/') {
                    nextch();
                    return;
                }
            }
            nextch();
        }
        errorAt(0, "comment not terminated");
    }

    private boolean escape(int quote) {
        int n;
        int base;
        long max;
        switch (ch) {
            case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
                nextch();
                return true;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                n = 3;
                base = 8;
                max = 255;
                break;
            case 'x':
                nextch();
                n = 2;
                base = 16;
                max = 255;
                break;
            case 'u':
                nextch();
                n = 4;
                base = 16;
                max = 0x10FFFF;
                break;
            case 'U':
                nextch();
                n = 8;
                base = 16;
                max = 0x10FFFF;
                break;
            default:
                if (ch == quote) {
                    nextch();
                    return true;
                }
                if (ch < 0) return true; // the caller complains about EOF
                error("unknown escape");
                return false;
        }
        long x = 0;
        for (int i = n; i > 0; i--) {
            if (ch < 0) return true; // the caller complains about EOF
            int d = base;
            if (isDecimal(ch)) {
                d = ch - '0';
            } else if ('a' <= lower(ch) && lower(ch) <= 'f') {
                d = lower(ch) - 'a' + 10;
            }
            if (d >= base) {
                error("invalid character " + quoteRune(ch) + " in " + baseName(base) + " escape");
                return false;
            }
            x = x * base + d;
            nextch();
        }
        if (x > max && base == 8) {
            error("octal escape value " + x + " > 255");
            return false;
        }
        if (x > max || 0xD800 <= x && x < 0xE000) {
            error("escape is invalid Unicode code point " + formatU(x & 0xFFFFFFFFL));
            return false;
        }
        return true;
    }

    /** Go's {@code %q} for a rune. */
    private static String quoteRune(int c) {
        switch (c) {
            case '\n': return "'\\n'";
            case '\t': return "'\\t'";
            case '\r': return "'\\r'";
            case '\'': return "'\\''";
            case '\\': return "'\\\\'";
            default:
                if (c < 0) return "EOF";
                if (isPrint(c)) return "'" + new String(Character.toChars(c)) + "'";
                return String.format("'\\x%02x'", c);
        }
    }
}
