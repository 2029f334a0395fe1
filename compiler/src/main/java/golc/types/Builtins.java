package golc.types;

import golc.syntax.Expr;

import java.util.ArrayList;
import java.util.List;

/** Calls of predeclared functions (builtins.go). */
final class Builtins {
    private final Checker c;

    Builtins(Checker c) { this.c = c; }

    private static int nargs(Builtin.Id id) {
        switch (id) {
            case APPEND: case CAP: case CLOSE: case DELETE: case IMAG: case LEN: case MAKE: case NEW: case PANIC: case REAL: return id == Builtin.Id.DELETE ? 2 : 1;
            case COMPLEX: case COPY: return 2;
            default: return 0;
        }
    }

    private static boolean variadic(Builtin.Id id) {
        return id == Builtin.Id.APPEND || id == Builtin.Id.MAKE || id == Builtin.Id.PRINT || id == Builtin.Id.PRINTLN;
    }

    void call(Operand x, Expr.CallExpr call, Builtin.Id id) {
        if (call.hasEllipsis() && id != Builtin.Id.APPEND) {
            c.error(call.pos(), "invalid operation: invalid use of ... with built-in " + id.goName());
            for (Expr a : call.args) { Operand o = new Operand(); c.exprs.rawExpr(o, a, null, true); }
            x.mode = Operand.Mode.INVALID;
            return;
        }
        List<Operand> args = new ArrayList<>();
        if (id != Builtin.Id.MAKE && id != Builtin.Id.NEW) {
            args = c.calls.arguments(call.args);
            for (Operand a : args) {
                if (a.mode == Operand.Mode.INVALID) {
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
            }
        }
        int n = id == Builtin.Id.MAKE || id == Builtin.Id.NEW ? call.args.size() : args.size();
        String msg = null;
        if (n < nargs(id)) msg = "not enough";
        else if (!variadic(id) && n > nargs(id)) msg = "too many";
        if (msg != null) {
            c.error(call.pos(), "invalid operation: " + msg + " arguments for " + Checker.str(call) + " (expected " + nargs(id) + ", found " + n + ")");
            x.mode = Operand.Mode.INVALID;
            return;
        }
        Operand a0 = args.isEmpty() ? null : args.get(0);
        switch (id) {
            case APPEND: {
                Type s = a0.type;
                Type core = Predicates.coreType(s);
                if (!(core instanceof Slice)) {
                    String cause;
                    if (a0.isNil()) cause = "have untyped nil";
                    else if (s instanceof TypeParam) cause = core != null ? c.str(a0) + " has core type " + c.str(core) : c.str(a0) + " has no core type";
                    else cause = "have " + c.str(a0);
                    c.error(a0.expr.pos(), "first argument to append must be a slice; " + cause);
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                Type elem = ((Slice) core).elem();
                if (args.size() == 2 && call.hasEllipsis()) {
                    Operand a1 = args.get(1);
                    Type cs = Predicates.coreString(a1.type);
                    boolean stringy = Predicates.isString(a1.type) || (cs instanceof Basic && ((Basic) cs).isString());
                    if (stringy && elem.underlying() instanceof Basic && ((Basic) elem.underlying()).kind() == Basic.Kind.UINT8) {
                        c.exprs.convertUntyped(a1, Basic.STRING);
                        x.mode = Operand.Mode.VALUE;
                        x.type = s;
                        return;
                    }
                    c.assign.assignment(a1, s, "argument to append");
                    x.mode = Operand.Mode.VALUE;
                    x.type = s;
                    return;
                }
                if (call.hasEllipsis()) {
                    c.error(call.pos(), "can only use ... with final argument in list");
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                for (int i = 1; i < args.size(); i++) c.assign.assignment(args.get(i), elem, "argument to append");
                x.mode = Operand.Mode.VALUE;
                x.type = s;
                return;
            }
            case CAP: case LEN: {
                int mode = 0; // 0 invalid, 1 value, 2 constant
                Constant val = null;
                Type t = a0.type;
                Type u = t instanceof TypeParam ? null : t.underlying();
                if (u instanceof Pointer && ((Pointer) u).elem().underlying() instanceof Array) u = ((Pointer) u).elem().underlying();
                if (u instanceof Basic && ((Basic) u).isString() && id == Builtin.Id.LEN) {
                    if (a0.mode == Operand.Mode.CONSTANT) { mode = 2; val = Constant.ofInt(a0.val.stringValue().length()); }
                    else mode = 1;
                } else if (u instanceof Array) {
                    mode = c.hasCallOrRecvIn(a0.expr) ? 1 : 2;
                    if (mode == 2) val = Constant.ofInt(((Array) u).len());
                } else if (u instanceof Slice || u instanceof Chan) {
                    mode = 1;
                } else if (u instanceof MapType && id == Builtin.Id.LEN) {
                    mode = 1;
                } else if (t instanceof TypeParam) {
                    boolean all = Predicates.allMatch(t, tu -> {
                        if (tu instanceof Pointer && ((Pointer) tu).elem().underlying() instanceof Array) return true;
                        return tu instanceof Array || tu instanceof Slice || tu instanceof Chan
                                || (id == Builtin.Id.LEN && (tu instanceof MapType || (tu instanceof Basic && ((Basic) tu).isString())));
                    });
                    if (all) mode = 1;
                }
                if (mode == 0) {
                    if (a0.type != Basic.INVALID) c.error(a0.expr.pos(), "invalid argument: " + c.str(a0) + " for " + id.goName());
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                c.exprs.updateExprType(a0.expr, Exprs.defaultType(a0.type), true);
                if (mode == 2) x.setConst(Basic.INT, val);
                else { x.mode = Operand.Mode.VALUE; x.type = Basic.INT; x.val = null; }
                return;
            }
            case CLOSE: {
                Type core = Predicates.coreType(a0.type);
                if (!(core instanceof Chan)) {
                    c.error(a0.expr.pos(), "invalid operation: cannot close non-channel " + c.str(a0));
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                if (((Chan) core).dir() == Chan.Dir.RECV_ONLY) {
                    c.error(a0.expr.pos(), "invalid operation: cannot close receive-only channel " + c.str(a0));
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                x.mode = Operand.Mode.NOVALUE;
                x.type = Tuple.EMPTY;
                return;
            }
            case COMPLEX: {
                Operand y = args.get(1);
                Operand xx = a0;
                boolean bothConst = xx.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT;
                if (Predicates.isUntyped(xx.type) && !Predicates.isUntyped(y.type)) c.exprs.convertUntyped(xx, y.type);
                else if (Predicates.isUntyped(y.type) && !Predicates.isUntyped(xx.type)) c.exprs.convertUntyped(y, xx.type);
                else if (Predicates.isUntyped(xx.type) && Predicates.isUntyped(y.type)) {
                    // Both untyped: convert to untyped float if representable.
                    toFloat(xx);
                    toFloat(y);
                }
                if (xx.mode == Operand.Mode.INVALID || y.mode == Operand.Mode.INVALID) { x.mode = Operand.Mode.INVALID; return; }
                if (!Predicates.identical(xx.type, y.type)) {
                    c.error(xx.expr.pos(), "invalid operation: " + Checker.str(call) + " (mismatched types " + c.str(xx.type) + " and " + c.str(y.type) + ")");
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                Type res;
                Type u = xx.type.underlying();
                if (u instanceof Basic) {
                    switch (((Basic) u).kind()) {
                        case FLOAT32: res = Basic.COMPLEX64; break;
                        case FLOAT64: res = Basic.COMPLEX128; break;
                        case UNTYPED_FLOAT: res = Basic.UNTYPED_COMPLEX; break;
                        default: res = null;
                    }
                } else res = null;
                if (res == null) {
                    c.error(xx.expr.pos(), "invalid argument: arguments have type " + c.str(xx.type) + ", expected floating-point");
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                if (bothConst) {
                    x.setConst(res, Constant.ofComplex(xx.val.toFloat().ratValue(), y.val.toFloat().ratValue()));
                } else {
                    x.mode = Operand.Mode.VALUE;
                    x.type = res;
                    x.val = null;
                }
                if (Predicates.isTyped(res)) {
                    c.exprs.updateExprType(xx.expr, xx.type, true);
                    c.exprs.updateExprType(y.expr, y.type, true);
                }
                return;
            }
            case COPY: {
                Operand y = args.get(1);
                Type dst = Predicates.coreType(a0.type);
                Type src = Predicates.coreString(y.type);
                if (src instanceof Basic && ((Basic) src).isString()) src = new Slice(Basic.BYTE);
                if (!(dst instanceof Slice) || !(src instanceof Slice)) {
                    c.error(a0.expr.pos(), "invalid argument: copy expects slice arguments; found " + c.str(a0) + " and " + c.str(y));
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                if (!Predicates.identical(((Slice) dst).elem(), ((Slice) src).elem())) {
                    c.error(a0.expr.pos(), "invalid argument: arguments to copy " + c.str(a0) + " and " + c.str(y) + " have different element types "
                            + c.str(((Slice) dst).elem()) + " and " + c.str(((Slice) src).elem()));
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                c.exprs.updateExprType(y.expr, Exprs.defaultType(y.type), true);
                x.mode = Operand.Mode.VALUE;
                x.type = Basic.INT;
                return;
            }
            case DELETE: {
                Type core = Predicates.coreType(a0.type);
                if (!(core instanceof MapType)) {
                    c.error(a0.expr.pos(), "invalid argument: " + c.str(a0) + " is not a map");
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                Operand k = args.get(1);
                c.assign.assignment(k, ((MapType) core).key(), "argument to delete");
                if (k.mode == Operand.Mode.INVALID) { x.mode = Operand.Mode.INVALID; return; }
                x.mode = Operand.Mode.NOVALUE;
                x.type = Tuple.EMPTY;
                return;
            }
            case IMAG: case REAL: {
                if (Predicates.isUntyped(a0.type)) {
                    if (a0.mode == Operand.Mode.CONSTANT) {
                        if (Predicates.isNumeric(a0.type)) a0.type = Basic.UNTYPED_COMPLEX;
                    } else {
                        c.exprs.convertUntyped(a0, Basic.COMPLEX128);
                        if (a0.mode == Operand.Mode.INVALID) { x.mode = Operand.Mode.INVALID; return; }
                    }
                }
                Type u = a0.type.underlying();
                Type res = null;
                if (u instanceof Basic) {
                    switch (((Basic) u).kind()) {
                        case COMPLEX64: res = Basic.FLOAT32; break;
                        case COMPLEX128: res = Basic.FLOAT64; break;
                        case UNTYPED_COMPLEX: res = Basic.UNTYPED_FLOAT; break;
                        default: break;
                    }
                }
                if (res == null) {
                    c.error(a0.expr.pos(), "invalid argument: argument has type " + c.str(a0.type) + ", expected complex type");
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                if (a0.mode == Operand.Mode.CONSTANT) {
                    Constant cv = a0.val.toComplex();
                    x.setConst(res, Constant.ofFloat(id == Builtin.Id.REAL ? cv.real() : cv.imag()));
                } else {
                    x.mode = Operand.Mode.VALUE;
                    x.type = res;
                    x.val = null;
                }
                return;
            }
            case MAKE: {
                Expr a = call.args.get(0);
                Type t = c.typexprs.varType(a);
                if (t == Basic.INVALID) { x.mode = Operand.Mode.INVALID; return; }
                int min;
                Type core = Predicates.coreType(t);
                if (core instanceof Slice) min = 2;
                else if (core instanceof MapType || core instanceof Chan) min = 1;
                else {
                    if (core == null) c.error(a.pos(), "invalid argument: cannot make " + Checker.str(a) + ": no core type");
                    else c.error(a.pos(), "invalid argument: cannot make " + Checker.str(a) + "; type must be slice, map, or channel");
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                int na = call.args.size();
                if (na < min || na > min + 1) {
                    c.error(call.pos(), "invalid operation: " + Checker.str(call) + " expects " + min + " or " + (min + 1) + " arguments; found " + na);
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                long[] sizes = new long[2];
                int k = 0;
                boolean bad = false;
                for (int i = 1; i < na; i++) {
                    long s = sizeArg(call.args.get(i));
                    if (s == -2) bad = true;
                    sizes[k++] = s;
                }
                if (k == 2 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
                    c.error(call.args.get(1).pos(), "invalid argument: length and capacity swapped");
                }
                x.mode = bad ? Operand.Mode.INVALID : Operand.Mode.VALUE;
                x.type = t;
                return;
            }
            case NEW: {
                Type t = c.typexprs.varType(call.args.get(0));
                if (t == Basic.INVALID) { x.mode = Operand.Mode.INVALID; return; }
                x.mode = Operand.Mode.VALUE;
                x.type = new Pointer(t);
                return;
            }
            case PANIC: {
                c.assign.assignment(a0, Universe.anyType(), "argument to panic");
                if (a0.mode == Operand.Mode.INVALID) { x.mode = Operand.Mode.INVALID; return; }
                x.mode = Operand.Mode.NOVALUE;
                x.type = Tuple.EMPTY;
                return;
            }
            case PRINT: case PRINTLN: {
                for (Operand a : args) {
                    c.assign.assignment(a, null, "argument to built-in " + id.goName());
                    if (a.mode == Operand.Mode.INVALID) { x.mode = Operand.Mode.INVALID; return; }
                }
                x.mode = Operand.Mode.NOVALUE;
                x.type = Tuple.EMPTY;
                return;
            }
            case RECOVER: {
                x.mode = Operand.Mode.VALUE;
                x.type = Universe.anyType();
                return;
            }
            default:
                x.mode = Operand.Mode.INVALID;
        }
    }

    private void toFloat(Operand x) {
        if (Predicates.isNumeric(x.type) && x.mode == Operand.Mode.CONSTANT && x.val.toFloat().kind() == Constant.Kind.FLOAT) {
            x.type = Basic.UNTYPED_FLOAT;
            x.val = x.val.toFloat();
        }
    }

    /** A make size argument: its constant value, -1 if not constant, -2 if invalid. */
    private long sizeArg(Expr e) {
        return c.indexing.index(e, -1);
    }
}
