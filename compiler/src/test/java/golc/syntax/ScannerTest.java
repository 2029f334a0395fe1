package golc.syntax;

import golc.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ScannerTest {

    /** Tokens of src as "kind" or "kind:lit", space separated, ending before EOF. */
    private static String scan(String src) {
        Diagnostics d = new Diagnostics();
        String s = scan(src, d);
        assertFalse(d.hasErrors(), () -> d.format());
        return s;
    }

    private static String scan(String src, Diagnostics d) {
        Scanner sc = new Scanner("t.go", src.getBytes(StandardCharsets.UTF_8), d);
        List<String> out = new ArrayList<>();
        for (sc.next(); sc.tok != Token.EOF; sc.next()) {
            out.add(sc.lit != null ? sc.tok.name() + ":" + sc.lit : sc.tok.name());
        }
        return String.join(" ", out);
    }

    /** The diagnostics produced by scanning src. */
    private static String errors(String src) {
        Diagnostics d = new Diagnostics();
        scan(src, d);
        return d.format().trim();
    }

    @Test
    void operatorsAndDelimiters() {
        assertEquals("ADD SUB MUL QUO REM AND OR XOR SHL SHR AND_NOT", scan("+ - * / % & | ^ << >> &^"));
        assertEquals("ADD_ASSIGN SUB_ASSIGN MUL_ASSIGN QUO_ASSIGN REM_ASSIGN AND_ASSIGN OR_ASSIGN XOR_ASSIGN SHL_ASSIGN SHR_ASSIGN AND_NOT_ASSIGN",
                scan("+= -= *= /= %= &= |= ^= <<= >>= &^="));
        assertEquals("LAND LOR ARROW INC DEC:newline".replace("DEC:newline", "DEC SEMICOLON:newline"), scan("&& || <- ++ --\n"));
        assertEquals("EQL LSS GTR ASSIGN NOT NEQ LEQ GEQ DEFINE ELLIPSIS TILDE", scan("== < > = ! != <= >= := ... ~"));
        assertEquals("LPAREN LBRACK LBRACE COMMA PERIOD RPAREN RBRACK RBRACE SEMICOLON:semicolon COLON",
                scan("( [ { , . ) ] } ; :"));
        // ".." is two periods
        assertEquals("PERIOD PERIOD IDENT:x SEMICOLON:EOF", scan(".. x"));
    }

    @Test
    void keywordsAndIdentifiers() {
        assertEquals("BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE VAR",
                scan("break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var")
                        .replace(" SEMICOLON:newline", ""));
        assertEquals("IDENT:_x9 IDENT:αβ IDENT:日本語 IDENT:ŝ IDENT:x١ SEMICOLON:EOF", scan("_x9 αβ 日本語 ŝ x١"));
        assertEquals("IDENT:breaker IDENT:a SEMICOLON:EOF", scan("breaker a"));
    }

    @Test
    void semicolonInsertion() {
        assertEquals("IDENT:x SEMICOLON:newline IDENT:y SEMICOLON:EOF", scan("x\ny"));
        assertEquals("INT:1 SEMICOLON:newline FLOAT:1.5 SEMICOLON:newline IMAG:2i SEMICOLON:newline CHAR:'a' SEMICOLON:newline STRING:\"s\" SEMICOLON:newline STRING:`r` SEMICOLON:EOF",
                scan("1\n1.5\n2i\n'a'\n\"s\"\n`r`"));
        assertEquals("BREAK SEMICOLON:newline CONTINUE SEMICOLON:newline FALLTHROUGH SEMICOLON:newline RETURN SEMICOLON:newline",
                scan("break\ncontinue\nfallthrough\nreturn\n"));
        assertEquals("IDENT:i INC SEMICOLON:newline IDENT:j DEC SEMICOLON:newline RPAREN SEMICOLON:newline RBRACK SEMICOLON:newline RBRACE SEMICOLON:newline",
                scan("i++\nj--\n)\n]\n}\n"));
        // no semicolon after operators, opening brackets, commas or other keywords
        assertEquals("IDENT:a ADD IDENT:b SEMICOLON:EOF", scan("a +\nb"));
        assertEquals("FUNC LPAREN RPAREN LBRACE RBRACE", scan("func (\n)\n{\n").replace("RPAREN SEMICOLON:newline", "RPAREN") + " RBRACE");
        assertEquals("IF IDENT:x SEMICOLON:newline", scan("if\nx\n"));
        // a line comment ends like a newline; the comment's newline still produces the semicolon
        assertEquals("IDENT:x SEMICOLON:newline IDENT:y SEMICOLON:EOF", scan("x // c\ny"));
        // a general comment containing a newline acts like a newline
        assertEquals("IDENT:x SEMICOLON:newline IDENT:y SEMICOLON:EOF", scan("x /* a\nb */ y"));
        // ...but not one without a newline
        assertEquals("IDENT:x IDENT:y SEMICOLON:EOF", scan("x /* a b */ y"));
        assertEquals("IDENT:x SEMICOLON:EOF", scan("x // c"));
    }

    @Test
    void numberLiterals() {
        assertEquals("INT:0 INT:42 INT:4_2 INT:0600 INT:0_600 INT:0o600 INT:0O600 INT:0xBadFace INT:0xBad_Face INT:0x_67_7a_2f_cc_40_c6 INT:0b1011 INT:0B_1_0 INT:170141183460469231731687303715884105727",
                scan("0 42 4_2 0600 0_600 0o600 0O600 0xBadFace 0xBad_Face 0x_67_7a_2f_cc_40_c6 0b1011 0B_1_0 170141183460469231731687303715884105727").replace(" SEMICOLON:EOF", ""));
        assertEquals("FLOAT:0. FLOAT:72.40 FLOAT:072.40 FLOAT:2.71828 FLOAT:1.e+0 FLOAT:6.67428e-11 FLOAT:1E6 FLOAT:.25 FLOAT:.12345E+5 FLOAT:1_5. FLOAT:0.15e+0_2",
                scan("0. 72.40 072.40 2.71828 1.e+0 6.67428e-11 1E6 .25 .12345E+5 1_5. 0.15e+0_2").replace(" SEMICOLON:EOF", ""));
        assertEquals("FLOAT:0x1p-2 FLOAT:0x2.p10 FLOAT:0x1.Fp+0 FLOAT:0X.8p-0 FLOAT:0X_1FFFP-16",
                scan("0x1p-2 0x2.p10 0x1.Fp+0 0X.8p-0 0X_1FFFP-16").replace(" SEMICOLON:EOF", ""));
        assertEquals("IMAG:0i IMAG:0123i IMAG:0o123i IMAG:0xabci IMAG:0.i IMAG:2.71828i IMAG:1.e+0i IMAG:1E6i IMAG:.25i IMAG:0x1p-2i",
                scan("0i 0123i 0o123i 0xabci 0.i 2.71828i 1.e+0i 1E6i .25i 0x1p-2i").replace(" SEMICOLON:EOF", ""));
        // as in Go, "1..." is the float "1." followed by two periods
        assertEquals("FLOAT:1. PERIOD PERIOD", scan("1...").replace(" SEMICOLON:EOF", ""));
    }

    @Test
    void numberLiteralErrors() {
        assertEquals("t.go:1:3: invalid digit '8' in octal literal", errors("018"));
        assertEquals("t.go:1:5: invalid digit '2' in binary literal", errors("0b102"));
        assertEquals("t.go:1:3: '_' must separate successive digits", errors("1__2"));
        assertEquals("t.go:1:2: '_' must separate successive digits", errors("1_"));
        assertEquals("t.go:1:3: hexadecimal literal has no digits", errors("0x"));
        assertEquals("t.go:1:6: hexadecimal mantissa requires a 'p' exponent", errors("0x1.0"));
        assertEquals("t.go:1:3: exponent has no digits", errors("1e"));
        assertEquals("t.go:1:2: 'p' exponent requires hexadecimal mantissa", errors("1p3"));
        assertEquals("t.go:1:5: 'e' exponent requires decimal mantissa", errors("0o17e3"));
        assertEquals("t.go:1:4: invalid radix point in binary literal", errors("0b1.0"));
    }

    @Test
    void stringAndRuneLiterals() {
        assertEquals("STRING:\"\" STRING:\"a\\tb\\\"c\" STRING:`raw\\n` STRING:`multi\nline`",
                scan("\"\" \"a\\tb\\\"c\" `raw\\n` `multi\nline`").replace(" SEMICOLON:EOF", ""));
        assertEquals("CHAR:'a' CHAR:'ä' CHAR:'本' CHAR:'\\t' CHAR:'\\000' CHAR:'\\007' CHAR:'\\377' CHAR:'\\x07' CHAR:'\\xff' CHAR:'\\u12e4' CHAR:'\\U00101234' CHAR:'\\'' CHAR:'\"'",
                scan("'a' 'ä' '本' '\\t' '\\000' '\\007' '\\377' '\\x07' '\\xff' '\\u12e4' '\\U00101234' '\\'' '\"'").replace(" SEMICOLON:EOF", ""));
        assertEquals("STRING:\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", scan("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"").replace(" SEMICOLON:EOF", ""));
    }

    @Test
    void stringAndRuneErrors() {
        assertEquals("t.go:1:10: newline in string", errors("x := \"abc\ny"));
        assertEquals("t.go:1:1: string not terminated", errors("`abc"));
        assertEquals("t.go:1:1: string not terminated", errors("\"abc"));
        assertEquals("t.go:1:1: rune literal not terminated", errors("'a"));
        assertEquals("t.go:1:3: newline in rune literal", errors("'a\n"));
        assertEquals("t.go:1:1: more than one character in rune literal", errors("'ab'"));
        assertEquals("t.go:1:2: empty rune literal or unescaped '", errors("''"));
        assertEquals("t.go:1:3: unknown escape", errors("\"\\q\""));
        assertEquals("t.go:1:6: octal escape value 256 > 255", errors("\"\\400\""));
        assertEquals("t.go:1:8: escape is invalid Unicode code point U+D800", errors("\"\\uD800\""));
        assertEquals("t.go:1:4: invalid character 'Z' in hexadecimal escape", errors("\"\\xZZ\""));
        assertEquals("t.go:1:4: invalid character '\\'' in octal escape", errors("'\\0'"));
        assertEquals("t.go:1:12: escape is invalid Unicode code point U+FFFFFFFF", errors("'\\UFFFFFFFF'"));
    }

    @Test
    void otherErrors() {
        assertEquals("t.go:1:6: invalid character U+0040 '@'", errors("x := @"));
        assertEquals("t.go:1:1: comment not terminated", errors("/* abc"));
        assertEquals("t.go:1:1: identifier cannot begin with digit U+0661 '١'", errors("١x"));
        assertEquals("t.go:1:3: invalid character U+00B7 '·' in identifier", errors("ab·c"));
        assertEquals("t.go:2:2: invalid BOM in the middle of the file", errors("x\n \uFEFF"));
        assertEquals("t.go:1:2: invalid NUL character", errors("x\0"));
    }

    @Test
    void invalidUtf8() {
        Diagnostics d = new Diagnostics();
        Scanner sc = new Scanner("t.go", new byte[] {'a', ' ', (byte) 0xff, ' ', 'b'}, d);
        sc.next();
        assertEquals(Token.IDENT, sc.tok);
        sc.next();
        assertEquals("b", sc.lit);
        assertEquals("t.go:1:3: invalid UTF-8 encoding\n", d.format());
    }

    @Test
    void bomAtStartIsSkipped() {
        assertEquals("PACKAGE IDENT:p SEMICOLON:EOF", scan("\uFEFFpackage p"));
    }

    @Test
    void positionsCountBytes() {
        Diagnostics d = new Diagnostics();
        Scanner sc = new Scanner("t.go", "é x\n\ty".getBytes(StandardCharsets.UTF_8), d);
        sc.next();
        assertEquals(1, sc.col);
        sc.next();
        assertEquals(4, sc.col); // é is two bytes
        sc.next(); // newline
        sc.next();
        assertEquals(2, sc.line);
        assertEquals(2, sc.col);
    }
}
