package golc.codegen.coro;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Which JVM local slots are live (may be read before being written) at given points of a method body: the
 * goroutine transform saves into the frame, and restores on resume, only the slots live at each resume point.
 *
 * <p>Classic backward data flow over the bytecode, iterated to a fixed point. It works on the bytecode rather
 * than the IR because the bytecode is exactly what the JVM verifier checks: a slot read after a resume point
 * must hold a value of its type on every path, so a slot that is not live there can be left out of the frame
 * and stay unassigned on the resume path. Exception edges are conservative: every instruction inside a try
 * range counts the handler's live slots as its own (the exception may come before the instruction's store).
 * Jumps to labels not placed in the body yet (the transform's save and restore blocks) end a path.
 */
public final class Liveness implements Opcodes {
    private Liveness() {
    }

    /** The live-in slots at each of {@code points} (labels placed in {@code mn}'s instructions). */
    public static List<BitSet> at(MethodNode mn, List<LabelNode> points) {
        InsnList insns = mn.instructions;
        int n = insns.size();
        AbstractInsnNode[] code = insns.toArray();
        Map<AbstractInsnNode, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(code[i], i);
        }
        int[][] succ = new int[n][];
        for (int i = 0; i < n; i++) {
            succ[i] = successors(code, i, index);
        }
        // handlers[i]: indexes of the handlers whose range covers instruction i
        List<List<Integer>> handlers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            handlers.add(null);
        }
        for (TryCatchBlockNode t : mn.tryCatchBlocks) {
            Integer s = index.get(t.start), e = index.get(t.end), h = index.get(t.handler);
            if (s == null || e == null || h == null) {
                continue;
            }
            for (int i = s; i < e; i++) {
                if (handlers.get(i) == null) {
                    handlers.set(i, new ArrayList<>(2));
                }
                handlers.get(i).add(h);
            }
        }
        BitSet[] in = new BitSet[n];
        for (int i = 0; i < n; i++) {
            in[i] = new BitSet();
        }
        boolean changed = true;
        BitSet cur = new BitSet();
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                cur.clear();
                for (int s : succ[i]) {
                    cur.or(in[s]);
                }
                transfer(code[i], cur);
                List<Integer> hs = handlers.get(i);
                if (hs != null) {
                    for (int h : hs) {
                        cur.or(in[h]);
                    }
                }
                if (!cur.equals(in[i])) {
                    in[i].clear();
                    in[i].or(cur);
                    changed = true;
                }
            }
        }
        List<BitSet> out = new ArrayList<>(points.size());
        for (LabelNode p : points) {
            Integer i = index.get(p);
            if (i == null) {
                throw new IllegalStateException("liveness: resume label not in the method");
            }
            out.add((BitSet) in[i].clone());
        }
        return out;
    }

    /** live-in = (live-out minus what the instruction stores) plus what it loads. */
    private static void transfer(AbstractInsnNode insn, BitSet live) {
        if (insn instanceof VarInsnNode) {
            int op = insn.getOpcode();
            int v = ((VarInsnNode) insn).var;
            if (op >= ISTORE && op <= ASTORE) {
                live.clear(v);
            } else {
                live.set(v); // loads and RET
            }
        } else if (insn instanceof IincInsnNode) {
            live.set(((IincInsnNode) insn).var);
        }
    }

    private static int[] successors(AbstractInsnNode[] code, int i, Map<AbstractInsnNode, Integer> index) {
        AbstractInsnNode insn = code[i];
        List<Integer> out = new ArrayList<>(2);
        if (insn instanceof JumpInsnNode) {
            add(out, index.get(((JumpInsnNode) insn).label));
            int op = insn.getOpcode();
            if (op != GOTO && op != JSR) {
                add(out, next(code, i));
            }
        } else if (insn instanceof TableSwitchInsnNode) {
            TableSwitchInsnNode t = (TableSwitchInsnNode) insn;
            add(out, index.get(t.dflt));
            for (LabelNode l : t.labels) {
                add(out, index.get(l));
            }
        } else if (insn instanceof LookupSwitchInsnNode) {
            LookupSwitchInsnNode t = (LookupSwitchInsnNode) insn;
            add(out, index.get(t.dflt));
            for (LabelNode l : t.labels) {
                add(out, index.get(l));
            }
        } else {
            int op = insn.getOpcode();
            boolean ends = (op >= IRETURN && op <= RETURN) || op == ATHROW || op == RET;
            if (!ends) {
                add(out, next(code, i));
            }
        }
        int[] a = new int[out.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = out.get(k);
        }
        return a;
    }

    private static Integer next(AbstractInsnNode[] code, int i) {
        return i + 1 < code.length ? i + 1 : null;
    }

    private static void add(List<Integer> out, Integer target) {
        if (target != null && !out.contains(target)) {
            out.add(target);
        }
    }
}
