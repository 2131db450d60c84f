package news.portal.bake;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import news.portal.cache.Codec;

/**
 * The bake's cache on disk: a folder with a file per part ({@code content.bin}, {@code pages.bin}), each
 * stored with the key it is valid for. A file starts with a format number, the version of this program and
 * its key, and ends with a checksum of all before it and a closing mark written last; it is written beside
 * itself and moved into place, so a killed bake leaves the previous file. Parts are streamed in and out,
 * never held whole. A file that fails any check, even after its part read some of it, is renamed aside and
 * that part starts empty: the caller drops whatever it read.
 */
final class BuildCache {

    private static final byte[] MAGIC = "news-portal cache\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\nend\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 3;
    private static final int CHUNK = 1 << 16;

    private BuildCache() {
    }

    /** One part of the cache: what a stage keeps for the next bake, valid only under its key. */
    interface Part {
        /** Names the part's file, {@code NAME.bin}. */
        String name();

        /** What the part is valid for; a stored part with another key is not read. */
        String key();

        void write(DataOutputStream out) throws IOException;

        void read(DataInputStream in) throws IOException;

        /** Whether the part differs from what its file holds; an unchanged part is not written again. */
        default boolean changed() {
            return true;
        }
    }

    /** The file of the part {@code name}. */
    static Path file(Path folder, String name) {
        return folder.resolve(name + ".bin");
    }

    /**
     * Reads the cache in {@code folder} into the parts whose key matches. A damaged file, or one another
     * version wrote, is renamed aside and {@code note} told so in a line.
     *
     * @return the names of the parts read; a part not named must be dropped, since it may have read part of
     *         a file that turned out damaged
     */
    static Set<String> load(Path folder, List<Part> parts, Messages messages, Consumer<String> note) {
        Set<String> read = new HashSet<>();
        for (Part part : parts) {
            Path file = file(folder, part.name());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                if (read(file, part)) {
                    read.add(part.name());
                }
            } catch (IOException | RuntimeException e) {
                Path aside = file.resolveSibling(file.getFileName() + ".broken");
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                try {
                    Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                    note.accept(messages.cacheSetAside(file, aside, why));
                } catch (IOException moved) {
                    note.accept(messages.cacheSetAside(file, file, why));
                }
            }
        }
        return read;
    }

    /** Writes the parts that changed, each replacing its file in one move. */
    static void save(Path folder, List<Part> parts) throws IOException {
        for (Part part : parts) {
            if (part.changed() || !Files.isRegularFile(file(folder, part.name()))) {
                write(folder, version(), part);
            }
        }
        // what killed bakes left here is of no use to anyone
        try (Stream<Path> files = Files.list(folder)) {
            for (Path leftover : files.filter(p -> p.getFileName().toString().startsWith(".")
                    && p.getFileName().toString().contains(".bin-")).toList()) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** Writes a part's file as {@code version} of this program would (tests write other versions' files). */
    static void write(Path folder, String version, Part part) throws IOException {
        Files.createDirectories(folder);
        Path temporary = folder.resolve("." + part.name() + ".bin-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream raw = new BufferedOutputStream(Channels.newOutputStream(channel), CHUNK);
                CRC32C crc = new CRC32C();
                DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc));
                out.write(MAGIC);
                out.writeInt(FORMAT);
                Codec.writeString(out, version);
                Codec.writeString(out, part.key());
                Chunks chunks = new Chunks(out);
                DataOutputStream section = new DataOutputStream(chunks);
                part.write(section);
                section.flush();
                chunks.finish();
                out.flush();
                DataOutputStream tail = new DataOutputStream(raw);
                tail.writeLong(crc.getValue());
                tail.write(END);
                tail.flush();
                channel.force(true);
            }
            Files.move(temporary, file(folder, part.name()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** @return whether the part was read; false when the file holds it for another key */
    private static boolean read(Path file, Part part) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), CHUNK)) {
            CRC32C crc = new CRC32C();
            DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException("not a cache file");
            }
            int format = in.readInt();
            String version = Codec.readString(in);
            if (format != FORMAT || !version.equals(version())) {
                throw new IOException("written by another version");
            }
            String key = Codec.readString(in);
            if (!key.equals(part.key())) {
                return false;
            }
            Unchunks section = new Unchunks(in);
            part.read(new DataInputStream(section));
            section.skipRest();
            long expected = crc.getValue();
            DataInputStream tail = new DataInputStream(raw);
            long stored;
            byte[] end;
            try {
                stored = tail.readLong();
                end = tail.readNBytes(END.length);
            } catch (EOFException e) {
                throw new IOException("incomplete: no closing mark");
            }
            if (!Arrays.equals(end, END) || tail.read() != -1) {
                throw new IOException("incomplete: no closing mark");
            }
            if (stored != expected) {
                throw new IOException("checksum mismatch");
            }
            return true;
        } catch (EOFException e) {
            throw new IOException("truncated", e);
        }
    }

    /** A part's bytes as chunks of at most {@link #CHUNK} bytes, each after its length, ended by a 0. */
    private static final class Chunks extends OutputStream {
        private final DataOutputStream out;
        private final byte[] buffer = new byte[CHUNK];
        private int size;

        Chunks(DataOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (size == CHUNK) {
                drain();
            }
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (size == CHUNK) {
                    drain();
                }
                int step = Math.min(length, CHUNK - size);
                System.arraycopy(bytes, offset, buffer, size, step);
                size += step;
                offset += step;
                length -= step;
            }
        }

        private void drain() throws IOException {
            if (size > 0) {
                out.writeInt(size);
                out.write(buffer, 0, size);
                size = 0;
            }
        }

        void finish() throws IOException {
            drain();
            out.writeInt(0);
        }
    }

    /** Reads what {@link Chunks} wrote, and no further. */
    private static final class Unchunks extends InputStream {
        private final DataInputStream in;
        private int left;
        private boolean done;

        Unchunks(DataInputStream in) {
            this.in = in;
        }

        private boolean more() throws IOException {
            while (left == 0 && !done) {
                int size = in.readInt();
                if (size < 0 || size > CHUNK) {
                    throw new IOException("bad chunk");
                }
                if (size == 0) {
                    done = true;
                }
                left = size;
            }
            return left > 0;
        }

        @Override
        public int read() throws IOException {
            if (!more()) {
                return -1;
            }
            left--;
            return in.readUnsignedByte();
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!more()) {
                return -1;
            }
            int step = Math.min(length, left);
            in.readFully(bytes, offset, step);
            left -= step;
            return step;
        }

        void skipRest() throws IOException {
            while (more()) {
                in.skipNBytes(left);
                left = 0;
            }
        }
    }

    /** Worked out once, by whichever thread asks first; the others wait for it. */
    private static final class Version {
        static final String OF_THIS_PROGRAM = computeVersion();
    }

    /**
     * This program's version: the hash of its jar, or of its classes when it runs from a folder, so that a
     * rebuild with any change reads no cache of the build before.
     */
    static String version() {
        return Version.OF_THIS_PROGRAM;
    }

    /**
     * Starts working out {@link #version} on a background thread, for a bake that will save a cache: the
     * jar's 40,000 entries take a tenth of a second or more that a first bake otherwise spends at its very
     * end, on one thread, while the other cores idle.
     */
    static void prepare() {
        Thread thread = new Thread(BuildCache::version, "build-cache-version");
        thread.setDaemon(true);
        thread.start();
    }

    private static String computeVersion() {
        try {
            CodeSource source = BuildCache.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location == null || !Files.exists(location)) {
                return "unknown-" + UUID.randomUUID();
            }
            if (Files.isRegularFile(location)) {
                // every entry's name, size and CRC from the jar's directory: any change of a class shows,
                // without reading the whole jar
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(location.toFile())) {
                    jar.stream().forEach(entry -> digest.update((entry.getName() + "\0" + entry.getSize() + "\0"
                            + entry.getCrc() + "\n").getBytes(StandardCharsets.UTF_8)));
                }
                return java.util.HexFormat.of().formatHex(digest.digest());
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
