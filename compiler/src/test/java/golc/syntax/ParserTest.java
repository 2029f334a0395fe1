package golc.syntax;

import golc.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParserTest {

    private static File parse(String src) {
        Diagnostics d = new Diagnostics();
        File f = Parser.parseFile("t.go", src.getBytes(StandardCharsets.UTF_8), d);
        assertFalse(d.hasErrors(), () -> d.format());
        return f;
    }

    /** The dump of the single statement in {@code func f() { stmt }}. */
    private static String stmt(String s) {
        File f = parse("package p\nfunc f() {\n" + s + "\n}\n");
        Decl.FuncDecl fd = (Decl.FuncDecl) f.decls.get(0);
        assertEquals(1, fd.body.list.size(), "statements");
        return AstDump.dump(fd.body.list.get(0));
    }

    private static String expr(String e) {
        File f = parse("package p\nvar _ = " + e + "\n");
        Spec.ValueSpec vs = (Spec.ValueSpec) ((Decl.GenDecl) f.decls.get(0)).specs.get(0);
        return AstDump.dump(vs.values.get(0));
    }

    private static String decl(String d) {
        File f = parse("package p\n" + d + "\n");
        return AstDump.dump(f.decls.get(0));
    }

    @Test
    void packageAndImports() {
        File f = parse("package main\n\nimport (\n\t\"fmt\"\n\tm \"math\"\n\t. \"strings\"\n\t_ \"os\"\n)\nimport \"a/b\"\n");
        assertEquals("main", f.name.name);
        assertEquals(5, f.imports.size());
        assertEquals("fmt", f.imports.get(0).importPath());
        assertNull(f.imports.get(0).name);
        assertEquals("m", f.imports.get(1).name.name);
        assertEquals(".", f.imports.get(2).name.name);
        assertEquals("_", f.imports.get(3).name.name);
        assertEquals("a/b", f.imports.get(4).importPath());
        assertEquals(2, f.decls.size());
        assertTrue(((Decl.GenDecl) f.decls.get(0)).isGrouped());
        assertFalse(((Decl.GenDecl) f.decls.get(1)).isGrouped());
    }

    @Test
    void binaryPrecedenceAndUnary() {
        assertEquals("(BinaryExpr a + (BinaryExpr b * c))", expr("a + b*c"));
        assertEquals("(BinaryExpr (BinaryExpr a || (BinaryExpr b && c)) || d)", expr("a || b && c || d"));
        assertEquals("(BinaryExpr (BinaryExpr a == b) && (BinaryExpr c < (BinaryExpr d &^ e)))", expr("a == b && c < d&^e"));
        assertEquals("(UnaryExpr - (UnaryExpr ^ x))", expr("-^x"));
        assertEquals("(UnaryExpr <- ch)", expr("<-ch"));
        assertEquals("(UnaryExpr & (CompositeLit T []))", expr("&T{}"));
        assertEquals("(StarExpr p)", expr("*p"));
        assertEquals("(BinaryExpr (BinaryExpr a << 2) >> b)", expr("a << 2 >> b"));
    }

    @Test
    void primaryExpressions() {
        assertEquals("(CallExpr (SelectorExpr fmt Println) [a b] nil)", expr("fmt.Println(a, b)"));
        assertEquals("(CallExpr f [xs] ...)", expr("f(xs...)"));
        Expr.CallExpr c = (Expr.CallExpr) ((Spec.ValueSpec) ((Decl.GenDecl) parse("package p\nvar _ = f(a, xs...)\n")
                .decls.get(0)).specs.get(0)).values.get(0);
        assertTrue(c.hasEllipsis());
        assertEquals(2, c.args.size());
        assertEquals("(IndexExpr a i)", expr("a[i]"));
        assertEquals("(SliceExpr s nil nil nil false)", expr("s[:]"));
        assertEquals("(SliceExpr s 1 n nil false)", expr("s[1:n]"));
        assertEquals("(SliceExpr s lo hi max true)", expr("s[lo:hi:max]"));
        assertEquals("(TypeAssertExpr x (StarExpr T))", expr("x.(*T)"));
        assertEquals("(ParenExpr (BinaryExpr a + b))", expr("(a + b)"));
        assertEquals("(CallExpr (SelectorExpr (ParenExpr (StarExpr T)) M) [p] nil)", expr("(*T).M(p)"));
    }

    @Test
    void genericInstantiation() {
        assertEquals("(IndexExpr f int)", expr("f[int]"));
        assertEquals("(CallExpr (IndexListExpr Map [int string]) [xs g] nil)", expr("Map[int, string](xs, g)"));
        assertEquals("(CompositeLit (IndexListExpr Pair [K V]) [])", expr("Pair[K, V]{}"));
        assertEquals("(IndexExpr m (ArrayType nil int))", expr("m[[]int]"));
    }

    @Test
    void compositeLiterals() {
        assertEquals("(CompositeLit (ArrayType nil int) [1 2 3])", expr("[]int{1, 2, 3}"));
        assertEquals("(CompositeLit (ArrayType (Ellipsis nil) string) [a])", expr("[...]string{a}"));
        assertEquals("(CompositeLit (MapType string (ArrayType nil int)) [(KeyValueExpr \"a\" (CompositeLit nil [1]))])",
                expr("map[string][]int{\"a\": {1}}"));
        assertEquals("(CompositeLit (SelectorExpr pkg T) [(KeyValueExpr X 1)])", expr("pkg.T{X: 1}"));
        assertEquals("(CompositeLit (StructType (FieldList [(Field [a] int nil)])) [1])", expr("struct{ a int }{1}"));
    }

    @Test
    void compositeLiteralInHeaderIsBlock() {
        // In if/for/switch headers, T{ starts the block, not a composite literal.
        String s = stmt("if x == T {\n}");
        assertEquals("(IfStmt nil (BinaryExpr x == T) (BlockStmt []) nil)", s);
        // Parenthesised, it is a literal.
        assertEquals("(IfStmt nil (BinaryExpr x == (ParenExpr (CompositeLit T []))) (BlockStmt []) nil)",
                stmt("if x == (T{}) {\n}"));
        // Inside brackets or calls it is a literal too.
        assertEquals("(ForStmt nil (CallExpr f [(CompositeLit T [])] nil) nil (BlockStmt []))", stmt("for f(T{}) {\n}"));
        assertEquals("(RangeStmt _ x := (CompositeLit (ArrayType nil int) [1]) (BlockStmt []))",
                stmt("for _, x := range []int{1} {\n}"));
    }

    @Test
    void funcLiteralAndTypes() {
        assertEquals("(FuncLit (FuncType nil (FieldList [(Field [x y] int nil)]) (FieldList [(Field [] error nil)])) (BlockStmt [(ReturnStmt [nil])]))",
                expr("func(x, y int) error { return nil }"));
        assertEquals("(FuncType nil (FieldList [(Field [] int nil) (Field [] (Ellipsis string) nil)]) (FieldList [(Field [n] int nil) (Field [err] error nil)]))",
                expr("(func(int, ...string) (n int, err error))(nil)").replaceAll("^\\(CallExpr \\(ParenExpr (.*)\\) \\[nil\\] nil\\)$", "$1"));
        assertEquals("(ChanType RECV (ChanType BOTH int))", AstDump.dump(typeOf("<-chan chan int")));
        assertEquals("(ChanType SEND int)", AstDump.dump(typeOf("chan<- int")));
        // Parentheses in types are kept, as in go/ast.
        assertEquals("(ChanType BOTH (ParenExpr (ChanType RECV int)))", AstDump.dump(typeOf("chan (<-chan int)")));
        assertEquals("(MapType string (StarExpr T))", AstDump.dump(typeOf("map[string]*T")));
        assertEquals("(ArrayType 4 (ArrayType nil byte))", AstDump.dump(typeOf("[4][]byte")));
    }

    private static Expr typeOf(String t) {
        File f = parse("package p\nvar _ " + t + "\n");
        return ((Spec.ValueSpec) ((Decl.GenDecl) f.decls.get(0)).specs.get(0)).type;
    }

    @Test
    void structAndInterfaceTypes() {
        assertEquals("(StructType (FieldList [(Field [a b] int nil) (Field [] T nil) (Field [] (StarExpr (SelectorExpr p U)) nil) (Field [c] string `json:\"c\"`) (Field [] (IndexExpr G int) nil)]))",
                AstDump.dump(typeOf("struct { a, b int; T; *p.U; c string `json:\"c\"`; G[int] }")));
        assertEquals("(InterfaceType (FieldList [(Field [] fmt.Stringer nil) (Field [M] (FuncType nil (FieldList [(Field [] int nil)]) (FieldList [(Field [] bool nil)])) nil)]))"
                        .replace("fmt.Stringer", "(SelectorExpr fmt Stringer)"),
                AstDump.dump(typeOf("interface { fmt.Stringer; M(int) bool }")));
        assertEquals("(InterfaceType (FieldList [(Field [] (BinaryExpr (BinaryExpr (UnaryExpr ~ int) | string) | (UnaryExpr ~ float64)) nil)]))",
                AstDump.dump(typeOf("interface{ ~int | string | ~float64 }")));
    }

    @Test
    void typeDeclarations() {
        assertEquals("(GenDecl type [(TypeSpec T nil int)])", decl("type T int"));
        Spec.TypeSpec alias = (Spec.TypeSpec) ((Decl.GenDecl) parse("package p\ntype A = B\n").decls.get(0)).specs.get(0);
        assertTrue(alias.isAlias());
        assertEquals("(GenDecl type [(TypeSpec List (FieldList [(Field [T] any nil)]) (StructType (FieldList [(Field [next] (StarExpr (IndexExpr List T)) nil)])))])",
                decl("type List[T any] struct { next *List[T] }"));
        assertEquals("(GenDecl type [(TypeSpec M (FieldList [(Field [K] comparable nil) (Field [V] any nil)]) (MapType K V))])",
                decl("type M[K comparable, V any] map[K]V"));
        assertEquals("(GenDecl type [(TypeSpec P (FieldList [(Field [T] (StarExpr C) nil)]) int)])", decl("type P[T *C,] int"));
        assertEquals("(GenDecl type [(TypeSpec N (FieldList [(Field [T] (BinaryExpr (UnaryExpr ~ int) | string) nil)]) (ArrayType nil T))])",
                decl("type N[T ~int | string] []T"));
        // Array types whose length is an expression.
        assertEquals("(GenDecl type [(TypeSpec A nil (ArrayType (BinaryExpr N * 2) int))])", decl("type A [N * 2]int"));
        assertEquals("(GenDecl type [(TypeSpec A nil (ArrayType N int))])", decl("type A [N]int"));
    }

    @Test
    void funcAndMethodDeclarations() {
        assertEquals("(FuncDecl nil Map (FuncType (FieldList [(Field [T U] any nil)]) (FieldList [(Field [xs] (ArrayType nil T) nil) (Field [f] (FuncType nil (FieldList [(Field [] T nil)]) (FieldList [(Field [] U nil)])) nil)]) (FieldList [(Field [] (ArrayType nil U) nil)])) (BlockStmt []))",
                decl("func Map[T, U any](xs []T, f func(T) U) []U {}"));
        assertEquals("(FuncDecl (FieldList [(Field [p] (StarExpr (IndexExpr List T)) nil)]) Push (FuncType nil (FieldList [(Field [v] T nil)]) nil) (BlockStmt []))",
                decl("func (p *List[T]) Push(v T) {}"));
        Decl.FuncDecl native_ = (Decl.FuncDecl) parse("package p\nfunc writeFd(fd int, b []byte) int\n").decls.get(0);
        assertNull(native_.body);
        assertFalse(native_.isMethod());
    }

    @Test
    void constAndVar() {
        File f = parse("package p\nconst (\n\tA = iota\n\tB\n\tC string = \"c\"\n)\nvar x, y int = 1, 2\nvar z = 3\n");
        Decl.GenDecl cd = (Decl.GenDecl) f.decls.get(0);
        assertEquals(Token.CONST, cd.tok);
        assertEquals(2, ((Spec.ValueSpec) cd.specs.get(2)).iota);
        assertEquals("(GenDecl const [(ValueSpec [A] nil [iota] 0) (ValueSpec [B] nil [] 1) (ValueSpec [C] string [\"c\"] 2)])", AstDump.dump(cd));
        assertEquals("(GenDecl var [(ValueSpec [x y] int [1 2] 0)])", AstDump.dump(f.decls.get(1)));
        assertEquals("(GenDecl var [(ValueSpec [z] nil [3] 0)])", AstDump.dump(f.decls.get(2)));
    }

    @Test
    void simpleStatements() {
        assertEquals("(AssignStmt [a b] := [1 2])", stmt("a, b := 1, 2"));
        assertEquals("(AssignStmt [x] += [1])", stmt("x += 1"));
        assertEquals("(AssignStmt [x] &^= [m])", stmt("x &^= m"));
        assertEquals("(IncDecStmt (IndexExpr a i) ++)", stmt("a[i]++"));
        assertEquals("(SendStmt ch v)", stmt("ch <- v"));
        assertEquals("(ExprStmt (UnaryExpr <- ch))", stmt("<-ch"));
        assertEquals("(ExprStmt (CallExpr f [] nil))", stmt("f()"));
        assertEquals("(DeclStmt (GenDecl var [(ValueSpec [x] int [] 0)]))", stmt("var x int"));
    }

    @Test
    void controlStatements() {
        assertEquals("(IfStmt (AssignStmt [x] := [(CallExpr f [] nil)]) (BinaryExpr x > 0) (BlockStmt []) (IfStmt nil y (BlockStmt []) (BlockStmt [])))",
                stmt("if x := f(); x > 0 {\n} else if y {\n} else {\n}"));
        assertEquals("(ForStmt (AssignStmt [i] := [0]) (BinaryExpr i < n) (IncDecStmt i ++) (BlockStmt [(BranchStmt continue nil)]))",
                stmt("for i := 0; i < n; i++ { continue }"));
        assertEquals("(ForStmt nil nil nil (BlockStmt [(BranchStmt break nil)]))", stmt("for { break }"));
        assertEquals("(RangeStmt k v = m (BlockStmt []))", stmt("for k, v = range m {}"));
        assertEquals("(RangeStmt nil nil nil ch (BlockStmt []))", stmt("for range ch {}"));
        assertEquals("(SwitchStmt (AssignStmt [x] := [1]) x [(CaseClause [1 2] [(BranchStmt fallthrough nil)]) (CaseClause [] [])])",
                stmt("switch x := 1; x {\ncase 1, 2:\n\tfallthrough\ndefault:\n}"));
        assertEquals("(SwitchStmt nil nil [(CaseClause [(BinaryExpr a > b)] [])])", stmt("switch {\ncase a > b:\n}"));
        assertEquals("(TypeSwitchStmt nil v (TypeAssertExpr x nil) [(CaseClause [int nil] []) (CaseClause [] [])])",
                stmt("switch v := x.(type) {\ncase int, nil:\ndefault:\n}"));
        assertEquals("(TypeSwitchStmt (AssignStmt [y] := [1]) nil (TypeAssertExpr x nil) [])", stmt("switch y := 1; x.(type) {\n}"));
        assertEquals("(SelectStmt [(CommClause (AssignStmt [v ok] := [(UnaryExpr <- c)]) []) (CommClause (SendStmt d 1) []) (CommClause (ExprStmt (UnaryExpr <- e)) []) (CommClause nil [])])",
                stmt("select {\ncase v, ok := <-c:\ncase d <- 1:\ncase <-e:\ndefault:\n}"));
        assertEquals("(GoStmt (CallExpr (FuncLit (FuncType nil (FieldList []) nil) (BlockStmt [])) [] nil))", stmt("go func() {}()"));
        assertEquals("(DeferStmt (CallExpr (SelectorExpr mu Unlock) [] nil))", stmt("defer mu.Unlock()"));
        assertEquals("(ReturnStmt [])", stmt("return"));
        assertEquals("(BlockStmt [(ExprStmt x)])", stmt("{ x }"));
    }

    @Test
    void labelsAndGoto() {
        File f = parse("package p\nfunc f() {\nL:\n\tfor {\n\t\tbreak L\n\t}\n\tgoto M\nM:\n}\n");
        Decl.FuncDecl fd = (Decl.FuncDecl) f.decls.get(0);
        assertEquals("(LabeledStmt L (ForStmt nil nil nil (BlockStmt [(BranchStmt break L)])))", AstDump.dump(fd.body.list.get(0)));
        assertEquals("(BranchStmt goto M)", AstDump.dump(fd.body.list.get(1)));
        assertEquals("(LabeledStmt M (EmptyStmt true))", AstDump.dump(fd.body.list.get(2)));
    }

    @Test
    void methodExpressionAndConversions() {
        assertEquals("(CallExpr (SelectorExpr T M) [t] nil)", expr("T.M(t)"));
        assertEquals("(CallExpr (ArrayType nil byte) [s] nil)", expr("[]byte(s)"));
        assertEquals("(CallExpr (ParenExpr (StarExpr int)) [p] nil)", expr("(*int)(p)"));
        assertEquals("(CallExpr (ParenExpr (ChanType RECV int)) [c] nil)", expr("(<-chan int)(c)"));
        assertEquals("(CallExpr (ParenExpr (FuncType nil (FieldList []) nil)) [f] nil)", expr("(func())(f)"));
        // func()(f) is a function type with a parenthesised result list
        assertEquals("(FuncType nil (FieldList []) (FieldList [(Field [] f nil)]))", expr("func()(f)"));
    }

    @Test
    void positionsAreStartPositionsAndClosingBraceIsKept() {
        File f = parse("package p\n\nfunc f() int {\n\tx := a + b\n\treturn x\n}\n");
        Decl.FuncDecl fd = (Decl.FuncDecl) f.decls.get(0);
        assertEquals(new Pos("t.go", 3, 1), fd.pos());
        assertEquals(new Pos("t.go", 6, 1), fd.body.rbrace);
        Stmt.AssignStmt as = (Stmt.AssignStmt) fd.body.list.get(0);
        assertEquals(new Pos("t.go", 4, 2), as.pos());
        assertEquals(new Pos("t.go", 4, 4), as.tokPos);
        Expr.BinaryExpr be = (Expr.BinaryExpr) as.rhs.get(0);
        assertEquals(new Pos("t.go", 4, 7), be.pos());
        assertEquals(new Pos("t.go", 4, 9), be.opPos);
    }

    @Test
    void nodesHaveIdentity() {
        File f = parse("package p\nvar a, a = 1, 1\n");
        Spec.ValueSpec vs = (Spec.ValueSpec) ((Decl.GenDecl) f.decls.get(0)).specs.get(0);
        assertFalse(vs.names.get(0).equals(vs.names.get(1)));
        assertSame(vs.names.get(0), vs.names.get(0));
    }

    @Test
    void literalsWithLexicalErrorsAreMarkedBad() {
        Diagnostics d = new Diagnostics();
        File f = Parser.parseFile("t.go", "package p\nvar a, b = 0x1.0, 1\n".getBytes(StandardCharsets.UTF_8), d);
        assertTrue(d.hasErrors());
        assertFalse(d.hasSyntaxErrors()); // gc would go on to type-check this file
        Spec.ValueSpec vs = (Spec.ValueSpec) ((Decl.GenDecl) f.decls.get(0)).specs.get(0);
        assertTrue(((Expr.BasicLit) vs.values.get(0)).bad);
        assertFalse(((Expr.BasicLit) vs.values.get(1)).bad);
    }

    @Test
    void typeCheckerErrorsOfTheParserAreDroppedAfterSyntaxErrors() {
        Diagnostics d = new Diagnostics();
        Parser.parseFile("t.go", "package p\nfunc f() {\n\tfor a, b, c := range s {\n\t}\n".getBytes(StandardCharsets.UTF_8), d);
        // gc stops before type checking, so only the syntax error at EOF is reported
        assertEquals("t.go:5:1: syntax error: unexpected EOF, expecting }\n", d.format());
    }

    @Test
    void lineDirectivesMapPositionsAsInGc() {
        String src = "package p\n\n//line foo.go:10\nvar a = @\n/*line bar.go:5:3*/var b = @\nvar c = @\n"
                + "//line :20:4\nvar d = @\n//line baz.go:x\n";
        Diagnostics d = new Diagnostics();
        File f = Parser.parseFile("ld.go", src.getBytes(StandardCharsets.UTF_8), d);
        // Output checked against gc 1.19 (which sorts foo.go first: it orders by directive, not name).
        assertEquals("bar.go:5:3: syntax error: unexpected var, expecting expression\n"
                + "bar.go:5:11: invalid character U+0040 '@'\n"
                + "bar.go:6:9: invalid character U+0040 '@'\n"
                + "bar.go:20:12: invalid character U+0040 '@'\n"
                + "bar.go:21:15: invalid line number: x\n"
                + "foo.go:10: invalid character U+0040 '@'\n", d.format());
        assertEquals(new Pos("foo.go", 10, 0), ((Decl.GenDecl) f.decls.get(0)).pos()); // column unknown
        assertEquals("ld.go", f.path);
        // A //line comment not at the start of a line is an ordinary comment.
        Diagnostics d2 = new Diagnostics();
        Parser.parseFile("x.go", "package p\nvar x = 1 //line foo.go:10\nvar y = @\n".getBytes(StandardCharsets.UTF_8), d2);
        assertEquals("x.go:3:9: invalid character U+0040 '@'\n", d2.format());
    }
}
