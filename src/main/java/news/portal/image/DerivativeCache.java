package news.portal.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One photo's entry in the cache: a folder named by the hash of the photo's bytes and the settings, holding
 * the derivative files and a manifest that lists them. An entry is written into a temporary folder and
 * renamed into place, so a bake that dies halfway leaves no entry that looks whole.
 */
final class DerivativeCache {

    private static final String MANIFEST = "manifest.txt";

    /**
     * A file of an entry.
     *
     * @param kind  {@code w} (fallback at a width), {@code wp} (WebP at a width), {@code c} and {@code cp}
     *              (card crops), {@code og} (share crop), {@code original} (the cleaned copy)
     * @param file  its name in the entry
     */
    record Item(String kind, int width, int height, String file) { }

    /**
     * @param width  the upright original's width
     * @param height the upright original's height
     */
    record Manifest(int width, int height, List<Item> items) { }

    private DerivativeCache() {
    }

    /** The entry's manifest; null when the entry is missing or incomplete. */
    static Manifest read(Path entry) {
        Path file = entry.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] size = lines.get(0).split(" ");
            List<Item> items = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split(" ");
                Item item = new Item(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[3]);
                if (!Files.isRegularFile(entry.resolve(item.file()))) {
                    return null;
                }
                items.add(item);
            }
            return new Manifest(Integer.parseInt(size[0]), Integer.parseInt(size[1]), List.copyOf(items));
        } catch (IOException | RuntimeException e) {
            return null; // made by another version, or damaged: made again
        }
    }

    /** Writes the manifest into {@code staging} and moves it to {@code entry}. */
    static void commit(Path staging, Path entry, Manifest manifest) throws IOException {
        StringBuilder text = new StringBuilder(manifest.width() + " " + manifest.height() + "\n");
        for (Item item : manifest.items()) {
            text.append(item.kind()).append(' ').append(item.width()).append(' ').append(item.height())
                    .append(' ').append(item.file()).append('\n');
        }
        Files.writeString(staging.resolve(MANIFEST), text, StandardCharsets.UTF_8);
        delete(entry); // an incomplete entry of an earlier bake
        try {
            Files.move(staging, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
            delete(staging); // another bake of the same photo won: its entry is the same
        }
    }

    /** Deletes an entry or a staging folder, if there. */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (NoSuchFileException e) {
            // gone meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }

    /**
     * Puts an entry's file at {@code to}: a hard link where the file system allows (nothing is copied, and
     * nothing ever writes into a published file), else a copy.
     */
    static void publish(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.deleteIfExists(to);
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
