package golc.ir;

import golc.types.Type;

import java.util.List;
import java.util.function.Consumer;

/**
 * A core-IR expression: a tree of operations that contains no calls (calls are {@link Stmt.Call}
 * statements whose results land in locals), so the JVM operand stack is empty at every call. Evaluation
 * has no side effects other than Go run-time panics (nil dereference, bounds, division by zero, failed
 * type assertion), so codegen may evaluate operands left to right.
 *
 * <p>Every expression has a Go type ({@link #type()}). Values of struct and array type are JVM
 * objects, and a variable (local, global, field, element) of such a type <em>is</em> its object:
 * {@link Stmt.Assign} to a struct/array target copies the value into the target's existing object
 * (so pointers to it stay valid), while every place that creates a new variable ({@link Stmt.Decl},
 * call arguments and receivers, results, composite elements, map stores, sends, append elements) gets a
 * value that is fresh: lowering wraps shared values in {@link Copy}. Codegen copies only on
 * {@code Assign} to a struct/array target and when boxing a struct into an interface.
 *
 * <p>Addressable expressions (assignment targets, {@link AddrOf} operands): {@link LocalRef},
 * {@link GlobalRef}, {@link Field}, {@link Index} of array, pointer-to-array or slice, {@link Deref}.
 * {@link Index} of a map is also an assignment target (map store), never an {@code AddrOf} operand.
 * {@code AddrOf(LocalRef l)} occurs only for boxed locals and locals of struct or array type (whose
 * object serves as the address: for a struct the pointer is the object itself).
 */
public sealed interface Expr {
    Type type();

    /**
     * Calls {@code f} on each operand expression of {@code e}, left to right (none for leaves; the captures
     * of a {@link MakeClosure} are locals, not operands). Passes that look for one kind of node walk the
     * rest of the tree through this, so a new expression kind is taught to them in one place.
     */
    static void forEachOperand(Expr e, Consumer<Expr> f) {
        if (e instanceof Unary u) {
            f.accept(u.x());
        } else if (e instanceof Binary b) {
            f.accept(b.x());
            f.accept(b.y());
        } else if (e instanceof Convert c) {
            f.accept(c.x());
        } else if (e instanceof TypeAssert t) {
            f.accept(t.x());
        } else if (e instanceof TypeIs t) {
            f.accept(t.x());
        } else if (e instanceof Field fl) {
            f.accept(fl.x());
        } else if (e instanceof Index i) {
            f.accept(i.x());
            f.accept(i.index());
        } else if (e instanceof SliceExpr s) {
            f.accept(s.x());
            if (s.lo() != null) f.accept(s.lo());
            if (s.hi() != null) f.accept(s.hi());
            if (s.max() != null) f.accept(s.max());
        } else if (e instanceof Deref d) {
            f.accept(d.x());
        } else if (e instanceof AddrOf a) {
            f.accept(a.x());
        } else if (e instanceof Copy c) {
            f.accept(c.x());
        } else if (e instanceof Builtin b) {
            b.args().forEach(f);
        }
    }

    /**
     * A constant of {@code type} (any typed basic type, or a named type whose underlying type is basic).
     * Value: {@link Long} for every integer type (the two's-complement bits: uint64 max is -1L, uint8
     * values 0..255, int32 sign-extended); {@link Double} for float32/float64 (already rounded to
     * float32 for float32); {@link Boolean}; {@link String} holding bytes, one char per byte;
     * {@code double[]{re, im}} for complex types.
     */
    record Const(Type type, Object value) implements Expr {}

    /** The zero value of {@code type}: nil, 0, "", false, or a freshly allocated zero struct/array. */
    record Zero(Type type) implements Expr {}

    record LocalRef(Local local) implements Expr {
        public Type type() { return local.type(); }
    }

    record GlobalRef(Global global) implements Expr {
        public Type type() { return global.type(); }
    }

    /** A top-level function (or method expression body) as a func value of type {@code type}. */
    record FuncRef(FuncSym fn, Type type) implements Expr {}

    /**
     * A closure: func value calling lifted function {@code fn} with {@code captures} (locals of the
     * current function, boxed ones passed as their cells) bound to {@code fn}'s capture locals in order.
     */
    record MakeClosure(FuncSym fn, List<Local> captures, Type type) implements Expr {}

    /** {@code op} is NEG, NOT or COMPL. */
    record Unary(Op op, Expr x, Type type) implements Expr {}

    /** Operands have identical types except for shifts (count: any integer type) and comparisons with nil. */
    record Binary(Op op, Expr x, Expr y, Type type) implements Expr {}

    /**
     * Go conversion of x to {@code type}: numeric, string from/to []byte/[]rune, string(rune), between
     * types with identical underlying types, value to interface (boxing per ARCHITECTURE.md), interface
     * to interface (no check needed: the checker proved it), and between pointer/func/slice types with
     * identical underlying types (a no-op).
     */
    record Convert(Expr x, Type type) implements Expr {}

    /** x.(T) with x an interface: the value, or a panic (interface conversion) if the dynamic type does not match. */
    record TypeAssert(Expr x, Type type) implements Expr {}

    /**
     * Whether interface x holds a value of {@code target} (for an interface target: a non-nil value
     * implementing it; for a nil target used by type switches' {@code case nil}: whether x is nil).
     */
    record TypeIs(Expr x, Type target, Type type) implements Expr {}

    /** Field {@code index} (declaration order) of x, a struct value or a pointer to a struct (nil: panic). */
    record Field(Expr x, int index, String name, Type type) implements Expr {}

    /** x[i] with x a string (byte), array, pointer to array, slice (bounds-checked) or map (zero if absent). */
    record Index(Expr x, Expr index, Type type) implements Expr {}

    /** x[lo:hi:max] of a string, array (addressable), pointer to array or slice; null bounds are absent. */
    record SliceExpr(Expr x, Expr lo, Expr hi, Expr max, Type type) implements Expr {}

    /** *x (nil: panic). For pointers to structs the value is the struct object itself (no copy). */
    record Deref(Expr x, Type type) implements Expr {}

    /** &x of an addressable expression; type is *T. */
    record AddrOf(Expr x, Type type) implements Expr {}

    /** A fresh copy of a struct or array value (deep for nested arrays/structs held by value). */
    record Copy(Expr x) implements Expr {
        public Type type() { return x.type(); }
    }

    /** A pure built-in, {@code op.pure}; see {@link BuiltinOp} for the arguments. */
    record Builtin(BuiltinOp op, List<Expr> args, Type type) implements Expr {}
}
