package golc.codegen;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The contract between generated code and the runtime, as one table: every runtime method or field that
 * codegen emits a reference to (owner, name, descriptor). {@code RtContractTest} checks each entry exists in the
 * runtime, so that a renamed runtime method fails a test rather than a user's program at run time.
 */
enum Rt {
    // panics
    GOPANIC_NEW("golc/rt/GoPanic", "<init>", "(Ljava/lang/Object;)V"),
    // slices
    SLICE_LEN("golc/rt/Slice", "len", "(Lgolc/rt/Slice;)J"),
    SLICE_CAP("golc/rt/Slice", "cap", "(Lgolc/rt/Slice;)J"),
    SLICE_MAKE("golc/rt/Slice", "make", "(Lgolc/rt/GoType;JJ)Lgolc/rt/Slice;"),
    SLICE_INDEX("golc/rt/Slice", "index", "(Lgolc/rt/Slice;J)I"),
    SLICE_INDEX_U("golc/rt/Slice", "indexUnsigned", "(Lgolc/rt/Slice;J)I"),
    CHECK_INDEX("golc/rt/Slice", "checkIndex", "(JI)I"),
    SLICE_SLICE("golc/rt/Slice", "slice", "(Lgolc/rt/Slice;JJ)Lgolc/rt/Slice;"),
    SLICE_SLICE3("golc/rt/Slice", "slice3", "(Lgolc/rt/Slice;JJJ)Lgolc/rt/Slice;"),
    SLICE_ARRAY("golc/rt/Slice", "sliceArray", "(Ljava/lang/Object;JJ)Lgolc/rt/Slice;"),
    SLICE_ARRAY3("golc/rt/Slice", "sliceArray3", "(Ljava/lang/Object;JJJ)Lgolc/rt/Slice;"),
    SLICE_APPEND_ALL("golc/rt/Slice", "appendAll", "(Lgolc/rt/Slice;Lgolc/rt/GoType;Ljava/lang/Object;)Lgolc/rt/Slice;"),
    SLICE_APPEND_SLICE("golc/rt/Slice", "appendSlice", "(Lgolc/rt/Slice;Lgolc/rt/GoType;Lgolc/rt/Slice;)Lgolc/rt/Slice;"),
    SLICE_APPEND_STRING("golc/rt/Slice", "appendString", "(Lgolc/rt/Slice;Ljava/lang/String;)Lgolc/rt/Slice;"),
    SLICE_COPY("golc/rt/Slice", "copy", "(Lgolc/rt/Slice;Lgolc/rt/Slice;Lgolc/rt/GoType;)J"),
    SLICE_COPY_STRING("golc/rt/Slice", "copyString", "(Lgolc/rt/Slice;Ljava/lang/String;)J"),
    // strings (codegen's own helpers)
    STR_INDEX("golc/rt/Strings", "at", "(Ljava/lang/String;J)I"),
    STR_SLICE("golc/rt/Strings", "substring", "(Ljava/lang/String;JJ)Ljava/lang/String;"),
    STR_FROM_RUNE("golc/rt/Strings", "fromRune", "(J)Ljava/lang/String;"),
    STR_DECODE("golc/rt/Strings", "decodeRune", "(Ljava/lang/String;I)J"),
    STR_TO_BYTES("golc/rt/Strings", "toSlice", "(Ljava/lang/String;)Lgolc/rt/Slice;"),
    STR_FROM_BYTES("golc/rt/Strings", "fromSlice", "(Lgolc/rt/Slice;)Ljava/lang/String;"),
    STR_TO_RUNES("golc/rt/Strings", "toRunes", "(Ljava/lang/String;)Lgolc/rt/Slice;"),
    STR_FROM_RUNES("golc/rt/Strings", "fromRunes", "(Lgolc/rt/Slice;)Ljava/lang/String;"),
    STR_CONCAT("java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;"),
    STR_COMPARE("java/lang/String", "compareTo", "(Ljava/lang/String;)I"),
    STR_EQUALS("java/lang/String", "equals", "(Ljava/lang/Object;)Z"),
    STR_LENGTH("java/lang/String", "length", "()I"),
    // arithmetic
    SHL64("golc/rt/cg/Ops", "shl", "(JJ)J"),
    SHR64("golc/rt/cg/Ops", "shr", "(JJ)J"),
    USHR64("golc/rt/cg/Ops", "ushr", "(JJ)J"),
    SHL32("golc/rt/cg/Ops", "shl", "(IJ)I"),
    SHR32("golc/rt/cg/Ops", "shr", "(IJ)I"),
    USHR32("golc/rt/cg/Ops", "ushr", "(IJ)I"),
    SHIFT_COUNT("golc/rt/cg/Ops", "checkShift", "(J)J"),
    DIV64("golc/rt/cg/Ops", "div", "(JJ)J"),
    REM64("golc/rt/cg/Ops", "rem", "(JJ)J"),
    DIV32("golc/rt/cg/Ops", "div", "(II)I"),
    REM32("golc/rt/cg/Ops", "rem", "(II)I"),
    UDIV64("golc/rt/cg/Ops", "udiv", "(JJ)J"),
    UREM64("golc/rt/cg/Ops", "urem", "(JJ)J"),
    UDIV32("golc/rt/cg/Ops", "udiv", "(II)I"),
    UREM32("golc/rt/cg/Ops", "urem", "(II)I"),
    UCMP64("java/lang/Long", "compareUnsigned", "(JJ)I"),
    UCMP32("java/lang/Integer", "compareUnsigned", "(II)I"),
    U64_TO_F64("golc/rt/cg/Conv", "u64ToF64", "(J)D"),
    U64_TO_F32("golc/rt/cg/Conv", "u64ToF32", "(J)F"),
    U32_TO_F64("golc/rt/cg/Conv", "u32ToF64", "(I)D"),
    U32_TO_F32("golc/rt/cg/Conv", "u32ToF32", "(I)F"),
    F64_TO_I64("golc/rt/cg/Conv", "f64ToI64", "(D)J"),
    F64_TO_U64("golc/rt/cg/Conv", "f64ToU64", "(D)J"),
    F64_TO_I32("golc/rt/cg/Conv", "f64ToI32", "(D)I"),
    F64_TO_U32("golc/rt/cg/Conv", "f64ToU32", "(D)I"),
    // complex numbers
    CPLX_NEW("golc/rt/Complex", "<init>", "(DD)V"),
    CPLX_ZERO("golc/rt/Complex", "ZERO", "Lgolc/rt/Complex;"),
    CPLX_EQ("golc/rt/Complex", "eq", "(Lgolc/rt/Complex;Lgolc/rt/Complex;)Z"),
    CPLX_REAL("golc/rt/Complex", "re", "D"),
    CPLX_IMAG("golc/rt/Complex", "im", "D"),
    CPLX_NEG("golc/rt/Complex", "neg", "()Lgolc/rt/Complex;"),
    CPLX_ROUND32("golc/rt/Complex", "toComplex64", "()Lgolc/rt/Complex;"),
    // values: interfaces, equality, copies, pointers
    IFACE_EQ("golc/rt/Types", "ifaceEq", "(Ljava/lang/Object;Ljava/lang/Object;)Z"),
    ARRAY_EQ("golc/rt/cg/Values", "arrayEq", "(Ljava/lang/Object;Ljava/lang/Object;Lgolc/rt/GoType;)Z"),
    CPLX_ADD("golc/rt/Complex", "add", "(Lgolc/rt/Complex;)Lgolc/rt/Complex;"),
    CPLX_SUB("golc/rt/Complex", "sub", "(Lgolc/rt/Complex;)Lgolc/rt/Complex;"),
    CPLX_MUL("golc/rt/Complex", "mul", "(Lgolc/rt/Complex;)Lgolc/rt/Complex;"),
    CPLX_DIV("golc/rt/Complex", "div", "(Lgolc/rt/Complex;)Lgolc/rt/Complex;"),
    ZERO_VALUE("golc/rt/GoType", "zero", "()Ljava/lang/Object;"),
    COPY_VALUE("golc/rt/Types", "copyValue", "(Lgolc/rt/GoType;Ljava/lang/Object;)Ljava/lang/Object;"),
    ASSIGN_ARRAY("golc/rt/cg/Values", "assignArray", "(Ljava/lang/Object;Ljava/lang/Object;Lgolc/rt/GoType;)V"),
    ARRAY_BASE("golc/rt/cg/Values", "arrayBase", "(Lgolc/rt/Pointer;)Ljava/lang/Object;"),
    ARRAY_OFFSET("golc/rt/cg/Values", "arrayOffset", "(Lgolc/rt/Pointer;)I"),
    SLICE_PTR("golc/rt/cg/Values", "slicePointer", "(Lgolc/rt/Pointer;JJ)Lgolc/rt/Slice;"),
    SLICE_PTR3("golc/rt/cg/Values", "slicePointer3", "(Lgolc/rt/Pointer;JJJ)Lgolc/rt/Slice;"),
    SLICE_TO_ARRAY_PTR("golc/rt/cg/Values", "sliceToArrayPointer", "(Lgolc/rt/Slice;JLgolc/rt/GoType;)Lgolc/rt/Pointer;"),
    ARRAY_PTR("golc/rt/cg/ArrayPtr", "<init>", "(Ljava/lang/Object;Lgolc/rt/GoType;)V"),
    VALUE_HASH("golc/rt/Types", "valueHash", "(Lgolc/rt/GoType;Ljava/lang/Object;)I"),
    BOX("golc/rt/Box", "<init>", "(Lgolc/rt/GoType;Ljava/lang/Object;)V"),
    ASSERT_TYPE("golc/rt/Types", "assertType", "(Ljava/lang/Object;Lgolc/rt/GoType;Lgolc/rt/GoType;)Ljava/lang/Object;"),
    ASSERT_IFACE("golc/rt/Types", "assertType", "(Ljava/lang/Object;Lgolc/rt/GoType;Lgolc/rt/GoType;)Ljava/lang/Object;"),
    IS_TYPE("golc/rt/Types", "is", "(Ljava/lang/Object;Lgolc/rt/GoType;)Z"),
    IS_IFACE("golc/rt/Types", "is", "(Ljava/lang/Object;Lgolc/rt/GoType;)Z"),
    NON_NIL_RECEIVER("golc/rt/RuntimeError", "nonNilReceiver",
            "(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/Object;"),
    NIL_CHECK("golc/rt/cg/Values", "nilCheck", "(Ljava/lang/Object;)Ljava/lang/Object;"),
    PTR_GET("golc/rt/Pointer", "get", "()Ljava/lang/Object;"),
    PTR_SET("golc/rt/Pointer", "set", "(Ljava/lang/Object;)V"),
    FIELD_PTR("golc/rt/cg/FieldPtr", "<init>", "(Lgolc/rt/GoStruct;I)V"),
    ELEM_PTR("golc/rt/Pointer$Elem", "<init>", "(Ljava/lang/Object;I)V"),
    TYPE_DEFINE_BEGIN("golc/rt/cg/TypeDefs", "begin", "(Lgolc/rt/GoType;)Z"),
    TYPE_DEFINE_END("golc/rt/cg/TypeDefs", "end", "(Lgolc/rt/GoType;)V"),
    // type descriptors
    TYPE_POINTER("golc/rt/GoType", "pointer", "(%s)%s"),
    TYPE_SLICE("golc/rt/GoType", "slice", "(%s)%s"),
    TYPE_ARRAY("golc/rt/GoType", "array", "(J%s)%s"),
    TYPE_MAP("golc/rt/GoType", "map", "(%s%s)%s"),
    TYPE_CHAN("golc/rt/GoType", "chan", "(I%s)%s"),
    TYPE_STRUCT("golc/rt/GoType", "struct", "([Lgolc/rt/GoType$Field;Ljava/lang/Class;)%s"),
    TYPE_STRUCT_METHODS("golc/rt/GoType", "struct",
            "([Lgolc/rt/GoType$Field;Ljava/lang/Class;[Lgolc/rt/GoType$Method;[Lgolc/rt/GoType$Method;)%s"),
    TYPE_IFACE("golc/rt/GoType", "iface", "([Lgolc/rt/GoType$Method;)%s"),
    TYPE_FUNC("golc/rt/GoType", "func", "([%s[%sZ)%s"),
    TYPE_NAMED("golc/rt/GoType", "named", "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I)%s"),
    TYPE_DEFINE_NAMED("golc/rt/GoType", "define", "(%sLjava/lang/Class;[Lgolc/rt/GoType$Method;[Lgolc/rt/GoType$Method;)%s"),
    TYPE_EMPTY_INTERFACE("golc/rt/GoType", "EMPTY_INTERFACE", "%s"),
    TYPE_ERROR("golc/rt/GoType", "ERROR", "%s"),
    TYPE_FIELD_NEW("golc/rt/GoType$Field", "<init>", "(Ljava/lang/String;Ljava/lang/String;%sZLjava/lang/String;)V"),
    TYPE_METHOD_NEW("golc/rt/GoType$Method", "<init>", "(Ljava/lang/String;Ljava/lang/String;%s)V"),
    CONVERT_STRUCT("golc/rt/cg/Values", "convertStruct", "(Lgolc/rt/GoStruct;Lgolc/rt/GoStruct;)V"),
    PTR_LOAD("golc/rt/Pointer", "load", "(Lgolc/rt/Pointer;)Ljava/lang/Object;"),
    // maps
    MAP_MAKE("golc/rt/GoMap", "<init>", "(Lgolc/rt/GoType;)V"),
    MAP_GET("golc/rt/GoMap", "get", "(Lgolc/rt/GoMap;Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;"),
    MAP_HAS("golc/rt/GoMap", "contains", "(Lgolc/rt/GoMap;Ljava/lang/Object;)Z"),
    MAP_PUT("golc/rt/GoMap", "put", "(Lgolc/rt/GoMap;Ljava/lang/Object;Ljava/lang/Object;)V"),
    MAP_DELETE("golc/rt/GoMap", "delete", "(Lgolc/rt/GoMap;Ljava/lang/Object;)V"),
    MAP_LEN("golc/rt/GoMap", "len", "(Lgolc/rt/GoMap;)J"),
    MAP_ITER("golc/rt/GoMap", "iter", "(Lgolc/rt/GoMap;)Lgolc/rt/GoMap$Iter;"),
    MAP_ITER_NEXT("golc/rt/GoMap$Iter", "next", "()Z"),
    MAP_ITER_KEY("golc/rt/GoMap$Iter", "key", "()Ljava/lang/Object;"),
    MAP_ITER_VALUE("golc/rt/GoMap$Iter", "value", "()Ljava/lang/Object;"),
    // channels (without the goroutine transform: operations that would wait are a deadlock)
    CHAN_MAKE("golc/rt/sched/Chan", "make", "(Ljava/lang/Object;J)Lgolc/rt/sched/Chan;"),
    CHAN_LEN("golc/rt/sched/Chan", "len", "(Lgolc/rt/sched/Chan;)J"),
    CHAN_CAP("golc/rt/sched/Chan", "cap", "(Lgolc/rt/sched/Chan;)J"),
    CHAN_CLOSE("golc/rt/sched/Chan", "close", "(Lgolc/rt/sched/Chan;)V"),
    CHAN_CLOSED("golc/rt/sched/Chan", "CLOSED", "Ljava/lang/Object;"),
    CHAN_SEND("golc/rt/cg/Chans", "send", "(Lgolc/rt/sched/Chan;Ljava/lang/Object;)V"),
    CHAN_RECV("golc/rt/cg/Chans", "recv", "(Lgolc/rt/sched/Chan;)Ljava/lang/Object;"),
    CHAN_RECV2("golc/rt/cg/Chans", "recv2", "(Lgolc/rt/sched/Chan;)Ljava/lang/Object;"),
    // funcs, defer, panic
    FUNC_INVOKE("golc/rt/Func", "invoke", "([Ljava/lang/Object;)Ljava/lang/Object;"),
    FUNC_INIT("golc/rt/Func", "<init>", "()V"),
    DEFER_NEW("golc/rt/cg/Defers", "<init>", "()V"),
    DEFER_PUSH("golc/rt/cg/Defers", "push", "(Lgolc/rt/Func;[Ljava/lang/Object;)V"),
    DEFER_RUN("golc/rt/cg/Defers", "run", "(Ljava/lang/Throwable;)V"),
    DEFER_PENDING("golc/rt/cg/Defers", "pending", "()Z"),
    DEFER_INVOKE_NEXT("golc/rt/cg/Defers", "invokeNext", "()Ljava/lang/Object;"),
    DEFER_UNWIND("golc/rt/cg/Defers", "unwind", "(Ljava/lang/Throwable;)V"),
    DEFER_INVOKE_UNWINDING("golc/rt/cg/Defers", "invokeUnwinding", "()Ljava/lang/Object;"),
    DEFER_RETURNED("golc/rt/cg/Defers", "returned", "()V"),
    DEFER_PANICKED("golc/rt/cg/Defers", "panicked", "(Ljava/lang/Throwable;)V"),
    DEFER_END_UNWIND("golc/rt/cg/Defers", "endUnwind", "()V"),
    RECOVER("golc/rt/cg/Defers", "recover", "(Ljava/lang/Object;)Ljava/lang/Object;"),
    DEFER_TOKEN("golc/rt/cg/Defers", "deferToken", "()Ljava/lang/Object;"),
    // print/println builtins (stderr)
    PRINT_STRING("golc/rt/Print", "printString", "(Ljava/lang/String;)V"),
    PRINT_INT("golc/rt/Print", "printLong", "(J)V"),
    PRINT_UINT("golc/rt/Print", "printUlong", "(J)V"),
    PRINT_FLOAT("golc/rt/Print", "printDouble", "(D)V"),
    PRINT_COMPLEX("golc/rt/Print", "printComplex", "(Lgolc/rt/Complex;)V"),
    PRINT_BOOL("golc/rt/Print", "printBool", "(Z)V"),
    PRINT_POINTER("golc/rt/Print", "printPointer", "(Ljava/lang/Object;)V"),
    PRINT_IFACE("golc/rt/Print", "printIface", "(Ljava/lang/Object;)V"),
    PRINT_SLICE("golc/rt/Print", "printSlice", "(Lgolc/rt/Slice;)V"),
    PRINT_SP("golc/rt/Print", "printSp", "()V"),
    PRINT_NL("golc/rt/Print", "printNl", "()V"),
    // program entry
    ENTRY_RUN("golc/rt/Entry", "run", "([Ljava/lang/String;Ljava/lang/Runnable;)V");

    final String owner;
    final String name;
    final String desc;

    Rt(String owner, String name, String desc) {
        this.owner = owner;
        this.name = name;
        this.desc = desc.replace("%s", "Lgolc/rt/GoType;");
    }

    boolean isField() {
        return !desc.startsWith("(");
    }

    /** Emits a call of this static method. */
    void invokeStatic(MethodVisitor mv) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, desc, false);
    }

    void invokeVirtual(MethodVisitor mv) {
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, name, desc, false);
    }

    void invokeSpecial(MethodVisitor mv) {
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, owner, name, desc, false);
    }

    void getStatic(MethodVisitor mv) {
        mv.visitFieldInsn(Opcodes.GETSTATIC, owner, name, desc);
    }

    void getField(MethodVisitor mv) {
        mv.visitFieldInsn(Opcodes.GETFIELD, owner, name, desc);
    }

    /** new owner(args...): the arguments are emitted by {@code args} after NEW/DUP. */
    void construct(MethodVisitor mv, Runnable args) {
        mv.visitTypeInsn(Opcodes.NEW, owner);
        mv.visitInsn(Opcodes.DUP);
        args.run();
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, owner, "<init>", desc, false);
    }
}
