package news.portal.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import news.portal.config.SiteConfig;
import news.portal.jbake.JBakeEngines;
import news.portal.problem.Problem;

/**
 * Walks the content folder as JBake's crawler does and sorts its files: documents (a file a markup engine
 * reads), static files (copied as they are), and editors' leftovers (backups, swap files), which are never
 * published. The folder itself may be a symbolic link (content checked out elsewhere); a link inside it
 * must stay inside it, or a bake could publish {@code /etc/passwd} or a credentials file.
 */
final class Crawl {

    /** Backup, swap and temporary files of editors and merge tools: {@code x.md~}, {@code #x.md#}, {@code .x.md.swp} … */
    private static final Pattern LEFTOVER = Pattern.compile(
            ".*~|#.*#|\\..*\\.sw[a-p]|\\.#.*|.*\\.(?i:bak|orig|rej|tmp|swp)");

    private final SiteConfig config;

    Crawl(SiteConfig config) {
        this.config = config;
    }

    /**
     * What a walk found.
     *
     * @param documents files read as documents, sorted
     * @param stamps    each document's attributes, for a reload to tell what changed
     * @param statics   other files, relative to the content folder, sorted
     * @param leftovers backups and swap files, relative to the content folder, sorted: never published
     * @param problems  links that leave the folder, files that look like documents but are not read as one
     */
    record Result(List<Path> documents, Map<Path, BasicFileAttributes> stamps, List<String> statics,
                  List<String> leftovers, List<Problem> problems) { }

    /** Whether the portal or JBake reads {@code fileName} as a document. */
    boolean isDocument(String fileName) {
        if (LEFTOVER.matcher(fileName).matches() || fileName.startsWith(".")) {
            return false;
        }
        if (JBakeEngines.Markup.of(fileName).isPresent()) {
            return true;
        }
        return config.conventions().cjk() && fileName.toLowerCase(Locale.ROOT).endsWith(".markdown");
    }

    static boolean isLeftover(String fileName) {
        return LEFTOVER.matcher(fileName).matches();
    }

    Result walk() {
        Path shown = config.paths().content();
        FolderLinks links = FolderLinks.of(config, shown);
        Path root = links.root();
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException("cannot read " + shown, new NoSuchFileException(shown.toString()));
        }
        String ignoreFile = config.sources().ignoreFile();
        List<Path> documents = new ArrayList<>();
        Map<Path, BasicFileAttributes> stamps = new HashMap<>();
        List<String> statics = new ArrayList<>();
        List<String> leftovers = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (dir.getFileName().toString().startsWith(".") || Files.exists(dir.resolve(ignoreFile))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return escapes(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String name = file.getFileName().toString();
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    if (escapes(file) || !attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isLeftover(name)) {
                        leftovers.add(relative);
                    } else if (name.startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    } else if (isDocument(name)) {
                        Path document = shown.resolve(relative);
                        documents.add(document);
                        stamps.put(document, attrs);
                    } else if (looksLikeDocument(file)) {
                        problems.add(Problem.ofFile(config.paths().shownContent(relative),
                                "文件以文章头信息开头，但扩展名不是 .md、.html 或 .adoc，不会被当作文章读取，"
                                        + "也不会原样发布：请改用正确的扩展名，或移出 content 文件夹"));
                    } else {
                        statics.add(relative);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(links.unreadable(file, e));
                    return FileVisitResult.CONTINUE;
                }

                /** A link whose target is outside the content folder is refused, with its target named. */
                private boolean escapes(Path path) {
                    Optional<Problem> refused = links.refusal(path);
                    refused.ifPresent(problems::add);
                    return refused.isPresent();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + shown, e);
        }
        documents.sort(Comparator.comparing(Path::toString));
        Collections.sort(statics);
        Collections.sort(leftovers);
        return new Result(documents, stamps, statics, leftovers, problems);
    }

    /**
     * A text file that starts with a YAML ({@code ---}) or JBake ({@code key=value … ~~~~~~}) header is an
     * article with the wrong extension ({@code x.txt}, {@code x.markdown} on a JBake site): publishing it
     * as a static file would publish its source, drafts included.
     */
    private boolean looksLikeDocument(Path file) throws IOException {
        byte[] head = new byte[4096];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        String text = new String(head, 0, length, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            return false;
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length > 1 && lines[0].strip().equals("---")) {
            return true;
        }
        String separator = config.sources().headerSeparator();
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i].strip();
            if (line.equals(separator)) {
                return i > 0;
            }
            if (!line.isEmpty() && !line.matches("[A-Za-z0-9_.-]+\\s*=.*")) {
                return false;
            }
        }
        return false;
    }
}
