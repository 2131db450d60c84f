package news.portal.bake;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import news.portal.cache.Codec;

/**
 * The files of an output as the bake that wrote it left them, kept in the build cache so that the next
 * in-place commit need not walk the whole output (52,000 files at 20,000 articles) to learn what it holds.
 *
 * <p>The list is trusted only while every folder of the output is the one it was: the same inode with the
 * same change time ({@code unix:ctime}, which the kernel sets whenever a name is added to, removed from or
 * renamed in a folder, and which no tool can set back, unlike the modification time). A file added, removed
 * or renamed by hand since, at any depth, changes its folder's change time, and the commit then walks the
 * output as before. Where the file system has no change time the modification time and file key stand in.
 * The marker is not in the list: every output has one.
 */
final class OutputFiles {

    private final Set<String> files;
    /** Each folder that holds a file of the list, at any depth ({@code ""} for the output itself), with its identity. */
    private final Map<String, String> folders;

    private OutputFiles(Set<String> files, Map<String, String> folders) {
        this.files = files;
        this.folders = folders;
    }

    /** The files of the list, relative, with {@code /} between names. */
    Set<String> files() {
        return files;
    }

    /** Whether {@code name} is a folder of the output, by the list. */
    boolean isFolder(String name) {
        return folders.containsKey(name);
    }

    /**
     * The list {@code files} of {@code target} with its folders as they are now: to be taken right after the
     * bake put them there.
     */
    static OutputFiles of(Path target, Collection<String> files) throws IOException {
        Set<String> names = new HashSet<>(files);
        names.remove(OutputGuard.MARKER);
        Set<String> folderNames = new TreeSet<>();
        folderNames.add("");
        for (String file : names) {
            for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
                if (!folderNames.add(file.substring(0, slash))) {
                    break;
                }
            }
        }
        Map<String, String> folders = new TreeMap<>();
        for (String folder : folderNames) {
            folders.put(folder, identity(folder.isEmpty() ? target : target.resolve(folder)));
        }
        return new OutputFiles(names, folders);
    }

    /** Every file below {@code target}, walked. */
    static OutputFiles walk(Path target) throws IOException {
        return of(target, list(target));
    }

    /** Every file below {@code folder} that is not a folder, relative, with {@code /} between names. */
    static Set<String> list(Path folder) throws IOException {
        Set<String> found = new HashSet<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isDirectory()) {
                    found.add(folder.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    /** Whether every folder of the list is still as it was in {@code target}, so the list still holds. */
    boolean holdsFor(Path target) {
        try {
            for (Map.Entry<String, String> folder : folders.entrySet()) {
                Path path = folder.getKey().isEmpty() ? target : target.resolve(folder.getKey());
                if (!identity(path).equals(folder.getValue())) {
                    return false;
                }
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static String identity(Path folder) throws IOException {
        try {
            Map<String, Object> unix = Files.readAttributes(folder, "unix:ino,ctime,mode", LinkOption.NOFOLLOW_LINKS);
            return "d" + unix.get("mode") + "/" + unix.get("ino") + "/" + unix.get("ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            BasicFileAttributes basic = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return (basic.isDirectory() ? "d" : "f") + basic.fileKey() + "/" + basic.lastModifiedTime();
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(files.size());
        for (String file : new TreeSet<>(files)) {
            Codec.writeString(out, file);
        }
        out.writeInt(folders.size());
        for (Map.Entry<String, String> folder : folders.entrySet()) {
            Codec.writeString(out, folder.getKey());
            Codec.writeString(out, folder.getValue());
        }
    }

    static OutputFiles read(DataInputStream in) throws IOException {
        int count = Codec.count(in);
        Set<String> files = new HashSet<>();
        for (int i = 0; i < count; i++) {
            files.add(checked(Codec.readString(in)));
        }
        count = Codec.count(in);
        Map<String, String> folders = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String folder = Codec.readString(in);
            folders.put(folder.isEmpty() ? folder : checked(folder), Codec.readString(in));
        }
        if (!folders.containsKey("")) {
            throw new IOException("no output folder in the list");
        }
        return new OutputFiles(files, folders);
    }

    private static String checked(String name) throws IOException {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || ("/" + name + "/").contains("/../")
                || ("/" + name + "/").contains("/./") || name.contains("//")) {
            throw new IOException("not a file of the output: " + name);
        }
        return name;
    }
}
