package news.portal.deploy;

import news.portal.bake.OutputGuard;
import news.portal.media.ContentTypes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/** Reads the baked site: every file with its key, phase, headers and the MD5 of the bytes to store. */
final class LocalSite {

    private LocalSite() {
    }

    /**
     * Every regular file below {@code folder}, in phase order, then by key; the bake's marker
     * ({@link OutputGuard#MARKER}) stays local: it says who wrote the folder and is no page of the site.
     *
     * @throws ProblemException when a file cannot become a key, two files would become the same key, or a
     *                          symbolic link is found below {@code folder} (links are never followed nor uploaded)
     */
    static List<LocalFile> scan(Path folder, DeployConfig config) {
        ContentTypes types = new ContentTypes(config.layout().feed(), config.layout().atom());
        String prefix = config.target().prefix();
        List<Path> files;
        List<Problem> problems = new ArrayList<>();
        // the folder itself may be a link (-o to a folder elsewhere); nothing below it is followed
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the site in " + folder, e);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            Path marker = root.resolve(OutputGuard.MARKER);
            List<Path> found = walk.filter(file -> !file.equals(root)).toList();
            for (Path file : found) {
                if (Files.isSymbolicLink(file)) {
                    problems.add(linked(root, file));
                }
            }
            files = found.stream().filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> !file.equals(marker)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the site in " + folder, e);
        }
        Path output = root;
        Map<String, Path> byKey = new HashMap<>();
        List<Path> kept = new ArrayList<>();
        for (Path file : files) {
            String relative = output.relativize(file).toString();
            try {
                String key = Keys.key(prefix, Keys.path(relative));
                Path other = byKey.putIfAbsent(key, file);
                if (other != null) {
                    problems.add(Problem.ofFile(relative, "has the same key as " + output.relativize(other)
                            + " once both names are in Unicode NFC: rename one"));
                } else {
                    kept.add(file);
                }
            } catch (IllegalArgumentException e) {
                problems.add(Problem.ofFile(relative.replaceAll("\\p{Cntrl}", "?"), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return kept.parallelStream().map(file -> read(output, file, prefix, types, config))
                .sorted(Comparator.comparing(LocalFile::phase).thenComparing(LocalFile::key))
                .toList();
    }

    /**
     * A bake copies what links point to and writes no link itself: a link in the output was put there by
     * hand, and uploading what it points to could publish any file of this machine.
     */
    private static Problem linked(Path root, Path link) {
        String target;
        try {
            target = Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            target = "?";
        }
        return Problem.ofFile(root.relativize(link).toString(), "是符号链接（指向 " + target
                + "），为防止泄露文件而拒绝上传：生成的网站里不应有符号链接，请删除它后重新生成");
    }

    private static LocalFile read(Path output, Path file, String prefix, ContentTypes types, DeployConfig config) {
        String path = Keys.path(output.relativize(file).toString());
        Phase phase = Phase.of(path, config.layout());
        String type = types.of(path);
        boolean gzip = config.metadata().gzip() && ContentTypes.isText(type);
        Headers headers = new Headers(type, config.metadata().cache().forPath(path, phase), gzip ? "gzip" : "");
        MessageDigest md5 = md5();
        long size;
        try {
            if (gzip) {
                byte[] bytes = gzip(file);
                md5.update(bytes);
                size = bytes.length;
            } else {
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
                    size = in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new LocalFile(path, Keys.key(prefix, path), file, phase, headers, size,
                HexFormat.of().formatHex(md5.digest()));
    }

    /**
     * The bytes stored for a gzip file. Java's gzip header carries no file name and a modification time of
     * 0, so the same text always compresses to the same bytes, and the MD5 (the ETag) stays stable from
     * deploy to deploy.
     */
    static byte[] gzip(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes); InputStream in = Files.newInputStream(file)) {
            in.transferTo(zip);
        }
        return bytes.toByteArray();
    }

    static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
