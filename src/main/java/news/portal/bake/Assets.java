package news.portal.bake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import news.portal.config.SiteConfig;
import news.portal.content.FolderLinks;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/**
 * The asset folder, copied to the site root, and files that sit beside articles, copied to their own paths.
 * CSS and JS assets get a content hash in their name ({@code css/site.3f2a9c1b.css}) unless
 * {@code asset.fingerprint=false}: a changed file then has a new address, so browsers and CDNs may keep
 * the old one for a year without ever serving a stale stylesheet.
 */
final class Assets {

    /** Hex digits of the content hash in a fingerprinted name: 32 bits tell a site's versions of a file apart. */
    static final int HASH_LENGTH = 8;

    private Assets() {
    }

    /**
     * Every file of the asset folder: its path in the folder → its path in the output, which differs only
     * for fingerprinted CSS and JS. Computed before rendering, so templates can link the final names.
     *
     * @throws ProblemException naming each link that leaves the asset folder ({@link FolderLinks}) and its target
     */
    static Map<String, String> names(SiteConfig config) throws IOException {
        FolderLinks links = FolderLinks.of(config, config.paths().assets());
        Path assets = links.root();
        boolean skipHidden = Boolean.parseBoolean(String.valueOf(config.raw().getOrDefault("asset_ignore", "false")));
        boolean fingerprint = config.output().fingerprint();
        Map<String, String> names = new TreeMap<>();
        if (!Files.isDirectory(assets)) {
            return Collections.unmodifiableMap(names);
        }
        List<Problem> refused = new ArrayList<>();
        // links are followed, as in the content folder, while they stay inside the asset folder; the copy
        // reads through them, so one that leaves it (assets/x.txt -> /proc/self/environ) stops the bake here
        Files.walkFileTree(assets, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(assets)) {
                    return FileVisitResult.CONTINUE;
                }
                Optional<Problem> refusal = links.refusal(dir);
                if (refusal.isPresent()) {
                    refused.add(refusal.get());
                    return FileVisitResult.SKIP_SUBTREE;
                }
                // as in JBake: a folder holding ignore.file (.jbakeignore) is not copied, nor anything below it
                if (Files.exists(dir.resolve(config.sources().ignoreFile()))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return skipHidden && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Optional<Problem> refusal = links.refusal(file);
                if (refusal.isPresent()) {
                    refused.add(refusal.get());
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile() || skipHidden && file.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.CONTINUE;
                }
                String path = assets.relativize(file).toString().replace('\\', '/');
                names.put(path, fingerprint && isScriptOrStyle(path) ? fingerprinted(path, file) : path);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                refused.add(links.unreadable(file, e));
                return FileVisitResult.CONTINUE;
            }
        });
        if (!refused.isEmpty()) {
            throw new ProblemException(refused);
        }
        return Collections.unmodifiableMap(names);
    }

    /**
     * Copies the asset files under the names {@link #names} gave them, and the content folder's files.
     *
     * @return the number of files copied
     */
    static int copy(SiteConfig config, Map<String, String> names, List<String> contentFiles, Path out) {
        Path assets = config.paths().assets();
        names.forEach((from, to) -> copyFile(assets.resolve(from), out.resolve(to)));
        Path content = config.paths().content();
        for (String file : contentFiles) {
            copyFile(content.resolve(file), out.resolve(file));
        }
        return names.size() + contentFiles.size();
    }

    static boolean isScriptOrStyle(String path) {
        return path.endsWith(".css") || path.endsWith(".js") || path.endsWith(".mjs");
    }

    /** {@code css/site.css} → {@code css/site.3f2a9c1b.css}: the hash goes before the extension, which keeps the type. */
    static String fingerprinted(String path, Path file) throws IOException {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + "." + hash(file) + path.substring(dot);
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, HASH_LENGTH);
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
