package golc.rt.std.fmt;

import golc.rt.GoType;
import golc.rt.Kind;
import java.util.List;

/**
 * Map entries in the order of Go's internal/fmtsort: numbers by value (NaN first), strings bytewise,
 * false before true, pointers and channels by address, structs and arrays field by field, interfaces
 * nil first, then by dynamic type, then by value. (Go orders different dynamic types by the address of
 * their type descriptors, which no program can rely on; golc orders them by type name.)
 */
final class MapSort {
    private MapSort() {
    }

    /** Entries {key, value} of map m of type t, sorted. */
    static List<Object[]> sorted(GoType t, Object m) {
        List<Object[]> entries = Values.mapEntries(m);
        GoType kt = t.key();
        return stableSort(entries, kt);
    }

    /**
     * A stable merge sort that, unlike List.sort, tolerates the inconsistent answers Go's comparison
     * gives (NaN keys compare low both ways) instead of throwing.
     */
    private static List<Object[]> stableSort(List<Object[]> in, GoType kt) {
        int n = in.size();
        Object[][] a = in.toArray(new Object[0][]);
        Object[][] tmp = new Object[n][];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    // Take from the right only when it is strictly less: keeps equal keys in order.
                    tmp[k++] = compare(kt, a[j][0], kt, a[i][0]) < 0 ? a[j++] : a[i++];
                }
                while (i < mid) {
                    tmp[k++] = a[i++];
                }
                while (j < hi) {
                    tmp[k++] = a[j++];
                }
                System.arraycopy(tmp, lo, a, lo, hi - lo);
            }
        }
        return java.util.Arrays.asList(a);
    }

    /** -1, 0, 1; values of different types compare -1 as in Go. */
    static int compare(GoType at, Object a, GoType bt, Object b) {
        if (at != bt) {
            return -1;
        }
        Kind k = at.kind();
        switch (k) {
            case INT: case INT8: case INT16: case INT32: case INT64:
                return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
            case UINT: case UINT8: case UINT16: case UINT32: case UINT64: case UINTPTR:
                return Long.compareUnsigned(Values.integerBits(at, a), Values.integerBits(at, b));
            case STRING:
                return Integer.signum(((String) a).compareTo((String) b));
            case FLOAT32: case FLOAT64:
                return floatCompare(((Number) a).doubleValue(), ((Number) b).doubleValue());
            case COMPLEX64: case COMPLEX128: {
                int c = floatCompare(Values.real(a), Values.real(b));
                return c != 0 ? c : floatCompare(Values.imag(a), Values.imag(b));
            }
            case BOOL: {
                boolean x = (Boolean) a;
                boolean y = (Boolean) b;
                return x == y ? 0 : x ? 1 : -1;
            }
            case POINTER: case UNSAFE_POINTER: case CHAN:
                return Long.compareUnsigned(Values.address(at, a), Values.address(bt, b));
            case STRUCT: {
                for (int i = 0; i < at.numFields(); i++) {
                    GoType ft = at.field(i).type;
                    Object fa = Values.field(a, i);
                    Object fb = Values.field(b, i);
                    int c = ft.kind() == Kind.INTERFACE
                            ? compare(ft, fa, ft, fb)
                            : compare(ft, Values.unwrap(fa), ft, Values.unwrap(fb));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            case ARRAY: {
                GoType et = at.elem();
                int n = Values.length(at, a);
                for (int i = 0; i < n; i++) {
                    int c = compare(et, Values.index(at, a, i), et, Values.index(at, b, i));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            case INTERFACE: {
                if (a == null || b == null) {
                    return a == null ? (b == null ? 0 : -1) : 1;
                }
                GoType ta = Values.typeOf(a);
                GoType tb = Values.typeOf(b);
                if (ta != tb) {
                    return Integer.signum(ta.toString().compareTo(tb.toString()));
                }
                return compare(ta, Values.unwrap(a), tb, Values.unwrap(b));
            }
            default:
                throw new IllegalStateException("bad type in compare: " + at);
        }
    }

    private static int floatCompare(double a, double b) {
        if (a != a) {
            return -1;
        }
        if (b != b) {
            return 1;
        }
        return a < b ? -1 : a > b ? 1 : 0;
    }
}
