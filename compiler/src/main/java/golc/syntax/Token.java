package golc.syntax;

import java.util.HashMap;
import java.util.Map;

/** Lexical token kinds of Go, named as in go/token. */
public enum Token {
    ILLEGAL("ILLEGAL"),
    EOF("EOF"),

    // Literals; the token's text is the raw source text.
    IDENT("name"),
    INT("literal"),
    FLOAT("literal"),
    IMAG("literal"),
    CHAR("literal"),
    STRING("literal"),

    // Operators and delimiters.
    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"),
    AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"), AND_NOT("&^"),
    ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="),
    AND_ASSIGN("&="), OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="),
    AND_NOT_ASSIGN("&^="),
    LAND("&&"), LOR("||"), ARROW("<-"), INC("++"), DEC("--"),
    EQL("=="), LSS("<"), GTR(">"), ASSIGN("="), NOT("!"),
    NEQ("!="), LEQ("<="), GEQ(">="), DEFINE(":="), ELLIPSIS("..."),
    LPAREN("("), LBRACK("["), LBRACE("{"), COMMA(","), PERIOD("."),
    RPAREN(")"), RBRACK("]"), RBRACE("}"), SEMICOLON(";"), COLON(":"),
    TILDE("~"),

    // Keywords.
    BREAK("break"), CASE("case"), CHAN("chan"), CONST("const"), CONTINUE("continue"),
    DEFAULT("default"), DEFER("defer"), ELSE("else"), FALLTHROUGH("fallthrough"), FOR("for"),
    FUNC("func"), GO("go"), GOTO("goto"), IF("if"), IMPORT("import"),
    INTERFACE("interface"), MAP("map"), PACKAGE("package"), RANGE("range"), RETURN("return"),
    SELECT("select"), STRUCT("struct"), SWITCH("switch"), TYPE("type"), VAR("var");

    /** Source spelling for operators and keywords; a description for the other kinds. */
    public final String text;

    Token(String text) {
        this.text = text;
    }

    private static final Map<String, Token> KEYWORDS = new HashMap<>();

    static {
        for (Token t : values()) {
            if (t.isKeyword()) KEYWORDS.put(t.text, t);
        }
    }

    /** The keyword spelled {@code s}, or null if {@code s} is not a keyword. */
    public static Token keyword(String s) {
        return KEYWORDS.get(s);
    }

    public boolean isKeyword() {
        return ordinal() >= BREAK.ordinal();
    }

    public boolean isLiteral() {
        return this == INT || this == FLOAT || this == IMAG || this == CHAR || this == STRING;
    }

    public boolean isOperator() {
        return ordinal() >= ADD.ordinal() && ordinal() <= TILDE.ordinal();
    }

    /** True for the compound assignment operators {@code += -= ... &^=}. */
    public boolean isAssignOp() {
        return ordinal() >= ADD_ASSIGN.ordinal() && ordinal() <= AND_NOT_ASSIGN.ordinal();
    }

    /** For a compound assignment operator, the binary operator it applies ({@code +=} gives {@code +}). */
    public Token binaryOfAssignOp() {
        if (!isAssignOp()) throw new IllegalStateException("not an assignment operator: " + this);
        return values()[ordinal() - ADD_ASSIGN.ordinal() + ADD.ordinal()];
    }

    /** Binary operator precedence as in the Go spec (5 highest); 0 for non-binary tokens. */
    public int precedence() {
        switch (this) {
            case LOR: return 1;
            case LAND: return 2;
            case EQL: case NEQ: case LSS: case LEQ: case GTR: case GEQ: return 3;
            case ADD: case SUB: case OR: case XOR: return 4;
            case MUL: case QUO: case REM: case SHL: case SHR: case AND: case AND_NOT: return 5;
            default: return 0;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
