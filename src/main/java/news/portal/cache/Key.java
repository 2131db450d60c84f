package news.portal.cache;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content hash of what a stage looked at: strings, numbers, dates, optionals, lists, maps (in key order,
 * so {@code Map.of}'s changing order changes nothing) and records, component by component. Two values with
 * the same key show the same thing; object identity and file times play no part.
 *
 * <p>The hash is 128-bit MurmurHash3 over a canonical form of the value: these keys tell apart versions of
 * a site's own pages, where nobody forges collisions, and a bake computes tens of thousands of them, in a
 * JVM whose quick compiler has no intrinsic for SHA.
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

    private static final ThreadLocal<Key> KEYS = ThreadLocal.withInitial(Key::new);

    private char[] buffer = new char[1024];
    private int size;

    private Key() {
    }

    /** A value {@link Key} cannot digest: the page or entry is then never taken from a cache. */
    public static final class Undigestable extends RuntimeException {
        Undigestable(Object value) {
            super("no key for " + value.getClass().getName());
        }
    }

    /**
     * The key of {@code parts}, as 32 hex digits.
     *
     * @throws Undigestable when a part holds a value of a kind not listed above
     */
    public static String of(Object... parts) {
        Key key = KEYS.get();
        if (key.size != 0) {
            // a key of a map's key, inside another key on this thread
            key = new Key();
        }
        try {
            key.add(List.of(parts));
            return key.hash();
        } finally {
            key.size = 0;
            if (key.buffer.length > 1 << 20) {
                key.buffer = new char[1024];
            }
        }
    }

    /** The key of a file's bytes, as 32 hex digits: the same hash as {@link #of}, over the bytes as they are. */
    public static String ofContent(byte[] bytes) {
        Key key = new Key();
        key.buffer = new char[(bytes.length + 1) / 2];
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            key.buffer[i / 2] = (char) ((bytes[i] & 0xff) << 8 | (bytes[i + 1] & 0xff));
        }
        if (bytes.length % 2 == 1) {
            key.buffer[bytes.length / 2] = (char) (bytes[bytes.length - 1] & 0xff | 0x100);
        }
        key.size = key.buffer.length;
        return key.hash() + bytes.length;
    }

    /** The SHA-256 of {@code bytes}, as 64 hex digits: for files, whose bytes are hashed once. */
    public static String ofBytes(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The key of a file by its bytes ({@link #ofBytes}): {@code none} when there is no such file, and a key
     * that matches no other when it cannot be read, so nothing is taken from a cache on its account.
     */
    public static String ofFile(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) ? ofBytes(java.nio.file.Files.readAllBytes(file)) : "none";
        } catch (java.io.IOException e) {
            return "unreadable " + java.util.UUID.randomUUID();
        }
    }

    /** The key of every file below {@code folder}, links followed, by name and content; as {@link #ofFile} else. */
    public static String ofFolder(java.nio.file.Path folder) {
        if (!java.nio.file.Files.isDirectory(folder)) {
            return "none";
        }
        List<Object> files = new ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(folder,
                java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (java.nio.file.Path file : walk.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                files.add(folder.relativize(file).toString());
                files.add(ofBytes(java.nio.file.Files.readAllBytes(file)));
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return "unreadable " + java.util.UUID.randomUUID();
        }
        return of(files);
    }

    private void add(Object value) {
        if (value == null || value == NULL) {
            tag('n');
        } else if (value instanceof Keyed keyed) {
            tag('k');
            text(keyed.key());
        } else if (value instanceof String text) {
            tag('s');
            text(text);
        } else if (value instanceof Boolean || value instanceof Number || value instanceof Character
                || value instanceof Enum<?> || value instanceof ZonedDateTime || value instanceof Instant) {
            // the class is part of the key: 1 and 1L, or two enums' A, are not the same value
            tag('v');
            text(value.getClass().getName());
            text(value.toString());
        } else if (value.getClass() == Date.class) {
            tag('d');
            text(Long.toString(((Date) value).getTime()));
        } else if (value instanceof Optional<?> optional) {
            tag('o');
            add(optional.orElse(null));
        } else if (value instanceof List<?> list) {
            tag('l');
            count(list.size());
            for (Object item : list) {
                add(item);
            }
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
                text(entry.getKey());
                add(entry.getValue());
            }
        } else if (value instanceof Collection<?>) {
            throw new Undigestable(value);
        } else if (value.getClass().isRecord()) {
            tag('r');
            text(value.getClass().getName());
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

    private void room(int more) {
        if (size + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    private void tag(char tag) {
        room(1);
        buffer[size++] = tag;
    }

    private void count(int count) {
        room(2);
        buffer[size++] = (char) (count >>> 16);
        buffer[size++] = (char) count;
    }

    private void text(String text) {
        count(text.length());
        room(text.length());
        text.getChars(0, text.length(), buffer, size);
        size += text.length();
    }

    /** MurmurHash3 x64 128 over the buffer's chars, four to a block. */
    private String hash() {
        long h1 = 0x9368e53c2f6af274L;
        long h2 = 0x586dcd208f7cd3fdL;
        final long c1 = 0x87c37b91114253d5L;
        final long c2 = 0x4cf5ad432745937fL;
        int blocks = size / 8;
        for (int i = 0; i < blocks; i++) {
            int at = i * 8;
            long k1 = chars(at);
            long k2 = chars(at + 4);
            k1 *= c1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= c2;
            h1 ^= k1;
            h1 = Long.rotateLeft(h1, 27);
            h1 += h2;
            h1 = h1 * 5 + 0x52dce729;
            k2 *= c2;
            k2 = Long.rotateLeft(k2, 33);
            k2 *= c1;
            h2 ^= k2;
            h2 = Long.rotateLeft(h2, 31);
            h2 += h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        long k1 = 0;
        long k2 = 0;
        int tail = blocks * 8;
        for (int i = size - 1; i >= tail; i--) {
            long c = buffer[i];
            if (i - tail >= 4) {
                k2 = (k2 << 16) | c;
            } else {
                k1 = (k1 << 16) | c;
            }
        }
        if (k2 != 0) {
            k2 *= c2;
            k2 = Long.rotateLeft(k2, 33);
            k2 *= c1;
            h2 ^= k2;
        }
        if (k1 != 0) {
            k1 *= c1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= c2;
            h1 ^= k1;
        }
        long length = size * 2L;
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = mix(h1);
        h2 = mix(h2);
        h1 += h2;
        h2 += h1;
        return String.format("%016x%016x", h1, h2);
    }

    private long chars(int at) {
        return (long) buffer[at] | (long) buffer[at + 1] << 16 | (long) buffer[at + 2] << 32
                | (long) buffer[at + 3] << 48;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
