package golc.codegen;

import golc.ir.BuiltinOp;
import golc.ir.Expr;
import golc.ir.Local;
import golc.ir.Op;
import golc.ir.Stmt;
import golc.types.Array;
import golc.types.Pointer;
import golc.types.Slice;
import golc.types.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises the loops lowering makes of {@code for k, v := range x} over a slice or array, to compile them as
 * javac compiles {@code for (int i = 0; i < n; i++)}: lowering emits, in one block,
 *
 * <pre>
 *   decl T = x            (the range expression, evaluated once; omitted when x already is a stable local)
 *   decl k                (the key variable, when declared with :=)
 *   decl N int = len(T)
 *   decl I int = 0
 *   loop (I &lt; N) { k = I; ...body... } post { I = I + 1 }
 * </pre>
 *
 * When neither I nor N is written in the body, I always lies in [0, N) inside it, N = len(T) fits in a JVM int,
 * and so: I and N can be JVM {@code int} locals (a counted loop the JIT unrolls and range-check-eliminates),
 * and element accesses {@code T[I]} (and {@code V[k]} with V the local T was copied from, k the key, both
 * unwritten in the body) need no Go bounds check: the position is in range, and the JVM's own array check
 * of {@code off + I} stays as the safety net. Go's long {@code int} index checked by a helper call on every
 * access kept the JIT from optimising such loops (spectralnorm ran 1.4 times slower).
 */
final class RangeLoops {
    /** One recognised loop: its hidden index and length, and what may be indexed without a check. */
    record Info(Stmt.Loop loop, Local index, Local len, Local key, Set<Local> sequences, Type seqType) {
        /** Whether x[i] is in range: x one of the proven sequences (or any array of the same length), i the index or key. */
        boolean inRange(Expr x, Expr i) {
            if (!(i instanceof Expr.LocalRef ir) || (ir.local() != index && (key == null || ir.local() != key))) {
                return false;
            }
            Type xu = x.type().underlying();
            if (xu instanceof Pointer p) {
                xu = p.elem().underlying();
            }
            if (xu instanceof Array a && seqType instanceof Array s) {
                return a.len() == s.len(); // every array of this length has the index in range
            }
            return xu instanceof Slice && x instanceof Expr.LocalRef xr && sequences.contains(xr.local());
        }
    }

    private RangeLoops() {}

    /** The range loop ending at statement {@code k} of {@code stmts}, or null if it is not one (or not provable). */
    static Info at(List<Stmt> stmts, int k) {
        if (!(stmts.get(k) instanceof Stmt.Loop loop) || k < 2) {
            return null;
        }
        Local index = localOf(loop.cond(), true);
        Local len = localOf(loop.cond(), false);
        if (index == null || len == null || index == len || !isIncrement(loop.post(), index)) {
            return null;
        }
        if (!(stmts.get(k - 1) instanceof Stmt.Decl di) || di.local() != index || !isZero(di.init())) {
            return null;
        }
        if (!(stmts.get(k - 2) instanceof Stmt.Decl dn) || dn.local() != len
                || !(dn.init() instanceof Expr.Builtin b) || b.op() != BuiltinOp.LEN || b.args().size() != 1
                || !(b.args().get(0) instanceof Expr.LocalRef seq)) {
            return null;
        }
        Type st = seq.type().underlying();
        if (st instanceof Pointer p) {
            st = p.elem().underlying();
        }
        if (!(st instanceof Slice) && !(st instanceof Array)) {
            return null;
        }
        Set<Local> written = new HashSet<>();
        writes(loop.body(), written);
        if (written.contains(index) || written.contains(len) || index.boxed() || len.boxed()) {
            return null;
        }
        Set<Local> sequences = new HashSet<>();
        if (!written.contains(seq.local()) && !seq.local().boxed()) {
            sequences.add(seq.local());
            // T's own declaration (before the key's, if any): its initial value V is the same slice.
            for (int j = k - 3; j >= Math.max(0, k - 4); j--) {
                if (stmts.get(j) instanceof Stmt.Decl dt && dt.local() == seq.local()) {
                    if (dt.init() instanceof Expr.LocalRef v && !written.contains(v.local()) && !v.local().boxed()) {
                        sequences.add(v.local());
                    }
                    break;
                }
            }
        }
        Local key = keyOf(loop.body(), index);
        if (key != null && (key.boxed() || countWrites(loop.body(), key) != 1)) {
            key = null;
        }
        return new Info(loop, index, len, key, sequences, st);
    }

    /** The local compared in {@code I < N}: I ({@code left}) or N. */
    private static Local localOf(Expr cond, boolean left) {
        if (cond instanceof Expr.Binary b && b.op() == Op.LT && b.x() instanceof Expr.LocalRef x
                && b.y() instanceof Expr.LocalRef y && isInt(x.type()) && isInt(y.type())) {
            return left ? x.local() : y.local();
        }
        return null;
    }

    private static boolean isInt(Type t) {
        return t.underlying() instanceof golc.types.Basic bt && bt.kind() == golc.types.Basic.Kind.INT;
    }

    private static boolean isZero(Expr e) {
        return e instanceof Expr.Const c && c.value() instanceof Long v && v == 0;
    }

    /** post is exactly {@code I = I + 1}. */
    private static boolean isIncrement(Stmt.Block post, Local i) {
        if (post == null || post.stmts().size() != 1 || !(post.stmts().get(0) instanceof Stmt.Assign a)) {
            return false;
        }
        return a.target() instanceof Expr.LocalRef t && t.local() == i && a.value() instanceof Expr.Binary b
                && b.op() == Op.ADD && b.x() instanceof Expr.LocalRef x && x.local() == i
                && b.y() instanceof Expr.Const c && c.value() instanceof Long one && one == 1;
    }

    /** The key variable: the body's first statement is {@code k = I}. */
    private static Local keyOf(Stmt.Block body, Local index) {
        if (body.stmts().isEmpty() || !(body.stmts().get(0) instanceof Stmt.Assign a)) {
            return null;
        }
        if (a.target() instanceof Expr.LocalRef t && a.value() instanceof Expr.LocalRef v && v.local() == index
                && isInt(t.type())) {
            return t.local();
        }
        return null;
    }

    /** Adds every local s (or any statement inside it) writes. */
    static void writes(Stmt s, Set<Local> out) {
        if (s instanceof Stmt.Decl d) {
            out.add(d.local());
        } else if (s instanceof Stmt.Assign a && a.target() instanceof Expr.LocalRef t) {
            out.add(t.local());
        } else if (s instanceof Stmt.Call c) {
            for (Local r : c.results()) {
                if (r != null) {
                    out.add(r);
                }
            }
        } else if (s instanceof Stmt.Recv r) {
            add(out, r.value());
            add(out, r.ok());
        } else if (s instanceof Stmt.RangeMap r) {
            add(out, r.key());
            add(out, r.value());
        } else if (s instanceof Stmt.Select x) {
            add(out, x.index());
            for (Stmt.Select.Case c : x.cases()) {
                add(out, c.value());
                add(out, c.ok());
            }
        }
        Stmt.forEachPart(s, t -> writes(t, out), e -> { });
    }

    private static void add(Set<Local> out, Local l) {
        if (l != null) {
            out.add(l);
        }
    }

    /** How many statements in s write l (Decl, assignment, call or receive result). */
    private static int countWrites(Stmt s, Local l) {
        int[] n = {0};
        countWrites(s, l, n);
        return n[0];
    }

    private static void countWrites(Stmt s, Local l, int[] n) {
        Set<Local> own = new HashSet<>();
        if (!(s instanceof Stmt.Block) && !(s instanceof Stmt.If) && !(s instanceof Stmt.Loop)
                && !(s instanceof Stmt.RangeMap)) {
            writes(s, own);
            if (own.contains(l)) {
                n[0]++;
            }
            return;
        }
        if (s instanceof Stmt.RangeMap r && (r.key() == l || r.value() == l)) {
            n[0]++;
        }
        Stmt.forEachPart(s, t -> countWrites(t, l, n), e -> { });
    }
}
