package golc.types;

import golc.syntax.Expr;

import java.util.List;

/** Index and slice expressions (index.go); f[T] instantiations are passed on to {@link Calls}. */
final class Indexing {
    private final Checker c;

    Indexing(Checker c) { this.c = c; }


    void index(Operand x, Expr e) {
        Expr xe;
        List<Expr> indices;
        if (e instanceof Expr.IndexExpr) {
            xe = ((Expr.IndexExpr) e).x;
            indices = List.of(((Expr.IndexExpr) e).index);
        } else {
            xe = ((Expr.IndexListExpr) e).x;
            indices = ((Expr.IndexListExpr) e).indices;
        }
        c.exprs.exprOrType(x, xe, true);
        if (x.mode == Operand.Mode.INVALID) {
            for (Expr i : indices) { Operand o = new Operand(); c.exprs.rawExpr(o, i, null, true); }
            return;
        }
        if (x.mode == Operand.Mode.TYPEXPR) {
            x.type = c.typexprs.typ(e);
            x.mode = x.type == Basic.INVALID ? Operand.Mode.INVALID : Operand.Mode.TYPEXPR;
            return;
        }
        if (x.mode == Operand.Mode.VALUE && x.type instanceof Signature && !((Signature) x.type).typeParams().isEmpty()) {
            c.calls.funcInst(x, e, indices);
            return;
        }
        if (indices.size() != 1) {
            c.error(indices.get(1).pos(), "unexpected comma; expecting ]");
            x.mode = Operand.Mode.INVALID;
            return;
        }
        Expr idx = indices.get(0);
        boolean valid = false;
        long length = -1;
        Type u = Predicates.coreType(x.type);
        if (x.type instanceof TypeParam && u == null) u = Predicates.coreString(x.type);
        if (x.type instanceof TypeParam && u == null) {
            // No core type: indexable if every type in the type set is, with one element type (types2).
            Type elem = typeParamIndexElem((TypeParam) x.type);
            if (elem != null) {
                index(idx, -1);
                boolean addressable = true;
                for (Term t : ((TypeParam) x.type).iface().typeSet().terms()) {
                    Type tu = t.type().underlying();
                    if (tu instanceof Basic || (tu instanceof Array && x.mode != Operand.Mode.VARIABLE)) addressable = false;
                }
                x.mode = addressable ? Operand.Mode.VARIABLE : Operand.Mode.VALUE;
                x.type = elem;
                x.expr = e;
                return;
            }
        }
        if (u instanceof Basic && ((Basic) u).isString()) {
            valid = true;
            if (x.mode == Operand.Mode.CONSTANT) length = x.val.stringValue().length();
            x.mode = Operand.Mode.VALUE;
            x.type = Basic.BYTE;
        } else if (u instanceof Array) {
            valid = true;
            length = ((Array) u).len();
            if (x.mode != Operand.Mode.VARIABLE) x.mode = Operand.Mode.VALUE;
            x.type = ((Array) u).elem();
        } else if (u instanceof Pointer && ((Pointer) u).elem().underlying() instanceof Array) {
            valid = true;
            Array a = (Array) ((Pointer) u).elem().underlying();
            length = a.len();
            x.mode = Operand.Mode.VARIABLE;
            x.type = a.elem();
        } else if (u instanceof Slice) {
            valid = true;
            x.mode = Operand.Mode.VARIABLE;
            x.type = ((Slice) u).elem();
        } else if (u instanceof MapType) {
            MapType m = (MapType) u;
            Operand k = new Operand();
            c.exprs.exprWithHint(k, idx, m.key());
            c.assign.assignment(k, m.key(), "map index");
            x.mode = Operand.Mode.MAPINDEX;
            x.type = m.elem();
            x.expr = e;
            return;
        }
        if (!valid) {
            c.error(e instanceof Expr.IndexExpr ? ((Expr.IndexExpr) e).lbrack : e.pos(), "invalid operation: cannot index " + c.str(x));
            Operand o = new Operand();
            c.exprs.rawExpr(o, idx, null, true);
            x.mode = Operand.Mode.INVALID;
            return;
        }
        index(idx, length);
        x.expr = e;
    }

    /** The common element type of a type parameter whose types are all strings, arrays, pointers to arrays or slices. */
    private static Type typeParamIndexElem(TypeParam tp) {
        List<Term> terms = tp.iface().typeSet().terms();
        if (terms == null || terms.isEmpty()) return null;
        Type elem = null;
        for (Term t : terms) {
            Type u = t.type().underlying();
            Type e;
            if (u instanceof Basic && ((Basic) u).isString()) e = Basic.BYTE;
            else if (u instanceof Array) e = ((Array) u).elem();
            else if (u instanceof Slice) e = ((Slice) u).elem();
            else if (u instanceof Pointer && ((Pointer) u).elem().underlying() instanceof Array) e = ((Array) ((Pointer) u).elem().underlying()).elem();
            else return null;
            if (elem == null) elem = e;
            else if (!Predicates.identical(elem, e)) return null;
        }
        return elem;
    }

    /** Checks an index value (types2 index/isValidIndex); returns the constant index, -1 if not constant, -2 if invalid. */
    long index(Expr idx, long max) {
        Operand x = new Operand();
        c.exprs.expr(x, idx);
        if (x.mode == Operand.Mode.INVALID) return -2;
        c.exprs.convertUntyped(x, Basic.INT);
        if (x.mode == Operand.Mode.INVALID) return -2;
        if (!Predicates.isInteger(x.type)) {
            c.error(idx.pos(), "invalid argument: index " + c.str(x) + " must be integer");
            return -2;
        }
        if (x.mode == Operand.Mode.CONSTANT) {
            if (x.val.sign() < 0) {
                c.error(idx.pos(), "invalid argument: index " + c.str(x) + " must not be negative");
                return -2;
            }
            Constant v = x.val.toInt();
            if (!v.fitsInt64()) {
                c.error(idx.pos(), "invalid argument: index " + c.str(x) + " overflows int");
                return -2;
            }
            if (max >= 0 && v.longValue() >= max) {
                c.error(idx.pos(), "invalid argument: index " + x.val + " out of bounds [0:" + max + "]");
                return -2;
            }
            return v.longValue();
        }
        return -1;
    }

    void slice(Operand x, Expr.SliceExpr e) {
        c.exprs.expr(x, e.x);
        if (x.mode == Operand.Mode.INVALID) {
            for (Expr i : new Expr[] {e.low, e.high, e.max}) if (i != null) { Operand o = new Operand(); c.exprs.rawExpr(o, i, null, true); }
            return;
        }
        boolean valid = false;
        long length = -1;
        Type u = Predicates.coreType(x.type);
        if (x.type instanceof TypeParam && u == null) u = Predicates.coreString(x.type);
        if (u instanceof Basic && ((Basic) u).isString()) {
            if (e.slice3) {
                c.error(e.max != null ? e.max.pos() : e.rbrack, "invalid operation: 3-index slice of string");
                x.mode = Operand.Mode.INVALID;
                return;
            }
            valid = true;
            if (x.mode == Operand.Mode.CONSTANT) length = x.val.stringValue().length();
            if (Predicates.isUntyped(x.type)) x.type = Basic.STRING;
            x.mode = Operand.Mode.VALUE;
        } else if (u instanceof Array) {
            valid = true;
            length = ((Array) u).len();
            if (x.mode != Operand.Mode.VARIABLE) {
                c.error(x.expr.pos(), "invalid operation: " + Checker.str(e.x) + " (slice of unaddressable value)");
                x.mode = Operand.Mode.INVALID;
                return;
            }
            x.type = new Slice(((Array) u).elem());
        } else if (u instanceof Pointer && ((Pointer) u).elem().underlying() instanceof Array) {
            valid = true;
            Array a = (Array) ((Pointer) u).elem().underlying();
            length = a.len();
            x.type = new Slice(a.elem());
        } else if (u instanceof Slice) {
            valid = true;
        }
        if (!valid) {
            c.error(x.expr.pos(), "cannot slice " + c.str(x));
            x.mode = Operand.Mode.INVALID;
            return;
        }
        x.mode = Operand.Mode.VALUE;
        if (e.slice3 && (e.high == null || e.max == null)) {
            c.error(e.rbrack, "middle index required in 3-index slice");
        }
        long[] ind = new long[3];
        Expr[] es = {e.low, e.high, e.max};
        for (int i = 0; i < 3; i++) {
            ind[i] = -1;
            if (es[i] != null) ind[i] = Math.max(-1, index(es[i], length >= 0 ? length + 1 : -1));
            else if (i == 0) ind[i] = 0;
            else if (length >= 0 && i == 1 && !e.slice3) ind[i] = length;
        }
        for (int i = 0; i < 3; i++) {
            if (ind[i] < 0) continue;
            for (int j = i + 1; j < 3; j++) {
                if (ind[j] >= 0 && ind[j] < ind[i] && es[j] != null) {
                    c.error(es[j].pos(), "invalid slice indices: " + ind[j] + " < " + ind[i]);
                    return;
                }
            }
        }
        x.expr = e;
    }
}
