package golc.ir;

/** Operators of {@link Expr.Unary} and {@link Expr.Binary}; semantics are Go's for the operand type. */
public enum Op {
    // unary
    NEG("-"), NOT("!"), COMPL("^"),
    // binary arithmetic and bitwise (ADD on strings concatenates)
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), REM("%"), AND("&"), OR("|"), XOR("^"), ANDNOT("&^"),
    /** shift count is any integer type; Go's semantics for counts >= width and negative counts (panic) */
    SHL("<<"), SHR(">>"),
    // comparisons: result type is the expression's (boolean) type; operands may be any comparable type
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    /** short-circuit; lowering guarantees the right operand contains no call */
    LAND("&&"), LOR("||");

    public final String go;

    Op(String go) {
        this.go = go;
    }
}
