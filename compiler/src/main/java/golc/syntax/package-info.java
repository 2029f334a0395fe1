/**
 * Go source to syntax trees: {@link golc.syntax.Scanner}, {@link golc.syntax.Parser} (entry point
 * {@link golc.syntax.Parser#parseFile}), the AST, and helpers ({@link golc.syntax.Literals},
 * {@link golc.syntax.Printer}, {@link golc.syntax.Walk}).
 *
 * <p>The scanner and parser are ports of gc's {@code cmd/compile/internal/syntax}, so that lexical
 * and syntax errors, their positions, and error recovery match {@code go build} exactly. The tree they
 * build has go/ast's shape ({@link golc.syntax.Expr}, {@link golc.syntax.Stmt},
 * {@link golc.syntax.Decl}, {@link golc.syntax.Spec} hold the node classes). Conventions:
 * <ul>
 *   <li>Nodes are final classes with public final fields and identity equality. {@code pos()} is the
 *       start position (types2's {@code StartPos}, which is where gc reports type errors); nodes also
 *       keep operator, bracket and closing-brace positions. Positions are 1-based, columns in bytes.</li>
 *   <li>Lists are never null. Optional children are null (documented per field).</li>
 *   <li>Parentheses are kept as {@link golc.syntax.Expr.ParenExpr}, in types too: unparen before
 *       classifying an expression.</li>
 *   <li>{@code x.(type)} is a {@link golc.syntax.Expr.TypeAssertExpr} with a null type. As in gc, the
 *       parser accepts it anywhere; the checker rejects it outside a type switch. Type switches are
 *       {@link golc.syntax.Stmt.TypeSwitchStmt} (optional {@code lhs} and the guard).</li>
 *   <li>{@code default:} clauses: {@link golc.syntax.Stmt.CaseClause} with an empty list,
 *       {@link golc.syntax.Stmt.CommClause} with a null comm. Select cases are not validated by the
 *       parser (gc checks them in the type checker).</li>
 *   <li>Generic instantiation {@code f[int]} is an {@link golc.syntax.Expr.IndexExpr} (one argument) or
 *       {@link golc.syntax.Expr.IndexListExpr}; constraints use {@code BinaryExpr(|)} and
 *       {@code UnaryExpr(~)}; type parameters are in {@code FuncType.typeParams} and
 *       {@code TypeSpec.typeParams}.</li>
 *   <li>Labels and branches ({@code break}/{@code continue}/{@code goto}/{@code fallthrough}) are checked
 *       by the parser, as gc does; the type checker must not report those errors again.</li>
 *   <li>Left to the type checker, as in gc: missing function bodies (body-less declarations are how
 *       natives are declared), import path validity, {@code .(type)} outside switches, select case
 *       forms, non-name left-hand sides of {@code :=}.</li>
 *   <li>Identifier names and literal text are Java strings decoded from the UTF-8 source; literal
 *       values come from {@link golc.syntax.Literals} (strings as golc byte-strings).</li>
 * </ul>
 */
package golc.syntax;
