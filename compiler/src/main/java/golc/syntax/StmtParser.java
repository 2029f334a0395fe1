package golc.syntax;

import golc.diag.Diagnostics;

import java.util.ArrayList;
import java.util.List;

/** Parsing of statements (gc's parser.go). */
abstract class StmtParser extends ExprParser {

    StmtParser(String path, byte[] src, Diagnostics diags) {
        super(path, src, diags);
    }

    abstract Decl.GenDecl genDecl(Token keyword);

    @Override
    final Stmt.BlockStmt funcBody() {
        fnest++;
        int errs = errcnt;
        Stmt.BlockStmt body = blockStmt("");
        fnest--;
        // Like gc, check labels and branches only in bodies that parsed cleanly.
        if (errs == errcnt) Branches.check(body, this::reportUncounted);
        return body;
    }

    /**
     * A range clause while parsing a for header (gc's RangeClause): converted to a RangeStmt once
     * the body is known.
     */
    private static final class RangeClause implements Stmt {
        final Pos rangePos;
        final List<Expr> lhs;
        final Pos tokPos;
        final boolean def;
        final Expr x;

        RangeClause(Pos rangePos, List<Expr> lhs, Pos tokPos, boolean def, Expr x) {
            this.rangePos = rangePos;
            this.lhs = lhs;
            this.tokPos = tokPos;
            this.def = def;
            this.x = x;
        }

        @Override
        public Pos pos() {
            return rangePos;
        }
    }

    /** The position gc's syntax tree gives a simple statement (the operator for assignments). */
    private static Pos gcPos(Stmt s) {
        if (s instanceof Stmt.AssignStmt) return ((Stmt.AssignStmt) s).tokPos;
        if (s instanceof Stmt.IncDecStmt) return ((Stmt.IncDecStmt) s).tokPos;
        if (s instanceof Stmt.SendStmt) return ((Stmt.SendStmt) s).arrow;
        return s.pos();
    }

    /** A simple statement; {@code lhs} is an already parsed expression list or null. */
    final Stmt simpleStmt(List<Expr> lhs, Token keyword) {
        if (keyword == Token.FOR && tok == Token.RANGE) return newRangeClause(null, null, false);
        if (lhs == null) lhs = exprList();

        if (lhs.size() == 1 && tok != Token.ASSIGN && tok != Token.DEFINE) {
            Expr x = lhs.get(0);
            Pos pos = pos();
            if (tok.isAssignOp()) {
                Token op = tok;
                next();
                return new Stmt.AssignStmt(lhs, pos, op, List.of(expr()));
            }
            switch (tok) {
                case INC: case DEC: {
                    Token op = tok;
                    next();
                    return new Stmt.IncDecStmt(x, pos, op);
                }
                case ARROW: {
                    next();
                    return new Stmt.SendStmt(x, pos, expr());
                }
                default:
                    return new Stmt.ExprStmt(x);
            }
        }

        switch (tok) {
            case ASSIGN:
            case DEFINE: {
                Pos pos = pos();
                Token op = tok;
                next();
                if (keyword == Token.FOR && tok == Token.RANGE) return newRangeClause(lhs, pos, op == Token.DEFINE);
                List<Expr> rhs = exprList();
                return new Stmt.AssignStmt(lhs, pos, op, rhs);
            }
            default: {
                syntaxError("expecting := or = or comma");
                advance(Token.SEMICOLON, Token.RBRACE);
                return new Stmt.ExprStmt(lhs.get(0));
            }
        }
    }

    private RangeClause newRangeClause(List<Expr> lhs, Pos tokPos, boolean def) {
        Pos pos = pos();
        next(); // range
        return new RangeClause(pos, lhs, tokPos, def, expr());
    }

    private Stmt labeledStmtOrNil(Expr.Ident label) {
        Pos colon = pos();
        want(Token.COLON);
        if (tok == Token.RBRACE) {
            // a label at the end of a block labels an empty statement
            return new Stmt.LabeledStmt(label, colon, new Stmt.EmptyStmt(pos(), true));
        }
        Stmt s = stmtOrNil();
        if (s != null) return new Stmt.LabeledStmt(label, colon, s);
        syntaxErrorAt(colon, "missing statement after label");
        return null;
    }

    final Stmt.BlockStmt blockStmt(String context) {
        Pos lbrace = pos();
        if (!got(Token.LBRACE)) {
            syntaxError("expecting { after " + context);
            advance(Token.IDENT, Token.RBRACE);
            Pos rbrace = pos();
            if (got(Token.RBRACE)) return new Stmt.BlockStmt(lbrace, List.of(), rbrace);
        }
        List<Stmt> list = stmtList();
        Pos rbrace = pos();
        want(Token.RBRACE);
        return new Stmt.BlockStmt(lbrace, list, rbrace);
    }

    /** The parts of an if/for/switch header. */
    private static final class Header {
        Stmt init;
        Expr cond;
        Stmt post;
        /** Set when the header is a type switch guard {@code [lhs :=] x.(type)}. */
        Expr.TypeAssertExpr guard;
        Expr.Ident guardLhs;
        RangeClause range;
    }

    private static boolean isTypeSwitchGuard(Expr x) {
        return x instanceof Expr.TypeAssertExpr && ((Expr.TypeAssertExpr) x).type == null;
    }

    private Header header(Token keyword) {
        Header h = new Header();
        want(keyword);
        if (tok == Token.LBRACE) {
            if (keyword == Token.IF) {
                syntaxError("missing condition in if statement");
                h.cond = badExpr();
            }
            return h;
        }

        int outer = xnest;
        xnest = -1;

        if (tok != Token.SEMICOLON) {
            if (got(Token.VAR)) {
                syntaxError("var declaration not allowed in " + tokstring(keyword) + " initializer");
            }
            h.init = simpleStmt(null, keyword);
            if (h.init instanceof RangeClause) {
                h.range = (RangeClause) h.init;
                h.init = null;
                xnest = outer;
                return h;
            }
        }

        Stmt condStmt = null;
        Pos semiPos = null;
        String semiLit = null;
        boolean skipToDone = false;
        if (tok != Token.LBRACE) {
            if (tok == Token.SEMICOLON) {
                semiPos = pos();
                semiLit = lit;
                next();
            } else {
                want(Token.LBRACE);
                if (tok != Token.LBRACE) advance(Token.LBRACE, Token.RBRACE);
            }
            if (keyword == Token.FOR) {
                if (tok != Token.SEMICOLON) {
                    if (tok == Token.LBRACE) {
                        syntaxError("expecting for loop condition");
                        skipToDone = true;
                    } else {
                        condStmt = simpleStmt(null, null);
                    }
                }
                if (!skipToDone) {
                    want(Token.SEMICOLON);
                    if (tok != Token.LBRACE) {
                        h.post = simpleStmt(null, null);
                        if (h.post instanceof Stmt.AssignStmt && ((Stmt.AssignStmt) h.post).tok == Token.DEFINE) {
                            syntaxErrorAt(gcPos(h.post), "cannot declare in post statement of for loop");
                        }
                    }
                }
            } else if (tok != Token.LBRACE) {
                condStmt = simpleStmt(null, keyword);
            }
        } else {
            condStmt = h.init;
            h.init = null;
        }

        // unpack condStmt
        if (condStmt == null) {
            if (keyword == Token.IF && semiPos != null) {
                if (!semiLit.equals("semicolon")) {
                    syntaxErrorAt(semiPos, "unexpected " + semiLit + ", expecting { after if clause");
                } else {
                    syntaxErrorAt(semiPos, "missing condition in if statement");
                }
                h.cond = new Expr.BadExpr(semiPos);
            }
        } else if (condStmt instanceof Stmt.ExprStmt) {
            h.cond = ((Stmt.ExprStmt) condStmt).x;
            if (keyword == Token.SWITCH && isTypeSwitchGuard(h.cond)) h.guard = (Expr.TypeAssertExpr) h.cond;
        } else if (keyword == Token.SWITCH && condStmt instanceof Stmt.AssignStmt
                && ((Stmt.AssignStmt) condStmt).tok == Token.DEFINE
                && ((Stmt.AssignStmt) condStmt).lhs.size() == 1
                && ((Stmt.AssignStmt) condStmt).lhs.get(0) instanceof Expr.Ident
                && ((Stmt.AssignStmt) condStmt).rhs.size() == 1
                && isTypeSwitchGuard(((Stmt.AssignStmt) condStmt).rhs.get(0))) {
            Stmt.AssignStmt as = (Stmt.AssignStmt) condStmt;
            h.guard = (Expr.TypeAssertExpr) as.rhs.get(0);
            h.guardLhs = (Expr.Ident) as.lhs.get(0);
            h.cond = h.guard;
        } else {
            String str;
            if (condStmt instanceof Stmt.AssignStmt && ((Stmt.AssignStmt) condStmt).tok == Token.ASSIGN) {
                Stmt.AssignStmt as = (Stmt.AssignStmt) condStmt;
                str = "assignment (" + Printer.exprList(as.lhs) + ") = (" + Printer.exprList(as.rhs) + ")";
            } else {
                str = Printer.stmt(condStmt);
            }
            syntaxErrorAt(gcPos(condStmt), "cannot use " + str + " as value");
        }
        xnest = outer;
        return h;
    }

    private Stmt forStmt() {
        Pos pos = pos();
        Header h = header(Token.FOR);
        Stmt.BlockStmt body = blockStmt("for clause");
        if (h.range != null) {
            RangeClause r = h.range;
            Expr key = null;
            Expr value = null;
            Token t = null;
            if (r.lhs != null) {
                key = r.lhs.get(0);
                if (r.lhs.size() > 1) value = r.lhs.get(1);
                if (r.lhs.size() > 2) {
                    // The tree has no place for a third variable; gc reports this in its type checker.
                    deferError(r.lhs.get(2).pos(), "range clause permits at most two iteration variables");
                }
                t = r.def ? Token.DEFINE : Token.ASSIGN;
            }
            return new Stmt.RangeStmt(pos, key, value, r.tokPos, t, r.rangePos, r.x, body);
        }
        return new Stmt.ForStmt(pos, h.init, h.cond, h.post, body);
    }

    private Stmt.IfStmt ifStmt() {
        Pos pos = pos();
        Header h = header(Token.IF);
        Stmt.BlockStmt then = blockStmt("if clause");
        Stmt els = null;
        if (got(Token.ELSE)) {
            switch (tok) {
                case IF:
                    els = ifStmt();
                    break;
                case LBRACE:
                    els = blockStmt("");
                    break;
                default:
                    syntaxError("else must be followed by if or statement block");
                    advance(Token.IDENT, Token.RBRACE);
            }
        }
        Expr cond = h.cond != null ? h.cond : new Expr.BadExpr(pos);
        return new Stmt.IfStmt(pos, h.init, cond, then, els);
    }

    private Stmt switchStmt() {
        Pos pos = pos();
        Header h = header(Token.SWITCH);
        Pos lbrace = pos();
        if (!got(Token.LBRACE)) {
            syntaxError("missing { after switch clause");
            advance(Token.CASE, Token.DEFAULT, Token.RBRACE);
        }
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        while (tok != Token.EOF && tok != Token.RBRACE) clauses.add(caseClause());
        Pos rbrace = pos();
        want(Token.RBRACE);
        if (h.guard != null) {
            return new Stmt.TypeSwitchStmt(pos, h.init, h.guardLhs, h.guard, lbrace, clauses, rbrace);
        }
        return new Stmt.SwitchStmt(pos, h.init, h.cond, lbrace, clauses, rbrace);
    }

    private Stmt selectStmt() {
        Pos pos = pos();
        want(Token.SELECT);
        Pos lbrace = pos();
        if (!got(Token.LBRACE)) {
            syntaxError("missing { after select clause");
            advance(Token.CASE, Token.DEFAULT, Token.RBRACE);
        }
        List<Stmt.CommClause> clauses = new ArrayList<>();
        while (tok != Token.EOF && tok != Token.RBRACE) clauses.add(commClause());
        Pos rbrace = pos();
        want(Token.RBRACE);
        return new Stmt.SelectStmt(pos, lbrace, clauses, rbrace);
    }

    private Stmt.CaseClause caseClause() {
        Pos pos = pos();
        List<Expr> cases = List.of();
        switch (tok) {
            case CASE:
                next();
                cases = exprList();
                break;
            case DEFAULT:
                next();
                break;
            default:
                syntaxError("expecting case or default or }");
                advance(Token.COLON, Token.CASE, Token.DEFAULT, Token.RBRACE);
        }
        Pos colon = pos();
        want(Token.COLON);
        return new Stmt.CaseClause(pos, cases, colon, stmtList());
    }

    private Stmt.CommClause commClause() {
        Pos pos = pos();
        Stmt comm = null;
        switch (tok) {
            case CASE:
                next();
                comm = simpleStmt(null, null);
                // The checker verifies that comm is a send or receive (gc does it in the type checker).
                break;
            case DEFAULT:
                next();
                break;
            default:
                syntaxError("expecting case or default or }");
                advance(Token.COLON, Token.CASE, Token.DEFAULT, Token.RBRACE);
        }
        Pos colon = pos();
        want(Token.COLON);
        return new Stmt.CommClause(pos, comm, colon, stmtList());
    }

    private Stmt callStmt() {
        Pos pos = pos();
        Token t = tok; // GO or DEFER
        next();
        Expr x = pexpr(null);
        Expr u = unparen(x);
        if (u != x) {
            errorAt(x.pos(), "expression in " + t.text + " must not be parenthesized");
            x = u;
        }
        Expr.CallExpr cx;
        if (x instanceof Expr.CallExpr) {
            cx = (Expr.CallExpr) x;
        } else {
            errorAt(x.pos(), "expression in " + t.text + " must be function call");
            // assume the common error of missing parentheses
            cx = new Expr.CallExpr(x, x.pos(), List.of(), null, x.pos());
        }
        return t == Token.GO ? new Stmt.GoStmt(pos, cx) : new Stmt.DeferStmt(pos, cx);
    }

    final Stmt stmtOrNil() {
        if (tok == Token.IDENT) {
            List<Expr> lhs = exprList();
            if (lhs.size() == 1 && lhs.get(0) instanceof Expr.Ident && tok == Token.COLON) {
                return labeledStmtOrNil((Expr.Ident) lhs.get(0));
            }
            return simpleStmt(lhs, null);
        }
        switch (tok) {
            case VAR:
            case CONST:
            case TYPE:
                return new Stmt.DeclStmt(genDecl(tok));
            case LBRACE:
                return blockStmt("");
            case ADD: case SUB: case MUL: case AND: case XOR: case NOT:
                return simpleStmt(null, null); // unary operators
            case INT: case FLOAT: case IMAG: case CHAR: case STRING:
            case FUNC: case LPAREN:
            case LBRACK: case STRUCT: case MAP: case CHAN: case INTERFACE:
            case ARROW:
                return simpleStmt(null, null);
            case FOR:
                return forStmt();
            case SWITCH:
                return switchStmt();
            case SELECT:
                return selectStmt();
            case IF:
                return ifStmt();
            case FALLTHROUGH: {
                Pos pos = pos();
                next();
                return new Stmt.BranchStmt(pos, Token.FALLTHROUGH, null);
            }
            case BREAK:
            case CONTINUE: {
                Pos pos = pos();
                Token t = tok;
                next();
                Expr.Ident label = null;
                if (tok == Token.IDENT) label = name();
                return new Stmt.BranchStmt(pos, t, label);
            }
            case GO:
            case DEFER:
                return callStmt();
            case GOTO: {
                Pos pos = pos();
                next();
                return new Stmt.BranchStmt(pos, Token.GOTO, name());
            }
            case RETURN: {
                Pos pos = pos();
                next();
                List<Expr> results = List.of();
                if (tok != Token.SEMICOLON && tok != Token.RBRACE) results = exprList();
                return new Stmt.ReturnStmt(pos, results);
            }
            case SEMICOLON:
                return new Stmt.EmptyStmt(pos(), !"semicolon".equals(lit));
            default:
                return null;
        }
    }

    final List<Stmt> stmtList() {
        List<Stmt> l = new ArrayList<>();
        while (tok != Token.EOF && tok != Token.RBRACE && tok != Token.CASE && tok != Token.DEFAULT) {
            Stmt s = stmtOrNil();
            if (s == null) break;
            l.add(s);
            if (!got(Token.SEMICOLON) && tok != Token.RBRACE) {
                syntaxError("at end of statement");
                advance(Token.SEMICOLON, Token.RBRACE, Token.CASE, Token.DEFAULT);
                got(Token.SEMICOLON); // avoid spurious empty statement
            }
        }
        return l;
    }
}
