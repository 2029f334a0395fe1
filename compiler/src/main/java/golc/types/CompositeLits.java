package golc.types;

import golc.syntax.Expr;

import java.util.ArrayList;
import java.util.List;

/** Composite literals (expr.go's compositeLit): struct, array, slice and map literals. */
final class CompositeLits {
    private final Checker c;

    CompositeLits(Checker c) { this.c = c; }


    void compositeLit(Operand x, Expr.CompositeLit e, Type hint) {
        Type typ;
        Type base;
        if (e.type != null) {
            if (e.type instanceof Expr.ArrayType && ((Expr.ArrayType) e.type).len instanceof Expr.Ellipsis) {
                Expr.ArrayType at = (Expr.ArrayType) e.type;
                Type elem = c.typexprs.varType(at.elt);
                long n = elements(elem, e.elts, -1);
                typ = new Array(n, elem);
                c.recordTypeAndValue(e.type, TypeAndValue.Mode.TYPEXPR, typ, null);
                x.mode = Operand.Mode.VALUE;
                x.type = typ;
                x.expr = e;
                return;
            }
            typ = c.typexprs.typ(e.type);
            base = typ;
        } else if (hint != null) {
            typ = hint;
            base = typ;
            Type hu = Predicates.coreType(hint);
            if (hu instanceof Pointer) {
                base = ((Pointer) hu).elem();
            }
        } else {
            c.error(e.pos(), "missing type in composite literal");
            x.mode = Operand.Mode.INVALID;
            return;
        }
        Type u = Predicates.coreType(base);
        if (u instanceof Struct) {
            Struct s = (Struct) u;
            if (e.elts.isEmpty()) {
                // ok
            } else if (e.elts.get(0) instanceof Expr.KeyValueExpr) {
                boolean[] seen = new boolean[s.numFields()];
                for (Expr el : e.elts) {
                    if (!(el instanceof Expr.KeyValueExpr)) {
                        c.error(el.pos(), "mixture of field:value and value elements in struct literal");
                        continue;
                    }
                    Expr.KeyValueExpr kv = (Expr.KeyValueExpr) el;
                    if (!(kv.key instanceof Expr.Ident)) {
                        c.error(kv.key.pos(), "invalid field name " + Checker.str(kv.key) + " in struct literal");
                        Operand o = new Operand();
                        c.exprs.expr(o, kv.value);
                        continue;
                    }
                    Expr.Ident key = (Expr.Ident) kv.key;
                    int i = -1;
                    if (!key.name.equals("_")) {
                        for (int j = 0; j < s.numFields(); j++) if (Lookup.sameId(s.field(j), c.pkg, key.name)) i = j;
                    }
                    if (i < 0) {
                        c.error(key.pos(), "unknown field '" + key.name + "' in struct literal of type " + c.str(base));
                        Operand o = new Operand();
                        c.exprs.expr(o, kv.value);
                        continue;
                    }
                    Var f = s.field(i);
                    c.recordUse(key, f);
                    Operand o = new Operand();
                    c.exprs.expr(o, kv.value); // no elided types for struct fields
                    c.assign.assignment(o, f.type(), "struct literal");
                    if (seen[i]) c.error(key.pos(), "duplicate field name " + key.name + " in struct literal");
                    seen[i] = true;
                }
            } else {
                int i = 0;
                for (Expr el : e.elts) {
                    Operand o = new Operand();
                    if (el instanceof Expr.KeyValueExpr) {
                        c.error(el.pos(), "mixture of field:value and value elements in struct literal");
                        c.exprs.expr(o, ((Expr.KeyValueExpr) el).value);
                        i++;
                        continue;
                    }
                    c.exprs.expr(o, el); // no elided types for struct fields
                    if (i >= s.numFields()) {
                        c.error(o.expr.pos(), "too many values in struct literal of type " + c.str(base));
                        break;
                    }
                    Var f = s.field(i);
                    if (!f.exported() && f.pkg() != c.pkg) {
                        c.error(o.expr.pos(), "implicit assignment to unexported field " + f.name() + " in struct literal of type " + c.str(base));
                    }
                    c.assign.assignment(o, f.type(), "struct literal");
                    i++;
                }
                if (i < s.numFields() && i == e.elts.size()) {
                    c.error(e.rbrace, "too few values in struct literal of type " + c.str(base));
                }
            }
        } else if (u instanceof Array) {
            Array a = (Array) u;
            elements(a.elem(), e.elts, a.len());
        } else if (u instanceof Slice) {
            elements(((Slice) u).elem(), e.elts, -1);
        } else if (u instanceof MapType) {
            MapType m = (MapType) u;
            List<Constant> keys = new ArrayList<>();
            for (Expr el : e.elts) {
                if (!(el instanceof Expr.KeyValueExpr)) {
                    c.error(el.pos(), "missing key in map literal");
                    Operand o = new Operand();
                    c.exprs.expr(o, el);
                    continue;
                }
                Expr.KeyValueExpr kv = (Expr.KeyValueExpr) el;
                Operand k = new Operand();
                c.exprs.exprWithHint(k, kv.key, m.key());
                c.assign.assignment(k, m.key(), "map literal");
                if (k.mode == Operand.Mode.CONSTANT && k.val != null && !k.val.isUnknown() && !Predicates.isInterface(m.key())) {
                    for (Constant prev : keys) {
                        if (prev.kind() == k.val.kind() && Constant.compare(prev, "==", k.val)) {
                            c.error(k.expr.pos(), "duplicate key " + Checker.str(kv.key) + " in map literal");
                            break;
                        }
                    }
                    keys.add(k.val);
                }
                Operand v = new Operand();
                c.exprs.exprWithHint(v, kv.value, m.elem());
                c.assign.assignment(v, m.elem(), "map literal");
            }
        } else {
            if (u != Basic.INVALID && base != Basic.INVALID) {
                c.error(e.pos(), "invalid composite literal type " + c.str(typ));
            }
            for (Expr el : e.elts) {
                Operand o = new Operand();
                c.exprs.rawExpr(o, el instanceof Expr.KeyValueExpr ? ((Expr.KeyValueExpr) el).value : el, null, true);
            }
            x.mode = Operand.Mode.INVALID;
            return;
        }
        x.mode = Operand.Mode.VALUE;
        x.type = typ;
        x.expr = e;
    }

    /** Checks array/slice literal elements; returns the length (max index + 1). */
    private long elements(Type elem, List<Expr> elts, long length) {
        long index = 0, max = 0;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Expr el : elts) {
            Expr val = el;
            if (el instanceof Expr.KeyValueExpr) {
                Expr.KeyValueExpr kv = (Expr.KeyValueExpr) el;
                long i = c.indexing.index(kv.key, length);
                if (i >= 0) index = i;
                else if (i == -1) c.error(kv.key.pos(), "index " + Checker.str(kv.key) + " must be integer constant");
                val = kv.value;
            } else if (length >= 0 && index >= length) {
                c.error(el.pos(), "index " + index + " is out of bounds (>= " + length + ")");
            }
            if (!seen.add(index)) c.error(el.pos(), "duplicate index " + index + " in array or slice literal");
            Operand o = new Operand();
            c.exprs.exprWithHint(o, val, elem);
            c.assign.assignment(o, elem, "array or slice literal");
            index++;
            if (index > max) max = index;
        }
        return max;
    }
}
