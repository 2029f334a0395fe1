package golc.types;

import golc.syntax.Expr;

/** An intermediate value during checking (types2 operand): mode, expression, type, constant value. */
final class Operand {
    enum Mode { INVALID, NOVALUE, BUILTIN, TYPEXPR, CONSTANT, VARIABLE, MAPINDEX, VALUE, NILVALUE, COMMAOK }

    Mode mode = Mode.INVALID;
    Expr expr;
    Type type;
    Constant val;
    Builtin.Id id;

    boolean invalid() { return mode == Mode.INVALID; }

    void setConst(Type t, Constant v) {
        mode = Mode.CONSTANT;
        type = t;
        val = v;
    }

    void invalidate() {
        mode = Mode.INVALID;
    }

    Operand copy() {
        Operand o = new Operand();
        o.mode = mode;
        o.expr = expr;
        o.type = type;
        o.val = val;
        o.id = id;
        return o;
    }

    void set(Operand o) {
        mode = o.mode;
        expr = o.expr;
        type = o.type;
        val = o.val;
        id = o.id;
    }

    boolean isNil() {
        return mode == Mode.NILVALUE || (mode == Mode.VALUE && type == Basic.UNTYPED_NIL);
    }

    TypeAndValue.Mode tvMode() {
        switch (mode) {
            case NOVALUE: return TypeAndValue.Mode.NOVALUE;
            case BUILTIN: return TypeAndValue.Mode.BUILTIN;
            case TYPEXPR: return TypeAndValue.Mode.TYPEXPR;
            case CONSTANT: return TypeAndValue.Mode.CONSTANT;
            case VARIABLE: return TypeAndValue.Mode.VARIABLE;
            case MAPINDEX: return TypeAndValue.Mode.MAPINDEX;
            case VALUE: case NILVALUE: return TypeAndValue.Mode.VALUE;
            case COMMAOK: return TypeAndValue.Mode.COMMAOK;
            default: return TypeAndValue.Mode.INVALID;
        }
    }

    private static String modeString(Mode m) {
        switch (m) {
            case INVALID: return "invalid operand";
            case NOVALUE: return "no value";
            case BUILTIN: return "built-in";
            case TYPEXPR: return "type";
            case CONSTANT: return "constant";
            case VARIABLE: return "variable";
            case MAPINDEX: return "map index expression";
            case VALUE: return "value";
            case NILVALUE: return "nil";
            default: return "comma, ok expression";
        }
    }

    /** The operand as types2 describes it in messages: {@code x (variable of type int)}. */
    String describe(TypeString.Qualifier q) {
        if (mode == Mode.NILVALUE || (mode == Mode.VALUE && type == Basic.UNTYPED_NIL)) {
            if (type == null || type == Basic.INVALID) return "nil (with invalid type)";
            if (type == Basic.UNTYPED_NIL) return "nil";
            return "nil (of type " + TypeString.of(type, q) + ")";
        }
        StringBuilder sb = new StringBuilder();
        String e = "";
        if (expr != null) e = golc.syntax.Printer.expr(expr);
        else if (mode == Mode.BUILTIN && id != null) e = id.goName();
        else if (mode == Mode.TYPEXPR) e = TypeString.of(type, q);
        else if (mode == Mode.CONSTANT && val != null) e = val.toString();
        if (!e.isEmpty()) sb.append(e).append(" (");
        boolean hasType = false;
        switch (mode) {
            case INVALID: case NOVALUE: case BUILTIN: case TYPEXPR:
                break;
            default:
                if (type != null) {
                    if (Predicates.isUntyped(type)) {
                        sb.append(((Basic) type).name()).append(' ');
                        break;
                    }
                    hasType = true;
                }
        }
        sb.append(modeString(mode));
        if (mode == Mode.CONSTANT && val != null) {
            String s = val.toString();
            if (!s.equals(e)) sb.append(' ').append(s);
        }
        if (hasType) {
            if (type != Basic.INVALID) {
                sb.append(" of type ").append(TypeString.of(type, q));
                if (type instanceof TypeParam) {
                    sb.append(" constrained by ").append(TypeString.of(((TypeParam) type).constraint(), q));
                }
            } else {
                sb.append(" with invalid type");
            }
        }
        if (!e.isEmpty()) sb.append(')');
        return sb.toString();
    }
}
