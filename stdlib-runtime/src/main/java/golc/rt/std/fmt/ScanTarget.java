package golc.rt.std.fmt;

import golc.rt.Complex;
import golc.rt.GoType;
import golc.rt.Kind;
import golc.rt.Pointer;
import golc.rt.Strings;
import golc.rt.Types;

/**
 * What scan.go's reflect-free scanner needs for pointers to named types (*Celsius, *MyBytes): the
 * kind of the variable pointed to, and a store converting the scanned value to its representation.
 */
final class ScanTarget {
    // scan.go's target* constants.
    static final long NOT_POINTER = 0;
    static final long BOOL = 1;
    static final long INT = 2;
    static final long UINT = 3;
    static final long STRING = 4;
    static final long BYTES = 5;
    static final long FLOAT = 6;
    static final long COMPLEX = 7;
    static final long OTHER = 8;

    private ScanTarget() {
    }

    /** {kind, bits} as Go results (Long, Long); bits is the size of numeric variables, else 0. */
    static Object[] classify(Object arg) {
        GoType t = arg == null ? null : Types.typeOf(arg);
        if (t == null || t.kind() != Kind.POINTER) {
            return new Object[] {NOT_POINTER, 0L};
        }
        GoType e = t.elem();
        Kind k = e.kind();
        long bits = e.size() * 8;
        if (k == Kind.BOOL) {
            return new Object[] {BOOL, 0L};
        } else if (k.isInteger()) {
            return new Object[] {k.isUnsigned() ? UINT : INT, bits};
        } else if (k.isFloat()) {
            return new Object[] {FLOAT, bits};
        } else if (k.isComplex()) {
            return new Object[] {COMPLEX, bits};
        } else if (k == Kind.STRING) {
            return new Object[] {STRING, 0L};
        } else if (k == Kind.SLICE && e.elem().kind() == Kind.UINT8) {
            return new Object[] {BYTES, 0L};
        }
        return new Object[] {OTHER, 0L};
    }

    /** *arg = v, v being the interface value scan.go passes (bool, int64, uint64, float64, complex128, string). */
    static void store(Object arg, Object v) {
        GoType e = Types.typeOf(arg).elem();
        Object raw = Types.unbox(v);
        Object repr;
        switch (e.kind()) {
            case BOOL: case STRING: case INT: case INT64: case UINT: case UINT64: case UINTPTR: case FLOAT64:
            case COMPLEX128:
                repr = raw;
                break;
            case INT8: case INT16: case INT32: case UINT8: case UINT16: case UINT32:
                repr = (int) (long) (Long) raw; // the scanner checked the value fits
                break;
            case FLOAT32:
                repr = (float) (double) (Double) raw;
                break;
            case COMPLEX64:
                repr = ((Complex) raw).toComplex64();
                break;
            case SLICE:
                repr = Strings.toSlice((String) raw);
                break;
            default:
                throw new IllegalStateException("scanStore into " + e);
        }
        Pointer.store((Pointer) Types.unbox(arg), repr);
    }
}
