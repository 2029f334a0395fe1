package golc.rt;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A Go map: a hash table with Go's key semantics taken from the key type's descriptor (strings and numbers by
 * value with NaN != NaN and +0 == -0, structs and arrays field by field, pointers and channels by identity,
 * interfaces by dynamic type and value, panicking on unhashable dynamic keys).
 *
 * <p>Keys and values are stored JVM-boxed (int → Long, ...). Struct and array keys are copied on insertion.
 * The nil map is {@code null}: the static helpers read it as empty and panic on writes.
 *
 * <p>Entries live in insertion order in an array beside the hash chains. Iteration starts at a random
 * position and walks that array; an iterator keeps the array it started on, so entries deleted during the
 * range are skipped (they are marked dead) and entries added during it may or may not be seen, which are Go's
 * rules.
 */
public final class GoMap {
    private static final class Entry {
        final Object key;
        final int hash;
        Object value;
        Entry next;
        boolean dead;

        Entry(Object key, int hash, Object value) {
            this.key = key;
            this.hash = hash;
            this.value = value;
        }
    }

    private final GoType type;
    private final GoType keyType;
    private final Kind keyKind;
    private Entry[] buckets;
    private Entry[] order;
    private int used; // slots of order in use (live or dead)
    private int size;

    /** {@code make(map[K]V)}; {@code type} is the map type. */
    public GoMap(GoType type) {
        this(type, 0);
    }

    /** {@code make(map[K]V, hint)}. */
    public GoMap(GoType type, long hint) {
        if (hint < 0) {
            throw RuntimeError.error("makemap: size out of range");
        }
        this.type = type;
        this.keyType = type.key();
        this.keyKind = keyType.kind();
        int n = 8;
        while (n < hint && n < (1 << 29)) {
            n <<= 1;
        }
        buckets = new Entry[n];
        order = new Entry[Math.max(4, (int) Math.min(hint, 1 << 20))];
    }

    public GoType type() {
        return type;
    }

    // ---- static, nil-safe operations used by generated code ----

    public static long len(GoMap m) {
        return m == null ? 0 : m.size;
    }

    /** {@code m[k]}, or {@code zero} when absent (the caller supplies the element type's zero value). */
    public static Object get(GoMap m, Object key, Object zero) {
        if (m == null) {
            if (needsHashCheck(key)) {
                Types.hash(key); // a nil map lookup still panics on an unhashable interface key
            }
            return zero;
        }
        Entry e = m.find(key);
        return e == null ? zero : e.value;
    }

    /** {@code v, ok := m[k]} as {@code Object[]{value, Boolean}} (the multiple-result convention). */
    public static Object[] getOk(GoMap m, Object key, Object zero) {
        Entry e = m == null ? null : m.find(key);
        if (m == null && needsHashCheck(key)) {
            Types.hash(key);
        }
        return e == null ? new Object[] {zero, Boolean.FALSE} : new Object[] {e.value, Boolean.TRUE};
    }

    /** Whether k is present ({@code _, ok := m[k]}). */
    public static boolean contains(GoMap m, Object key) {
        if (m == null) {
            if (needsHashCheck(key)) {
                Types.hash(key);
            }
            return false;
        }
        return m.find(key) != null;
    }

    /**
     * Whether a key may have a dynamic type without == (a slice in a Box, a struct with such fields), so that
     * even a lookup in a nil map must check it as Go does.
     */
    private static boolean needsHashCheck(Object key) {
        return key instanceof Box || key instanceof GoStruct || key instanceof Named;
    }

    /** {@code m[k] = v}; panics on a nil map. */
    public static void put(GoMap m, Object key, Object value) {
        if (m == null) {
            throw RuntimeError.nilMapWrite();
        }
        m.put(key, value);
    }

    /** {@code delete(m, k)}; a no-op on a nil map or a missing key. */
    public static void delete(GoMap m, Object key) {
        if (m == null) {
            if (needsHashCheck(key)) {
                Types.hash(key);
            }
            return;
        }
        m.remove(key);
    }

    /** Starts a {@code for k, v := range m}; works on nil maps. */
    public static Iter iter(GoMap m) {
        return new Iter(m);
    }

    // ---- instance operations ----

    private int hashOf(Object k) {
        int h;
        switch (keyKind) {
            case STRING: case INT: case INT64: case INT32: case UINT8:
                h = k.hashCode();
                break;
            default:
                h = Types.valueHash(keyType, k);
        }
        return h ^ (h >>> 16);
    }

    private boolean keyEq(Object a, Object b) {
        switch (keyKind) {
            case STRING: case INT: case INT64: case INT32: case UINT8:
                return a.equals(b);
            default:
                return Types.valueEq(keyType, a, b);
        }
    }

    private Entry find(Object key) {
        int h = hashOf(key);
        for (Entry e = buckets[h & (buckets.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && keyEq(e.key, key)) {
                return e;
            }
        }
        return null;
    }

    /** Stores v under k (copying struct and array keys). */
    public void put(Object key, Object value) {
        int h = hashOf(key);
        int b = h & (buckets.length - 1);
        for (Entry e = buckets[b]; e != null; e = e.next) {
            if (e.hash == h && keyEq(e.key, key)) {
                e.value = value;
                return;
            }
        }
        Entry e = new Entry(Types.copyValue(keyType, key), h, value);
        e.next = buckets[b];
        buckets[b] = e;
        if (used == order.length) {
            // Compact when many slots are dead, else grow; iterators keep the old array.
            order = used > 2 * size ? compacted(order.length) : compacted(order.length * 2);
        }
        order[used++] = e;
        size++;
        if (size > buckets.length * 3 / 4) {
            rehash(buckets.length * 2);
        }
    }

    private Entry[] compacted(int capacity) {
        Entry[] r = new Entry[Math.max(capacity, 4)];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (order[i] != null && !order[i].dead) {
                r[j++] = order[i];
            }
        }
        used = j;
        return r;
    }

    private void rehash(int n) {
        Entry[] nb = new Entry[n];
        for (int i = 0; i < used; i++) {
            Entry e = order[i];
            if (e != null && !e.dead) {
                int b = e.hash & (n - 1);
                e.next = nb[b];
                nb[b] = e;
            }
        }
        buckets = nb;
    }

    /** Removes k if present. */
    public void remove(Object key) {
        int h = hashOf(key);
        int b = h & (buckets.length - 1);
        Entry prev = null;
        for (Entry e = buckets[b]; e != null; prev = e, e = e.next) {
            if (e.hash == h && keyEq(e.key, key)) {
                if (prev == null) {
                    buckets[b] = e.next;
                } else {
                    prev.next = e.next;
                }
                e.dead = true;
                size--;
                if (size == 0) {
                    // Keep no dead slots around once empty (arrays held by iterators keep their entries).
                    order = new Entry[order.length];
                    used = 0;
                }
                return;
            }
        }
    }

    /** Number of entries. */
    public int size() {
        return size;
    }

    /**
     * A range over a map: {@code while (it.next()) { k = it.key(); v = it.value(); }}. The value read is the
     * entry's current one, so assignments during the range are seen as in Go.
     */
    public static final class Iter {
        private final Entry[] entries;
        private final int count;
        private final int start;
        private int i;
        private Entry cur;

        Iter(GoMap m) {
            if (m == null || m.size == 0) {
                entries = null;
                count = 0;
                start = 0;
            } else {
                entries = m.order;
                count = m.used;
                start = ThreadLocalRandom.current().nextInt(count);
            }
        }

        public boolean next() {
            while (i < count) {
                Entry e = entries[(start + i++) % count];
                if (e != null && !e.dead) {
                    cur = e;
                    return true;
                }
            }
            cur = null;
            return false;
        }

        public Object key() {
            return cur.key;
        }

        public Object value() {
            return cur.value;
        }
    }

    /** Keys in iteration order of a fresh iterator (for fmt, which sorts them). */
    public Object[] keys() {
        Object[] r = new Object[size];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (order[i] != null && !order[i].dead) {
                r[j++] = order[i].key;
            }
        }
        return Arrays.copyOf(r, j);
    }

    /** The value under a key known to be present (null otherwise), for fmt. */
    public Object lookup(Object key) {
        Entry e = find(key);
        return e == null ? null : e.value;
    }
}
