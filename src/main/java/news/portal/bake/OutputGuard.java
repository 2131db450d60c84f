package news.portal.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import news.portal.config.SiteConfig;
import news.portal.content.FolderLinks;

/**
 * Decides whether a folder may receive a bake, which replaces it whole. Bake, preview and deploy all ask
 * here, so the rules are the same everywhere:
 * <ul>
 * <li>never the site folder, a folder that contains it, or a folder that contains or lies inside the
 *     content, template, asset or data folder (a bake there would delete the sources);</li>
 * <li>never a file;</li>
 * <li>an existing folder only when it is empty or carries the {@link #MARKER} every bake writes, so a
 *     folder of someone else's files is never wiped, and {@code deploy -o} never uploads one.</li>
 * </ul>
 * Paths are compared after symbolic links are resolved, so {@code -o link-to-the-site} is refused too.
 */
public final class OutputGuard {

    /**
     * The marker file at the top of every output folder. It starts with a dot, like the deploy's own
     * record, and is left out of deploys; its text says which tool wrote it.
     */
    public static final String MARKER = ".news-portal-output";

    /** Always the same text, so two bakes of the same site stay byte-identical. */
    static final String MARKER_TEXT = "news-portal: this folder is written by news-portal bake and replaced whole"
            + " at each bake; do not keep other files in it.\n";

    /** {@code .NAME.baking-PID-XXXXXXXX} and {@code .NAME.old-PID-XXXXXXXX}: a bake's siblings of its output. */
    private static final Pattern SCRATCH = Pattern.compile("\\.(.+)\\.(baking|old|commit)-(\\d+)-[0-9a-f]{8}");

    private OutputGuard() {
    }

    /** Why a folder may not receive a bake; the message is one line in Chinese, for the terminal. */
    public static final class Refused extends RuntimeException {

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Checks that a bake of {@code config}'s site may replace {@code output}.
     *
     * @throws Refused when it may not, saying why
     */
    public static void check(SiteConfig config, Path output) {
        Path target = real(output);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new Refused("输出位置 " + target + " 是一个文件，不是文件夹：生成网站会把它替换掉。请用 -o 指定一个文件夹");
        }
        Path site = real(config.paths().site());
        if (site.startsWith(target)) {
            throw new Refused("输出文件夹 " + target + (site.equals(target) ? " 就是网站文件夹" : " 包含网站文件夹 " + site)
                    + "：生成网站会把输出文件夹整个替换，网站的源文件会被删除。请用 -o 指定另一个文件夹，例如 "
                    + site.resolve("target").resolve("site"));
        }
        for (Map.Entry<String, Path> source : sources(config).entrySet()) {
            Path folder = real(source.getValue());
            if (target.startsWith(folder) || folder.startsWith(target)) {
                throw new Refused("输出文件夹 " + target + (target.startsWith(folder) ? " 在" : " 包含")
                        + source.getKey() + " " + folder + (target.startsWith(folder) ? " 里面" : "")
                        + "：生成网站会把输出文件夹整个替换，这些源文件会被删除。请用 -o 指定网站源文件以外的文件夹");
            }
        }
        if (Files.isDirectory(target) && !isEmpty(target) && !carriesMarker(target)
                && !target.equals(site.resolve("target").resolve("site"))) {
            throw new Refused("输出文件夹 " + target + " 里已有文件，但不是本工具生成的（没有 " + MARKER
                    + " 标记）：生成网站会把它整个替换，这些文件会被删除。请指定一个空文件夹或还不存在的文件夹");
        }
    }

    /**
     * Checks that the build cache may live in {@code cache}: not in the output, which a bake replaces, nor
     * in a source folder, which a bake reads.
     *
     * @throws Refused when it may not, saying why
     */
    static void checkCache(SiteConfig config, Path output, Path cache) {
        Path target = real(output);
        Path folder = real(cache);
        if (folder.startsWith(target) || target.startsWith(folder)) {
            throw new Refused("构建缓存文件夹 " + folder + (folder.startsWith(target) ? " 在输出文件夹 " : " 包含输出文件夹 ")
                    + target + (folder.startsWith(target) ? " 里面" : "") + "：请用 --cache 指定输出文件夹以外的文件夹");
        }
        for (Map.Entry<String, Path> source : sources(config).entrySet()) {
            Path sourceFolder = real(source.getValue());
            if (folder.startsWith(sourceFolder) || sourceFolder.startsWith(folder)) {
                throw new Refused("构建缓存文件夹 " + folder + " 与" + source.getKey() + " " + sourceFolder
                        + " 重叠：请用 --cache 指定网站源文件以外的文件夹");
            }
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new Refused("构建缓存位置 " + folder + " 是一个文件，不是文件夹：请用 --cache 指定一个文件夹");
        }
    }

    /**
     * Checks that {@code folder} holds a bake of this tool, before it is uploaded.
     *
     * A bake killed while it moved its files into the output left a journal beside it: the previous output
     * is put back from it first, and while a bake is still moving files in nothing is uploaded, because the
     * folder then holds pages of two versions of the site.
     *
     * @throws Refused when it is missing, a file, a folder without the marker, or a bake is moving files in
     */
    public static void requireBake(Path folder) {
        if (!Files.isDirectory(folder) || !carriesMarker(folder)) {
            throw new Refused("文件夹 " + real(folder) + " 不是本工具生成的网站（没有 " + MARKER
                    + " 标记），不会上传。请先用 bake 生成网站，再部署它的输出文件夹");
        }
        Path target = real(folder);
        sweep(target);
        if (committing(target)) {
            throw new Refused("文件夹 " + target + " 正有一次生成在写入文件（旁边有它的 ." + target.getFileName() + "."
                    + InPlace.PURPOSE + "-… 记录），新旧页面混在一起，不会上传。请等它结束后再部署");
        }
    }

    /** Whether a commit journal for {@code target} is still beside it. */
    static boolean committing(Path target) {
        try {
            return scratchFolders(target).stream().anyMatch(name -> name.group(2).equals(InPlace.PURPOSE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scratch folders beside {@code target}, as matched by {@link #SCRATCH}: purpose in group 2, pid in 3. */
    private static List<Matcher> scratchFolders(Path target) throws IOException {
        Path parent = target.getParent();
        List<Matcher> found = new ArrayList<>();
        if (parent == null || !Files.isDirectory(parent)) {
            return found;
        }
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent)) {
            for (Path sibling : siblings) {
                Matcher name = SCRATCH.matcher(sibling.getFileName().toString());
                if (name.matches() && name.group(1).equals(target.getFileName().toString())
                        && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(name);
                }
            }
        }
        return found;
    }

    /** Whether {@code folder} carries the marker a bake writes. */
    public static boolean carriesMarker(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Writes the marker into a folder a bake is filling. */
    static void mark(Path folder) throws IOException {
        Files.writeString(folder.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
    }

    /** A sibling of {@code target} for a bake's scratch work, named so that {@link #sweep} knows it. */
    static Path scratch(Path target, String purpose, String random) {
        Path parent = target.getParent() != null ? target.getParent() : target.toAbsolutePath().getRoot();
        return parent.resolve("." + target.getFileName() + "." + purpose + "-" + ProcessHandle.current().pid()
                + "-" + random);
    }

    /**
     * Removes what a killed bake left beside {@code target}: {@code .NAME.baking-PID-…} and
     * {@code .NAME.old-PID-…} folders whose process is gone, and undoes its {@code .NAME.commit-PID-…}
     * (see {@link InPlace}). A folder of a bake still running keeps going.
     */
    static void sweep(Path target) {
        try {
            for (Matcher name : scratchFolders(target)) {
                if (!alive(name.group(3))) {
                    Path sibling = target.resolveSibling(name.group(0));
                    if (name.group(2).equals(InPlace.PURPOSE)) {
                        InPlace.recover(sibling, target);
                    } else {
                        Folders.deleteQuietly(sibling);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a leftover that cannot be removed now is removed by a later bake; this one goes on
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a pid this tool wrote: leave it alone
        }
    }

    /** The folders a bake reads, by how messages name them. */
    private static Map<String, Path> sources(SiteConfig config) {
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("内容文件夹（content.folder）", config.paths().content());
        folders.put("模板文件夹（template.folder）", config.paths().templates());
        folders.put("资源文件夹（asset.folder）", config.paths().assets());
        folders.put("数据文件夹（data.folder）", dataFolder(config));
        return folders;
    }

    /** JBake's {@code data.folder}, default {@code data}, below the site folder. */
    static Path dataFolder(SiteConfig config) {
        return FolderLinks.dataFolder(config);
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output folder " + folder, e);
        }
    }

    /** The absolute path with every symbolic link resolved, for the part of it that exists. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            Path real = existing.toRealPath();
            while (!missing.isEmpty()) {
                real = real.resolve(missing.pop());
            }
            return real;
        } catch (IOException e) {
            return absolute;
        }
    }
}
