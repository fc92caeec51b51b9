package vn.camket.restore;

import java.util.Arrays;

/** A map from long keys to int counts (open addressing): n-gram counts without boxing. */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap() {
        keys = new long[1024];
        values = new int[1024];
        Arrays.fill(keys, EMPTY);
    }

    int get(long key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) return values[i];
            if (keys[i] == EMPTY) return 0;
        }
    }

    void add(long key, int delta) {
        if (size * 2 >= keys.length) grow();
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] += delta;
                return;
            }
            if (keys[i] == EMPTY) {
                keys[i] = key;
                values[i] = delta;
                size++;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    /** Calls back for every key with its value. */
    void forEach(java.util.function.LongConsumer perKey) {
        for (long k : keys) if (k != EMPTY) perKey.accept(k);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != EMPTY) add(oldKeys[i], oldValues[i]);
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
