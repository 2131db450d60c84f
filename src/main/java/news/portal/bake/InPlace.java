package news.portal.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Brings the output in place up to a bake that staged only what changed: the staged files move in one by
 * one, and the output's files the new site no longer has move out. At 20,000 articles an edit changes a few
 * dozen files, and a whole new tree of hard links (29,000 of them, and as many to delete afterwards) cost
 * more than everything else the bake did.
 *
 * <p>A journal beside the output ({@code .NAME.commit-PID-…}) lists every move before the first one and
 * keeps the files replaced or removed, so a commit that fails is undone at once, and one whose JVM was
 * killed is undone by the next bake ({@link #recover}) before it looks at the output: the previous output
 * comes back whole, as with the folder swap. The marker moves in last, so the output's stamp changes only
 * once everything else is in.
 */
final class InPlace {

    static final String PURPOSE = "commit";
    private static final String LIST = "list";
    private static final String OLD = "old";

    private InPlace() {
    }

    /**
     * Whether {@code staged} can move into {@code target} file by file: no staged file where the output has a
     * folder, and no folder needed where the output has a file. {@code known} is the output's list, when it
     * still holds ({@link OutputFiles#holdsFor}), which spares looking; null to look.
     */
    static boolean fits(Path staged, Path target, OutputFiles known) throws IOException {
        for (String file : OutputFiles.list(staged)) {
            if (known != null) {
                if (known.isFolder(file)) {
                    return false;
                }
                for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
                    if (known.files().contains(file.substring(0, slash))) {
                        return false;
                    }
                }
                continue;
            }
            Path at = target.resolve(file);
            if (Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            for (Path parent = at.getParent(); parent != null && !parent.equals(target); parent = parent.getParent()) {
                if (Files.exists(parent, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** As {@link #fits(Path, Path, OutputFiles)}, looking at the output. */
    static boolean fits(Path staged, Path target) throws IOException {
        return fits(staged, target, null);
    }

    /**
     * What a commit did.
     *
     * @param moved   files moved in (the marker apart)
     * @param removed files removed
     * @param files   the files of the output now, the marker apart
     * @param trash   the finished journal, renamed as a scratch folder ({@code .NAME.old-PID-…}) that holds only
     *                the replaced and removed files: the caller deletes it, which no longer touches the output
     */
    record Committed(int moved, int removed, Set<String> files, Path trash) { }

    /**
     * Makes {@code target} the site whose files are those of {@code staged} and, as they are in
     * {@code target}, those named in {@code taken}; every other file of {@code target} is removed. Undone
     * when it fails.
     *
     * @param known the output's file list, when it still holds ({@link OutputFiles#holdsFor}); null to walk
     *              the output for it
     */
    static Committed commit(Path staged, Path target, Collection<String> taken, OutputFiles known) throws IOException {
        return commit(staged, target, taken, known, Integer.MAX_VALUE);
    }

    /** As {@link #commit(Path, Path, Collection, OutputFiles)}, walking the output. */
    static Committed commit(Path staged, Path target, Collection<String> taken) throws IOException {
        return commit(staged, target, taken, null, Integer.MAX_VALUE);
    }

    /**
     * As {@link #commit(Path, Path, Collection, OutputFiles)}, walking the output and stopping dead after
     * {@code moves} moves, journal and all, as a killed JVM would: for the test of {@link #recover}.
     */
    static Committed commit(Path staged, Path target, Collection<String> taken, int moves) throws IOException {
        return commit(staged, target, taken, null, moves);
    }

    private static Committed commit(Path staged, Path target, Collection<String> taken, OutputFiles known, int moves)
            throws IOException {
        int left = moves;
        List<String> fresh = new ArrayList<>(OutputFiles.list(staged));
        fresh.remove(OutputGuard.MARKER);
        fresh.sort(null);
        Set<String> present = new HashSet<>(known != null ? known.files() : OutputFiles.list(target));
        present.remove(OutputGuard.MARKER);
        Set<String> keep = new HashSet<>(taken);
        keep.addAll(fresh);
        List<String> removed = new ArrayList<>();
        for (String file : present) {
            if (!keep.contains(file)) {
                removed.add(file);
            }
        }
        removed.sort(null);
        Path journal = OutputGuard.scratch(target, PURPOSE, UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(journal.resolve(OLD));
        StringBuilder list = new StringBuilder();
        for (String file : fresh) {
            list.append(present.contains(file) ? '*' : '+').append(file).append('\n');
        }
        for (String file : removed) {
            list.append('-').append(file).append('\n');
        }
        list.append('*').append(OutputGuard.MARKER).append('\n');
        // the list is whole before anything moves: a journal without one has moved nothing
        Path partial = journal.resolve(LIST + ".partial");
        Files.writeString(partial, list, StandardCharsets.UTF_8);
        Files.move(partial, journal.resolve(LIST), StandardCopyOption.ATOMIC_MOVE);
        Set<Path> made = new HashSet<>();
        try {
            for (String file : removed) {
                if (left-- == 0) {
                    return null;
                }
                Path old = journal.resolve(OLD).resolve(file);
                createFolders(old.getParent(), made);
                Files.move(target.resolve(file), old, StandardCopyOption.ATOMIC_MOVE);
            }
            List<String> order = new ArrayList<>(fresh);
            order.add(OutputGuard.MARKER);
            for (String file : order) {
                if (left-- == 0) {
                    return null;
                }
                Path at = target.resolve(file);
                if (Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
                    Path old = journal.resolve(OLD).resolve(file);
                    createFolders(old.getParent(), made);
                    keepCopy(at, old);
                } else {
                    createFolders(at.getParent(), made);
                }
                // rename(2) replaces the old file in one step: a reader sees the old page or the new one
                Files.move(staged.resolve(file), at, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            // done: a journal without its list is undone as one that moved nothing, so a bake killed from here
            // on leaves the new output, and the rest of the journal is only the old files, to be deleted
            Files.delete(journal.resolve(LIST));
        } catch (IOException | RuntimeException e) {
            try {
                undo(journal, target);
            } catch (IOException | RuntimeException second) {
                e.addSuppressed(second);
            }
            throw e;
        }
        prune(target, removed);
        Path trash = OutputGuard.scratch(target, "old", UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.move(journal, trash, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the journal, without its list, is only old files: the next bake's sweep deletes it
            trash = null;
        }
        Set<String> now = new HashSet<>(present);
        now.removeAll(removed);
        now.addAll(fresh);
        return new Committed(fresh.size(), removed.size(), now, trash);
    }

    /** {@code folder} and its parents, unless made already: one check per folder, not one per file. */
    private static void createFolders(Path folder, Set<Path> made) throws IOException {
        if (made.add(folder)) {
            Files.createDirectories(folder);
        }
    }

    /** Undoes the commits whose JVM ended before they did, beside {@code target}. */
    static void recover(Path journal, Path target) {
        try {
            undo(journal, target);
        } catch (IOException | UncheckedIOException e) {
            // left for the next bake: its journal stays until it can be undone
            return;
        }
        Folders.deleteQuietly(journal);
    }

    private static void undo(Path journal, Path target) throws IOException {
        Path list = journal.resolve(LIST);
        if (!Files.isRegularFile(list)) {
            return; // nothing moved yet
        }
        List<String> added = new ArrayList<>();
        IOException failed = null;
        // line by line, each on its own: one move that cannot be undone keeps none of the others from it
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                continue;
            }
            String file = line.substring(1);
            Path old = journal.resolve(OLD).resolve(file);
            Path at = target.resolve(file);
            try {
                switch (line.charAt(0)) {
                    case '+' -> {
                        // it was not there before: whatever is there now is the new one
                        if (Files.isRegularFile(at, LinkOption.NOFOLLOW_LINKS)) {
                            Files.delete(at);
                        }
                        added.add(file);
                    }
                    case '*', '-' -> {
                        if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                            Files.createDirectories(at.getParent());
                            Files.move(old, at, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                    default -> throw new IOException("not a journal line: " + line);
                }
            } catch (IOException e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        prune(target, added);
        if (failed != null) {
            throw failed;
        }
    }

    /** {@code to} becomes a second name of {@code from}, or a copy with its time where links fail. */
    static void keepCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Removes the folders of {@code files} left empty, up to {@code target}: a bake from scratch has none. */
    private static void prune(Path target, Collection<String> files) throws IOException {
        TreeSet<Path> folders = new TreeSet<>((a, b) -> Integer.compare(b.getNameCount(), a.getNameCount()) != 0
                ? Integer.compare(b.getNameCount(), a.getNameCount()) : a.compareTo(b));
        for (String file : files) {
            for (Path parent = target.resolve(file).getParent(); parent != null && !parent.equals(target)
                    && parent.startsWith(target); parent = parent.getParent()) {
                folders.add(parent);
            }
        }
        for (Path folder : folders) {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(folder)) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(folder);
                    }
                }
            }
        }
    }
}
