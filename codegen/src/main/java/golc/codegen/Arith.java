package golc.codegen;

import golc.ir.Expr;
import golc.ir.Op;
import golc.types.Array;
import golc.types.Basic;
import golc.types.Interface;
import golc.types.Slice;
import golc.types.Type;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Operators and conversions with Go's semantics on golc's representation: int8/int16/uint8/uint16 are kept
 * normalised in an int after every operation, uint32 and uint64 use the JDK's unsigned helpers for division,
 * comparison and float conversion, shifts follow Go for large and negative counts, integer division by zero
 * panics with Go's runtime error.
 */
final class Arith implements Opcodes {
    private final ExprGen ex;
    private final MethodVisitor mv;

    Arith(ExprGen ex) {
        this.ex = ex;
        this.mv = ex.mv;
    }

    static Basic.Kind kind(Type t) {
        Type u = t.underlying();
        return u instanceof Basic b ? b.kind() : null;
    }

    static boolean isUnsigned(Basic.Kind k) {
        return k == Basic.Kind.UINT || k == Basic.Kind.UINT8 || k == Basic.Kind.UINT16 || k == Basic.Kind.UINT32
                || k == Basic.Kind.UINT64 || k == Basic.Kind.UINTPTR;
    }

    /** Re-normalises an int holding an int8/int16/uint8/uint16 result. */
    void normalize(Basic.Kind k) {
        if (k == null) {
            return;
        }
        switch (k) {
            case INT8: mv.visitInsn(I2B); break;
            case INT16: mv.visitInsn(I2S); break;
            case UINT8: Bytecode.iconst(mv, 0xFF); mv.visitInsn(IAND); break;
            case UINT16: mv.visitInsn(I2C); break;
            default: break;
        }
    }

    private int sort(Type t) {
        return ex.asm(t).getSort();
    }

    // ---- unary ----

    void unary(Expr.Unary u) {
        if (u.op() == Op.NOT) {
            ex.expr(u.x());
            mv.visitInsn(ICONST_1);
            mv.visitInsn(IXOR);
            return;
        }
        ex.expr(u.x());
        Basic.Kind k = kind(u.type());
        int s = sort(u.type());
        if (u.op() == Op.NEG) {
            if (s == org.objectweb.asm.Type.OBJECT) {
                Rt.CPLX_NEG.invokeVirtual(mv);
                return;
            }
            mv.visitInsn(ex.asm(u.type()).getOpcode(INEG));
        } else if (s == org.objectweb.asm.Type.LONG) {
            Bytecode.lconst(mv, -1);
            mv.visitInsn(LXOR);
        } else {
            mv.visitInsn(ICONST_M1);
            mv.visitInsn(IXOR);
        }
        normalize(k);
    }

    // ---- binary ----

    void binary(Expr.Binary b) {
        Op op = b.op();
        switch (op) {
            case LAND: case LOR:
                ex.boolValue(b);
                return;
            case EQ: case NE: case LT: case LE: case GT: case GE:
                compare(b);
                return;
            case SHL: case SHR:
                shift(b);
                return;
            default:
                break;
        }
        Type t = b.type();
        Basic.Kind k = kind(t);
        int s = sort(t);
        ex.expr(b.x());
        ex.expr(b.y());
        if (k == Basic.Kind.STRING || k == Basic.Kind.UNTYPED_STRING) {
            Rt.STR_CONCAT.invokeVirtual(mv);
            return;
        }
        if (s == org.objectweb.asm.Type.OBJECT) {
            (op == Op.ADD ? Rt.CPLX_ADD : op == Op.SUB ? Rt.CPLX_SUB : op == Op.MUL ? Rt.CPLX_MUL : Rt.CPLX_DIV)
                    .invokeVirtual(mv);
            if (k == Basic.Kind.COMPLEX64) {
                Rt.CPLX_ROUND32.invokeVirtual(mv);
            }
            return;
        }
        org.objectweb.asm.Type at = ex.asm(t);
        boolean isLong = s == org.objectweb.asm.Type.LONG;
        boolean isInt = s == org.objectweb.asm.Type.INT;
        boolean unsigned = isUnsigned(k);
        switch (op) {
            case ADD: mv.visitInsn(at.getOpcode(IADD)); break;
            case SUB: mv.visitInsn(at.getOpcode(ISUB)); break;
            case MUL: mv.visitInsn(at.getOpcode(IMUL)); break;
            case DIV:
                if ((isLong || isInt) && nonZeroConst(b.y())) {
                    divByConst(isLong, unsigned, true);
                } else if (isLong) {
                    (unsigned ? Rt.UDIV64 : Rt.DIV64).invokeStatic(mv);
                } else if (isInt) {
                    (k == Basic.Kind.UINT32 ? Rt.UDIV32 : Rt.DIV32).invokeStatic(mv);
                } else {
                    mv.visitInsn(at.getOpcode(IDIV));
                }
                break;
            case REM:
                if (nonZeroConst(b.y())) {
                    divByConst(isLong, unsigned, false);
                } else if (isLong) {
                    (unsigned ? Rt.UREM64 : Rt.REM64).invokeStatic(mv);
                } else {
                    (k == Basic.Kind.UINT32 ? Rt.UREM32 : Rt.REM32).invokeStatic(mv);
                }
                break;
            case AND: mv.visitInsn(at.getOpcode(IAND)); break;
            case OR: mv.visitInsn(at.getOpcode(IOR)); break;
            case XOR: mv.visitInsn(at.getOpcode(IXOR)); break;
            case ANDNOT:
                if (isLong) {
                    Bytecode.lconst(mv, -1);
                    mv.visitInsn(LXOR);
                } else {
                    mv.visitInsn(ICONST_M1);
                    mv.visitInsn(IXOR);
                }
                mv.visitInsn(at.getOpcode(IAND));
                break;
            default:
                throw new IllegalArgumentException("codegen: operator " + op);
        }
        if (isInt) {
            normalize(k);
        }
    }

    private static boolean nonZeroConst(Expr y) {
        return y instanceof Expr.Const c && c.value() instanceof Long v && v != 0;
    }

    /**
     * Division or remainder by a non-zero constant: the JVM instruction itself (no zero check needed, and the
     * JVM's MIN / -1 = MIN is Go's too), which the JIT turns into shifts and multiplications; the unsigned
     * kinds (uint32 is held in an int, so its divisor is the constant's low 32 bits) through the JDK.
     */
    private void divByConst(boolean isLong, boolean unsigned, boolean div) {
        if (isLong) {
            if (unsigned) {
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", div ? "divideUnsigned" : "remainderUnsigned",
                        "(JJ)J", false);
            } else {
                mv.visitInsn(div ? LDIV : LREM);
            }
        } else if (unsigned) {
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", div ? "divideUnsigned" : "remainderUnsigned",
                    "(II)I", false);
        } else {
            mv.visitInsn(div ? IDIV : IREM);
        }
    }

    private void shift(Expr.Binary b) {
        Basic.Kind k = kind(b.type());
        boolean isLong = sort(b.type()) == org.objectweb.asm.Type.LONG;
        ex.expr(b.x());
        ex.index64(b.y());
        // A signed count panics when negative; constant counts are non-negative (the checker saw to it), those
        // beyond int64 such as an untyped MaxUint arrive as their 64 bits and read as unsigned.
        if (!isUnsigned(kind(b.y().type())) && !(b.y() instanceof golc.ir.Expr.Const)) {
            Rt.SHIFT_COUNT.invokeStatic(mv);
        }
        boolean unsigned = isUnsigned(k);
        if (b.op() == Op.SHL) {
            (isLong ? Rt.SHL64 : Rt.SHL32).invokeStatic(mv);
        } else if (unsigned) {
            (isLong ? Rt.USHR64 : Rt.USHR32).invokeStatic(mv);
        } else {
            (isLong ? Rt.SHR64 : Rt.SHR32).invokeStatic(mv);
        }
        if (!isLong) {
            normalize(k);
        }
    }

    // ---- comparisons ----

    private void compare(Expr.Binary b) {
        Label yes = new Label();
        Label done = new Label();
        compareJump(b, yes);
        mv.visitInsn(ICONST_0);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(yes);
        mv.visitInsn(ICONST_1);
        mv.visitLabel(done);
    }

    static boolean isComparison(Op op) {
        return op == Op.EQ || op == Op.NE || op == Op.LT || op == Op.LE || op == Op.GT || op == Op.GE;
    }

    /** Evaluates comparison b and jumps to {@code yes} when it holds. */
    private void compareJump(Expr.Binary b, Label yes) {
        compareJump(b, yes, false);
    }

    /**
     * Evaluates comparison b and jumps to {@code target} when it holds, or, with {@code negate}, when it does not
     * (as javac compiles {@code if (a < b)}: one conditional jump, no boolean on the stack). Negating only the
     * final jump is right for floats too: the NaN result of FCMPG/FCMPL was chosen to make the comparison false,
     * so the negated jump is taken on NaN.
     */
    void compareJump(Expr.Binary b, Label target, boolean negate) {
        Label yes = target;
        Op op = b.op();
        Type xt = b.x().type();
        Type yt = b.y().type();
        if (ExprGen.isNil(xt) || ExprGen.isNil(yt)) {
            ex.expr(ExprGen.isNil(xt) ? b.y() : b.x());
            jump(op == Op.EQ ? IFNULL : IFNONNULL, yes, negate);
            return;
        }
        Type u = xt.underlying();
        Basic.Kind k = kind(xt);
        if (u instanceof Interface || yt.underlying() instanceof Interface) {
            ex.exprAs(b.x(), u instanceof Interface ? xt : yt);
            ex.exprAs(b.y(), u instanceof Interface ? xt : yt);
            Rt.IFACE_EQ.invokeStatic(mv);
            jump(op == Op.EQ ? IFNE : IFEQ, yes, negate);
            return;
        }
        ex.expr(b.x());
        ex.expr(b.y());
        if (JvmTypes.isStruct(xt)) {
            String c = ex.types.structClass(xt);
            mv.visitMethodInsn(INVOKEVIRTUAL, c, "$eq", "(Ljava/lang/Object;)Z", false);
            jump(op == Op.EQ ? IFNE : IFEQ, yes, negate);
            return;
        }
        if (u instanceof Array) {
            ex.f.typeConsts.push(mv, xt);
            Rt.ARRAY_EQ.invokeStatic(mv);
            jump(op == Op.EQ ? IFNE : IFEQ, yes, negate);
            return;
        }
        if (k == null) {
            // pointers (cells and struct objects are identities; field/element pointers compare by target),
            // channels; maps, slices and funcs only against nil (handled above)
            mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "equals", "(Ljava/lang/Object;Ljava/lang/Object;)Z",
                    false);
            jump(op == Op.EQ ? IFNE : IFEQ, yes, negate);
            return;
        }
        int s = sort(xt);
        switch (s) {
            case org.objectweb.asm.Type.BOOLEAN:
            case org.objectweb.asm.Type.INT:
                if (k == Basic.Kind.UINT32 && op != Op.EQ && op != Op.NE) {
                    Rt.UCMP32.invokeStatic(mv);
                    jump(ifOp(op), yes, negate);
                } else {
                    jump(icmpOp(op), yes, negate);
                }
                return;
            case org.objectweb.asm.Type.LONG:
                if (isUnsigned(k) && op != Op.EQ && op != Op.NE) {
                    Rt.UCMP64.invokeStatic(mv);
                } else {
                    mv.visitInsn(LCMP);
                }
                jump(ifOp(op), yes, negate);
                return;
            case org.objectweb.asm.Type.FLOAT:
                mv.visitInsn(op == Op.LT || op == Op.LE ? FCMPG : FCMPL);
                jump(ifOp(op), yes, negate);
                return;
            case org.objectweb.asm.Type.DOUBLE:
                mv.visitInsn(op == Op.LT || op == Op.LE ? DCMPG : DCMPL);
                jump(ifOp(op), yes, negate);
                return;
            default:
                if (k == Basic.Kind.STRING || k == Basic.Kind.UNTYPED_STRING) {
                    if (op == Op.EQ || op == Op.NE) {
                        Rt.STR_EQUALS.invokeVirtual(mv);
                        jump(op == Op.EQ ? IFNE : IFEQ, yes, negate);
                    } else {
                        Rt.STR_COMPARE.invokeVirtual(mv);
                        jump(ifOp(op), yes, negate);
                    }
                } else {
                    Rt.CPLX_EQ.invokeStatic(mv);
                    jump(op == Op.EQ ? IFNE : IFEQ, yes, negate);
                }
        }
    }

    private void jump(int opcode, Label target, boolean negate) {
        mv.visitJumpInsn(negate ? Bytecode.invertJump(opcode) : opcode, target);
    }

    private static int ifOp(Op op) {
        switch (op) {
            case EQ: return IFEQ;
            case NE: return IFNE;
            case LT: return IFLT;
            case LE: return IFLE;
            case GT: return IFGT;
            default: return IFGE;
        }
    }

    private static int icmpOp(Op op) {
        switch (op) {
            case EQ: return IF_ICMPEQ;
            case NE: return IF_ICMPNE;
            case LT: return IF_ICMPLT;
            case LE: return IF_ICMPLE;
            case GT: return IF_ICMPGT;
            default: return IF_ICMPGE;
        }
    }

    // ---- conversions ----

    void convert(Expr x, Type to) {
        Type from = x.type();
        Type fu = from.underlying();
        Type tu = to.underlying();
        if (tu instanceof Interface) {
            ex.exprAs(x, to);
            return;
        }
        ex.expr(x);
        if (fu instanceof Basic fb && tu instanceof Basic tb) {
            if (tb.isString()) {
                if (fb.isInteger()) {
                    toLong(fb.kind());
                    Rt.STR_FROM_RUNE.invokeStatic(mv);
                }
                return;
            }
            numeric(fb.kind(), tb.kind());
            return;
        }
        if (tu instanceof Basic tb && tb.isString() && fu instanceof Slice s) {
            (isByte(s.elem()) ? Rt.STR_FROM_BYTES : Rt.STR_FROM_RUNES).invokeStatic(mv);
            return;
        }
        if (fu instanceof Basic fb && fb.isString() && tu instanceof Slice s) {
            (isByte(s.elem()) ? Rt.STR_TO_BYTES : Rt.STR_TO_RUNES).invokeStatic(mv);
            return;
        }
        if (JvmTypes.isStruct(to) && !ex.types.structClass(to).equals(ex.types.structClass(from))) {
            // Struct types with identical underlying types but distinct classes: copy field by field.
            String c = ex.types.structClass(to);
            mv.visitTypeInsn(NEW, c);
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", "()V", false);
            mv.visitInsn(DUP_X1); // new, src, new: convertStruct(src, new) leaves the new value
            Rt.CONVERT_STRUCT.invokeStatic(mv);
        }
        if (fu instanceof golc.types.Pointer fp && tu instanceof golc.types.Pointer tp && JvmTypes.isStruct(tp.elem())
                && !ex.types.structClass(tp.elem()).equals(ex.types.structClass(fp.elem()))) {
            // *B → *A must keep the object's identity, but each struct type has a class of its own: fail the
            // build here rather than emit code the JVM verifier rejects when the package class loads.
            throw new Unsupported("conversion " + from + " → " + to
                    + " between pointers to distinct struct types");
        }
        if (fu instanceof Slice && tu instanceof golc.types.Pointer p && p.elem().underlying() instanceof Array a) {
            Bytecode.lconst(mv, a.len());
            ex.f.typeConsts.push(mv, p.elem());
            Rt.SLICE_TO_ARRAY_PTR.invokeStatic(mv);
            return;
        }
        // Otherwise the representations agree (named ↔ underlying, pointer and func conversions): nothing to do.
    }

    static boolean isByte(Type t) {
        Basic.Kind k = kind(t);
        return k == Basic.Kind.UINT8;
    }

    /** Widens an integer of kind k on the stack to a long (sign- or zero-extending as the type says). */
    void toLong(Basic.Kind k) {
        int s = JvmTypes.basicDesc(basicOf(k)).equals("J") ? org.objectweb.asm.Type.LONG : org.objectweb.asm.Type.INT;
        if (s == org.objectweb.asm.Type.INT) {
            if (k == Basic.Kind.UINT32) {
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "toUnsignedLong", "(I)J", false);
            } else {
                mv.visitInsn(I2L);
            }
        }
    }

    private static Basic basicOf(Basic.Kind k) {
        switch (k) {
            case INT: case INT64: case UINT: case UINT64: case UINTPTR: case UNTYPED_INT: return Basic.INT64;
            default: return Basic.INT32;
        }
    }

    /** Numeric conversion between basic kinds (value of kind {@code from} on the stack). */
    void numeric(Basic.Kind from, Basic.Kind to) {
        String fd = JvmTypes.basicDesc(basic(from));
        String td = JvmTypes.basicDesc(basic(to));
        boolean fromInt = fd.equals("I") || fd.equals("J");
        boolean toInt = td.equals("I") || td.equals("J");
        if (fromInt && toInt) {
            if (td.equals("J")) {
                if (fd.equals("I")) {
                    toLong(from);
                }
            } else {
                if (fd.equals("J")) {
                    mv.visitInsn(L2I);
                }
                normalize(to);
            }
        } else if (!fromInt && toInt) {
            if (fd.equals("F")) {
                mv.visitInsn(F2D);
            }
            switch (to) {
                case INT: case INT64: Rt.F64_TO_I64.invokeStatic(mv); break;
                case UINT: case UINT64: case UINTPTR: Rt.F64_TO_U64.invokeStatic(mv); break;
                case UINT32: Rt.F64_TO_U32.invokeStatic(mv); break;
                default: Rt.F64_TO_I32.invokeStatic(mv); normalize(to); break;
            }
        } else if (fromInt) {
            boolean toF = td.equals("F");
            if (fd.equals("J")) {
                if (isUnsigned(from)) {
                    (toF ? Rt.U64_TO_F32 : Rt.U64_TO_F64).invokeStatic(mv);
                } else {
                    mv.visitInsn(toF ? L2F : L2D);
                }
            } else if (from == Basic.Kind.UINT32) {
                (toF ? Rt.U32_TO_F32 : Rt.U32_TO_F64).invokeStatic(mv);
            } else {
                mv.visitInsn(toF ? I2F : I2D);
            }
        } else if (fd.equals("F") && td.equals("D")) {
            mv.visitInsn(F2D);
        } else if (fd.equals("D") && td.equals("F")) {
            mv.visitInsn(D2F);
        } else if (to == Basic.Kind.COMPLEX64 && from == Basic.Kind.COMPLEX128) {
            Rt.CPLX_ROUND32.invokeVirtual(mv);
        }
    }

    private static Basic basic(Basic.Kind k) {
        switch (k) {
            case BOOL: return Basic.BOOL;
            case INT: return Basic.INT;
            case INT8: return Basic.INT8;
            case INT16: return Basic.INT16;
            case INT32: return Basic.INT32;
            case INT64: return Basic.INT64;
            case UINT: return Basic.UINT;
            case UINT8: return Basic.UINT8;
            case UINT16: return Basic.UINT16;
            case UINT32: return Basic.UINT32;
            case UINT64: return Basic.UINT64;
            case UINTPTR: return Basic.UINTPTR;
            case FLOAT32: return Basic.FLOAT32;
            case FLOAT64: return Basic.FLOAT64;
            case COMPLEX64: return Basic.COMPLEX64;
            case COMPLEX128: return Basic.COMPLEX128;
            case STRING: return Basic.STRING;
            case UNTYPED_INT: return Basic.INT;
            case UNTYPED_RUNE: return Basic.INT32;
            case UNTYPED_FLOAT: return Basic.FLOAT64;
            default: return Basic.UNTYPED_NIL;
        }
    }
}
