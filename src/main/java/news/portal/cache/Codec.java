package news.portal.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small binary form for the values the cache keeps: {@code null}, strings, booleans, whole and decimal
 * numbers, dates, lists and maps of them (map order kept). Anything else is {@link Unencodable}: the
 * caller then keeps that entry out of the cache, so an odd header value costs a re-read, never a wrong page.
 */
public final class Codec {

    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int TRUE = 2;
    private static final int FALSE = 3;
    private static final int INT = 4;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int BIG_INTEGER = 7;
    private static final int BIG_DECIMAL = 8;
    private static final int DATE = 9;
    private static final int ZONED = 10;
    private static final int LIST = 11;
    private static final int MAP = 12;
    private static final int LOCAL_DATE = 13;
    private static final int OFFSET = 14;
    private static final int INSTANT = 15;

    private Codec() {
    }

    /** A value {@link Codec} has no form for. */
    public static final class Unencodable extends IOException {
        public Unencodable(Object value) {
            super("no cache form for " + (value == null ? "null" : value.getClass().getName()));
        }
    }

    /** Writes a string of any length (DataOutput's own form stops at 64 KB). */
    public static void writeString(DataOutputStream out, String text) throws IOException {
        if (!wellFormed(text)) {
            throw new Unencodable(text);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Whether UTF-8 keeps {@code text} as it is: a lone surrogate would come back as '?'. */
    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Writes a map whose order does not matter (it is copied into {@code Map.copyOf} again when read). */
    public static void writeAnyMap(DataOutputStream out, Map<String, ?> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            writeString(out, entry.getKey());
            writeValue(out, entry.getValue());
        }
    }

    public static Map<String, Object> readAnyMap(DataInputStream in) throws IOException {
        int size = count(in);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            String key = readString(in);
            map.put(key, readValue(in));
        }
        return map;
    }

    public static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("negative length");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("truncated");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static void writeOptional(DataOutputStream out, Optional<String> text) throws IOException {
        out.writeBoolean(text.isPresent());
        if (text.isPresent()) {
            writeString(out, text.get());
        }
    }

    public static Optional<String> readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
    }

    public static void writeStrings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String text : list) {
            writeString(out, text);
        }
    }

    public static List<String> readStrings(DataInputStream in) throws IOException {
        int size = count(in);
        List<String> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(readString(in));
        }
        return list;
    }

    public static void writeZoned(DataOutputStream out, ZonedDateTime time) throws IOException {
        out.writeLong(time.toEpochSecond());
        out.writeInt(time.getNano());
        writeString(out, time.getZone().getId());
    }

    public static ZonedDateTime readZoned(DataInputStream in) throws IOException {
        long seconds = in.readLong();
        int nanos = in.readInt();
        String zone = readString(in);
        try {
            return Instant.ofEpochSecond(seconds, nanos).atZone(ZoneId.of(zone));
        } catch (RuntimeException e) {
            throw new IOException("bad time", e);
        }
    }

    /** A count that a damaged file cannot turn into an endless or huge allocation. */
    public static int count(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > 50_000_000) {
            throw new IOException("bad count " + size);
        }
        return size;
    }

    /**
     * Writes {@code value}.
     *
     * @throws Unencodable when it, or anything inside it, has no form here
     */
    public static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String text) {
            out.writeByte(STRING);
            writeString(out, text);
        } else if (value instanceof Boolean flag) {
            out.writeByte(flag ? TRUE : FALSE);
        } else if (value instanceof Integer number) {
            out.writeByte(INT);
            out.writeInt(number);
        } else if (value instanceof Long number) {
            out.writeByte(LONG);
            out.writeLong(number);
        } else if (value instanceof Double number) {
            out.writeByte(DOUBLE);
            out.writeDouble(number);
        } else if (value instanceof BigInteger number) {
            out.writeByte(BIG_INTEGER);
            writeString(out, number.toString());
        } else if (value instanceof BigDecimal number) {
            out.writeByte(BIG_DECIMAL);
            writeString(out, number.toString());
        } else if (value.getClass() == Date.class) {
            out.writeByte(DATE);
            out.writeLong(((Date) value).getTime());
        } else if (value instanceof ZonedDateTime time) {
            out.writeByte(ZONED);
            writeZoned(out, time);
        } else if (value instanceof OffsetDateTime time) {
            out.writeByte(OFFSET);
            writeString(out, time.toString());
        } else if (value instanceof LocalDate day) {
            out.writeByte(LOCAL_DATE);
            writeString(out, day.toString());
        } else if (value instanceof Instant instant) {
            out.writeByte(INSTANT);
            writeString(out, instant.toString());
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                writeValue(out, item);
            }
        } else if (value instanceof Map<?, ?> map && (map instanceof LinkedHashMap || map.size() <= 1
                || map.getClass().getName().startsWith("java.util.Collections$Unmodifiable"))) {
            // only maps whose order is their own: Map.of's order changes from one JVM to the next
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                writeValue(out, entry.getKey());
                writeValue(out, entry.getValue());
            }
        } else {
            throw new Unencodable(value);
        }
    }

    /** Reads what {@link #writeValue} wrote; lists and maps come back unmodifiable, maps in their order. */
    public static Object readValue(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case NULL -> null;
            case STRING -> readString(in);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case INT -> in.readInt();
            case LONG -> in.readLong();
            case DOUBLE -> in.readDouble();
            case BIG_INTEGER -> new BigInteger(readString(in));
            case BIG_DECIMAL -> new BigDecimal(readString(in));
            case DATE -> new Date(in.readLong());
            case ZONED -> readZoned(in);
            case OFFSET -> OffsetDateTime.parse(readString(in));
            case LOCAL_DATE -> LocalDate.parse(readString(in));
            case INSTANT -> Instant.parse(readString(in));
            case LIST -> {
                int size = count(in);
                List<Object> list = new ArrayList<>(Math.min(size, 1024));
                for (int i = 0; i < size; i++) {
                    list.add(readValue(in));
                }
                yield Collections.unmodifiableList(list);
            }
            case MAP -> {
                int size = count(in);
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    Object key = readValue(in);
                    map.put(key, readValue(in));
                }
                yield Collections.unmodifiableMap(map);
            }
            default -> throw new IOException("unknown value tag " + tag);
        };
    }
}
