package news.portal.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders, their subfolders and single files, and hands over each burst of changes at once: an
 * editor's save often writes a file two or three times in a few milliseconds.
 */
final class Watcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 25;

    private final WatchService service;
    private final Thread thread;

    /**
     * @param folders  watched with everything below them, including folders created later
     * @param files    single files (their folder is watched, other files in it are ignored)
     * @param onChange receives the changed paths of each burst, on the watcher's thread
     */
    Watcher(List<Path> folders, List<Path> files, Consumer<Set<Path>> onChange) {
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path folder : folders) {
                // a JBake site may have no asset folder
                if (java.nio.file.Files.isDirectory(folder)) {
                    registerTree(folder);
                }
            }
            for (Path file : files) {
                file.getParent().register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the site's folders", e);
        }
        Set<Path> roots = Set.copyOf(folders);
        Set<Path> singles = Set.copyOf(files);
        thread = new Thread(() -> loop(roots, singles, onChange), "preview-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Set<Path> roots, Set<Path> singles, Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                WatchKey key = service.take();
                collect(key, roots, singles, changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, roots, singles, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> roots, Set<Path> singles, Set<Path> changed) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            boolean underRoot = roots.stream().anyMatch(path::startsWith);
            if (!underRoot && !singles.contains(path)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                    try (Stream<Path> inside = Files.walk(path)) {
                        inside.filter(Files::isRegularFile).forEach(changed::add);
                    }
                } catch (IOException e) {
                    changed.add(path);
                }
            }
            changed.add(path);
        }
        key.reset();
    }

    private void registerTree(Path folder) throws IOException {
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path dir : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.interrupt();
    }
}
