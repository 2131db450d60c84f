package news.portal.content;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import news.portal.config.SiteConfig;
import news.portal.problem.Problem;

/**
 * The one rule for symbolic links in the folders a bake reads: {@code content.folder}, {@code asset.folder},
 * {@code template.folder} and the data folder. The folder itself may be a link, since a content folder
 * checked out elsewhere is a normal set-up; a link inside it may be followed while its target stays inside
 * the folder. A link whose target leaves the folder is an error naming the link and its target: through it
 * a bake would publish {@code /etc/passwd}, {@code /proc/self/environ} or a credentials file.
 */
public final class FolderLinks {

    private final SiteConfig.Paths paths;
    private final Path folder;
    private final Path root;
    private final String name;

    private FolderLinks(SiteConfig.Paths paths, Path folder, Path root) {
        this.paths = paths;
        this.folder = folder;
        this.root = root;
        this.name = paths.shown(folder);
    }

    /**
     * The rule for {@code folder}, one of the site's source folders, as configured (it may be a link).
     * A folder that does not exist has no links and is taken as it is.
     */
    public static FolderLinks of(SiteConfig config, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path root;
        try {
            root = absolute.toRealPath();
        } catch (IOException e) {
            root = absolute;
        }
        return new FolderLinks(config.paths(), absolute, root);
    }

    /**
     * Every link that leaves its folder, or leads nowhere, in the asset, template and data folders, in that
     * order; the content folder's are found as it is read. {@link ContentLoader#read()} reports them, so
     * {@code check} and a bake stop at the same links, before anything is written.
     */
    public static List<Problem> sourceFolders(SiteConfig config) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (Path folder : List.of(config.paths().assets(), config.paths().templates(), dataFolder(config))) {
            problems.addAll(of(config, folder).walk());
        }
        return List.copyOf(problems);
    }

    /** JBake's {@code data.folder}, default {@code data}, below the site folder: the YAML files templates read. */
    public static Path dataFolder(SiteConfig config) {
        String name = Optional.ofNullable(config.raw().get("data_folder")).map(String::valueOf).map(String::strip)
                .filter(s -> !s.isEmpty()).orElse("data");
        return config.paths().site().resolve(name).toAbsolutePath().normalize();
    }

    /** The folder with every link in its own path resolved: walk this, and links below it are judged by it. */
    public Path root() {
        return root;
    }

    /**
     * Why {@code path}, a file or folder found below {@link #root()}, must not be followed: it is a link whose
     * target leaves the folder, or a link to nothing. Empty for anything else, which may be followed. A link
     * to nothing with a hidden name is left alone: Emacs keeps such a link ({@code .#a.md}) beside every
     * file it has open.
     */
    public Optional<Problem> refusal(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return Optional.empty();
        }
        String target = target(path);
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            if (path.getFileName().toString().startsWith(".")) {
                return Optional.empty();
            }
            return Optional.of(Problem.ofFile(shown(path), "是指向不存在的文件的符号链接（指向 " + target
                    + "）：请删除它，或把文件本身放进 " + name + " 文件夹"));
        } catch (IOException e) {
            return Optional.of(unreadable(path, e));
        }
        if (real.startsWith(root)) {
            return Optional.empty();
        }
        return Optional.of(Problem.ofFile(shown(path), "是指向 " + name + " 文件夹以外的符号链接（指向 " + target
                + "），为防止泄露文件而拒绝发布：请把文件本身放进 " + name + " 文件夹"));
    }

    /** What to tell an editor when {@code path} below the folder cannot be read, a link loop included. */
    public Problem unreadable(Path path, IOException e) {
        String message = e instanceof FileSystemLoopException || String.valueOf(e.getMessage()).contains("levels of symbolic links")
                ? "符号链接指回它所在的文件夹，形成循环" : "无法读取：" + e.getMessage();
        return Problem.ofFile(shown(path), message);
    }

    /**
     * Every refusal below the folder, following the links that stay inside it; nothing when the folder
     * does not exist.
     */
    public List<Problem> walk() {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return problems;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Optional<Problem> refused = refusal(dir);
                    refused.ifPresent(problems::add);
                    return refused.isPresent() ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    refusal(file).ifPresent(problems::add);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(unreadable(file, e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(unreadable(root, e));
        }
        return problems;
    }

    /** {@code path} below the root as messages name it: through the folder as configured, like {@code assets/x.txt}. */
    private String shown(Path path) {
        Path inside = path.startsWith(root) ? folder.resolve(root.relativize(path).toString()) : path;
        return paths.shown(inside);
    }

    /** The target as the link names it: what an editor sees with {@code ls -l}. */
    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }
}
