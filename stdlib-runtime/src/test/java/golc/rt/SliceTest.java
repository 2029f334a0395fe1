package golc.rt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SliceTest {
    private static String message(Runnable r) {
        GoPanic p = assertThrows(GoPanic.class, r::run);
        return ((golc.rt.m.Error) p.value).Error();
    }

    /**
     * Appending one element at a time to slices of element sizes 1, 8, 16, 24, 12 and 40 bytes; expected
     * output from Go 1.19 on amd64 (a program printing each new cap with a one-letter tag per slice).
     */
    @Test
    void appendCapacitiesMatchGo() {
        GoType a3 = GoType.array(3, GoType.INT32);
        GoType s5 = GoType.struct(new GoType.Field[] {
            new GoType.Field("a", "main", GoType.INT, false, ""), new GoType.Field("b", "main", GoType.INT, false, ""),
            new GoType.Field("c", "main", GoType.INT, false, ""), new GoType.Field("d", "main", GoType.INT, false, ""),
            new GoType.Field("e", "main", GoType.INT, false, ""),
        }, null);
        assertEquals(12, a3.size());
        assertEquals(40, s5.size());
        // [5]int has S5's size (40 bytes) and, unlike this class-less struct type, can be zero-filled
        GoType a5 = GoType.array(5, GoType.INT);
        assertEquals(40, a5.size());
        GoType[] types = {GoType.UINT8, GoType.INT, GoType.STRING, GoType.slice(GoType.INT), a3, a5};
        String tags = "bislat";
        Slice[] s = new Slice[types.length];
        long[] prev = {-1, -1, -1, -1, -1, -1};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            s[0] = Slice.append(s[0], types[0], 1);
            s[1] = Slice.append(s[1], types[1], 1L);
            s[2] = Slice.append(s[2], types[2], (Object) "");
            s[3] = Slice.append(s[3], types[3], (Object) null);
            s[4] = Slice.append(s[4], types[4], (Object) new int[3]);
            s[5] = Slice.append(s[5], types[5], (Object) new long[5]);
            for (int k = 0; k < 6; k++) {
                if (Slice.cap(s[k]) != prev[k]) {
                    out.append(tags.charAt(k)).append(Slice.cap(s[k])).append(' ');
                    prev[k] = Slice.cap(s[k]);
                }
            }
        }
        assertEquals("b8 i1 s1 l1 a1 t1 i2 s2 l2 a2 t2 i4 s4 l4 a4 t4 i8 s8 l8 a8 t8 b16 i16 s16 l16 a16 t16 b32 "
                + "i32 s32 l32 a32 t32 b64 i64 s64 l64 a64 t67 b128 i128 s128 l128 a128 t134 b256 i256 s256 l256 "
                + "a256 t272 b512 i512 s512 l512 a512 t544 b896 i848 s848 l853 a853 t1024 i1280 s1280 l1365 a1365 "
                + "b1408 t1638 i1792 s1792 l2048 a2048 b2048 t2252 i2560 s2560 b3072 l3072 a3413 t3072 i3408 "
                + "s3584 ", out.toString());
    }

    @Test
    void appendManyMatchesGo() {
        Slice x = Slice.appendAll(null, GoType.INT, new long[] {1, 2, 3});
        assertEquals(3, Slice.cap(x));
        x = Slice.appendAll(x, GoType.INT, new long[] {4, 5, 6, 7, 8});
        assertEquals(8, Slice.cap(x));
        assertArrayEquals(new long[] {1, 2, 3, 4, 5, 6, 7, 8}, java.util.Arrays.copyOf((long[]) x.array, 8));
        Slice y = Slice.appendString(Strings.toSlice("ab"), "cdefghijklmnopqrstuvwxyz0123456789");
        assertEquals(48, Slice.cap(y));
        assertEquals("abcdefghijklmnopqrstuvwxyz0123456789", Strings.fromSlice(y));
        Slice z = Slice.append(Slice.of(new long[] {1, 2, 3, 4, 5}), GoType.INT, 6L);
        assertEquals(10, Slice.cap(z));
        assertEquals(608, Slice.cap(Slice.append(Slice.make(GoType.INT, 300), GoType.INT, 1L)));
        assertEquals(768, Slice.cap(Slice.appendSlice(Slice.make(GoType.INT, 300, 300), GoType.INT,
                Slice.make(GoType.INT, 400))));
    }

    @Test
    void zeroSizeElementsTakeNeededCap() {
        GoType empty = GoType.struct(new GoType.Field[0], null);
        assertEquals(0, empty.size());
        assertEquals(3000, Slice.growCap(0, 3000, 0));
    }

    @Test
    void appendInPlaceSharesAndGrowthCopies() {
        Slice s = Slice.make(GoType.INT, 2, 4);
        Slice t = Slice.append(s, GoType.INT, 7L);
        assertSame(s.array, t.array);
        assertEquals(7L, ((long[]) s.array)[2]);
        Slice u = Slice.appendAll(t, GoType.INT, new long[] {8, 9});
        assertNotSame(t.array, u.array);
        assertEquals(5, u.len);
        assertEquals(8, u.cap);
    }

    @Test
    void appendNothingToNilStaysNil() {
        assertNull(Slice.appendSlice(null, GoType.INT, null));
        assertNull(Slice.appendString(null, ""));
        assertNull(Slice.appendAll(null, GoType.INT, new long[0]));
    }

    @Test
    void structElementsAreZeroAndCopiedOnGrowth() {
        Slice s = Slice.make(Pt.TYPE, 2, 2);
        Pt[] a = (Pt[]) s.array;
        assertEquals(0, a[1].x);
        a[0].x = 5;
        Slice t = Slice.append(s, Pt.TYPE, (Object) new Pt(1, 2));
        Pt[] b = (Pt[]) t.array;
        assertNotSame(a[0], b[0]);
        assertEquals(5, b[0].x);
        b[0].x = 6;
        assertEquals(5, a[0].x);
        // spare capacity holds zero structs
        assertEquals(0, b[3].y);
        // []*Pt elements are pointers: growth keeps them
        Slice p = Slice.append(null, Pt.TYPE.ptrTo(), (Object) a[0]);
        p = Slice.append(p, Pt.TYPE.ptrTo(), (Object) a[1]);
        assertSame(a[0], ((Object[]) p.array)[0]);
        assertSame(a[1], ((Object[]) p.array)[1]);
    }

    @Test
    void makeFillsStringsAndArrays() {
        Slice s = Slice.make(GoType.STRING, 2, 3);
        assertArrayEquals(new String[] {"", "", ""}, (String[]) s.array);
        Slice a = Slice.make(GoType.array(2, GoType.INT), 1);
        assertArrayEquals(new long[2], ((long[][]) a.array)[0]);
        assertEquals("runtime error: makeslice: len out of range", message(() -> Slice.make(GoType.INT, -1)));
        assertEquals("runtime error: makeslice: cap out of range", message(() -> Slice.make(GoType.INT, 3, 2)));
    }

    @Test
    void boundsMessagesMatchGo() {
        Slice s = Slice.make(GoType.INT, 3, 5);
        assertEquals("runtime error: index out of range [5] with length 3", message(() -> Slice.index(s, 5)));
        assertEquals("runtime error: index out of range [-1]", message(() -> Slice.index(s, -1)));
        assertEquals("runtime error: index out of range [0] with length 0", message(() -> Slice.index(null, 0)));
        assertEquals("runtime error: index out of range [18446744073709551615] with length 3",
                message(() -> Slice.indexUnsigned(s, -1)));
        assertEquals("runtime error: slice bounds out of range [:6] with capacity 5",
                message(() -> Slice.slice(s, 0, 6)));
        assertEquals("runtime error: slice bounds out of range [4:3]", message(() -> Slice.slice(s, 4, 3)));
        assertEquals("runtime error: slice bounds out of range [4:3]", message(() -> Slice.slice(s, 4)));
        assertEquals("runtime error: slice bounds out of range [-1:]", message(() -> Slice.slice(s, -1, 2)));
        assertEquals("runtime error: slice bounds out of range [::6] with capacity 5",
                message(() -> Slice.slice3(s, 0, 1, 6)));
        assertEquals("runtime error: slice bounds out of range [:3:2]", message(() -> Slice.slice3(s, 0, 3, 2)));
        assertEquals("runtime error: slice bounds out of range [2:1:]", message(() -> Slice.slice3(s, 2, 1, 4)));
        long[] arr = new long[3];
        assertEquals("runtime error: slice bounds out of range [:4] with length 3",
                message(() -> Slice.sliceArray(arr, 0, 4)));
        assertEquals("runtime error: slice bounds out of range [::4] with length 3",
                message(() -> Slice.sliceArray3(arr, 0, 1, 4)));
        assertEquals("runtime error: slice bounds out of range [:5] with length 3",
                message(() -> Strings.substring("abc", 1, 5)));
        assertEquals("runtime error: index out of range [3] with length 3", message(() -> Strings.at("abc", 3)));
    }

    @Test
    void slicingSharesAndKeepsCapacity() {
        Slice s = Slice.of(new long[] {0, 1, 2, 3, 4});
        Slice t = Slice.slice(s, 1, 3);
        assertEquals(2, t.len);
        assertEquals(4, t.cap);
        Slice u = Slice.slice3(s, 1, 2, 3);
        assertEquals(2, u.cap);
        Slice v = Slice.slice(t, 0, 4);
        assertEquals(4L, v.get(3));
        assertNull(Slice.slice(null, 0, 0));
    }

    @Test
    void copyHandlesOverlapAndStrings() {
        Slice s = Slice.of(new long[] {1, 2, 3, 4, 5});
        assertEquals(4, Slice.copy(Slice.slice(s, 1), s, GoType.INT));
        assertArrayEquals(new long[] {1, 1, 2, 3, 4}, (long[]) s.array);
        Slice b = Slice.make(GoType.UINT8, 3);
        assertEquals(3, Slice.copyString(b, "hello"));
        assertEquals("hel", Strings.fromSlice(b));
        assertEquals(0, Slice.copy(null, s, GoType.INT));
    }

    @Test
    void roundupsizeUsesSizeClasses() {
        assertEquals(8, Slice.roundupsize(1));
        assertEquals(48, Slice.roundupsize(33));
        assertEquals(32768, Slice.roundupsize(32767));
        assertEquals(40960, Slice.roundupsize(32769));
    }
}
