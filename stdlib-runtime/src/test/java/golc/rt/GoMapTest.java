package golc.rt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoMapTest {
    private static String message(Runnable r) {
        GoPanic p = assertThrows(GoPanic.class, r::run);
        return ((golc.rt.m.Error) p.value).Error();
    }

    @Test
    void stringKeys() {
        GoMap m = new GoMap(GoType.map(GoType.STRING, GoType.INT));
        for (int i = 0; i < 100; i++) {
            GoMap.put(m, "k" + i, (long) i);
        }
        GoMap.put(m, "k7", 70L);
        assertEquals(100, GoMap.len(m));
        assertEquals(70L, GoMap.get(m, "k7", 0L));
        assertEquals(0L, GoMap.get(m, "nope", 0L));
        assertArrayEquals(new Object[] {0L, false}, GoMap.getOk(m, "nope", 0L));
        assertArrayEquals(new Object[] {3L, true}, GoMap.getOk(m, "k3", 0L));
        GoMap.delete(m, "k3");
        GoMap.delete(m, "k3");
        assertFalse(GoMap.contains(m, "k3"));
        assertEquals(99, GoMap.len(m));
    }

    @Test
    void nilMap() {
        assertEquals(0, GoMap.len(null));
        assertEquals("", GoMap.get(null, "a", ""));
        GoMap.delete(null, "a");
        assertFalse(GoMap.iter(null).next());
        assertEquals("assignment to entry in nil map", message(() -> GoMap.put(null, "a", 1L)));
    }

    @Test
    void floatKeysFollowGo() {
        GoMap m = new GoMap(GoType.map(GoType.FLOAT64, GoType.INT));
        GoMap.put(m, Double.NaN, 1L);
        GoMap.put(m, Double.NaN, 2L);
        assertEquals(2, GoMap.len(m));
        assertFalse(GoMap.contains(m, Double.NaN));
        GoMap.put(m, 0.0, 3L);
        GoMap.put(m, -0.0, 4L);
        assertEquals(3, GoMap.len(m));
        assertEquals(4L, GoMap.get(m, 0.0, 0L));
    }

    @Test
    void interfaceKeysUseDynamicType() {
        GoMap m = new GoMap(GoType.map(GoType.EMPTY_INTERFACE, GoType.STRING));
        GoMap.put(m, 1L, "int");
        GoMap.put(m, 1, "int32");
        GoMap.put(m, new Box(GoType.UINT8, 1), "uint8");
        GoMap.put(m, null, "nil");
        assertEquals(4, GoMap.len(m));
        assertEquals("int32", GoMap.get(m, 1, ""));
        assertEquals("uint8", GoMap.get(m, new Box(GoType.UINT8, 1), ""));
        assertEquals("nil", GoMap.get(m, null, ""));
        Box bad = new Box(GoType.slice(GoType.INT), null);
        assertEquals("runtime error: hash of unhashable type []int", message(() -> GoMap.put(m, bad, "x")));
        assertEquals("runtime error: hash of unhashable type []int", message(() -> GoMap.get(m, bad, "")));
        assertEquals("runtime error: hash of unhashable type []int", message(() -> GoMap.get(null, bad, "")));
    }

    @Test
    void structAndArrayKeysCompareByValueAndAreCopied() {
        GoMap m = new GoMap(GoType.map(Pt.TYPE, GoType.INT));
        Pt k = new Pt(1, 2);
        GoMap.put(m, k, 5L);
        k.x = 9; // the map holds its own copy of the key
        assertEquals(5L, GoMap.get(m, new Pt(1, 2), 0L));
        assertFalse(GoMap.contains(m, k));
        GoMap a = new GoMap(GoType.map(GoType.array(2, GoType.INT), GoType.INT));
        GoMap.put(a, new long[] {1, 2}, 7L);
        assertEquals(7L, GoMap.get(a, new long[] {1, 2}, 0L));
        assertEquals(0L, GoMap.get(a, new long[] {2, 1}, 0L));
    }

    @Test
    void pointerKeysByIdentity() {
        GoMap m = new GoMap(GoType.map(Pt.TYPE.ptrTo(), GoType.INT));
        Pt p = new Pt(1, 2), q = new Pt(1, 2);
        GoMap.put(m, p, 1L);
        assertTrue(GoMap.contains(m, p));
        assertFalse(GoMap.contains(m, q));
    }

    @Test
    void iterationVisitsEachOnceFromRandomStarts() {
        GoMap m = new GoMap(GoType.map(GoType.INT, GoType.INT));
        for (long i = 0; i < 20; i++) {
            GoMap.put(m, i, i * i);
        }
        Set<Object> firsts = new HashSet<>();
        for (int round = 0; round < 50; round++) {
            Set<Object> seen = new HashSet<>();
            GoMap.Iter it = GoMap.iter(m);
            while (it.next()) {
                assertTrue(seen.add(it.key()));
                long k = (Long) it.key();
                assertEquals(k * k, it.value());
                if (seen.size() == 1) {
                    firsts.add(it.key());
                }
            }
            assertEquals(20, seen.size());
        }
        assertTrue(firsts.size() > 1, "iteration order should vary between ranges");
    }

    @Test
    void deletingDuringRangeSkipsUnreachedEntries() {
        for (int round = 0; round < 20; round++) {
            GoMap m = new GoMap(GoType.map(GoType.INT, GoType.INT));
            for (long i = 0; i < 10; i++) {
                GoMap.put(m, i, i);
            }
            Set<Object> seen = new HashSet<>();
            GoMap.Iter it = GoMap.iter(m);
            while (it.next()) {
                seen.add(it.key());
                for (long i = 0; i < 10; i++) {
                    if (!seen.contains(i)) {
                        GoMap.delete(m, i); // deletes everything not yet reached
                    }
                }
                // adding during range is allowed; whether it is seen is unspecified
                GoMap.put(m, 100L + seen.size(), 0L);
            }
            assertEquals(1, seen.size());
        }
    }

    @Test
    void clearingByRangeDelete() {
        GoMap m = new GoMap(GoType.map(GoType.STRING, GoType.INT));
        for (int i = 0; i < 1000; i++) {
            GoMap.put(m, "k" + i, 1L);
        }
        GoMap.Iter it = GoMap.iter(m);
        int n = 0;
        while (it.next()) {
            GoMap.delete(m, it.key());
            n++;
        }
        assertEquals(1000, n);
        assertEquals(0, GoMap.len(m));
    }

    @Test
    void valuesAssignedDuringRangeAreSeen() {
        GoMap m = new GoMap(GoType.map(GoType.INT, GoType.INT));
        GoMap.put(m, 1L, 0L);
        GoMap.put(m, 2L, 0L);
        GoMap.Iter it = GoMap.iter(m);
        assertTrue(it.next());
        Object other = ((Long) it.key()) == 1L ? 2L : 1L;
        GoMap.put(m, other, 42L);
        assertTrue(it.next());
        assertEquals(42L, it.value());
    }
}
