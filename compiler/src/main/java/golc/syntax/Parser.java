package golc.syntax;

import golc.diag.Diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Go parser: source file to {@link File}. Syntax errors are reported to the {@link Diagnostics}
 * in gc's wording; the parser recovers and always returns a tree (with Bad* nodes where it failed).
 */
public final class Parser extends StmtParser {

    private Parser(String path, byte[] src, Diagnostics diags) {
        super(path, src, diags);
    }

    /**
     * Parses one Go source file. Never throws for bad input: errors go to {@code diags}, and the
     * result is a best-effort tree (with no declarations if the package clause itself is bad).
     */
    public static File parseFile(String path, byte[] src, Diagnostics diags) {
        Parser p = new Parser(path, src, diags);
        try {
            p.next();
            File f = p.file();
            p.flushDeferred();
            return f;
        } catch (StackOverflowError e) {
            // Only absurdly deep nesting gets here (thousands of levels with the default thread stack).
            Pos pos = p.pos();
            p.errorAt(pos, "syntax error: nesting too deep");
            return new File(path, new Pos(path, 1, 1), new Expr.Ident(pos, "_"), List.of());
        }
    }

    private File file() {
        Pos pos = pos();
        if (!got(Token.PACKAGE)) {
            syntaxError("package statement must be first");
            return new File(path, pos, new Expr.Ident(pos, "_"), List.of());
        }
        Expr.Ident pkgName = name();
        want(Token.SEMICOLON);
        List<Decl> decls = new ArrayList<>();
        if (errcnt > 0) return new File(path, pos, pkgName, decls);

        while (tok == Token.IMPORT) {
            decls.add(genDecl(Token.IMPORT));
            want(Token.SEMICOLON);
        }

        while (tok != Token.EOF) {
            switch (tok) {
                case CONST:
                case TYPE:
                case VAR:
                    decls.add(genDecl(tok));
                    break;
                case FUNC: {
                    Decl.FuncDecl d = funcDeclOrNil();
                    if (d != null) decls.add(d);
                    break;
                }
                default: {
                    if (tok == Token.LBRACE && !decls.isEmpty() && isEmptyFuncDecl(decls.get(decls.size() - 1))) {
                        syntaxError("unexpected semicolon or newline before {");
                    } else {
                        syntaxError("non-declaration statement outside function body");
                    }
                    advance(Token.CONST, Token.TYPE, Token.VAR, Token.FUNC);
                    continue;
                }
            }
            if (tok != Token.EOF && !got(Token.SEMICOLON)) {
                syntaxError("after top level declaration");
                advance(Token.CONST, Token.TYPE, Token.VAR, Token.FUNC);
            }
        }
        return new File(path, pos, pkgName, decls);
    }

    private static boolean isEmptyFuncDecl(Decl d) {
        return d instanceof Decl.FuncDecl && ((Decl.FuncDecl) d).body == null;
    }

    /** Parses {@code keyword spec} or {@code keyword ( spec; ... )}; the current token is the keyword. */
    @Override
    final Decl.GenDecl genDecl(Token keyword) {
        Pos pos = pos();
        next();
        Function<Integer, Spec> f;
        switch (keyword) {
            case IMPORT: f = i -> importSpec(); break;
            case CONST: f = this::constSpec; break;
            case TYPE: f = i -> typeSpec(); break;
            default: f = i -> varSpec(); break;
        }
        List<Spec> specs = new ArrayList<>();
        if (tok == Token.LPAREN) {
            Pos lparen = pos();
            next();
            Pos rparen = list("grouped declaration", Token.SEMICOLON, Token.RPAREN, () -> {
                Spec s = f.apply(specs.size());
                if (s != null) specs.add(s);
                return false;
            });
            return new Decl.GenDecl(pos, keyword, lparen, specs, rparen);
        }
        Spec s = f.apply(0);
        if (s != null) specs.add(s);
        return new Decl.GenDecl(pos, keyword, null, specs, null);
    }

    private Spec importSpec() {
        Expr.Ident local = null;
        if (tok == Token.IDENT) {
            local = name();
        } else if (tok == Token.PERIOD) {
            local = new Expr.Ident(pos(), ".");
            next();
        }
        Expr.BasicLit path = oliteral();
        if (path == null) {
            syntaxError("missing import path");
            advance(Token.SEMICOLON, Token.RPAREN);
            return null;
        }
        if (!bad && path.kind != Token.STRING) {
            syntaxError("import path must be a string");
        }
        return new Spec.ImportSpec(local, path);
    }

    private Spec constSpec(int iota) {
        List<Expr.Ident> names = nameList(name());
        Expr type = null;
        List<Expr> values = List.of();
        if (tok != Token.EOF && tok != Token.SEMICOLON && tok != Token.RPAREN) {
            type = typeOrNil();
            if (gotAssign()) values = exprList();
        }
        return new Spec.ValueSpec(names, type, values, iota);
    }

    private Spec varSpec() {
        List<Expr.Ident> names = nameList(name());
        Expr type = null;
        List<Expr> values = List.of();
        if (gotAssign()) {
            values = exprList();
        } else {
            type = type();
            if (gotAssign()) values = exprList();
        }
        return new Spec.ValueSpec(names, type, values, 0);
    }

    private Spec typeSpec() {
        Expr.Ident name = name();
        FieldList tparams = null;
        Pos assign = null;
        Expr type;
        if (tok == Token.LBRACK) {
            // array/slice type or type parameter list
            Pos lbrack = pos();
            next();
            switch (tok) {
                case IDENT: {
                    Expr x = name();
                    if (tok != Token.LBRACK) {
                        // x is the array length expression or starts a type parameter list
                        xnest++;
                        x = binaryExpr(pexpr(x), 0);
                        xnest--;
                    }
                    Expr[] ptype = {null};
                    Expr.Ident pname = extractName(x, tok == Token.COMMA, ptype);
                    if (pname != null && (ptype[0] != null || tok != Token.RBRACK)) {
                        List<PField> l = new ArrayList<>();
                        Pos close = paramList(pname, ptype[0], Token.RBRACK, true, l);
                        tparams = toFieldList(lbrack, l, close);
                        Pos a = pos();
                        if (gotAssign()) assign = a;
                        type = typeOrNil();
                    } else {
                        type = arrayType(lbrack, x);
                    }
                    break;
                }
                case RBRACK:
                    next();
                    type = sliceType(lbrack);
                    break;
                default:
                    type = arrayType(lbrack, null);
            }
        } else {
            Pos a = pos();
            if (gotAssign()) assign = a;
            type = typeOrNil();
        }
        if (type == null) {
            type = badExpr();
            syntaxError("in type declaration");
            advance(Token.SEMICOLON, Token.RPAREN);
        }
        return new Spec.TypeSpec(name, tparams, assign, type);
    }

    /**
     * Splits {@code x}, parsed as an expression after {@code type T[}, into a type parameter name and
     * (in {@code ptype[0]}) its constraint, if x can be read that way (gc's extractName); returns null
     * if x is an array length instead.
     */
    private static Expr.Ident extractName(Expr x, boolean force, Expr[] ptype) {
        ptype[0] = null;
        if (x instanceof Expr.Ident) return (Expr.Ident) x;
        if (x instanceof Expr.BinaryExpr) {
            Expr.BinaryExpr b = (Expr.BinaryExpr) x;
            if (b.op == Token.MUL) {
                if (b.x instanceof Expr.Ident && (force || isTypeElem(b.y))) {
                    ptype[0] = new Expr.StarExpr(b.opPos, b.y);
                    return (Expr.Ident) b.x;
                }
            } else if (b.op == Token.OR) {
                Expr[] lhs = {null};
                Expr.Ident name = extractName(b.x, force || isTypeElem(b.y), lhs);
                if (name != null && lhs[0] != null) {
                    ptype[0] = new Expr.BinaryExpr(lhs[0], b.opPos, Token.OR, b.y);
                    return name;
                }
            }
        } else if (x instanceof Expr.CallExpr) {
            Expr.CallExpr c = (Expr.CallExpr) x;
            if (c.fun instanceof Expr.Ident && c.args.size() == 1 && !c.hasEllipsis()
                    && (force || isTypeElem(c.args.get(0)))) {
                ptype[0] = c.args.get(0);
                return (Expr.Ident) c.fun;
            }
        }
        ptype[0] = x;
        return null;
    }

    private Decl.FuncDecl funcDeclOrNil() {
        Pos pos = pos();
        next(); // func
        FieldList recv = null;
        Pos lparen = pos();
        if (got(Token.LPAREN)) {
            List<PField> l = new ArrayList<>();
            Pos close = paramList(null, null, Token.RPAREN, false, l);
            switch (l.size()) {
                case 0:
                    error("method has no receiver");
                    break;
                case 1:
                    break;
                default:
                    error("method has multiple receivers");
            }
            if (!l.isEmpty()) recv = toFieldList(lparen, l.subList(0, 1), close);
        }
        if (tok != Token.IDENT) {
            syntaxError("expecting name or (");
            advance(Token.LBRACE, Token.SEMICOLON);
            return null;
        }
        Expr.Ident name = name();
        String context = recv != null ? "method" : "";
        Expr.FuncType type = funcType(pos, context);
        Stmt.BlockStmt body = null;
        if (tok == Token.LBRACE) body = funcBody();
        return new Decl.FuncDecl(pos, recv, name, type, body);
    }
}
