package news.portal.content;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import news.portal.cache.Codec;

/**
 * The file that holds the rendered bodies of a loader's articles, so that the heap holds only what listings
 * show. Bodies are appended and never changed in place; each {@link Text} names where its bytes are and
 * their CRC-32C, checked on every read.
 *
 * <p>With the build cache the file lives in its {@code bodies} folder as {@code GENERATION.bin}, and the
 * cache's {@code content.bin} names the generation its placings point into: a later bake appends to the
 * same file. A bake that places every article again (no cache, another configuration, or a file that has
 * become mostly replaced bodies) starts a new generation, and a successful save removes the others. A
 * bake killed while appending leaves bytes no placing names, which cost nothing. Without a cache the file
 * is a temporary one, removed when the loader closes or the JVM ends (on Linux it has no name from the start).
 */
final class Bodies implements Closeable {

    /** Bytes a generation may hold beyond twice what its placings use before a full placing starts a new one. */
    private static final long SLACK = 1 << 20;

    private final Path folder;
    /** The file texts are put in; null until the first {@link #put} or {@link #adopt}. */
    private Segment current;
    private final java.util.List<Segment> opened = new java.util.ArrayList<>();

    /** One file of bodies: a generation of the cache's, or the temporary file. */
    static final class Segment {
        private final FileChannel channel;
        private final Path file;
        private final String generation;
        private final boolean persistent;
        private final AtomicLong end;

        private Segment(FileChannel channel, Path file, String generation, boolean persistent, long end) {
            this.channel = channel;
            this.file = file;
            this.generation = generation;
            this.persistent = persistent;
            this.end = new AtomicLong(end);
        }

        String read(Text text) {
            ByteBuffer bytes = ByteBuffer.allocate(text.length);
            try {
                for (long position = text.offset; bytes.hasRemaining(); ) {
                    int read = channel.read(bytes, position);
                    if (read < 0) {
                        throw damaged("it ends before a body it should hold");
                    }
                    position += read;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read an article's body from " + file, e);
            }
            bytes.flip();
            CRC32C crc = new CRC32C();
            crc.update(bytes.duplicate());
            if ((int) crc.getValue() != text.crc) {
                throw damaged("a body's bytes are not those written");
            }
            return StandardCharsets.UTF_8.decode(bytes).toString();
        }

        /**
         * A file of the cache's that no longer holds what was written is moved aside, so the next bake finds
         * no generation to append to and places every article again.
         */
        private UncheckedIOException damaged(String why) {
            String message = "the articles' bodies file " + file + " is damaged (" + why + ")";
            if (persistent) {
                try {
                    Files.move(file, file.resolveSibling(file.getFileName() + ".broken"),
                            StandardCopyOption.REPLACE_EXISTING);
                    message += "; it was set aside: bake again";
                } catch (IOException e) {
                    message += "; it could not be set aside (" + e.getMessage() + "): bake again with --no-cache";
                }
            }
            return new UncheckedIOException(new IOException(message));
        }
    }

    private Bodies(Path folder) {
        this.folder = folder;
    }

    /** Bodies in a temporary file. */
    static Bodies temporary() {
        return new Bodies(null);
    }

    /** Bodies in the {@code bodies} folder of the build cache in {@code cache}. */
    static Bodies in(Path cache) {
        return new Bodies(cache.resolve("bodies"));
    }

    /** Keeps {@code html} in the file; in memory when UTF-8 cannot carry it as it is. */
    Text put(String html) {
        ByteBuffer bytes;
        try {
            bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(html));
        } catch (CharacterCodingException e) {
            return Text.of(html);
        }
        int length = bytes.remaining();
        CRC32C crc = new CRC32C();
        crc.update(bytes.duplicate());
        Segment segment = segment();
        long at = segment.end.getAndAdd(length);
        try {
            for (long position = at; bytes.hasRemaining(); ) {
                position += segment.channel.write(bytes, position);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the articles' bodies to " + segment.file, e);
        }
        return Text.stored(segment, at, length, (int) crc.getValue());
    }

    /** Writes where {@code text} is, or the text itself when the current file does not hold it. */
    void write(DataOutputStream out, Text text) throws IOException {
        boolean here = current != null && current.persistent && text.in(current);
        out.writeBoolean(here);
        if (here) {
            out.writeLong(text.offset);
            out.writeInt(text.length);
            out.writeInt(text.crc);
        } else {
            Codec.writeString(out, text.read());
        }
    }

    /** A text as {@link #write} wrote it, pointing into the generation {@link #adopt}ed, which must hold it. */
    Text read(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return Text.of(Codec.readString(in));
        }
        long offset = in.readLong();
        int length = in.readInt();
        int crc = in.readInt();
        Segment segment = current;
        if (segment == null || !segment.persistent || offset < 0 || length < 0
                || offset + length > segment.end.get()) {
            throw new IOException("a body outside the bodies file");
        }
        return Text.stored(segment, offset, length, crc);
    }

    /** The generation texts are put in, for the cache to name; empty when there is none in a cache's folder. */
    synchronized String generation() {
        return current == null || !current.persistent ? "" : current.generation;
    }

    /**
     * Appends to the generation a saved cache names ({@link #generation}); an empty name starts a new one
     * on the next {@link #put}.
     *
     * @throws IOException when that generation's file is gone
     */
    synchronized void adopt(String name) throws IOException {
        if (name.isEmpty()) {
            return;
        }
        if (folder == null || !name.matches("[0-9a-f]{16}")) {
            throw new IOException("no bodies file " + name);
        }
        Path named = folder.resolve(name + ".bin");
        if (!Files.isRegularFile(named)) {
            throw new IOException("the bodies file " + named.getFileName() + " is missing");
        }
        FileChannel channel = FileChannel.open(named, StandardOpenOption.READ, StandardOpenOption.WRITE);
        current = new Segment(channel, named, name, true, channel.size());
        opened.add(current);
    }

    /**
     * Whether the current file holds much more than the {@code used} bytes of the placings kept: they are
     * then better placed again into a new generation than kept pointing into a file that only grows.
     */
    synchronized boolean mostlyReplaced(long used) {
        return current != null && current.end.get() > 2 * used + SLACK;
    }

    /** Starts a new file on the next {@link #put}; texts of the old one can still be read until {@link #close}. */
    synchronized void renew() {
        current = null;
    }

    /** Removes the generations other than the current one, once a cache naming it is saved. */
    synchronized void sweep() throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        Path keep = current == null ? null : current.file;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path other : files.filter(p -> !p.equals(keep)).toList()) {
                Files.deleteIfExists(other);
            }
        }
    }

    private synchronized Segment segment() {
        if (current == null) {
            try {
                if (folder == null) {
                    Path file = Files.createTempFile("news-portal-bodies-", ".bin");
                    current = new Segment(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                            StandardOpenOption.DELETE_ON_CLOSE), file, "", false, 0);
                } else {
                    Files.createDirectories(folder);
                    String generation = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                    Path file = folder.resolve(generation + ".bin");
                    current = new Segment(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                            StandardOpenOption.CREATE_NEW), file, generation, true, 0);
                }
                opened.add(current);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the articles' bodies in "
                        + (folder == null ? "a temporary file" : folder), e);
            }
        }
        return current;
    }

    /** The file texts are put in now; empty before the first. */
    synchronized java.util.Optional<Path> file() {
        return java.util.Optional.ofNullable(current).map(segment -> segment.file);
    }

    /** Closes every file opened; their texts can no longer be read. */
    @Override
    public synchronized void close() {
        for (Segment segment : opened) {
            try {
                segment.channel.close();
            } catch (IOException e) {
                // only reads and positioned writes were made: nothing is left to flush
            }
        }
        opened.clear();
        current = null;
    }
}
