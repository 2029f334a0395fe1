package golc.ir;

import golc.types.Signature;

/** What a {@link Stmt.Call} calls. Arguments are always in the JVM order of the callee. */
public sealed interface Callee {

    /** A top-level function or method body; for methods the receiver is the first argument. */
    record Static(FuncSym fn) implements Callee {}

    /** A func value ({@code golc.rt.Func}); nil: panic. Arguments are the Go arguments. */
    record Dynamic(Expr fn, Signature sig) implements Callee {}

    /**
     * Interface method call: {@code recv} is an interface value (nil: panic), the arguments are the Go
     * arguments; codegen does invokeinterface on the method interface of {@code method}.
     */
    record Iface(Expr recv, MethodSig method) implements Callee {}

    /** A built-in with effects (not {@code op.pure}); see {@link BuiltinOp} for the arguments. */
    record Builtin(BuiltinOp op) implements Callee {}
}
