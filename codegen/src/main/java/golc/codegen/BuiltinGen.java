package golc.codegen;

import golc.ir.BuiltinOp;
import golc.ir.Expr;
import golc.ir.Local;
import golc.types.Array;
import golc.types.Basic;
import golc.types.Interface;
import golc.types.MapType;
import golc.types.Pointer;
import golc.types.Slice;
import golc.types.Type;
import java.util.List;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Go's built-in functions: the pure ones as expressions, the others as call statements. */
final class BuiltinGen implements Opcodes {
    private final FuncGen f;
    private final ExprGen ex;
    private final MethodVisitor mv;

    BuiltinGen(FuncGen f) {
        this.f = f;
        this.ex = f.ex;
        this.mv = f.mv;
    }

    void pure(Expr.Builtin b) {
        List<Expr> args = b.args();
        switch (b.op()) {
            case LEN: len(args.get(0), false); break;
            case CAP: len(args.get(0), true); break;
            case NEW: newValue(((Pointer) b.type().underlying()).elem()); break;
            case MAKE_SLICE: {
                Slice st = (Slice) b.type().underlying();
                f.typeConsts.push(mv, st.elem());
                ex.index64(args.get(0));
                if (args.size() > 1) {
                    ex.index64(args.get(1));
                } else {
                    ex.index64(args.get(0));
                }
                Rt.SLICE_MAKE.invokeStatic(mv);
                break;
            }
            case MAKE_MAP:
                mv.visitTypeInsn(NEW, JvmTypes.MAP);
                mv.visitInsn(DUP);
                f.typeConsts.push(mv, b.type());
                Rt.MAP_MAKE.invokeSpecial(mv);
                break;
            case REAL: case IMAG:
                ex.expr(args.get(0));
                (b.op() == BuiltinOp.REAL ? Rt.CPLX_REAL : Rt.CPLX_IMAG).getField(mv);
                if (ex.asm(b.type()).getSort() == org.objectweb.asm.Type.FLOAT) {
                    mv.visitInsn(D2F);
                }
                break;
            case COMPLEX:
                mv.visitTypeInsn(NEW, JvmTypes.COMPLEX);
                mv.visitInsn(DUP);
                for (Expr a : args) {
                    ex.expr(a);
                    if (ex.asm(a.type()).getSort() == org.objectweb.asm.Type.FLOAT) {
                        mv.visitInsn(F2D);
                    }
                }
                Rt.CPLX_NEW.invokeSpecial(mv);
                break;
            case MAP_HAS: {
                MapType mt = (MapType) args.get(0).type().underlying();
                ex.expr(args.get(0));
                ex.exprAs(args.get(1), mt.key());
                Bytecode.box(mv, ex.asm(mt.key()));
                Rt.MAP_HAS.invokeStatic(mv);
                break;
            }
            case DECODE_RUNE: case DECODE_RUNE_WIDTH:
                ex.expr(args.get(0));
                ex.index64(args.get(1));
                mv.visitInsn(L2I);
                Rt.STR_DECODE.invokeStatic(mv);
                // Strings.decodeRune packs rune | width << 32
                if (b.op() == BuiltinOp.DECODE_RUNE) {
                    mv.visitInsn(L2I);
                    ex.arith.numeric(Basic.Kind.INT32, Arith.kind(b.type()));
                } else {
                    Bytecode.iconst(mv, 32);
                    mv.visitInsn(LUSHR);
                    ex.arith.numeric(Basic.Kind.INT, Arith.kind(b.type()));
                }
                break;
            case NIL_CHECK:
                ex.expr(args.get(0));
                Rt.NIL_CHECK.invokeStatic(mv);
                mv.visitTypeInsn(CHECKCAST, ex.asm(b.type()).getInternalName());
                break;
            case MAKE_CHAN: {
                golc.types.Chan ct = (golc.types.Chan) b.type().underlying();
                ex.zero(ct.elem());
                Bytecode.box(mv, ex.asm(ct.elem()));
                ex.index64(args.get(0));
                Rt.CHAN_MAKE.invokeStatic(mv);
                break;
            }
            default:
                throw new UnsupportedOperationException("codegen: builtin " + b.op());
        }
    }

    private void len(Expr x, boolean cap) {
        Type u = x.type().underlying();
        if (u instanceof Pointer p) {
            u = p.elem().underlying();
        }
        if (u instanceof Array a) {
            Bytecode.lconst(mv, a.len());
        } else if (u instanceof Basic) {
            ex.expr(x);
            Rt.STR_LENGTH.invokeVirtual(mv);
            mv.visitInsn(I2L);
        } else if (u instanceof Slice) {
            ex.expr(x);
            (cap ? Rt.SLICE_CAP : Rt.SLICE_LEN).invokeStatic(mv);
        } else if (u instanceof MapType) {
            ex.expr(x);
            Rt.MAP_LEN.invokeStatic(mv);
        } else if (u instanceof golc.types.Chan) {
            ex.expr(x);
            (cap ? Rt.CHAN_CAP : Rt.CHAN_LEN).invokeStatic(mv);
        } else if (u instanceof golc.types.Array a
                || u instanceof golc.types.Pointer p && p.elem().underlying() instanceof golc.types.Array) {
            // an array's length is its type's (len(f()) of an array or *array result is not a constant);
            // IR expressions have no effects, so x need not be evaluated (Go does not nil-check it either)
            Type at = u instanceof golc.types.Pointer p ? p.elem().underlying() : u;
            Bytecode.lconst(mv, ((golc.types.Array) at).len());
        } else {
            throw new Unsupported("len/cap of " + x.type());
        }
    }

    /** new(T): a struct object, or a fresh cell holding T's zero value. */
    private void newValue(Type t) {
        if (JvmTypes.isStruct(t)) {
            ex.zero(t);
            return;
        }
        org.objectweb.asm.Type at = ex.asm(t);
        String cc = FuncGen.cellClass(at);
        mv.visitTypeInsn(NEW, cc);
        mv.visitInsn(DUP);
        ex.zero(t);
        mv.visitMethodInsn(INVOKESPECIAL, cc, "<init>", "(" + FuncGen.cellFieldDesc(at) + ")V", false);
    }

    // ---- builtins with effects ----

    void call(BuiltinOp op, List<Expr> args, List<Local> results) {
        switch (op) {
            case APPEND: append(args, result(results)); break;
            case APPEND_SPREAD: {
                Expr s = args.get(0);
                Expr t = args.get(1);
                Local r = result(results);
                Runnable value;
                if (t.type().underlying() instanceof Basic) {
                    value = () -> {
                        ex.expr(s);
                        ex.expr(t);
                        Rt.SLICE_APPEND_STRING.invokeStatic(mv);
                    };
                } else {
                    value = () -> {
                        ex.expr(s);
                        f.typeConsts.push(mv, ((Slice) s.type().underlying()).elem());
                        ex.expr(t);
                        Rt.SLICE_APPEND_SLICE.invokeStatic(mv);
                    };
                }
                storeOrPop(r, value, s.type());
                break;
            }
            case COPY: {
                Expr dst = args.get(0);
                Expr src = args.get(1);
                Runnable value = () -> {
                    ex.expr(dst);
                    ex.expr(src);
                    if (src.type().underlying() instanceof Basic) {
                        Rt.SLICE_COPY_STRING.invokeStatic(mv);
                    } else {
                        f.typeConsts.push(mv, ((Slice) dst.type().underlying()).elem());
                        Rt.SLICE_COPY.invokeStatic(mv);
                    }
                };
                storeOrPop(result(results), value, Basic.INT);
                break;
            }
            case DELETE: {
                MapType mt = (MapType) args.get(0).type().underlying();
                ex.expr(args.get(0));
                ex.exprAs(args.get(1), mt.key());
                Bytecode.box(mv, ex.asm(mt.key()));
                Rt.MAP_DELETE.invokeStatic(mv);
                break;
            }
            case PANIC:
                mv.visitTypeInsn(NEW, "golc/rt/GoPanic");
                mv.visitInsn(DUP);
                ex.exprAs(args.get(0), Interface.EMPTY);
                Rt.GOPANIC_NEW.invokeSpecial(mv);
                mv.visitInsn(ATHROW);
                break;
            case PRINT: case PRINTLN:
                print(args, op == BuiltinOp.PRINTLN);
                break;
            case RECOVER:
                storeOrPop(result(results), () -> {
                    if (f.recoverToken < 0) {
                        mv.visitInsn(ACONST_NULL);
                    } else {
                        mv.visitVarInsn(ALOAD, f.recoverToken);
                    }
                    Rt.RECOVER.invokeStatic(mv);
                }, Interface.EMPTY);
                break;
            case CLOSE:
                ex.expr(args.get(0));
                Rt.CHAN_CLOSE.invokeStatic(mv);
                break;
            default:
                throw new UnsupportedOperationException("codegen: builtin " + op);
        }
    }

    private static Local result(List<Local> results) {
        return results.isEmpty() ? null : results.get(0);
    }

    private void storeOrPop(Local r, Runnable value, Type t) {
        if (r == null) {
            value.run();
            Bytecode.pop(mv, ex.asm(t));
        } else {
            f.storeLocal(r, value);
        }
    }

    private void append(List<Expr> args, Local r) {
        Expr s = args.get(0);
        Type elem = ((Slice) s.type().underlying()).elem();
        org.objectweb.asm.Type et = ex.asm(elem);
        Runnable value = () -> {
            ex.expr(s);
            f.typeConsts.push(mv, elem);
            if (args.size() == 2) {
                ex.exprAs(args.get(1), elem);
                String d = et.getSort() == org.objectweb.asm.Type.OBJECT || et.getSort() == org.objectweb.asm.Type.ARRAY
                        ? "Ljava/lang/Object;" : et.getDescriptor();
                mv.visitMethodInsn(INVOKESTATIC, JvmTypes.SLICE, "append",
                        "(Lgolc/rt/Slice;Lgolc/rt/GoType;" + d + ")Lgolc/rt/Slice;", false);
                return;
            }
            org.objectweb.asm.Type at = org.objectweb.asm.Type.getType("[" + et.getDescriptor());
            Bytecode.iconst(mv, args.size() - 1);
            ex.newArrayOf(at);
            for (int i = 1; i < args.size(); i++) {
                mv.visitInsn(DUP);
                Bytecode.iconst(mv, i - 1);
                ex.exprAs(args.get(i), elem);
                mv.visitInsn(et.getOpcode(IASTORE));
            }
            Rt.SLICE_APPEND_ALL.invokeStatic(mv);
        };
        storeOrPop(r, value, s.type());
    }

    private void print(List<Expr> args, boolean ln) {
        for (int i = 0; i < args.size(); i++) {
            if (ln && i > 0) {
                Rt.PRINT_SP.invokeStatic(mv);
            }
            Expr a = args.get(i);
            Type u = a.type().underlying();
            ex.expr(a);
            if (u instanceof Basic b) {
                if (b.isBoolean()) {
                    Rt.PRINT_BOOL.invokeStatic(mv);
                } else if (b.isString()) {
                    Rt.PRINT_STRING.invokeStatic(mv);
                } else if (b.isInteger()) {
                    ex.arith.toLong(b.kind());
                    (Arith.isUnsigned(b.kind()) ? Rt.PRINT_UINT : Rt.PRINT_INT).invokeStatic(mv);
                } else if (b.isFloat()) {
                    if (b.kind() == Basic.Kind.FLOAT32) {
                        mv.visitInsn(F2D);
                    }
                    Rt.PRINT_FLOAT.invokeStatic(mv);
                } else if (b.isComplex()) {
                    Rt.PRINT_COMPLEX.invokeStatic(mv);
                } else {
                    Rt.PRINT_POINTER.invokeStatic(mv);
                }
            } else if (u instanceof Interface) {
                Rt.PRINT_IFACE.invokeStatic(mv);
            } else if (u instanceof Slice) {
                Rt.PRINT_SLICE.invokeStatic(mv); // [len/cap]0xADDR, as Go's print shows a slice header
            } else {
                Rt.PRINT_POINTER.invokeStatic(mv);
            }
        }
        if (ln) {
            Rt.PRINT_NL.invokeStatic(mv);
        }
    }
}
