package news.portal.bake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import news.portal.cache.Codec;
import news.portal.cache.Key;

/**
 * The bake's cache on disk: one file, {@code cache.bin}, of named sections, each stored with the key it is
 * valid for. The file starts with a format number and the version of this program, and ends with a
 * checksum of all before it and a closing mark written last; it is written beside itself and moved into
 * place, so a killed bake leaves the previous file. A file that fails any of these checks is renamed
 * aside and the bake runs as if there were no cache.
 */
final class BuildCache {

    static final String FILE = "cache.bin";
    private static final byte[] MAGIC = "news-portal cache\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\nend\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;

    private final Path folder;
    private final Map<String, Section> sections;

    private record Section(String key, byte[] bytes) { }

    private BuildCache(Path folder, Map<String, Section> sections) {
        this.folder = folder;
        this.sections = sections;
    }

    /**
     * Opens the cache in {@code folder}; an empty one when there is none yet. A damaged file, or one
     * another version wrote, is renamed aside and {@code note} told so in a line.
     */
    static BuildCache open(Path folder, Messages messages, Consumer<String> note) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new BuildCache(folder, Map.of());
        }
        try {
            return new BuildCache(folder, read(Files.readAllBytes(file)));
        } catch (IOException e) {
            Path aside = folder.resolve(FILE + ".broken");
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                note.accept(messages.cacheSetAside(file, aside, e.getMessage()));
            } catch (IOException moved) {
                note.accept(messages.cacheSetAside(file, file, e.getMessage()));
            }
            return new BuildCache(folder, Map.of());
        }
    }

    /** The section {@code name} when it was stored for {@code key}. */
    Optional<DataInputStream> section(String name, String key) {
        Section section = sections.get(name);
        if (section == null || !section.key().equals(key)) {
            return Optional.empty();
        }
        return Optional.of(new DataInputStream(new ByteArrayInputStream(section.bytes())));
    }

    /** Writes {@code next} (name → key and bytes) as the whole cache, replacing the file in one move. */
    void commit(Map<String, Map.Entry<String, byte[]>> next) throws IOException {
        write(folder, version(), next);
    }

    /** Writes a cache file as {@code version} of this program would (tests write other versions' files). */
    static void write(Path folder, String version, Map<String, Map.Entry<String, byte[]>> next) throws IOException {
        Files.createDirectories(folder);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(buffer);
        out.write(MAGIC);
        out.writeInt(FORMAT);
        Codec.writeString(out, version);
        out.writeInt(next.size());
        for (Map.Entry<String, Map.Entry<String, byte[]>> section : next.entrySet()) {
            Codec.writeString(out, section.getKey());
            Codec.writeString(out, section.getValue().getKey());
            out.writeInt(section.getValue().getValue().length);
            out.write(section.getValue().getValue());
        }
        out.flush();
        CRC32C crc = new CRC32C();
        byte[] body = buffer.toByteArray();
        crc.update(body);
        Path temporary = folder.resolve("." + FILE + "-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                write(channel, body);
                write(channel, java.nio.ByteBuffer.allocate(8).putLong(crc.getValue()).array());
                write(channel, END);
                channel.force(true);
            }
            Files.move(temporary, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        // what killed bakes left here is of no use to anyone
        try (Stream<Path> files = Files.list(folder)) {
            for (Path leftover : files.filter(p -> p.getFileName().toString().startsWith("." + FILE + "-")).toList()) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private static void write(FileChannel channel, byte[] bytes) throws IOException {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static Map<String, Section> read(byte[] bytes) throws IOException {
        int tail = 8 + END.length;
        if (bytes.length < MAGIC.length + tail
                || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("not a cache file");
        }
        if (!Arrays.equals(bytes, bytes.length - END.length, bytes.length, END, 0, END.length)) {
            throw new IOException("incomplete: no closing mark");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - tail);
        long stored = java.nio.ByteBuffer.wrap(bytes, bytes.length - tail, 8).getLong();
        if (stored != crc.getValue()) {
            throw new IOException("checksum mismatch");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length,
                bytes.length - tail - MAGIC.length));
        int format = in.readInt();
        String version = Codec.readString(in);
        if (format != FORMAT || !version.equals(version())) {
            throw new IOException("written by another version");
        }
        int count = Codec.count(in);
        Map<String, Section> sections = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = Codec.readString(in);
            String key = Codec.readString(in);
            int length = Codec.count(in);
            byte[] section = in.readNBytes(length);
            if (section.length != length) {
                throw new IOException("truncated section " + name);
            }
            sections.put(name, new Section(key, section));
        }
        return sections;
    }

    private static volatile String version;

    /**
     * This program's version: the hash of its jar, or of its classes when it runs from a folder, so that a
     * rebuild with any change reads no cache of the build before.
     */
    static String version() {
        String known = version;
        if (known == null) {
            known = computeVersion();
            version = known;
        }
        return known;
    }

    private static String computeVersion() {
        try {
            CodeSource source = BuildCache.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location == null || !Files.exists(location)) {
                return "unknown-" + UUID.randomUUID();
            }
            if (Files.isRegularFile(location)) {
                return Key.ofBytes(Files.readAllBytes(location));
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(location)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    digest.update(in.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | java.security.NoSuchAlgorithmException | RuntimeException e) {
            // a version nobody else has: no cache is ever trusted
            return "unknown-" + UUID.randomUUID();
        }
    }
}
