package golc.ir;

import golc.syntax.Pos;
import golc.types.Signature;

import java.util.ArrayList;
import java.util.List;

/**
 * One function body in core IR, compiled to the static method {@code symbol} of {@code go/<pkg>/package}.
 *
 * <p>JVM parameters, in order: {@link #captures()} (lifted closures only; a boxed capture is passed as its
 * cell), {@link #receiver()} (methods only), {@link #params()}. At entry codegen moves boxed parameters
 * into fresh cells and zeroes the {@link #results()}. The return value follows TEAM.md: none, the single
 * result, or an {@code Object[]} of the boxed results.
 *
 * <p>{@link #hasDefer()}: the body contains {@link Stmt.Defer}. Codegen then runs the body under a handler:
 * on a Go panic (or a JVM fault turned into one) and at every {@link Stmt.Return} it runs the deferred calls
 * of this frame LIFO; if the panic is still active afterwards it propagates, otherwise the function returns
 * the current values of {@link #results()} (deferred closures may have changed them). Lowering guarantees
 * that in such functions every {@code Return} has no values (results were assigned before).
 */
public final class IrFunc {
    private final String pkgPath;
    private final String symbol;
    private final Signature sig;
    private final Pos pos;
    private final List<Local> captures = new ArrayList<>();
    private Local receiver;
    private final List<Local> params = new ArrayList<>();
    private final List<Local> results = new ArrayList<>();
    private final List<Local> locals = new ArrayList<>();
    private Stmt.Block body;
    private boolean isNative;
    private boolean hasDefer;
    private boolean usesRecover;
    private String outer;

    public IrFunc(String pkgPath, String symbol, Signature sig, Pos pos) {
        this.pkgPath = pkgPath;
        this.symbol = symbol;
        this.sig = sig;
        this.pos = pos;
    }

    public String pkgPath() { return pkgPath; }
    /** Go symbol with {@code ·} for {@code .}: {@code f}, {@code T·M}, {@code (*T)·M}, {@code main·func1}. */
    public String symbol() { return symbol; }
    /** Go signature; for methods with the receiver. Lifted closures: the func literal's type. */
    public Signature sig() { return sig; }
    /** Position of the declaration (or func literal). */
    public Pos pos() { return pos; }
    /** Captured variables of a lifted closure, in the order of {@link Expr.MakeClosure#captures()}. */
    public List<Local> captures() { return captures; }
    public Local receiver() { return receiver; }
    public void setReceiver(Local r) { this.receiver = r; }
    public List<Local> params() { return params; }
    /** One local per result (unnamed results get {@code ~rN}). */
    public List<Local> results() { return results; }
    /** All other locals (VAR and TEMP) declared by {@link Stmt.Decl} somewhere in the body. */
    public List<Local> locals() { return locals; }
    /** Null for native functions. */
    public Stmt.Block body() { return body; }
    public void setBody(Stmt.Block b) { this.body = b; }
    /** A body-less Go declaration bound to {@code golc.rt.std.<pkg>.Natives.<symbol>}. */
    public boolean isNative() { return isNative; }
    public void setNative(boolean n) { this.isNative = n; }
    public boolean hasDefer() { return hasDefer; }
    public void setHasDefer(boolean d) { this.hasDefer = d; }
    /** The body calls {@code recover()}: codegen/runtime decide whether it is called directly by a deferred call. */
    public boolean usesRecover() { return usesRecover; }
    public void setUsesRecover(boolean u) { this.usesRecover = u; }
    /** For lifted closures and wrappers: the symbol of the enclosing function; else null. */
    public String outer() { return outer; }
    public void setOuter(String o) { this.outer = o; }

    /** A reference to this function for calls and func values. */
    public FuncSym sym() {
        return new FuncSym(pkgPath, symbol, sig, isNative);
    }

    @Override
    public String toString() {
        return pkgPath + "." + symbol;
    }
}
