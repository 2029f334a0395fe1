package golc.codegen;

import golc.ir.Expr;
import golc.ir.Local;
import golc.ir.Op;
import golc.types.Array;
import golc.types.Basic;
import golc.types.Interface;
import golc.types.MapType;
import golc.types.Named;
import golc.types.Pointer;
import golc.types.Signature;
import golc.types.Slice;
import golc.types.Struct;
import golc.types.Type;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits IR expressions: each leaves its value, in the JVM representation of its Go type, on the stack.
 * Arithmetic and conversions are in {@link Arith}; interface boxing and assertions in {@link Ifaces}.
 */
final class ExprGen implements Opcodes {
    final FuncGen f;
    final MethodVisitor mv;
    final Gen gen;
    final JvmTypes types;
    final Arith arith;
    final Ifaces ifaces;

    ExprGen(FuncGen f) {
        this.f = f;
        this.mv = f.mv;
        this.gen = f.gen;
        this.types = f.gen.types;
        this.arith = new Arith(this);
        this.ifaces = new Ifaces(this);
    }

    org.objectweb.asm.Type asm(Type t) {
        return types.asm(t);
    }

    /** Pushes e's value converted to the representation of {@code to} (interface boxing where needed). */
    void exprAs(Expr e, Type to) {
        expr(e);
        coerce(e.type(), to);
    }

    /** Converts the value on the stack from type {@code from} to the (assignable) type {@code to}. */
    void coerce(Type from, Type to) {
        if (from == to || isNil(from)) {
            return;
        }
        boolean toIface = to.underlying() instanceof Interface;
        boolean fromIface = from.underlying() instanceof Interface;
        if (toIface && !fromIface) {
            ifaces.box(from);
        }
    }

    static boolean isNil(Type t) {
        return t instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL;
    }

    void expr(Expr e) {
        if (e instanceof Expr.Const c) {
            constant(c.type(), c.value());
        } else if (e instanceof Expr.Zero z) {
            zero(z.type());
        } else if (e instanceof Expr.LocalRef l) {
            f.loadLocal(l.local());
        } else if (e instanceof Expr.GlobalRef g) {
            loadGlobal(g.global());
        } else if (e instanceof Expr.FuncRef r) {
            String c = gen.funcClass(r.fn());
            mv.visitTypeInsn(NEW, c);
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", "()V", false);
        } else if (e instanceof Expr.MakeClosure m) {
            makeClosure(m);
        } else if (e instanceof Expr.Unary u) {
            arith.unary(u);
        } else if (e instanceof Expr.Binary b) {
            arith.binary(b);
        } else if (e instanceof Expr.Convert c) {
            arith.convert(c.x(), c.type());
        } else if (e instanceof Expr.TypeAssert t) {
            ifaces.typeAssert(t);
        } else if (e instanceof Expr.TypeIs t) {
            ifaces.typeIs(t);
        } else if (e instanceof Expr.Field fl) {
            field(fl);
        } else if (e instanceof Expr.Index i) {
            index(i);
        } else if (e instanceof Expr.SliceExpr s) {
            sliceExpr(s);
        } else if (e instanceof Expr.Deref d) {
            deref(d);
        } else if (e instanceof Expr.AddrOf a) {
            addrOf(a.x());
        } else if (e instanceof Expr.Copy c) {
            expr(c.x());
            copy(c.type());
        } else if (e instanceof Expr.Builtin b) {
            new BuiltinGen(f).pure(b);
        } else {
            throw new IllegalArgumentException("codegen: unknown expression " + e);
        }
    }

    // ---- constants and zero values ----

    void constant(Type t, Object v) {
        if (isNil(t) || v == null) {
            mv.visitInsn(ACONST_NULL);
            return;
        }
        org.objectweb.asm.Type a = asm(t);
        switch (a.getSort()) {
            case org.objectweb.asm.Type.BOOLEAN:
                mv.visitInsn((Boolean) v ? ICONST_1 : ICONST_0);
                break;
            case org.objectweb.asm.Type.INT:
                Bytecode.iconst(mv, ((Number) v).intValue());
                break;
            case org.objectweb.asm.Type.LONG:
                Bytecode.lconst(mv, ((Number) v).longValue());
                break;
            case org.objectweb.asm.Type.FLOAT:
                mv.visitLdcInsn(((Number) v).floatValue());
                break;
            case org.objectweb.asm.Type.DOUBLE:
                mv.visitLdcInsn(((Number) v).doubleValue());
                break;
            default:
                if (v instanceof String s) {
                    mv.visitLdcInsn(s);
                } else if (v instanceof double[] c) {
                    mv.visitTypeInsn(NEW, JvmTypes.COMPLEX);
                    mv.visitInsn(DUP);
                    mv.visitLdcInsn(c[0]);
                    mv.visitLdcInsn(c[1]);
                    Rt.CPLX_NEW.invokeSpecial(mv);
                } else {
                    throw new IllegalArgumentException("codegen: constant " + v + " of type " + t);
                }
        }
    }

    /** Pushes a fresh zero value of t. */
    void zero(Type t) {
        Type u = t.underlying();
        if (u instanceof Struct) {
            String c = types.structClass(t instanceof Named ? t : u);
            mv.visitTypeInsn(NEW, c);
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", "()V", false);
        } else if (u instanceof Array a) {
            newArray(a);
        } else if (u instanceof Basic b && b.isString()) {
            mv.visitLdcInsn("");
        } else if (u instanceof Basic b && b.isComplex()) {
            Rt.CPLX_ZERO.getStatic(mv);
        } else {
            Bytecode.defaultValue(mv, asm(t));
        }
    }

    /** A fresh zero array; elements that are not JVM defaults (strings, structs, arrays, complex) filled. */
    void newArray(Array a) {
        org.objectweb.asm.Type at = asm(a);
        org.objectweb.asm.Type et = at.getElementType();
        boolean needsFill = at.getDimensions() > 1 || et.getSort() == org.objectweb.asm.Type.OBJECT;
        if (needsFill && !isNilZero(a.elem())) {
            f.typeConsts.push(mv, a);
            Rt.ZERO_VALUE.invokeVirtual(mv);
            mv.visitTypeInsn(CHECKCAST, at.getDescriptor());
            return;
        }
        Bytecode.iconst(mv, (int) a.len());
        newArrayOf(at);
    }

    /** NEWARRAY/ANEWARRAY for the length on the stack; at is the array type. */
    void newArrayOf(org.objectweb.asm.Type at) {
        org.objectweb.asm.Type comp = org.objectweb.asm.Type.getType(at.getDescriptor().substring(1));
        switch (comp.getSort()) {
            case org.objectweb.asm.Type.BOOLEAN: mv.visitIntInsn(NEWARRAY, T_BOOLEAN); break;
            case org.objectweb.asm.Type.INT: mv.visitIntInsn(NEWARRAY, T_INT); break;
            case org.objectweb.asm.Type.LONG: mv.visitIntInsn(NEWARRAY, T_LONG); break;
            case org.objectweb.asm.Type.FLOAT: mv.visitIntInsn(NEWARRAY, T_FLOAT); break;
            case org.objectweb.asm.Type.DOUBLE: mv.visitIntInsn(NEWARRAY, T_DOUBLE); break;
            default: mv.visitTypeInsn(ANEWARRAY, comp.getSort() == org.objectweb.asm.Type.ARRAY
                    ? comp.getDescriptor() : comp.getInternalName());
        }
    }

    /** Whether the zero value of t is JVM null/0 (no allocation needed). */
    static boolean isNilZero(Type t) {
        Type u = t.underlying();
        if (u instanceof Struct || u instanceof Array) {
            return false;
        }
        return !(u instanceof Basic b) || !(b.isString() || b.isComplex());
    }

    // ---- variables ----

    void loadGlobal(golc.ir.Global g) {
        String owner = Gen.packageClass(g.pkgPath());
        org.objectweb.asm.Type t = asm(g.type());
        if (gen.cellGlobals.contains(g)) {
            String cc = FuncGen.cellClass(t);
            mv.visitFieldInsn(GETSTATIC, owner, g.name(), "L" + cc + ";");
            mv.visitFieldInsn(GETFIELD, cc, "value", FuncGen.cellFieldDesc(t));
            if (!FuncGen.cellFieldDesc(t).equals(t.getDescriptor())) {
                mv.visitTypeInsn(CHECKCAST, t.getInternalName());
            }
        } else {
            mv.visitFieldInsn(GETSTATIC, owner, g.name(), t.getDescriptor());
        }
    }

    private void makeClosure(Expr.MakeClosure m) {
        String c = gen.funcClass(m.fn());
        StringBuilder desc = new StringBuilder("(");
        mv.visitTypeInsn(NEW, c);
        mv.visitInsn(DUP);
        for (Local l : m.captures()) {
            if (l.boxed()) {
                f.loadCell(l);
            } else {
                f.loadLocal(l);
            }
            desc.append(FuncGen.captureDesc(gen, l));
        }
        desc.append(")V");
        mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", desc.toString(), false);
    }

    // ---- struct fields, indexing, slicing, pointers ----

    private void field(Expr.Field fl) {
        expr(fl.x());
        Type st = structTypeOf(fl.x().type());
        String owner = types.structClass(st);
        Struct s = (Struct) st.underlying();
        mv.visitFieldInsn(GETFIELD, owner, StructGen.fieldName(s, fl.index()), types.desc(s.field(fl.index()).type()));
    }

    /** The struct type a Field's operand is (a struct, or a pointer to one). */
    static Type structTypeOf(Type x) {
        if (x.underlying() instanceof Pointer p) {
            return p.elem();
        }
        return x;
    }

    private void index(Expr.Index ix) {
        Type xt = ix.x().type().underlying();
        if (xt instanceof Basic) {
            expr(ix.x());
            index64(ix.index());
            Rt.STR_INDEX.invokeStatic(mv);
            return;
        }
        if (xt instanceof MapType mt) {
            expr(ix.x());
            exprAs(ix.index(), mt.key());
            Bytecode.box(mv, asm(mt.key()));
            mv.visitInsn(ACONST_NULL);
            Rt.MAP_GET.invokeStatic(mv);
            mapValue(mt.elem());
            return;
        }
        elementRef(ix);
        mv.visitInsn(asm(ix.type()).getOpcode(IALOAD));
    }

    /** Turns what Maps.get returned (the JVM-boxed value or null when absent) into the element value. */
    private void mapValue(Type elem) {
        Label have = new Label();
        Label done = new Label();
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, have);
        mv.visitInsn(POP);
        zero(elem);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(have);
        Bytecode.unbox(mv, asm(elem));
        mv.visitLabel(done);
    }

    /** Pushes the JVM array and the checked position of element ix (array, *array or slice). */
    void elementRef(Expr.Index ix) {
        Type xt = ix.x().type().underlying();
        RangeLoops.Info range = f.rangeFor(ix.x(), ix.index());
        if (range != null) {
            elementRefInRange(ix, xt, range);
            return;
        }
        if (xt instanceof Slice) {
            int tmp = f.newSlot(1);
            expr(ix.x());
            mv.visitVarInsn(ASTORE, tmp);
            mv.visitVarInsn(ALOAD, tmp);
            index64(ix.index());
            (isUnsigned(ix.index().type()) ? Rt.SLICE_INDEX_U : Rt.SLICE_INDEX).invokeStatic(mv);
            int pos = f.newSlot(1);
            mv.visitVarInsn(ISTORE, pos);
            mv.visitVarInsn(ALOAD, tmp);
            mv.visitFieldInsn(GETFIELD, JvmTypes.SLICE, "array", "Ljava/lang/Object;");
            mv.visitTypeInsn(CHECKCAST, asm(new Array(0, ix.type())).getDescriptor());
            mv.visitVarInsn(ILOAD, pos);
            return;
        }
        // (*p)[i] indexes through p: p may be a window into a larger array (ArrayWindow).
        Expr x = ix.x();
        if (xt instanceof Array && x instanceof Expr.Deref d) {
            x = d.x();
            xt = x.type().underlying();
        }
        if (xt instanceof Pointer p) {
            // A pointer to an array: Values.arrayBase/arrayOffset give the JVM array and where element 0 is.
            long n = ((Array) p.elem().underlying()).len();
            String arrDesc = asm(p.elem()).getDescriptor();
            int ptr = f.newSlot(1);
            expr(x);
            mv.visitTypeInsn(CHECKCAST, JvmTypes.POINTER);
            mv.visitVarInsn(ASTORE, ptr);
            mv.visitVarInsn(ALOAD, ptr);
            Rt.ARRAY_BASE.invokeStatic(mv);
            mv.visitInsn(POP); // nil check before the index is evaluated, as Go does
            index64(ix.index());
            Bytecode.iconst(mv, (int) n);
            Rt.CHECK_INDEX.invokeStatic(mv);
            mv.visitVarInsn(ALOAD, ptr);
            Rt.ARRAY_OFFSET.invokeStatic(mv);
            mv.visitInsn(IADD);
            int pos = f.newSlot(1);
            mv.visitVarInsn(ISTORE, pos);
            mv.visitVarInsn(ALOAD, ptr);
            Rt.ARRAY_BASE.invokeStatic(mv);
            mv.visitTypeInsn(CHECKCAST, arrDesc);
            mv.visitVarInsn(ILOAD, pos);
            return;
        }
        // An array value.
        Type arrType = x.type();
        String arrDesc = asm(arrType).getDescriptor();
        int tmp = f.newSlot(1);
        expr(x);
        mv.visitVarInsn(ASTORE, tmp);
        index64(ix.index());
        mv.visitVarInsn(ALOAD, tmp);
        mv.visitTypeInsn(CHECKCAST, arrDesc);
        mv.visitInsn(ARRAYLENGTH);
        Rt.CHECK_INDEX.invokeStatic(mv);
        int pos = f.newSlot(1);
        mv.visitVarInsn(ISTORE, pos);
        mv.visitVarInsn(ALOAD, tmp);
        mv.visitTypeInsn(CHECKCAST, arrDesc);
        mv.visitVarInsn(ILOAD, pos);
    }

    /**
     * {@link #elementRef} of an element known to be in range (the index of an enclosing range loop over it, see
     * RangeLoops): no Go bounds check, the JVM's array check remains. The index is a local, so evaluating it
     * after the sequence changes nothing.
     */
    private void elementRefInRange(Expr.Index ix, Type xt, RangeLoops.Info range) {
        if (xt instanceof Slice) {
            int tmp = f.newSlot(1);
            expr(ix.x());
            mv.visitVarInsn(ASTORE, tmp);
            mv.visitVarInsn(ALOAD, tmp);
            mv.visitFieldInsn(GETFIELD, JvmTypes.SLICE, "array", "Ljava/lang/Object;");
            mv.visitTypeInsn(CHECKCAST, asm(new Array(0, ix.type())).getDescriptor());
            mv.visitVarInsn(ALOAD, tmp);
            mv.visitFieldInsn(GETFIELD, JvmTypes.SLICE, "off", "I");
            f.loadRangeIndex(range);
            mv.visitInsn(IADD);
            return;
        }
        Type arrType = xt instanceof Pointer p ? p.elem() : ix.x().type();
        expr(ix.x());
        if (xt instanceof Pointer) {
            derefPointer(arrType);
        }
        mv.visitTypeInsn(CHECKCAST, asm(arrType).getDescriptor());
        f.loadRangeIndex(range);
    }

    static boolean isUnsigned(Type t) {
        return t.underlying() instanceof Basic b && b.isUnsigned();
    }

    /** Pushes an integer expression as a long (sign- or zero-extended by its type). */
    void index64(Expr i) {
        expr(i);
        org.objectweb.asm.Type t = asm(i.type());
        if (t.getSort() == org.objectweb.asm.Type.INT) {
            if (i.type().underlying() instanceof Basic b && b.kind() == Basic.Kind.UINT32) {
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "toUnsignedLong", "(I)J", false);
            } else {
                mv.visitInsn(I2L);
            }
        }
    }

    private void sliceExpr(Expr.SliceExpr s) {
        Type xt = s.x().type().underlying();
        if (xt instanceof Basic) {
            int tmp = f.newSlot(1);
            expr(s.x());
            mv.visitVarInsn(ASTORE, tmp);
            mv.visitVarInsn(ALOAD, tmp);
            bound(s.lo(), () -> Bytecode.lconst(mv, 0));
            bound(s.hi(), () -> {
                mv.visitVarInsn(ALOAD, tmp);
                Rt.STR_LENGTH.invokeVirtual(mv);
                mv.visitInsn(I2L);
            });
            Rt.STR_SLICE.invokeStatic(mv);
            return;
        }
        Expr x = s.x();
        if (xt instanceof Array && x instanceof Expr.Deref d) {
            x = d.x();
            xt = x.type().underlying();
        }
        if (xt instanceof Pointer p) {
            // through the pointer, which may be a window into a larger array (ArrayWindow)
            expr(x);
            mv.visitTypeInsn(CHECKCAST, JvmTypes.POINTER);
            bound(s.lo(), () -> Bytecode.lconst(mv, 0));
            bound(s.hi(), () -> Bytecode.lconst(mv, ((Array) p.elem().underlying()).len()));
            if (s.max() != null) {
                index64(s.max());
                Rt.SLICE_PTR3.invokeStatic(mv);
            } else {
                Rt.SLICE_PTR.invokeStatic(mv);
            }
            return;
        }
        int tmp = f.newSlot(1);
        boolean isSlice = xt instanceof Slice;
        expr(s.x());
        mv.visitVarInsn(ASTORE, tmp);
        mv.visitVarInsn(ALOAD, tmp);
        bound(s.lo(), () -> Bytecode.lconst(mv, 0));
        bound(s.hi(), () -> {
            mv.visitVarInsn(ALOAD, tmp);
            if (isSlice) {
                mv.visitTypeInsn(CHECKCAST, JvmTypes.SLICE);
                Rt.SLICE_LEN.invokeStatic(mv);
            } else {
                mv.visitTypeInsn(CHECKCAST, asm(s.x().type()).getDescriptor());
                mv.visitInsn(ARRAYLENGTH);
                mv.visitInsn(I2L);
            }
        });
        if (s.max() != null) {
            index64(s.max());
            (isSlice ? Rt.SLICE_SLICE3 : Rt.SLICE_ARRAY3).invokeStatic(mv);
        } else {
            (isSlice ? Rt.SLICE_SLICE : Rt.SLICE_ARRAY).invokeStatic(mv);
        }
    }

    private void bound(Expr e, Runnable dflt) {
        if (e == null) {
            dflt.run();
        } else {
            index64(e);
        }
    }

    private void deref(Expr.Deref d) {
        expr(d.x());
        if (JvmTypes.isStruct(d.type())) {
            Rt.NIL_CHECK.invokeStatic(mv);
            mv.visitTypeInsn(CHECKCAST, types.structClass(d.type()));
        } else {
            derefPointer(d.type());
        }
    }

    /** The golc.rt.Pointer on the stack → the value it points to (of type elem). */
    void derefPointer(Type elem) {
        mv.visitTypeInsn(CHECKCAST, JvmTypes.POINTER);
        Rt.NIL_CHECK.invokeStatic(mv);
        mv.visitTypeInsn(CHECKCAST, JvmTypes.POINTER);
        Rt.PTR_GET.invokeVirtual(mv);
        Bytecode.unbox(mv, asm(elem));
    }

    /** Pushes &x: the struct object for struct variables, else a golc.rt.Pointer to the variable. */
    void addrOf(Expr x) {
        if (JvmTypes.isStruct(x.type())) {
            // A pointer to a struct is the struct object itself, wherever it lives.
            expr(x);
            return;
        }
        if (x.type().underlying() instanceof Array && !(x instanceof Expr.LocalRef l0 && FuncGen.isCell(l0.local()))) {
            // A pointer to an array variable points at the array object, which assignment never replaces.
            mv.visitTypeInsn(NEW, Rt.ARRAY_PTR.owner);
            mv.visitInsn(DUP);
            expr(x);
            f.typeConsts.push(mv, x.type());
            Rt.ARRAY_PTR.invokeSpecial(mv);
            return;
        }
        if (x instanceof Expr.LocalRef l) {
            if (!l.local().boxed()) {
                throw new IllegalStateException("codegen: address of unboxed local " + l.local());
            }
            f.loadCell(l.local());
        } else if (x instanceof Expr.GlobalRef g) {
            org.objectweb.asm.Type t = asm(g.type());
            mv.visitFieldInsn(GETSTATIC, Gen.packageClass(g.global().pkgPath()), g.global().name(),
                    "L" + FuncGen.cellClass(t) + ";");
        } else if (x instanceof Expr.Field fl) {
            mv.visitTypeInsn(NEW, "golc/rt/cg/FieldPtr");
            mv.visitInsn(DUP);
            expr(fl.x());
            Rt.NIL_CHECK.invokeStatic(mv);
            mv.visitTypeInsn(CHECKCAST, JvmTypes.GOSTRUCT);
            Bytecode.iconst(mv, fl.index());
            Rt.FIELD_PTR.invokeSpecial(mv);
        } else if (x instanceof Expr.Index ix) {
            int arr = f.newSlot(1);
            int pos = f.newSlot(1);
            elementRef(ix);
            mv.visitVarInsn(ISTORE, pos);
            mv.visitVarInsn(ASTORE, arr);
            mv.visitTypeInsn(NEW, Rt.ELEM_PTR.owner);
            mv.visitInsn(DUP);
            mv.visitVarInsn(ALOAD, arr);
            mv.visitVarInsn(ILOAD, pos);
            Rt.ELEM_PTR.invokeSpecial(mv);
        } else if (x instanceof Expr.Deref d) {
            // &*p == p, but evaluating *p panics when p is nil, so &*p must too.
            expr(d.x());
            Rt.NIL_CHECK.invokeStatic(mv);
            mv.visitTypeInsn(CHECKCAST, asm(d.x().type()).getInternalName());
        } else {
            throw new IllegalArgumentException("codegen: cannot take the address of " + x);
        }
    }

    /** Replaces the struct or array value on the stack by a fresh copy. */
    void copy(Type t) {
        if (JvmTypes.isStruct(t)) {
            String c = types.structClass(t);
            mv.visitMethodInsn(INVOKEVIRTUAL, c, "$copy", "()L" + c + ";", false);
        } else if (t.underlying() instanceof Array) {
            f.typeConsts.push(mv, t);
            mv.visitInsn(SWAP);
            Rt.COPY_VALUE.invokeStatic(mv);
            mv.visitTypeInsn(CHECKCAST, asm(t).getDescriptor());
        }
    }

    /** Stack: dst, src (struct or array values of type t) → copies src into dst's object. */
    void assignInPlace(Type t) {
        if (JvmTypes.isStruct(t)) {
            assignStructInPlace(t);
        } else {
            f.typeConsts.push(mv, t);
            Rt.ASSIGN_ARRAY.invokeStatic(mv);
        }
    }

    /** Stack: dst struct, src struct → copies src's fields into dst. */
    void assignStructInPlace(Type t) {
        String c = types.structClass(t);
        mv.visitMethodInsn(INVOKEVIRTUAL, c, "$assign", "(L" + c + ";)V", false);
    }

    // ---- assignment ----

    void assign(Expr target, Expr value) {
        Type tt = target.type();
        boolean struct = JvmTypes.isStruct(tt);
        if ((struct || tt.underlying() instanceof Array) && !(target instanceof Expr.Index ix0
                && ix0.x().type().underlying() instanceof MapType)
                && !(!struct && target instanceof Expr.Deref)) {
            // (*p = v for an array pointer goes through Pointer.set below: p may be a window, ArrayWindow.)
            // A struct or array variable is its object: assignment copies the value into it, so that
            // pointers to the variable (or into it) stay valid.
            expr(target);
            exprAs(value, tt);
            assignInPlace(tt);
            return;
        }
        if (target instanceof Expr.LocalRef l) {
            f.storeLocal(l.local(), () -> exprAs(value, tt));
        } else if (target instanceof Expr.GlobalRef g) {
            String owner = Gen.packageClass(g.global().pkgPath());
            org.objectweb.asm.Type t = asm(tt);
            if (struct) {
                mv.visitFieldInsn(GETSTATIC, owner, g.global().name(), t.getDescriptor());
                exprAs(value, tt);
                assignStructInPlace(tt);
            } else if (gen.cellGlobals.contains(g.global())) {
                String cc = FuncGen.cellClass(t);
                mv.visitFieldInsn(GETSTATIC, owner, g.global().name(), "L" + cc + ";");
                exprAs(value, tt);
                mv.visitFieldInsn(PUTFIELD, cc, "value", FuncGen.cellFieldDesc(t));
            } else {
                exprAs(value, tt);
                mv.visitFieldInsn(PUTSTATIC, owner, g.global().name(), t.getDescriptor());
            }
        } else if (target instanceof Expr.Field fl) {
            Type st = structTypeOf(fl.x().type());
            String owner = types.structClass(st);
            Struct s = (Struct) st.underlying();
            String name = StructGen.fieldName(s, fl.index());
            expr(fl.x());
            if (struct) {
                mv.visitFieldInsn(GETFIELD, owner, name, types.desc(tt));
                exprAs(value, tt);
                assignStructInPlace(tt);
            } else {
                exprAs(value, tt);
                mv.visitFieldInsn(PUTFIELD, owner, name, types.desc(tt));
            }
        } else if (target instanceof Expr.Index ix && ix.x().type().underlying() instanceof MapType mt) {
            expr(ix.x());
            exprAs(ix.index(), mt.key());
            Bytecode.box(mv, asm(mt.key()));
            exprAs(value, mt.elem());
            Bytecode.box(mv, asm(mt.elem()));
            Rt.MAP_PUT.invokeStatic(mv);
        } else if (target instanceof Expr.Index ix) {
            elementRef(ix);
            if (struct) {
                mv.visitInsn(AALOAD);
                exprAs(value, tt);
                assignStructInPlace(tt);
            } else {
                exprAs(value, tt);
                mv.visitInsn(asm(tt).getOpcode(IASTORE));
            }
        } else if (target instanceof Expr.Deref d) {
            expr(d.x());
            if (struct) {
                Rt.NIL_CHECK.invokeStatic(mv);
                mv.visitTypeInsn(CHECKCAST, types.structClass(tt));
                exprAs(value, tt);
                assignStructInPlace(tt);
            } else {
                mv.visitTypeInsn(CHECKCAST, JvmTypes.POINTER);
                Rt.NIL_CHECK.invokeStatic(mv);
                mv.visitTypeInsn(CHECKCAST, JvmTypes.POINTER);
                exprAs(value, tt);
                Bytecode.box(mv, asm(tt));
                Rt.PTR_SET.invokeVirtual(mv);
            }
        } else {
            throw new IllegalArgumentException("codegen: cannot assign to " + target);
        }
    }

    // ---- conditions ----

    /** Jumps to {@code target} if cond evaluates to {@code jumpIf}; falls through otherwise. */
    void cond(Expr cond, Label target, boolean jumpIf) {
        if (cond instanceof Expr.Unary u && u.op() == Op.NOT) {
            cond(u.x(), target, !jumpIf);
            return;
        }
        if (cond instanceof Expr.Binary b && (b.op() == Op.LAND || b.op() == Op.LOR)) {
            boolean and = b.op() == Op.LAND;
            if (and != jumpIf) {
                // jump if (x && y) == false, or (x || y) == true: either operand decides alone
                cond(b.x(), target, jumpIf);
                cond(b.y(), target, jumpIf);
            } else {
                Label skip = new Label();
                cond(b.x(), skip, !jumpIf);
                cond(b.y(), target, jumpIf);
                mv.visitLabel(skip);
            }
            return;
        }
        if (cond instanceof Expr.Binary b && Arith.isComparison(b.op())) {
            arith.compareJump(b, target, !jumpIf);
            return;
        }
        expr(cond);
        if (cond.type().underlying() instanceof Interface) {
            // A tagless switch case of interface type (case i: with i an interface{} holding a bool) means
            // i == true.
            mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "TRUE", "Ljava/lang/Boolean;");
            Rt.IFACE_EQ.invokeStatic(mv);
        }
        mv.visitJumpInsn(jumpIf ? IFNE : IFEQ, target);
    }

    /** Pushes a boolean expression's value via {@link #cond} (for && and || used as values). */
    void boolValue(Expr e) {
        Label no = new Label();
        Label done = new Label();
        cond(e, no, false);
        mv.visitInsn(ICONST_1);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(no);
        mv.visitInsn(ICONST_0);
        mv.visitLabel(done);
    }

    // ---- boxed argument arrays (Func.invoke, defer) ----

    void boxedArgs(List<Expr> args) {
        boxedArgs(args, args.stream().map(Expr::type).toList());
    }

    void boxedArgs(List<Expr> args, List<Type> paramTypes) {
        Bytecode.iconst(mv, args.size());
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < args.size(); i++) {
            mv.visitInsn(DUP);
            Bytecode.iconst(mv, i);
            Type pt = i < paramTypes.size() ? paramTypes.get(i) : args.get(i).type();
            exprAs(args.get(i), pt);
            Bytecode.box(mv, asm(pt));
            mv.visitInsn(AASTORE);
        }
    }
}
