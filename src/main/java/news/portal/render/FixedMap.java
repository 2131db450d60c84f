package news.portal.render;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable map of a few dozen entries in two arrays, in the order of the map it copies. An article's
 * template model lives for the whole bake, one per article: a {@code LinkedHashMap} spends 40 bytes on
 * each entry and its table on top, this one 8. Lookups compare the keys one by one, which for so few
 * keys costs about what hashing one does.
 */
final class FixedMap extends AbstractMap<String, Object> {

    private final String[] keys;
    private final Object[] values;

    private FixedMap(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The entries of {@code map}, in its order; a null key is not allowed, a null value is kept. */
    static Map<String, Object> copyOf(Map<String, Object> map) {
        String[] keys = new String[map.size()];
        Object[] values = new Object[map.size()];
        int i = 0;
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            keys[i] = java.util.Objects.requireNonNull(entry.getKey(), "key");
            values[i] = entry.getValue();
            i++;
        }
        return new FixedMap(keys, values);
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
