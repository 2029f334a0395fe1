package golc.types;

import golc.syntax.Expr;
import golc.syntax.Token;

import java.util.ArrayList;
import java.util.List;

/** Expressions (expr.go): operands, constants, untyped conversion, unary/binary operators, shifts, comparisons. */
final class Exprs {
    private final Checker c;

    Exprs(Checker c) { this.c = c; }

    /** An expression whose type is still untyped, waiting for its final type. */
    static final class UntypedInfo {
        final Expr expr;
        Basic type;
        final Operand.Mode mode;
        final Constant val;
        boolean isLhs;

        UntypedInfo(Expr expr, Basic type, Operand.Mode mode, Constant val) {
            this.expr = expr;
            this.type = type;
            this.mode = mode;
            this.val = val;
        }
    }

    // ---- entry points ----

    /** A single value (not a type, not void). */
    void expr(Operand x, Expr e) {
        rawExpr(x, e, null, false);
        exclude(x, true, true, true);
        singleValue(x);
    }

    void exprWithHint(Operand x, Expr e, Type hint) {
        rawExpr(x, e, hint, false);
        exclude(x, true, true, true);
        singleValue(x);
    }

    /** A value or a type. */
    void exprOrType(Operand x, Expr e, boolean allowGeneric) {
        rawExpr(x, e, null, allowGeneric);
        exclude(x, true, false, false);
        singleValue(x);
    }

    /** An expression that may be multi-valued (call results); returns one operand per value. */
    List<Operand> multiExpr(Expr e, boolean allowCommaOk) {
        Operand x = new Operand();
        rawExpr(x, e, null, false);
        exclude(x, true, true, true);
        List<Operand> list = new ArrayList<>();
        if (x.mode != Operand.Mode.INVALID && x.type instanceof Tuple) {
            Tuple t = (Tuple) x.type;
            for (Var v : t.vars()) {
                Operand o = new Operand();
                o.mode = Operand.Mode.VALUE;
                o.expr = e;
                o.type = v.type();
                list.add(o);
            }
            return list;
        }
        list.add(x);
        if (allowCommaOk && (x.mode == Operand.Mode.MAPINDEX || x.mode == Operand.Mode.COMMAOK)) {
            Operand ok = new Operand();
            ok.mode = Operand.Mode.VALUE;
            ok.expr = e;
            ok.type = Basic.UNTYPED_BOOL;
            list.add(ok);
        }
        return list;
    }

    private void exclude(Operand x, boolean noValue, boolean builtin, boolean typexpr) {
        String msg = null;
        switch (x.mode) {
            case NOVALUE:
                if (noValue) msg = c.str(x) + " used as value";
                break;
            case BUILTIN:
                if (builtin) msg = Checker.str(x.expr) + " (built-in) must be called";
                break;
            case TYPEXPR:
                if (typexpr) msg = Checker.str(x.expr) + " (type) is not an expression";
                break;
            default:
                return;
        }
        if (msg != null) {
            c.error(x.expr.pos(), msg);
            x.mode = Operand.Mode.INVALID;
        }
    }

    void singleValue(Operand x) {
        if (x.mode == Operand.Mode.VALUE && x.type instanceof Tuple) {
            c.error(x.expr.pos(), "multiple-value " + c.str(x) + " in single-value context");
            x.mode = Operand.Mode.INVALID;
        }
    }

    /** Checks e, records the result, and leaves it in x. hint is the element type for elided composite literals. */
    void rawExpr(Operand x, Expr e, Type hint, boolean allowGeneric) {
        x.mode = Operand.Mode.INVALID;
        x.type = Basic.INVALID;
        x.val = null;
        x.expr = e;
        try {
            exprInternal(x, e, hint);
        } catch (StackOverflowError so) {
            c.error(e.pos(), "expression too deeply nested");
            x.mode = Operand.Mode.INVALID;
        }
        x.expr = e;
        if (!allowGeneric && x.mode != Operand.Mode.INVALID && x.type instanceof Signature && !(e instanceof Expr.ParenExpr)
                && !((Signature) x.type).typeParams().isEmpty() && x.mode != Operand.Mode.TYPEXPR) {
            c.error(e.pos(), "cannot use generic function " + Checker.str(e) + " without instantiation");
            x.mode = Operand.Mode.INVALID;
        }
        if (x.mode == Operand.Mode.INVALID) x.type = Basic.INVALID;
        c.record(x);
    }

    private void exprInternal(Operand x, Expr e, Type hint) {
        if (e instanceof Expr.BadExpr) return;
        if (e instanceof Expr.Ident) { ident(x, (Expr.Ident) e, null, false); return; }
        if (e instanceof Expr.BasicLit) { basicLit(x, (Expr.BasicLit) e); return; }
        if (e instanceof Expr.FuncLit) { funcLit(x, (Expr.FuncLit) e); return; }
        if (e instanceof Expr.CompositeLit) { c.complits.compositeLit(x, (Expr.CompositeLit) e, hint); return; }
        if (e instanceof Expr.ParenExpr) {
            rawExpr(x, ((Expr.ParenExpr) e).x, null, true);
            x.expr = e;
            return;
        }
        if (e instanceof Expr.SelectorExpr) { selector(x, (Expr.SelectorExpr) e, null, false); return; }
        if (e instanceof Expr.IndexExpr || e instanceof Expr.IndexListExpr) { c.indexing.index(x, e); return; }
        if (e instanceof Expr.SliceExpr) { c.indexing.slice(x, (Expr.SliceExpr) e); return; }
        if (e instanceof Expr.TypeAssertExpr) { typeAssert(x, (Expr.TypeAssertExpr) e); return; }
        if (e instanceof Expr.CallExpr) { c.calls.call(x, (Expr.CallExpr) e); return; }
        if (e instanceof Expr.StarExpr) { star(x, (Expr.StarExpr) e); return; }
        if (e instanceof Expr.UnaryExpr) { unary(x, (Expr.UnaryExpr) e); return; }
        if (e instanceof Expr.BinaryExpr) {
            Expr.BinaryExpr b = (Expr.BinaryExpr) e;
            binary(x, e, b.x, b.y, b.op, b.opPos);
            return;
        }
        if (e instanceof Expr.KeyValueExpr) {
            c.error(e.pos(), "unexpected key:value expression");
            return;
        }
        if (e instanceof Expr.ArrayType || e instanceof Expr.StructType || e instanceof Expr.FuncType
                || e instanceof Expr.InterfaceType || e instanceof Expr.MapType || e instanceof Expr.ChanType) {
            x.mode = Operand.Mode.TYPEXPR;
            x.type = c.typexprs.typ(e);
            return;
        }
        if (e instanceof Expr.Ellipsis) {
            c.error(e.pos(), "invalid use of ...");
            return;
        }
        c.error(e.pos(), "unexpected expression " + Checker.str(e));
    }

    // ---- identifiers and selectors ----

    void ident(Operand x, Expr.Ident e, Named def, boolean wantType) {
        x.expr = e;
        x.mode = Operand.Mode.INVALID;
        x.type = Basic.INVALID;
        if (e.name.equals("_")) {
            c.error(e.pos(), "cannot use _ as value");
            return;
        }
        Obj obj = c.scope.lookupParent(e.name);
        if (obj == null) {
            c.error(e.pos(), "undefined: " + e.name);
            return;
        }
        c.recordUse(e, obj);
        if (c.dotImportUsed.containsKey(obj)) c.dotImportUsed.put(obj, Boolean.TRUE);
        if (obj.type() == null || (c.objMap.containsKey(obj) && c.objMap.get(obj).color != 2)) {
            c.decls.objDecl(obj);
        }
        c.addDep(obj);
        Type t = obj.type();
        if (obj instanceof PkgName) {
            c.error(e.pos(), "use of package " + obj.name() + " without selector");
            ((PkgName) obj).used = true;
            return;
        }
        if (obj instanceof Const) {
            if (obj == Universe.iota()) {
                if (c.iota == null) {
                    c.error(e.pos(), "cannot use iota outside constant declaration");
                    return;
                }
                x.setConst(Basic.UNTYPED_INT, c.iota);
                return;
            }
            if (t == null || t == Basic.INVALID) return;
            x.setConst(t, ((Const) obj).val());
            return;
        }
        if (obj instanceof TypeName) {
            if (t == null) t = Basic.INVALID;
            x.mode = Operand.Mode.TYPEXPR;
            x.type = t;
            if (t == Basic.INVALID) x.mode = Operand.Mode.INVALID;
            return;
        }
        if (obj instanceof Var) {
            if (obj.pkg() == c.pkg) ((Var) obj).used = true;
            if (t == null || t == Basic.INVALID) return;
            x.mode = Operand.Mode.VARIABLE;
            x.type = t;
            return;
        }
        if (obj instanceof Func) {
            if (t == null) return;
            x.mode = Operand.Mode.VALUE;
            x.type = t;
            return;
        }
        if (obj instanceof Builtin) {
            x.mode = Operand.Mode.BUILTIN;
            x.id = ((Builtin) obj).builtinId();
            x.type = Basic.INVALID;
            return;
        }
        if (obj instanceof Nil) {
            x.mode = Operand.Mode.NILVALUE;
            x.type = Basic.UNTYPED_NIL;
            return;
        }
    }

    void selector(Operand x, Expr.SelectorExpr e, Named def, boolean wantType) {
        String sel = e.sel.name;
        // Qualified identifier pkg.Name?
        if (e.x instanceof Expr.Ident) {
            Expr.Ident id = (Expr.Ident) e.x;
            Obj o = c.scope.lookupParent(id.name);
            if (o instanceof PkgName) {
                PkgName pn = (PkgName) o;
                c.recordUse(id, pn);
                pn.used = true;
                Package imp = pn.imported();
                Obj exp = imp.scope().lookup(sel);
                if (exp == null || !exp.exported()) {
                    if (exp != null) c.error(e.sel.pos(), "name " + sel + " not exported by package " + imp.name());
                    else c.error(e.sel.pos(), "undefined: " + id.name + "." + sel);
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                c.recordUse(e.sel, exp);
                x.expr = e;
                if (exp instanceof Const) { x.setConst(exp.type(), ((Const) exp).val()); return; }
                if (exp instanceof TypeName) { x.mode = Operand.Mode.TYPEXPR; x.type = exp.type(); return; }
                if (exp instanceof Var) { x.mode = Operand.Mode.VARIABLE; x.type = exp.type(); return; }
                if (exp instanceof Func) { x.mode = Operand.Mode.VALUE; x.type = exp.type(); return; }
                if (exp instanceof Builtin) { x.mode = Operand.Mode.BUILTIN; x.id = ((Builtin) exp).builtinId(); return; }
                x.mode = Operand.Mode.INVALID;
                return;
            }
        }
        exprOrType(x, e.x, false);
        if (x.mode == Operand.Mode.INVALID) return;
        boolean addressable = x.mode == Operand.Mode.VARIABLE;
        Lookup.Result r = Lookup.fieldOrMethod(x.type, addressable, c.pkg, sel);
        if (r.obj == null) {
            if (x.type.underlying() == Basic.INVALID) { x.mode = Operand.Mode.INVALID; return; }
            String why;
            if (r.ambiguous()) why = "ambiguous selector " + Checker.str(e.x) + "." + sel;
            else if (r.needsPointer) {
                if (x.mode == Operand.Mode.TYPEXPR) {
                    why = "invalid method expression " + c.str(x.type) + "." + sel + " (needs pointer receiver (*" + c.str(x.type) + ")." + sel + ")";
                } else {
                    why = "cannot call pointer method " + sel + " on " + c.str(x.type);
                }
            } else {
                String what = x.mode == Operand.Mode.TYPEXPR ? "type " + c.str(x.type) : "type " + c.str(x.type);
                if (Predicates.isInterface(x.type) && x.type instanceof Pointer == false
                        && x.type.underlying() instanceof Pointer) {
                    what = "type " + c.str(x.type);
                }
                Type base = x.type instanceof Pointer ? ((Pointer) x.type).elem() : null;
                if (base != null && base.underlying() instanceof Interface && !(base instanceof TypeParam)) {
                    why = Checker.str(e) + " undefined (type " + c.str(x.type) + " is pointer to interface, not interface)";
                } else {
                    // A different-case match gives a hint as gc does.
                    String hint = "";
                    Lookup.Result alt = Lookup.fieldOrMethod(x.type, addressable, c.pkg, capitalizeSwap(sel));
                    if (alt.obj != null) hint = ", but does have " + alt.obj.name();
                    why = Checker.str(e) + " undefined (" + what + " has no field or method " + sel + hint + ")";
                }
            }
            c.error(e.sel.pos(), why);
            x.mode = Operand.Mode.INVALID;
            return;
        }
        c.recordUse(e.sel, r.obj);
        if (r.obj instanceof Func) c.addDep(((Func) r.obj).origin());
        if (x.mode == Operand.Mode.TYPEXPR) {
            // Method expression T.m.
            if (!(r.obj instanceof Func)) {
                c.error(e.sel.pos(), Checker.str(e) + " undefined (type " + c.str(x.type) + " has no method " + sel + ")");
                x.mode = Operand.Mode.INVALID;
                return;
            }
            Func m = (Func) r.obj;
            Signature s = m.signature();
            List<Var> params = new ArrayList<>();
            params.add(Var.param(m.pos(), m.pkg(), "_", x.type));
            params.addAll(s.params().vars());
            Signature st = new Signature(null, List.of(), new Tuple(params), s.results(), s.variadic());
            c.recordSelection(e, Selection.Kind.METHOD_EXPR, x.type, m, r.index, r.indirect, st);
            x.mode = Operand.Mode.VALUE;
            x.type = st;
            x.expr = e;
            return;
        }
        if (r.obj instanceof Var) {
            c.recordSelection(e, Selection.Kind.FIELD_VAL, x.type, r.obj, r.index, r.indirect, r.obj.type());
            if (x.mode == Operand.Mode.VARIABLE || r.indirect) x.mode = Operand.Mode.VARIABLE;
            else x.mode = Operand.Mode.VALUE;
            x.type = r.obj.type();
        } else {
            Func m = (Func) r.obj;
            if (m.type() == null) c.decls.objDecl(m);
            Signature s = m.signature();
            if (s == null) { x.mode = Operand.Mode.INVALID; return; }
            Signature st = new Signature(null, List.of(), s.params(), s.results(), s.variadic());
            c.recordSelection(e, Selection.Kind.METHOD_VAL, x.type, m, r.index, r.indirect, st);
            x.mode = Operand.Mode.VALUE;
            x.type = st;
        }
        x.expr = e;
    }

    private static String capitalizeSwap(String s) {
        if (s.isEmpty()) return s;
        char ch = s.charAt(0);
        char sw = Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch);
        return sw + s.substring(1);
    }

    // ---- literals ----

    private void basicLit(Operand x, Expr.BasicLit e) {
        Constant v = Constant.ofLiteral(e);
        if (v.isUnknown()) {
            if (Constant.beyondExactRange(e)) {
                // well-formed, and valid Go: only golc's exact representation cannot hold it
                c.error(e.pos(), "golc does not support the constant " + e.value + " (exponent beyond ±20000) yet");
            }
            x.mode = Operand.Mode.INVALID;
            return;
        }
        Basic t;
        switch (e.kind) {
            case INT: t = Basic.UNTYPED_INT; break;
            case FLOAT: t = Basic.UNTYPED_FLOAT; break;
            case IMAG: t = Basic.UNTYPED_COMPLEX; break;
            case CHAR: t = Basic.UNTYPED_RUNE; break;
            default: t = Basic.UNTYPED_STRING; break;
        }
        x.setConst(t, v);
    }

    private void funcLit(Operand x, Expr.FuncLit e) {
        Scope fscope = new Scope(c.scope, "function literal", true);
        c.recordScope(e.type, fscope);
        Scope saved = c.scope;
        c.scope = fscope;
        Signature sig = c.typexprs.funcType(null, e.type, null);
        c.scope = saved;
        if (e.type.typeParams != null && !e.type.typeParams.list.isEmpty()) {
            c.error(e.type.typeParams.pos(), "function literal cannot have type parameters");
        }
        c.recordTypeAndValue(e.type, TypeAndValue.Mode.TYPEXPR, sig, null);
        c.decls.funcBody(c.decl, "func literal", sig, e.body, fscope);
        x.mode = Operand.Mode.VALUE;
        x.type = sig;
    }

    // ---- unary ----

    private void star(Operand x, Expr.StarExpr e) {
        exprOrType(x, e.x, false);
        switch (x.mode) {
            case INVALID:
                return;
            case TYPEXPR:
                x.type = new Pointer(x.type);
                return;
            default:
                if (x.isNil()) {
                    c.error(e.pos(), "invalid operation: cannot indirect nil");
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                Type core = Predicates.coreType(x.type);
                if (!(core instanceof Pointer)) {
                    c.error(x.expr.pos(), "invalid operation: cannot indirect " + c.str(x));
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                x.mode = Operand.Mode.VARIABLE;
                x.type = ((Pointer) core).elem();
        }
    }

    private void unary(Operand x, Expr.UnaryExpr e) {
        expr(x, e.x);
        if (x.mode == Operand.Mode.INVALID) return;
        Token op = e.op;
        switch (op) {
            case AND: {
                Expr inner = unparen(e.x);
                if (!(inner instanceof Expr.CompositeLit) && x.mode != Operand.Mode.VARIABLE) {
                    c.error(x.expr.pos(), "invalid operation: cannot take address of " + c.str(x));
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                x.mode = Operand.Mode.VALUE;
                x.type = new Pointer(x.type);
                return;
            }
            case ARROW: {
                Type core = Predicates.coreType(x.type);
                if (!(core instanceof Chan)) {
                    c.error(x.expr.pos(), "invalid operation: cannot receive from non-channel " + c.str(x));
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                Chan ch = (Chan) core;
                if (ch.dir() == Chan.Dir.SEND_ONLY) {
                    c.error(x.expr.pos(), "invalid operation: cannot receive from send-only channel " + c.str(x));
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                x.mode = Operand.Mode.COMMAOK;
                x.type = ch.elem();
                return;
            }
            case TILDE:
                c.error(e.pos(), "cannot use ~ outside of interface or type constraint");
                x.mode = Operand.Mode.INVALID;
                return;
            default:
                break;
        }
        boolean ok;
        switch (op) {
            case ADD: case SUB: ok = Predicates.isNumeric(x.type); break;
            case XOR: ok = Predicates.isInteger(x.type); break;
            case NOT: ok = Predicates.isBoolean(x.type); break;
            default: ok = false;
        }
        if (!ok) {
            c.error(x.expr.pos(), "invalid operation: operator " + op + " not defined on " + c.str(x));
            x.mode = Operand.Mode.INVALID;
            return;
        }
        if (x.mode == Operand.Mode.CONSTANT) {
            if (x.val.isUnknown()) return;
            int prec = 0;
            if (Predicates.isUnsigned(x.type) && x.type.underlying() instanceof Basic) prec = ((Basic) x.type.underlying()).bits();
            x.val = Constant.unary(op.toString(), x.val, prec);
            x.expr = e;
            overflow(x, e.pos());
            return;
        }
        x.mode = Operand.Mode.VALUE;
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.ParenExpr) e = ((Expr.ParenExpr) e).x;
        return e;
    }

    // ---- constants: representability and overflow ----

    /** Checks a constant result after an operation (typed: representable; untyped int: at most 512 bits). */
    void overflow(Operand x, golc.syntax.Pos opPos) {
        if (x.val.isUnknown()) {
            c.error(opPos, "constant result is not representable");
            return;
        }
        if (Predicates.isTyped(x.type)) {
            representable(x, (Basic) x.type.underlying());
            return;
        }
        if (x.val.kind() == Constant.Kind.INT && x.val.intValue().abs().bitLength() > 512) {
            c.error(opPos, "constant " + opName(x.expr) + " overflow");
            x.val = Constant.UNKNOWN;
        }
    }

    private static String opName(Expr e) {
        if (e instanceof Expr.BinaryExpr) {
            switch (((Expr.BinaryExpr) e).op) {
                case ADD: return "addition";
                case SUB: return "subtraction";
                case XOR: return "bitwise XOR";
                case MUL: return "multiplication";
                case SHL: return "shift";
                default: break;
            }
        }
        if (e instanceof Expr.UnaryExpr && ((Expr.UnaryExpr) e).op == Token.XOR) return "bitwise complement";
        return "operation";
    }

    /** 0 if representable, else 1 = truncated, 2 = overflows, 3 = invalid. */
    int representation(Operand x, Basic t, Constant[] out) {
        Constant v = x.val.representable(t);
        if (v == null) {
            if (Predicates.isNumeric(x.type) && t.isNumeric()) {
                if (!Predicates.isInteger(x.type) && t.isInteger()) {
                    // A float that is integral but too large overflows; a fractional one truncates.
                    Constant iv = x.val.toInt();
                    return iv.isUnknown() ? 1 : 2;
                }
                return 2;
            }
            return 3;
        }
        out[0] = v;
        return 0;
    }

    void representable(Operand x, Basic t) {
        Constant[] v = new Constant[1];
        int code = representation(x, t, v);
        if (code != 0) {
            invalidConversion(code, x, t);
            x.mode = Operand.Mode.INVALID;
            return;
        }
        x.val = v[0];
    }

    void invalidConversion(int code, Operand x, Type target) {
        String msg;
        switch (code) {
            case 1: msg = c.str(x) + " truncated to " + c.str(target); break;
            case 2: msg = c.str(x) + " overflows " + c.str(target); break;
            default: msg = "cannot convert " + c.str(x) + " to type " + c.str(target);
        }
        c.error(x.expr != null ? x.expr.pos() : null, msg);
    }

    // ---- implicit conversion of untyped operands ----

    /** Result of implicitTypeAndValue: type (null on error), value, error code (0 ok, 1 truncated, 2 overflows, 3 invalid). */
    static final class Implicit {
        Type type;
        Constant val;
        int code;
    }

    Implicit implicitTypeAndValue(Operand x, Type target) {
        Implicit r = new Implicit();
        r.type = x.type;
        if (x.mode == Operand.Mode.INVALID || Predicates.isTyped(x.type) || target == Basic.INVALID) return r;
        if (Predicates.isUntyped(target)) {
            Type m = maxType(x.type, target);
            if (m == null) { r.type = null; r.code = 3; }
            else r.type = m;
            return r;
        }
        if (x.isNil()) {
            if (Predicates.hasNil(target)) r.type = target;
            else { r.type = null; r.code = 3; }
            return r;
        }
        if (target instanceof TypeParam) {
            List<Term> terms = ((TypeParam) target).iface().typeSet().terms();
            if (terms == null || terms.isEmpty()) { r.type = null; r.code = 3; return r; }
            for (Term t : terms) {
                Implicit sub = implicitTypeAndValue(x, t.type());
                if (sub.type == null) { r.type = null; r.code = sub.code; return r; }
            }
            r.type = target;
            return r;
        }
        Type u = target.underlying();
        if (u instanceof Basic) {
            Basic b = (Basic) u;
            if (x.mode == Operand.Mode.CONSTANT) {
                Constant[] v = new Constant[1];
                int code = representation(x, b, v);
                if (code != 0) { r.type = null; r.code = code; return r; }
                r.type = target;
                r.val = v[0];
                return r;
            }
            Basic xb = (Basic) x.type;
            boolean ok;
            switch (xb.kind()) {
                case UNTYPED_BOOL: ok = b.isBoolean(); break;
                case UNTYPED_INT: case UNTYPED_RUNE: case UNTYPED_FLOAT: case UNTYPED_COMPLEX: ok = b.isNumeric(); break;
                case UNTYPED_STRING: ok = b.isString(); break;
                default: ok = false;
            }
            if (!ok) { r.type = null; r.code = 3; return r; }
            r.type = target;
            return r;
        }
        if (u instanceof Interface) {
            if (!((Interface) u).isEmpty() && !((Interface) u).isMethodSet()) { r.type = null; r.code = 3; return r; }
            if (((Interface) u).numMethods() > 0) { r.type = null; r.code = 3; return r; }
            r.type = ((Basic) x.type).defaultType();
            return r;
        }
        r.type = null;
        r.code = 3;
        return r;
    }

    static Type maxType(Type x, Type y) {
        if (x instanceof Basic && y instanceof Basic) {
            Basic a = (Basic) x, b = (Basic) y;
            if (a.isNumeric() && b.isNumeric()) return a.kind().ordinal() >= b.kind().ordinal() ? a : b;
            if (a.kind() == b.kind()) return a;
        }
        return null;
    }

    /** Converts an untyped x to target (or reports "cannot convert"/"truncated"/"overflows"). */
    void convertUntyped(Operand x, Type target) {
        Implicit r = implicitTypeAndValue(x, target);
        if (r.type == null) {
            Type t = target instanceof TypeParam ? target : target.underlying();
            invalidConversion(r.code, x, t);
            x.mode = Operand.Mode.INVALID;
            return;
        }
        if (r.val != null) x.val = r.val;
        if (r.type != x.type) {
            x.type = r.type;
            updateExprType(x.expr, r.type, false);
        }
    }

    /** Sets the final type of a formerly untyped expression and its untyped operands. */
    void updateExprType(Expr e, Type t, boolean fin) {
        if (e == null) return;
        UntypedInfo old = c.untyped.get(e);
        if (old == null) return;
        if (e instanceof Expr.ParenExpr) {
            updateExprType(((Expr.ParenExpr) e).x, t, fin);
        } else if (e instanceof Expr.UnaryExpr) {
            if (old.val == null) updateExprType(((Expr.UnaryExpr) e).x, t, fin);
        } else if (e instanceof Expr.BinaryExpr) {
            Expr.BinaryExpr b = (Expr.BinaryExpr) e;
            if (old.val == null) {
                if (isComparison(b.op)) {
                    // operands already have their final types
                } else if (b.op == Token.SHL || b.op == Token.SHR) {
                    updateExprType(b.x, t, fin);
                } else {
                    updateExprType(b.x, t, fin);
                    updateExprType(b.y, t, fin);
                }
            }
        }
        if (!fin && Predicates.isUntyped(t)) {
            old.type = (Basic) t.underlying();
            return;
        }
        c.untyped.remove(e);
        if (old.isLhs) {
            if (!Predicates.isInteger(t)) {
                c.error(e.pos(), "invalid operation: shifted operand " + Checker.str(e) + " (type " + c.str(t) + ") must be integer");
                return;
            }
        }
        Constant val = old.val;
        if (val != null) {
            Operand o = new Operand();
            o.mode = old.mode;
            o.expr = e;
            o.type = old.type;
            o.val = old.val;
            convertUntyped(o, t);
            if (o.mode == Operand.Mode.INVALID) return;
            val = o.val;
        }
        TypeAndValue.Mode m = old.mode == Operand.Mode.CONSTANT ? TypeAndValue.Mode.CONSTANT : TypeAndValue.Mode.VALUE;
        c.recordTypeAndValue(e, m, t, val);
    }

    static boolean isComparison(Token op) {
        switch (op) {
            case EQL: case NEQ: case LSS: case LEQ: case GTR: case GEQ: return true;
            default: return false;
        }
    }

    // ---- binary ----

    void binary(Operand x, Expr e, Expr lhs, Expr rhs, Token op, golc.syntax.Pos opPos) {
        Operand y = new Operand();
        expr(x, lhs);
        expr(y, rhs);
        if (x.mode == Operand.Mode.INVALID) return;
        if (y.mode == Operand.Mode.INVALID) {
            x.mode = Operand.Mode.INVALID;
            x.expr = y.expr;
            return;
        }
        if (op == Token.SHL || op == Token.SHR) {
            shift(x, y, e, op, opPos);
            return;
        }
        matchTypes(x, y);
        if (x.mode == Operand.Mode.INVALID) return;
        if (isComparison(op)) {
            comparison(x, y, op, false, e);
            return;
        }
        if (!Predicates.identical(x.type, y.type)) {
            if (x.type != Basic.INVALID && y.type != Basic.INVALID) {
                c.error(x.expr.pos(), "invalid operation: " + Checker.str(e) + " (mismatched types " + c.str(x.type) + " and " + c.str(y.type) + ")");
            }
            x.mode = Operand.Mode.INVALID;
            return;
        }
        boolean ok;
        switch (op) {
            case ADD: ok = Predicates.allMatch(x.type, u -> u instanceof Basic && (((Basic) u).isNumeric() || ((Basic) u).isString())); break;
            case SUB: case MUL: case QUO: ok = Predicates.isNumeric(x.type); break;
            case REM: case AND: case OR: case XOR: case AND_NOT: ok = Predicates.isInteger(x.type); break;
            case LAND: case LOR: ok = Predicates.isBoolean(x.type); break;
            default: ok = false;
        }
        if (!ok) {
            c.error(x.expr.pos(), "invalid operation: operator " + op + " not defined on " + c.str(x));
            x.mode = Operand.Mode.INVALID;
            return;
        }
        if (op == Token.QUO || op == Token.REM) {
            if ((x.mode == Operand.Mode.CONSTANT || Predicates.isInteger(x.type)) && y.mode == Operand.Mode.CONSTANT
                    && !y.val.isUnknown() && y.val.sign() == 0) {
                c.error(y.expr.pos(), "invalid operation: division by zero");
                x.mode = Operand.Mode.INVALID;
                return;
            }
        }
        if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT) {
            if (x.val.isUnknown() || y.val.isUnknown()) {
                x.val = Constant.UNKNOWN;
                x.expr = e;
                return;
            }
            boolean intDiv = op == Token.QUO && Predicates.isInteger(x.type);
            x.val = Constant.binary(x.val, op.toString(), y.val, intDiv);
            x.expr = e;
            overflow(x, opPos);
            return;
        }
        x.mode = Operand.Mode.VALUE;
    }

    void matchTypes(Operand x, Operand y) {
        if (mayConvert(x, y)) {
            convertUntyped(x, y.type);
            if (x.mode == Operand.Mode.INVALID) return;
            convertUntyped(y, x.type);
            if (y.mode == Operand.Mode.INVALID) x.mode = Operand.Mode.INVALID;
        }
    }

    private static boolean mayConvert(Operand x, Operand y) {
        if (Predicates.isTyped(x.type) && Predicates.isTyped(y.type)) return false;
        // An untyped operand may convert to its default type when paired with an empty interface.
        if (Predicates.isInterface(x.type) || Predicates.isInterface(y.type)) return true;
        if (allBasic(x.type) != allBasic(y.type)) return false;
        if (Predicates.isBoolean(x.type) != Predicates.isBoolean(y.type)) return false;
        if (Predicates.isString(x.type) != Predicates.isString(y.type)) return false;
        if (x.isNil()) return Predicates.hasNil(y.type);
        if (y.isNil()) return Predicates.hasNil(x.type);
        if (x.type.underlying() instanceof Pointer || y.type.underlying() instanceof Pointer) return false;
        return true;
    }

    private static boolean allBasic(Type t) {
        if (t instanceof TypeParam) return Predicates.allMatch(t, u -> u instanceof Basic);
        return t.underlying() instanceof Basic;
    }

    void comparison(Operand x, Operand y, Token op, boolean switchCase, Expr e) {
        if (x.type == Basic.INVALID || y.type == Basic.INVALID) {
            x.mode = Operand.Mode.INVALID;
            return;
        }
        if (switchCase) op = Token.EQL;
        Operand errOp = x;
        String cause = null;
        boolean ok = c.assign.assignableTo(x, y.type, null) || c.assign.assignableTo(y, x.type, null);
        if (!ok) {
            errOp = y;
            cause = "mismatched types " + c.str(x.type) + " and " + c.str(y.type);
        } else {
            if (op == Token.EQL || op == Token.NEQ) {
                if (x.isNil() || y.isNil()) {
                    Type typ = x.isNil() ? y.type : x.type;
                    if (!Predicates.hasNil(typ)) { errOp = y; ok = false; }
                } else if (!Predicates.comparable(x.type)) {
                    errOp = x;
                    cause = incomparableCause(x.type);
                    ok = false;
                } else if (!Predicates.comparable(y.type)) {
                    errOp = y;
                    cause = incomparableCause(y.type);
                    ok = false;
                }
            } else {
                if (!Predicates.ordered(x.type)) { errOp = x; ok = false; }
                else if (!Predicates.ordered(y.type)) { errOp = y; ok = false; }
            }
        }
        if (ok) {
            if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT) {
                x.val = Constant.ofBool(Constant.compare(x.val, op.toString(), y.val));
                x.expr = e;
            } else {
                x.mode = Operand.Mode.VALUE;
                x.val = null;
                updateExprType(x.expr, defaultType(x.type), true);
                updateExprType(y.expr, defaultType(y.type), true);
            }
            x.type = Basic.UNTYPED_BOOL;
            return;
        }
        if (cause == null) {
            if (x.type instanceof TypeParam || y.type instanceof TypeParam) {
                if (!(x.type instanceof TypeParam)) errOp = y;
                cause = "type parameter " + c.str(errOp.type) + " is not comparable with " + op;
            } else {
                cause = "operator " + op + " not defined on " + kindString(errOp.type);
            }
        }
        if (switchCase) {
            c.error(x.expr.pos(), "invalid case " + Checker.str(x.expr) + " in switch on " + Checker.str(y.expr) + " (" + cause + ")");
        } else {
            c.error(errOp.expr.pos(), "invalid operation: " + Checker.str(x.expr) + " " + op + " " + Checker.str(y.expr) + " (" + cause + ")");
        }
        x.mode = Operand.Mode.INVALID;
    }

    String kindString(Type t) {
        Type u = t.underlying();
        if (u instanceof Array) return "array";
        if (u instanceof Slice) return "slice";
        if (u instanceof Struct) return "struct";
        if (u instanceof Pointer) return "pointer";
        if (u instanceof Signature) return "func";
        if (u instanceof Interface) return t instanceof TypeParam ? "type parameter " + c.str(t) : "interface";
        if (u instanceof MapType) return "map";
        if (u instanceof Chan) return "chan";
        return c.str(t);
    }

    private String incomparableCause(Type t) {
        if (t instanceof TypeParam) return "incomparable types in type set";
        Type u = t.underlying();
        if (u instanceof Slice || u instanceof Signature || u instanceof MapType) return kindString(t) + " can only be compared to nil";
        if (u instanceof Struct) {
            for (Var f : ((Struct) u).fields()) {
                if (!Predicates.comparable(f.type())) return "struct containing " + c.str(f.type()) + " cannot be compared";
            }
        }
        if (u instanceof Array) return c.str(t) + " cannot be compared";
        return null;
    }

    static Type defaultType(Type t) {
        if (t instanceof Basic) return ((Basic) t).defaultType();
        return t;
    }

    private void shift(Operand x, Operand y, Expr e, Token op, golc.syntax.Pos opPos) {
        Constant xval = null;
        if (x.mode == Operand.Mode.CONSTANT) xval = x.val.toInt();
        if (Predicates.isInteger(x.type) || (Predicates.isUntyped(x.type) && xval != null && xval.kind() == Constant.Kind.INT)) {
            // ok
        } else {
            c.error(x.expr.pos(), "invalid operation: shifted operand " + c.str(x) + " must be integer");
            x.mode = Operand.Mode.INVALID;
            return;
        }
        Constant yval = null;
        if (y.mode == Operand.Mode.CONSTANT) {
            yval = y.val.toInt();
            if (yval.kind() == Constant.Kind.INT && yval.sign() < 0) {
                c.error(y.expr.pos(), "invalid operation: negative shift count " + c.str(y));
                x.mode = Operand.Mode.INVALID;
                return;
            }
            if (Predicates.isUntyped(y.type)) {
                representable(y, Basic.UINT);
                if (y.mode == Operand.Mode.INVALID) { x.mode = Operand.Mode.INVALID; return; }
            }
        } else {
            if (Predicates.isInteger(y.type)) {
                // ok
            } else if (Predicates.isUntyped(y.type)) {
                convertUntyped(y, Basic.UINT);
                if (y.mode == Operand.Mode.INVALID) { x.mode = Operand.Mode.INVALID; return; }
            } else {
                c.error(y.expr.pos(), "invalid operation: shift count " + c.str(y) + " must be integer");
                x.mode = Operand.Mode.INVALID;
                return;
            }
        }
        if (x.mode == Operand.Mode.CONSTANT) {
            if (y.mode == Operand.Mode.CONSTANT) {
                if (x.val.isUnknown() || y.val.isUnknown()) {
                    x.val = Constant.UNKNOWN;
                    if (!Predicates.isInteger(x.type)) x.type = Basic.UNTYPED_INT;
                    return;
                }
                final long shiftBound = 1023 - 1 + 52;
                if (!yval.fitsUint64() || yval.intValue().longValue() > shiftBound || yval.intValue().signum() < 0) {
                    c.error(y.expr.pos(), "invalid operation: invalid shift count " + c.str(y));
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                if (!Predicates.isInteger(x.type)) x.type = Basic.UNTYPED_INT;
                x.val = Constant.shift(xval, op.toString(), yval.longValue());
                x.expr = e;
                overflow(x, opPos);
                return;
            }
            if (Predicates.isUntyped(x.type)) {
                UntypedInfo info = c.untyped.get(x.expr);
                if (info != null) info.isLhs = true;
                x.mode = Operand.Mode.VALUE;
                return;
            }
        }
        if (!Predicates.isInteger(x.type)) {
            c.error(x.expr.pos(), "invalid operation: shifted operand " + c.str(x) + " must be integer");
            x.mode = Operand.Mode.INVALID;
            return;
        }
        x.mode = Operand.Mode.VALUE;
    }

    // ---- type assertions ----

    private void typeAssert(Operand x, Expr.TypeAssertExpr e) {
        expr(x, e.x);
        if (x.mode == Operand.Mode.INVALID) return;
        if (e.type == null) {
            c.error(e.lparen, "invalid syntax tree: use of .(type) outside type switch");
            x.mode = Operand.Mode.INVALID;
            return;
        }
        if (x.type instanceof TypeParam) {
            c.error(e.x.pos(), "invalid operation: cannot use type assertion on type parameter value " + c.str(x));
            x.mode = Operand.Mode.INVALID;
            return;
        }
        if (!(x.type.underlying() instanceof Interface)) {
            c.error(e.x.pos(), "invalid operation: " + Checker.str(e.x) + " (" + c.str(x).replaceFirst("^.*? \\(", "").replaceFirst("\\)$", "") + ") is not an interface");
            x.mode = Operand.Mode.INVALID;
            return;
        }
        Type t = c.typexprs.varType(e.type);
        if (t == Basic.INVALID) {
            x.mode = Operand.Mode.INVALID;
            return;
        }
        typeAssertion(e, x, (Interface) x.type.underlying(), t, false);
        x.mode = Operand.Mode.COMMAOK;
        x.type = t;
    }

    /** Reports an impossible type assertion x.(T) (T does not implement x's interface). */
    void typeAssertion(Expr e, Operand x, Interface xi, Type t, boolean typeSwitch) {
        if (Predicates.isInterface(t) || t instanceof TypeParam) return;
        Func[] wrong = new Func[1];
        Func m = Lookup.missingMethod(t, xi, false, wrong);
        if (m == null) return;
        String reason = c.calls.missingMethodReason(t, x.type, m, wrong[0]);
        if (typeSwitch) {
            c.error(e.pos(), "impossible type switch case: " + Checker.str(e) + "\n\t" + c.str(x) + " cannot have dynamic type " + c.str(t) + " " + reason);
        } else {
            c.error(e.pos(), "impossible type assertion: " + Checker.str(e) + "\n\t" + c.str(t) + " does not implement " + c.str(x.type) + " " + reason);
        }
    }
}
