package golc.ir;

import java.util.List;

/**
 * One Go package in core IR.
 *
 * @param path          import path ({@code main}, {@code unicode/utf8}); JVM package {@code go/<path>}
 * @param name          package name as declared
 * @param globals       package-level variables (blank ones excluded), zero-initialised by codegen
 * @param init          the package initialiser, symbol {@code init}: variable initialisers in the
 *                      checker's init order, then calls of the {@code init} functions in source order
 * @param funcs         every function body of the package: functions, methods, user {@code init·N},
 *                      lifted closures and wrappers made by lowering (method values, promoted methods),
 *                      plus {@link IrFunc#isNative() native} declarations
 * @param types         every defined type declared in the package (package level and local), with methods
 * @param ifaceMethods  every interface method signature of an interface type used in this package,
 *                      deduplicated by {@link MethodSig#key()}
 */
public record IrPackage(String path, String name, List<Global> globals, IrFunc init, List<IrFunc> funcs,
                        List<TypeDecl> types, List<MethodSig> ifaceMethods) {

    /** The function with Go symbol {@code symbol}, or null. */
    public IrFunc func(String symbol) {
        if (init.symbol().equals(symbol)) return init;
        for (IrFunc f : funcs) if (f.symbol().equals(symbol)) return f;
        return null;
    }
}
