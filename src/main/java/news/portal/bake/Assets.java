package news.portal.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import news.portal.config.SiteConfig;

/** Copies the asset folder to the site root, and files that sit beside articles to their own paths. */
final class Assets {

    private Assets() {
    }

    /** @return the number of files copied */
    static int copy(SiteConfig config, List<String> contentFiles, Path out) throws IOException {
        Path assets = config.paths().assets();
        boolean skipHidden = Boolean.parseBoolean(String.valueOf(config.raw().getOrDefault("asset_ignore", "false")));
        int[] count = {0};
        Files.walkFileTree(assets, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return skipHidden && !dir.equals(assets) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (skipHidden && file.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.CONTINUE;
                }
                copyFile(file, out.resolve(assets.relativize(file).toString()));
                count[0]++;
                return FileVisitResult.CONTINUE;
            }
        });
        Path content = config.paths().content();
        for (String file : contentFiles) {
            copyFile(content.resolve(file), out.resolve(file));
            count[0]++;
        }
        return count[0];
    }

    /** A copy keeps its source's time, so a preview update can skip files that are already there. */
    private static void copyFile(Path from, Path to) {
        try {
            if (Files.exists(to) && Files.size(to) == Files.size(from)
                    && Files.getLastModifiedTime(to).equals(Files.getLastModifiedTime(from))) {
                return;
            }
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from, e);
        }
    }
}
