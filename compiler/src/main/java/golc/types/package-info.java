/**
 * The type checker (modelled on go/types and gc's types2, Go 1.19 semantics and messages).
 *
 * <p>Entry point: {@link golc.types.Checker#check(String, java.util.List, golc.types.Importer,
 * golc.diag.Diagnostics)} type-checks the files of one package and returns a {@link golc.types.Package};
 * imports are resolved through {@link golc.types.Importer} (already checked packages). The checker
 * never throws on bad input; errors go to the Diagnostics with gc's wording and positions.
 *
 * <p>What later phases read, all from {@link golc.types.Package#info()} ({@link golc.types.Info}):
 * <ul>
 *   <li>type, mode and constant value of any expression: {@code info.types.get(expr)} →
 *       {@link golc.types.TypeAndValue} ({@code type()}, {@code mode()}, {@code value()} a
 *       {@link golc.types.Constant} already converted to the expression's final type), or
 *       {@code info.typeOf(expr)} / {@code info.valueOf(expr)};</li>
 *   <li>the object an identifier declares or denotes: {@code info.defs}, {@code info.uses},
 *       {@code info.objectOf(ident)} ({@link golc.types.Var}, {@link golc.types.Const},
 *       {@link golc.types.TypeName}, {@link golc.types.Func}, {@link golc.types.PkgName},
 *       {@link golc.types.Builtin}, {@link golc.types.Nil}, {@link golc.types.Label});</li>
 *   <li>objects without identifiers: {@code info.implicits} (type switch clause variables by CaseClause,
 *       import names by ImportSpec, unnamed parameters by Field, embedded fields by type expression);</li>
 *   <li>selectors: {@code info.selections.get(selectorExpr)} → {@link golc.types.Selection} (field,
 *       method value or method expression; index path through embedded fields; indirect);
 *       qualified identifiers {@code pkg.Name} are plain uses;</li>
 *   <li>generic instantiations: {@code info.instances.get(ident)} → {@link golc.types.Instance} (type
 *       arguments, instantiated Signature or Named); methods of instances come substituted from
 *       {@link golc.types.Named#methods()}, with {@link golc.types.Func#origin()} the generic one;</li>
 *   <li>package variable initialisation order: {@link golc.types.Package#initOrder()} (list of
 *       {@link golc.types.Initializer}), init functions: {@link golc.types.Package#initFuncs()};</li>
 *   <li>scopes of blocks and functions: {@code info.scopes}.</li>
 * </ul>
 * Utilities: {@link golc.types.Predicates} (identical, comparable, core types),
 * {@link golc.types.Lookup} (field/method lookup, missing methods), {@link golc.types.MethodSet},
 * {@link golc.types.TypeString} (message style and %T reflect style), {@link golc.types.Universe}.
 */
package golc.types;
