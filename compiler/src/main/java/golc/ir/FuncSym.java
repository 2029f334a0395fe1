package golc.ir;

import golc.types.Signature;

/**
 * A reference to a top-level function body: static method {@code symbol} of class
 * {@code go/<pkgPath>/package}. {@code sig} is the Go signature; for methods it has the receiver, which is
 * the first JVM parameter. Lifted closures take their captures as leading parameters (see
 * {@link IrFunc}). A {@code isNative} function is bound to {@code golc.rt.std.<pkgPath>.Natives.<symbol>}.
 */
public record FuncSym(String pkgPath, String symbol, Signature sig, boolean isNative) {

    @Override
    public String toString() {
        return pkgPath + "." + symbol;
    }
}
