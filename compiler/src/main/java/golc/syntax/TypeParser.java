package golc.syntax;

import golc.diag.Diagnostics;

import java.util.ArrayList;
import java.util.List;

/** Parsing of types, signatures, parameter lists, struct and interface types (gc's parser.go). */
abstract class TypeParser extends ParserBase {

    TypeParser(String path, byte[] src, Diagnostics diags) {
        super(path, src, diags);
    }

    abstract Expr expr();

    abstract Expr binaryExpr(Expr x, int prec);

    abstract Expr pexpr(Expr x);

    abstract Stmt.BlockStmt funcBody();

    /** A parameter while its list is parsed: gc decides names versus types only at the end. */
    static final class PField {
        Pos pos;
        Expr.Ident name;
        Expr type;

        PField(Pos pos, Expr.Ident name, Expr type) {
            this.pos = pos;
            this.name = name;
            this.type = type;
        }
    }

    /** Result of {@link #typeList}: one or more expressions and whether a comma was seen. */
    static final class TypeList {
        final List<Expr> list;
        final boolean comma;

        TypeList(List<Expr> list, boolean comma) {
            this.list = list;
            this.comma = comma;
        }
    }

    final Expr type() {
        Expr t = typeOrNil();
        if (t == null) {
            t = badExpr();
            syntaxError("expecting type");
            advance(Token.COMMA, Token.COLON, Token.SEMICOLON, Token.RPAREN, Token.RBRACK, Token.RBRACE);
        }
        return t;
    }

    final Expr typeOrNil() {
        Pos pos = pos();
        switch (tok) {
            case MUL:
                next();
                return new Expr.StarExpr(pos, type());
            case ARROW: {
                next();
                want(Token.CHAN);
                return new Expr.ChanType(pos, pos, ChanDir.RECV, chanElem());
            }
            case FUNC: {
                next();
                return funcType(pos, "function type");
            }
            case LBRACK: {
                next();
                if (got(Token.RBRACK)) return sliceType(pos);
                return arrayType(pos, null);
            }
            case CHAN: {
                next();
                ChanDir dir = ChanDir.BOTH;
                Pos arrow = pos();
                if (got(Token.ARROW)) {
                    dir = ChanDir.SEND;
                } else {
                    arrow = null;
                }
                return new Expr.ChanType(pos, arrow, dir, chanElem());
            }
            case MAP: {
                next();
                want(Token.LBRACK);
                Expr key = type();
                want(Token.RBRACK);
                return new Expr.MapType(pos, key, type());
            }
            case STRUCT:
                return structType();
            case INTERFACE:
                return interfaceType();
            case IDENT:
                return qualifiedName(null);
            case LPAREN: {
                next();
                Expr t = type();
                Pos rparen = pos();
                want(Token.RPAREN);
                return new Expr.ParenExpr(pos, t, rparen);
            }
            default:
                return null;
        }
    }

    /** {@code typ[targs]} after a type name. */
    final Expr typeInstance(Expr typ) {
        Pos lbrack = pos();
        want(Token.LBRACK);
        List<Expr> idx;
        if (tok == Token.RBRACK) {
            syntaxError("expecting type");
            idx = List.of(badExpr());
        } else {
            idx = typeList().list;
        }
        Pos rbrack = pos();
        want(Token.RBRACK);
        return index(typ, lbrack, idx, rbrack);
    }

    static Expr index(Expr x, Pos lbrack, List<Expr> idx, Pos rbrack) {
        if (idx.size() == 1) return new Expr.IndexExpr(x, lbrack, idx.get(0), rbrack);
        return new Expr.IndexListExpr(x, lbrack, idx, rbrack);
    }

    /**
     * Parses {@code [tparams](params) results} after {@code func} or a method name; {@code context}
     * non-empty forbids type parameters ("function type", "method", "interface method").
     */
    final Expr.FuncType funcType(Pos funcPos, String context) {
        Pos pos = pos();
        FieldList tparams = null;
        if (tok == Token.LBRACK) {
            Pos lbrack = pos();
            next();
            if (!context.isEmpty()) syntaxErrorAt(pos, context + " must have no type parameters");
            if (tok == Token.RBRACK) {
                syntaxError("empty type parameter list");
                next();
            } else {
                List<PField> l = new ArrayList<>();
                Pos close = paramList(null, null, Token.RBRACK, true, l);
                tparams = toFieldList(lbrack, l, close);
            }
        }
        Pos lparen = pos();
        want(Token.LPAREN);
        List<PField> l = new ArrayList<>();
        Pos close = paramList(null, null, Token.RPAREN, false, l);
        FieldList params = toFieldList(lparen, l, close);
        FieldList results = funcResult();
        return new Expr.FuncType(funcPos != null ? funcPos : pos, tparams, params, results);
    }

    final FieldList funcResult() {
        Pos lparen = pos();
        if (got(Token.LPAREN)) {
            List<PField> l = new ArrayList<>();
            Pos close = paramList(null, null, Token.RPAREN, false, l);
            return toFieldList(lparen, l, close);
        }
        Pos pos = pos();
        Expr typ = typeOrNil();
        if (typ != null) return new FieldList(pos, List.of(new Field(pos, List.of(), typ, null)), pos);
        return null;
    }

    final Expr arrayType(Pos pos, Expr len) {
        if (len == null) {
            Pos ell = pos();
            if (got(Token.ELLIPSIS)) {
                len = new Expr.Ellipsis(ell, null);
            } else {
                xnest++;
                len = expr();
                xnest--;
            }
        }
        if (tok == Token.COMMA) {
            syntaxError("unexpected comma; expecting ]");
            next();
        }
        want(Token.RBRACK);
        return new Expr.ArrayType(pos, len, type());
    }

    final Expr sliceType(Pos pos) {
        return new Expr.ArrayType(pos, null, type());
    }

    final Expr chanElem() {
        Expr t = typeOrNil();
        if (t == null) {
            t = badExpr();
            syntaxError("missing channel element type");
        }
        return t;
    }

    final Expr.StructType structType() {
        Pos pos = pos();
        want(Token.STRUCT);
        Pos lbrace = pos();
        want(Token.LBRACE);
        List<Field> fields = new ArrayList<>();
        Pos rbrace = list("struct type", Token.SEMICOLON, Token.RBRACE, () -> {
            fieldDecl(fields);
            return false;
        });
        return new Expr.StructType(pos, new FieldList(lbrace, fields, rbrace));
    }

    final Expr.InterfaceType interfaceType() {
        Pos pos = pos();
        want(Token.INTERFACE);
        Pos lbrace = pos();
        want(Token.LBRACE);
        List<Field> elems = new ArrayList<>();
        Pos rbrace = list("interface type", Token.SEMICOLON, Token.RBRACE, () -> {
            PField f = null;
            if (tok == Token.IDENT) f = methodDecl();
            if (f == null || f.name == null) f = embeddedElem(f);
            elems.add(f.name != null
                    ? new Field(f.pos, List.of(f.name), f.type, null)
                    : new Field(f.pos, List.of(), f.type, null));
            return false;
        });
        return new Expr.InterfaceType(pos, new FieldList(lbrace, elems, rbrace));
    }

    private void fieldDecl(List<Field> fields) {
        Pos pos = pos();
        switch (tok) {
            case IDENT: {
                Expr.Ident name = name();
                if (tok == Token.PERIOD || tok.isLiteral() || tok == Token.SEMICOLON || tok == Token.RBRACE) {
                    // embedded type
                    Expr typ = qualifiedName(name);
                    Expr.BasicLit tag = oliteral();
                    fields.add(new Field(pos, List.of(), typ, tag));
                    break;
                }
                List<Expr.Ident> names = nameList(name);
                Expr typ;
                if (names.size() == 1 && tok == Token.LBRACK) {
                    typ = arrayOrTArgs(name);
                    if (!(typ instanceof Expr.ArrayType)) {
                        // embedded instantiated type T[int]
                        Expr.BasicLit tag = oliteral();
                        fields.add(new Field(pos, List.of(), typ, tag));
                        break;
                    }
                } else {
                    typ = type();
                }
                Expr.BasicLit tag = oliteral();
                fields.add(new Field(pos, names, typ, tag));
                break;
            }
            case MUL: {
                next();
                Expr typ;
                if (tok == Token.LPAREN) {
                    syntaxError("cannot parenthesize embedded type");
                    next();
                    typ = qualifiedName(null);
                    got(Token.RPAREN);
                } else {
                    typ = qualifiedName(null);
                }
                Expr.BasicLit tag = oliteral();
                fields.add(new Field(pos, List.of(), new Expr.StarExpr(pos, typ), tag));
                break;
            }
            case LPAREN: {
                syntaxError("cannot parenthesize embedded type");
                next();
                Expr typ;
                if (tok == Token.MUL) {
                    Pos star = pos();
                    next();
                    typ = new Expr.StarExpr(star, qualifiedName(null));
                } else {
                    typ = qualifiedName(null);
                }
                got(Token.RPAREN);
                Expr.BasicLit tag = oliteral();
                fields.add(new Field(pos, List.of(), typ, tag));
                break;
            }
            default:
                syntaxError("expecting field name or embedded type");
                advance(Token.SEMICOLON, Token.RBRACE);
        }
    }

    /**
     * After {@code name} with the current token {@code [}: either an array or slice type (returned as
     * an {@link Expr.ArrayType}; the name is then a field or parameter name) or the instantiation
     * {@code name[targs]}.
     */
    final Expr arrayOrTArgs(Expr.Ident name) {
        Pos lbrack = pos();
        want(Token.LBRACK);
        if (got(Token.RBRACK)) return sliceType(lbrack);
        TypeList n = typeList();
        Pos rbrack = pos();
        want(Token.RBRACK);
        if (!n.comma) {
            Expr elem = typeOrNil();
            if (elem != null) return new Expr.ArrayType(lbrack, n.list.get(0), elem);
        }
        return index(name, lbrack, n.list, rbrack);
    }

    private PField methodDecl() {
        Pos pos = pos();
        Expr.Ident name = name();
        final String context = "interface method";
        switch (tok) {
            case LPAREN:
                return new PField(pos, name, funcType(null, context));
            case LBRACK: {
                Pos lbrack = pos();
                next();
                if (tok == Token.RBRACK) {
                    Pos p = pos();
                    next();
                    if (tok == Token.LPAREN) {
                        errorAt(p, "empty type parameter list");
                        return new PField(pos, name, funcType(null, context));
                    }
                    errorAt(p, "empty type argument list");
                    return new PField(pos, null, name);
                }
                List<PField> list = new ArrayList<>();
                Pos rbrack = paramList(null, null, Token.RBRACK, false, list);
                if (list.isEmpty()) {
                    if (tok == Token.LPAREN) return new PField(pos, name, funcType(null, context));
                    return new PField(pos, null, name);
                }
                if (list.get(0).name != null) {
                    PField f = new PField(pos, name, funcType(null, context));
                    errorAt(lbrack, "interface method must have no type parameters");
                    return f;
                }
                List<Expr> idx = new ArrayList<>();
                for (PField p : list) idx.add(p.type);
                return new PField(pos, null, index(name, lbrack, idx, rbrack));
            }
            default:
                return new PField(pos, null, qualifiedName(name));
        }
    }

    /** An interface element or constraint: a union of terms {@code ~T | U}; {@code f} holds the first term if already parsed. */
    final PField embeddedElem(PField f) {
        if (f == null) {
            Pos pos = pos();
            f = new PField(pos, null, embeddedTerm());
        }
        while (tok == Token.OR) {
            Pos opPos = pos();
            next();
            f.type = new Expr.BinaryExpr(f.type, opPos, Token.OR, embeddedTerm());
        }
        return f;
    }

    private Expr embeddedTerm() {
        if (tok == Token.TILDE) {
            Pos pos = pos();
            next();
            return new Expr.UnaryExpr(pos, Token.TILDE, type());
        }
        Expr t = typeOrNil();
        if (t == null) {
            t = badExpr();
            syntaxError("expecting ~ term or type");
            advanceToOperator();
        }
        return t;
    }

    /** gc's advance(_Operator, _Semi, _Rparen, _Rbrack, _Rbrace). */
    private void advanceToOperator() {
        while (tok != Token.EOF && !isOperator(tok) && tok != Token.SEMICOLON && tok != Token.RPAREN
                && tok != Token.RBRACK && tok != Token.RBRACE) {
            if (fnest > 0 && (tok == Token.BREAK || tok == Token.CONST || tok == Token.CONTINUE
                    || tok == Token.DEFER || tok == Token.FALLTHROUGH || tok == Token.FOR || tok == Token.GO
                    || tok == Token.GOTO || tok == Token.IF || tok == Token.RETURN || tok == Token.SELECT
                    || tok == Token.SWITCH || tok == Token.TYPE || tok == Token.VAR)) {
                return;
            }
            next();
        }
    }

    private PField paramDeclOrNil(Expr.Ident name, Token follow) {
        boolean typeSetsOk = follow == Token.RBRACK;
        Pos pos = pos();
        if (name != null) {
            pos = name.pos();
        } else if (typeSetsOk && tok == Token.TILDE) {
            return embeddedElem(null);
        }
        PField f = new PField(pos, null, null);
        if (tok == Token.IDENT || name != null) {
            if (name == null) name = name();
            if (tok == Token.LBRACK) {
                Expr t = arrayOrTArgs(name);
                if (t instanceof Expr.ArrayType) {
                    f.name = name;
                }
                f.type = t;
                if (typeSetsOk && tok == Token.OR) f = embeddedElem(f);
                return f;
            }
            if (tok == Token.PERIOD) {
                f.type = qualifiedName(name);
                if (typeSetsOk && tok == Token.OR) f = embeddedElem(f);
                return f;
            }
            if (typeSetsOk && tok == Token.OR) {
                f.type = name;
                return embeddedElem(f);
            }
            f.name = name;
        }
        if (tok == Token.ELLIPSIS) {
            Pos ell = pos();
            next();
            Expr elem = typeOrNil();
            if (elem == null) {
                elem = badExpr();
                syntaxError("... is missing type");
            }
            f.type = new Expr.Ellipsis(ell, elem);
            return f;
        }
        if (typeSetsOk && tok == Token.TILDE) {
            f.type = embeddedElem(null).type;
            return f;
        }
        f.type = typeOrNil();
        if (typeSetsOk && tok == Token.OR && f.type != null) f = embeddedElem(f);
        if (f.name != null || f.type != null) return f;
        syntaxError("expecting " + tokstring(follow));
        advance(Token.COMMA, follow);
        return null;
    }

    /**
     * Parses a parameter list up to and including {@code close} into {@code out}, resolving which
     * identifiers are names and which are types as gc does; {@code name}/{@code typ} are an already
     * parsed first parameter. Returns the position of the closing token.
     */
    final Pos paramList(Expr.Ident name, Expr typ, Token close, boolean requireNames, List<PField> out) {
        if (name != null && typ != null && tok == close) {
            Pos end = pos();
            next();
            out.add(new PField(name.pos(), name, typ));
            return end;
        }
        int[] named = {0};
        int[] typed = {0};
        Expr.Ident[] first = {name};
        Expr[] firstType = {typ};
        Pos end = list("parameter list", Token.COMMA, close, () -> {
            PField par;
            if (firstType[0] != null) {
                par = new PField(first[0].pos(), first[0], firstType[0]);
            } else {
                par = paramDeclOrNil(first[0], close);
            }
            first[0] = null;
            firstType[0] = null;
            if (par != null) {
                if (par.name != null && par.type != null) named[0]++;
                if (par.type != null) typed[0]++;
                out.add(par);
            }
            return false;
        });
        if (out.isEmpty()) return end;

        if (named[0] == 0 && !requireNames) {
            // all unnamed: identifiers are types
            for (PField par : out) {
                if (par.name != null) {
                    par.type = par.name;
                    par.name = null;
                }
            }
        } else if (named[0] != out.size()) {
            // some named: distribute types from right to left
            Pos errPos = null;
            Expr t = null;
            for (int i = out.size() - 1; i >= 0; i--) {
                PField par = out.get(i);
                if (par.type != null) {
                    t = par.type;
                    if (par.name == null) {
                        errPos = t.pos();
                        par.name = new Expr.Ident(errPos, "_");
                    }
                } else if (t != null) {
                    par.type = t;
                } else {
                    errPos = par.name.pos();
                    par.type = new Expr.BadExpr(errPos);
                }
            }
            if (errPos != null) {
                String msg;
                if (requireNames) {
                    if (named[0] == typed[0]) {
                        errPos = end;
                        msg = "missing type constraint";
                    } else {
                        msg = "type parameters must be named";
                    }
                } else {
                    msg = "mixed named and unnamed parameters";
                }
                syntaxErrorAt(errPos, msg);
            }
        }
        return end;
    }

    /**
     * Groups parsed parameters as go/ast does: consecutive named parameters sharing one type
     * expression ({@code a, b int}) become one {@link Field}.
     */
    static FieldList toFieldList(Pos opening, List<PField> l, Pos closing) {
        List<Field> fields = new ArrayList<>();
        int i = 0;
        while (i < l.size()) {
            PField p = l.get(i);
            if (p.name == null) {
                fields.add(new Field(p.pos, List.of(), p.type, null));
                i++;
                continue;
            }
            List<Expr.Ident> names = new ArrayList<>();
            int j = i;
            while (j < l.size() && l.get(j).name != null && l.get(j).type == p.type) {
                names.add(l.get(j).name);
                j++;
            }
            fields.add(new Field(p.pos, names, p.type, null));
            i = j;
        }
        return new FieldList(opening, fields, closing);
    }

    final Expr qualifiedName(Expr.Ident name) {
        Expr x;
        if (name != null) {
            x = name;
        } else if (tok == Token.IDENT) {
            x = name();
        } else {
            x = new Expr.Ident(pos(), "_");
            syntaxError("expecting name");
            advance(Token.PERIOD, Token.SEMICOLON, Token.RBRACE);
        }
        if (tok == Token.PERIOD) {
            next();
            x = new Expr.SelectorExpr(x, name());
        }
        if (tok == Token.LBRACK) x = typeInstance(x);
        return x;
    }

    /** An expression followed by zero or more types, separated by commas (index or type arguments). */
    final TypeList typeList() {
        xnest++;
        List<Expr> list = new ArrayList<>();
        list.add(expr());
        boolean comma = false;
        if (got(Token.COMMA)) {
            comma = true;
            Expr t = typeOrNil();
            if (t != null) {
                list.add(t);
                while (got(Token.COMMA)) {
                    t = typeOrNil();
                    if (t == null) break;
                    list.add(t);
                }
            }
        }
        xnest--;
        return new TypeList(list, comma);
    }

    /** gc's isTypeElem: x is syntactically a type literal or contains {@code ~}. */
    static boolean isTypeElem(Expr x) {
        if (x instanceof Expr.ArrayType || x instanceof Expr.StructType || x instanceof Expr.FuncType
                || x instanceof Expr.InterfaceType || x instanceof Expr.MapType || x instanceof Expr.ChanType) {
            return true;
        }
        if (x instanceof Expr.BinaryExpr) {
            Expr.BinaryExpr b = (Expr.BinaryExpr) x;
            return isTypeElem(b.x) || isTypeElem(b.y);
        }
        if (x instanceof Expr.UnaryExpr) {
            Expr.UnaryExpr u = (Expr.UnaryExpr) x;
            return isTypeElem(u.x) || u.op == Token.TILDE;
        }
        if (x instanceof Expr.StarExpr) return isTypeElem(((Expr.StarExpr) x).x);
        if (x instanceof Expr.ParenExpr) return isTypeElem(((Expr.ParenExpr) x).x);
        return false;
    }
}
