package news.portal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import news.portal.config.SiteConfig;
import news.portal.image.Derivatives;
import news.portal.image.ImageSizes;

/**
 * What an editor should know about a photo that is there: one over 20 MB slows every bake and may be
 * a raw export, and a cover narrower than the smallest width the pages show it at ({@code image.widths})
 * looks blurred on phones. Only where the site makes derivatives ({@code image.derivatives}).
 */
final class PhotoCheck {

    /** Above this, a photo is a raw export or a panorama rather than a news picture. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final SiteConfig config;
    private final Derivatives.Settings settings;
    private final ImageSizes sizes = new ImageSizes();

    PhotoCheck(SiteConfig config) {
        this.config = config;
        this.settings = Derivatives.settings(config);
    }

    /** A message about the image at {@code sitePath}, which exists; empty when there is nothing to say. */
    Optional<String> check(String sitePath, boolean cover) {
        if (!settings.enabled() || !isPhoto(sitePath)) {
            return Optional.empty();
        }
        Optional<Path> file = config.paths().siteFile(sitePath);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            long bytes = Files.size(file.get());
            if (bytes > MAX_BYTES) {
                return Optional.of("图片“" + sitePath + "”有 " + (bytes / (1024 * 1024)) + " MB，超过 20 MB：新闻照片用不着这么大，"
                        + "它会让每次生成变慢。请导出一张长边 4000 像素左右的 JPEG 再放进来");
            }
        } catch (IOException e) {
            return Optional.empty(); // vanished meanwhile: the next check reports it missing
        }
        if (cover) {
            Optional<ImageSizes.Size> size = sizes.of(file.get());
            int smallest = settings.smallestWidth();
            if (size.isPresent() && size.get().width() < smallest) {
                return Optional.of("封面“" + sitePath + "”只有 " + size.get().width() + " 像素宽，比文章页显示封面的最小宽度 "
                        + smallest + " 像素（image.widths）还窄，在手机上会发虚。请换一张至少 " + smallest + " 像素宽的图片");
            }
        }
        return Optional.empty();
    }

    private static boolean isPhoto(String sitePath) {
        String name = sitePath.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png") || name.endsWith(".gif")
                || name.endsWith(".webp");
    }
}
