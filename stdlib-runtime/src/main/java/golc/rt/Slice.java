package golc.rt;

import java.lang.reflect.Array;

/**
 * A Go slice: a window {@code [off, off+len)} of a JVM array (of the element type's representation) with
 * capacity {@code cap} counted from {@code off}. Immutable: slicing and appending return new headers that may
 * share the array, exactly as Go slices share their backing store. The nil slice is {@code null}; every helper
 * here accepts it.
 *
 * <p>Element values passed to the append helpers are stored as given (generated code copies struct and array
 * values as for any assignment); elements moved from one backing array to a new one are copied, so that
 * slices still using the old array keep their own values.
 */
public final class Slice {
    public final Object array;
    public final int off;
    public final int len;
    public final int cap;

    public Slice(Object array, int off, int len, int cap) {
        this.array = array;
        this.off = off;
        this.len = len;
        this.cap = cap;
    }

    /** A slice over the whole array (composite literals, conversions). */
    public static Slice of(Object array) {
        int n = Array.getLength(array);
        return new Slice(array, 0, n, n);
    }

    public static long len(Slice s) {
        return s == null ? 0 : s.len;
    }

    public static long cap(Slice s) {
        return s == null ? 0 : s.cap;
    }

    /** {@code make([]T, len, cap)} with Go's checks. */
    public static Slice make(GoType elem, long len, long cap) {
        if (len < 0 || len > Integer.MAX_VALUE - 8) {
            throw RuntimeError.error("makeslice: len out of range");
        }
        if (cap < len || cap > Integer.MAX_VALUE - 8) {
            throw RuntimeError.error("makeslice: cap out of range");
        }
        Object a = Array.newInstance(elem.repr(), (int) cap);
        elem.fillZero(a, 0, (int) cap);
        return new Slice(a, 0, (int) len, (int) cap);
    }

    public static Slice make(GoType elem, long len) {
        if (len < 0 || len > Integer.MAX_VALUE - 8) {
            throw RuntimeError.error("makeslice: len out of range");
        }
        return make(elem, len, len);
    }

    // ---- indexing ----

    /** Checks {@code 0 <= i < len(s)} and returns the position of element i in {@code s.array}. */
    public static int index(Slice s, long i) {
        int n = s == null ? 0 : s.len;
        if (i < 0 || i >= n) {
            throw RuntimeError.index(i, n);
        }
        return s.off + (int) i;
    }

    /** {@link #index} for an index of unsigned type (its failure message prints it unsigned). */
    public static int indexUnsigned(Slice s, long i) {
        int n = s == null ? 0 : s.len;
        if (i < 0 || i >= n) {
            throw RuntimeError.indexUnsigned(i, n);
        }
        return s.off + (int) i;
    }

    /** Checks an index into an array or string of length n; returns it as int. */
    public static int checkIndex(long i, int n) {
        if (i < 0 || i >= n) {
            throw RuntimeError.index(i, n);
        }
        return (int) i;
    }

    /** Element i as a JVM-boxed value (for fmt and other generic code; not for generated fast paths). */
    public Object get(int i) {
        if (i < 0 || i >= len) {
            throw RuntimeError.index(i, len);
        }
        return Array.get(array, off + i);
    }

    // ---- slicing ----

    /** {@code s[lo:hi]} of a slice (hi checked against cap). */
    public static Slice slice(Slice s, long lo, long hi) {
        int cap = s == null ? 0 : s.cap;
        if (hi < 0 || hi > cap) {
            throw RuntimeError.bounds(RuntimeError.SLICE_ACAP, hi, cap, true);
        }
        if (lo < 0 || lo > hi) {
            throw RuntimeError.bounds(RuntimeError.SLICE_B, lo, hi, true);
        }
        if (s == null) {
            return null; // nil[0:0] is nil
        }
        return new Slice(s.array, s.off + (int) lo, (int) (hi - lo), cap - (int) lo);
    }

    /** {@code s[lo:]}. */
    public static Slice slice(Slice s, long lo) {
        return slice(s, lo, s == null ? 0 : s.len);
    }

    /** {@code s[lo:hi:max]}. */
    public static Slice slice3(Slice s, long lo, long hi, long max) {
        int cap = s == null ? 0 : s.cap;
        if (max < 0 || max > cap) {
            throw RuntimeError.bounds(RuntimeError.SLICE3_ACAP, max, cap, true);
        }
        if (hi < 0 || hi > max) {
            throw RuntimeError.bounds(RuntimeError.SLICE3_B, hi, max, true);
        }
        if (lo < 0 || lo > hi) {
            throw RuntimeError.bounds(RuntimeError.SLICE3_C, lo, hi, true);
        }
        if (s == null) {
            return null;
        }
        return new Slice(s.array, s.off + (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    /** {@code a[lo:hi]} of an array (the array itself, or the target of a *[N]T); bounds are checked against len. */
    public static Slice sliceArray(Object array, long lo, long hi) {
        if (array == null) {
            throw RuntimeError.nilDeref();
        }
        return sliceWindow(array, 0, Array.getLength(array), lo, hi);
    }

    /** {@code a[lo:hi]} of the n-element array that starts at {@code off} of JVM array {@code array}. */
    public static Slice sliceWindow(Object array, int off, int n, long lo, long hi) {
        if (hi < 0 || hi > n) {
            throw RuntimeError.bounds(RuntimeError.SLICE_ALEN, hi, n, true);
        }
        if (lo < 0 || lo > hi) {
            throw RuntimeError.bounds(RuntimeError.SLICE_B, lo, hi, true);
        }
        return new Slice(array, off + (int) lo, (int) (hi - lo), n - (int) lo);
    }

    /** {@code a[lo:hi:max]} of an array. */
    public static Slice sliceArray3(Object array, long lo, long hi, long max) {
        if (array == null) {
            throw RuntimeError.nilDeref();
        }
        return sliceWindow3(array, 0, Array.getLength(array), lo, hi, max);
    }

    /** {@code a[lo:hi:max]} of the n-element array that starts at {@code off} of JVM array {@code array}. */
    public static Slice sliceWindow3(Object array, int off, int n, long lo, long hi, long max) {
        if (max < 0 || max > n) {
            throw RuntimeError.bounds(RuntimeError.SLICE3_ALEN, max, n, true);
        }
        if (hi < 0 || hi > max) {
            throw RuntimeError.bounds(RuntimeError.SLICE3_B, hi, max, true);
        }
        if (lo < 0 || lo > hi) {
            throw RuntimeError.bounds(RuntimeError.SLICE3_C, lo, hi, true);
        }
        return new Slice(array, off + (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    /** {@code (*[n]T)(s)}: the backing array when it is exactly the slice window, else a checked failure. */
    public static void checkConvert(Slice s, long n) {
        long len = len(s);
        if (n > len) {
            throw RuntimeError.convert(n, len);
        }
    }

    // ---- append ----

    /**
     * The capacity Go 1.19's growslice picks when a slice of capacity {@code oldCap} must hold {@code needed}
     * elements of {@code elemSize} bytes: doubling below 256, then growing by about 1.25x, rounded up to the
     * allocator's size class.
     */
    public static long growCap(long oldCap, long needed, long elemSize) {
        if (elemSize == 0) {
            return needed;
        }
        long newcap = oldCap;
        long doublecap = newcap + newcap;
        if (needed > doublecap) {
            newcap = needed;
        } else if (oldCap < 256) {
            newcap = doublecap;
        } else {
            while (0 < newcap && newcap < needed) {
                newcap += (newcap + 3 * 256) / 4;
            }
            if (newcap <= 0) {
                newcap = needed;
            }
        }
        return roundupsize(newcap * elemSize) / elemSize;
    }

    private static final int[] CLASS_TO_SIZE = {0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192,
        208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
        1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192,
        9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
        32768};

    /** The size malloc really allocates for a request of {@code size} bytes (Go's roundupsize). */
    public static long roundupsize(long size) {
        if (size < 32768) {
            int lo = 0, hi = CLASS_TO_SIZE.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (CLASS_TO_SIZE[mid] >= size) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return CLASS_TO_SIZE[lo];
        }
        long page = 8192;
        if (size + page < size) {
            return size;
        }
        return (size + page - 1) / page * page;
    }

    /**
     * Makes room for {@code n} more elements: returns s extended by n (in place when the capacity suffices,
     * else on a new array grown as Go grows it, the old elements copied). The new elements are to be stored
     * by the caller at positions {@code off+len(s) ..}.
     */
    public static Slice grow(Slice s, GoType elem, int n) {
        int len = s == null ? 0 : s.len;
        int cap = s == null ? 0 : s.cap;
        long needed = (long) len + n;
        if (needed > Integer.MAX_VALUE - 8) {
            throw RuntimeError.error("growslice: cap out of range");
        }
        if (needed <= cap) {
            return new Slice(s.array, s.off, (int) needed, cap);
        }
        long newCap = growCap(cap, needed, elem.size());
        if (newCap > Integer.MAX_VALUE - 8) {
            newCap = needed;
        }
        Object a = Array.newInstance(s == null ? elem.repr() : s.array.getClass().getComponentType(), (int) newCap);
        if (len > 0) {
            copyElems(elem, s.array, s.off, a, 0, len);
        }
        elem.fillZero(a, (int) needed, (int) newCap);
        return new Slice(a, 0, (int) needed, (int) newCap);
    }

    /** Copies elements, copying struct and array values so that the two arrays never share them. */
    private static void copyElems(GoType elem, Object src, int srcPos, Object dst, int dstPos, int n) {
        Kind k = elem.kind();
        if (k == Kind.STRUCT || k == Kind.ARRAY) {
            Object[] s = (Object[]) src, d = (Object[]) dst;
            if (src == dst && srcPos < dstPos) {
                for (int i = n - 1; i >= 0; i--) {
                    d[dstPos + i] = Types.copyValue(elem, s[srcPos + i]);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    d[dstPos + i] = Types.copyValue(elem, s[srcPos + i]);
                }
            }
        } else {
            System.arraycopy(src, srcPos, dst, dstPos, n);
        }
    }

    public static Slice append(Slice s, GoType elem, long v) {
        Slice r = grow(s, elem, 1);
        ((long[]) r.array)[r.off + r.len - 1] = v;
        return r;
    }

    public static Slice append(Slice s, GoType elem, int v) {
        Slice r = grow(s, elem, 1);
        ((int[]) r.array)[r.off + r.len - 1] = v;
        return r;
    }

    public static Slice append(Slice s, GoType elem, double v) {
        Slice r = grow(s, elem, 1);
        ((double[]) r.array)[r.off + r.len - 1] = v;
        return r;
    }

    public static Slice append(Slice s, GoType elem, float v) {
        Slice r = grow(s, elem, 1);
        ((float[]) r.array)[r.off + r.len - 1] = v;
        return r;
    }

    public static Slice append(Slice s, GoType elem, boolean v) {
        Slice r = grow(s, elem, 1);
        ((boolean[]) r.array)[r.off + r.len - 1] = v;
        return r;
    }

    /** Append of one value of a reference representation (string, struct, slice, interface, pointer, ...). */
    public static Slice append(Slice s, GoType elem, Object v) {
        Slice r = grow(s, elem, 1);
        ((Object[]) r.array)[r.off + r.len - 1] = v;
        return r;
    }

    /** {@code append(s, v1, v2, ...)}: {@code values} is a JVM array of the element representation. */
    public static Slice appendAll(Slice s, GoType elem, Object values) {
        int n = Array.getLength(values);
        if (n == 0) {
            return s;
        }
        Slice r = grow(s, elem, n);
        System.arraycopy(values, 0, r.array, r.off + r.len - n, n);
        return r;
    }

    /** {@code append(s, t...)}. */
    public static Slice appendSlice(Slice s, GoType elem, Slice t) {
        int n = t == null ? 0 : t.len;
        if (n == 0) {
            return s;
        }
        Slice r = grow(s, elem, n);
        copyElems(elem, t.array, t.off, r.array, r.off + r.len - n, n);
        return r;
    }

    /** {@code append(b, str...)} for a []byte b (int[] backing, one element per byte). */
    public static Slice appendString(Slice s, String str) {
        int n = str.length();
        if (n == 0) {
            return s;
        }
        Slice r = grow(s, GoType.UINT8, n);
        int[] a = (int[]) r.array;
        int base = r.off + r.len - n;
        for (int i = 0; i < n; i++) {
            a[base + i] = str.charAt(i) & 0xff;
        }
        return r;
    }

    // ---- copy ----

    /** {@code copy(dst, src)} of []elem slices; returns the number of elements copied. Overlap is handled. */
    public static long copy(Slice dst, Slice src, GoType elem) {
        int n = Math.min(dst == null ? 0 : dst.len, src == null ? 0 : src.len);
        if (n == 0) {
            return 0;
        }
        copyElems(elem, src.array, src.off, dst.array, dst.off, n);
        return n;
    }

    /** {@code copy(dst []byte, src string)}. */
    public static long copyString(Slice dst, String src) {
        int n = Math.min(dst == null ? 0 : dst.len, src.length());
        for (int i = 0; i < n; i++) {
            ((int[]) dst.array)[dst.off + i] = src.charAt(i) & 0xff;
        }
        return n;
    }
}
