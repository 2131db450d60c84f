package news.portal.cache;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content hash of what a stage looked at: strings, numbers, dates, optionals, lists, maps (in key order,
 * so {@code Map.of}'s changing order changes nothing) and records, component by component. Two values with
 * the same key show the same thing; object identity and file times play no part.
 */
public final class Key {

    private static final Object NULL = new Object[0];

    /** Each record class's accessors, opened once: the model's records are mostly package-private. */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> methods = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                methods.add(accessor);
            }
            return List.copyOf(methods);
        }
    };

    private final MessageDigest digest;

    private Key() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A value {@link Key} cannot digest: the page or entry is then never taken from a cache. */
    public static final class Undigestable extends RuntimeException {
        Undigestable(Object value) {
            super("no key for " + value.getClass().getName());
        }
    }

    /**
     * The key of {@code parts}, as 64 hex digits.
     *
     * @throws Undigestable when a part holds a value of a kind not listed above
     */
    public static String of(Object... parts) {
        Key key = new Key();
        key.add(List.of(parts));
        return HexFormat.of().formatHex(key.digest.digest());
    }

    /** The SHA-256 of {@code bytes}, as 64 hex digits. */
    public static String ofBytes(byte[] bytes) {
        return HexFormat.of().formatHex(new Key().digest.digest(bytes));
    }

    private void add(Object value) {
        if (value == null || value == NULL) {
            tag('n');
        } else if (value instanceof String text) {
            tag('s');
            bytes(text.getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof Boolean || value instanceof Number || value instanceof Character
                || value instanceof Enum<?> || value instanceof ZonedDateTime || value instanceof Instant) {
            // the class is part of the key: 1 and 1L, or two enums' A, are not the same value
            tag('v');
            bytes(value.getClass().getName().getBytes(StandardCharsets.UTF_8));
            bytes(value.toString().getBytes(StandardCharsets.UTF_8));
        } else if (value.getClass() == Date.class) {
            tag('d');
            bytes(Long.toString(((Date) value).getTime()).getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof Optional<?> optional) {
            tag('o');
            add(optional.orElse(null));
        } else if (value instanceof List<?> list) {
            tag('l');
            count(list.size());
            list.forEach(this::add);
        } else if (value instanceof Map<?, ?> map) {
            tag('m');
            count(map.size());
            List<Map.Entry<String, Object>> entries = new ArrayList<>(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object name = entry.getKey();
                entries.add(Map.entry(name instanceof String text ? "s" + text : "k" + Key.of(name),
                        entry.getValue() == null ? NULL : entry.getValue()));
            }
            entries.sort(Map.Entry.comparingByKey());
            for (Map.Entry<String, Object> entry : entries) {
                add(entry.getKey());
                add(entry.getValue());
            }
        } else if (value instanceof Collection<?>) {
            throw new Undigestable(value);
        } else if (value.getClass().isRecord()) {
            tag('r');
            bytes(value.getClass().getName().getBytes(StandardCharsets.UTF_8));
            for (Method accessor : ACCESSORS.get(value.getClass())) {
                try {
                    add(accessor.invoke(value));
                } catch (ReflectiveOperationException e) {
                    throw new Undigestable(value);
                }
            }
        } else {
            throw new Undigestable(value);
        }
    }

    private void tag(char tag) {
        digest.update((byte) tag);
    }

    private void count(int size) {
        digest.update((byte) (size >>> 24));
        digest.update((byte) (size >>> 16));
        digest.update((byte) (size >>> 8));
        digest.update((byte) size);
    }

    private void bytes(byte[] bytes) {
        count(bytes.length);
        digest.update(bytes);
    }
}
