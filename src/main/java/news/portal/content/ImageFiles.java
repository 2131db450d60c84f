package news.portal.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import news.portal.config.SiteConfig;
import news.portal.image.ImageSizes;
import news.portal.problem.Problem;

/**
 * The file behind an image address of an article, found where the bake copies images from: a file beside
 * the articles in the content folder (which the bake copies last, so it wins), else the asset folder. The
 * same rules as {@code check}'s, which reports a missing image before it is committed.
 */
final class ImageFiles {

    private final SiteConfig.Paths paths;
    private final Set<String> contentFiles;
    private final ImageSizes sizes;

    /**
     * @param contentFiles the content folder's files that are not documents, as site paths
     * @param sizes        the sizes, cached for as long as the loader lives
     */
    ImageFiles(SiteConfig.Paths paths, Set<String> contentFiles, ImageSizes sizes) {
        this.paths = paths;
        this.contentFiles = contentFiles;
        this.sizes = sizes;
    }

    /**
     * An image as the bake found it.
     *
     * @param sitePath the path it was looked up by, e.g. {@code images/a.jpg}
     * @param exists   whether a file is there
     * @param size     its size, when the file is there and readable
     */
    record Image(String sitePath, boolean exists, Optional<ImageSizes.Size> size) { }

    /**
     * The image {@code url}, written in {@code contentFile}, points to. Empty for addresses that are not a
     * file of this site: {@code https:} and other absolute URLs, fragments, paths that climb out of it.
     */
    Optional<Image> find(String contentFile, String url) {
        return SitePath.fileOf(contentFile, url).map(this::find);
    }

    /** The image at {@code sitePath}, as it is now: a preview asks again to see whether it changed. */
    Image find(String sitePath) {
        Optional<Path> file = file(sitePath);
        if (file.isEmpty() && sitePath.contains("%")) {
            file = file(SitePath.decode(sitePath));
        }
        return new Image(sitePath, file.isPresent(), file.flatMap(sizes::of));
    }

    /** Collects the images of the article in {@code contentFile} while it is placed. */
    Uses uses(String contentFile) {
        return new Uses(contentFile);
    }

    /**
     * The images one article shows: what was found for each, for a later load to compare with, and a
     * warning for each missing file. A missing image does not stop the bake, as it never did; but the
     * publishing pipeline bakes without running {@code check}, so the bake says so too.
     */
    final class Uses {
        private final String contentFile;
        private final String shownFile;
        private final Map<String, Image> images = new LinkedHashMap<>();
        private final Map<String, Article.Picture> pictures = new LinkedHashMap<>();
        private final List<Problem> missing = new ArrayList<>();

        private Uses(String contentFile) {
            this.contentFile = contentFile;
            this.shownFile = paths.shownContent(contentFile);
        }

        /** The size of a body image; {@code line} is the file's. */
        Optional<ImageSizes.Size> body(String url, int line) {
            Optional<Image> image = look(url, line, "正文", "图片");
            image.ifPresent(found -> found.size().ifPresent(size ->
                    pictures.putIfAbsent(found.sitePath(), new Article.Picture(found.sitePath(), size))));
            return image.flatMap(Image::size);
        }

        /** The size of the cover; {@code line} is the file's line of {@code cover}. */
        Optional<ImageSizes.Size> cover(String url, int line) {
            return look(url, line, "cover", "封面").flatMap(Image::size);
        }

        /** The body's images with a known size, in the order they were looked up, each once. */
        List<Article.Picture> pictures() {
            return List.copyOf(pictures.values());
        }

        /** Every image looked up, by site path. */
        Map<String, Image> images() {
            return Map.copyOf(images);
        }

        /** A warning for each image whose file is missing, in the order they were written. */
        List<Problem> missing() {
            return List.copyOf(missing);
        }

        private Optional<Image> look(String url, int line, String field, String what) {
            Optional<Image> found = find(contentFile, url);
            if (found.isEmpty()) {
                return found;
            }
            Image image = found.get();
            images.put(image.sitePath(), image);
            Optional<Path> link = image.exists() ? Optional.empty() : symlink(image.sitePath());
            if (link.isPresent()) {
                missing.add(new Problem(shownFile, line, field, what + "“" + url + "”是符号链接："
                        + shown(link.get()) + " → " + target(link.get())
                        + "，网站不发布符号链接，它在网站上显示不出来。请把图片文件本身放进去，而不是链接"));
            } else if (!image.exists()) {
                String path = image.sitePath();
                missing.add(new Problem(shownFile, line, field, what + "“" + url + "”找不到："
                        + shown(paths.assets().resolve(path)) + " 和 " + shown(paths.content().resolve(path))
                        + " 都不存在，它在网站上显示不出来。请把图片放进 assets/images/，写成 /images/文件名，注意大小写和扩展名"));
            }
            return found;
        }
    }

    private Optional<Path> file(String sitePath) {
        if (contentFiles.contains(sitePath)) {
            return Optional.of(paths.content().resolve(sitePath));
        }
        Path asset = paths.assets().resolve(sitePath);
        return Files.isRegularFile(asset) ? Optional.of(asset) : Optional.empty();
    }

    /** The symbolic link at {@code sitePath} in the content or asset folder that made the image count as missing. */
    private Optional<Path> symlink(String sitePath) {
        for (Path folder : List.of(paths.content(), paths.assets())) {
            Path file = folder.resolve(sitePath);
            if (Files.isSymbolicLink(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private String shown(Path file) {
        return paths.shown(file);
    }
}
