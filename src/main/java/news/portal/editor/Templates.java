package news.portal.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import news.portal.config.SiteConfig;

/**
 * Templates that escape nothing. A Freemarker template that declares no output format prints every
 * {@code ${…}} as it is, as stock JBake's templates do: a title with {@code <} or {@code &} breaks the
 * page, and any editor can put script into it. Such a template still runs, as under JBake; check says so.
 */
final class Templates {

    private static final Pattern OUTPUT_FORMAT = Pattern.compile("<#ftl[^>]*output_format\\s*=");

    private Templates() {
    }

    /** A note for each {@code .ftl} template of the site without {@code <#ftl output_format="HTML">}. */
    static List<String> unescaped(SiteConfig config) {
        Path folder = config.paths().templates();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".ftl"))
                    .filter(file -> !declaresOutputFormat(file))
                    .sorted()
                    .map(file -> "警告：" + config.paths().shown(file) + " 没有声明输出格式，${…} 输出的文字不会被转义"
                            + "（标题里的 < 和 & 会弄坏页面，也可能被插入脚本）：请在第一行写 <#ftl output_format=\"HTML\">（feed 和 sitemap 写 \"XML\"），"
                            + "正文写成 ${content.body}（已是 HTML）")
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
    }

    private static boolean declaresOutputFormat(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String head = text.substring(0, Math.min(text.length(), 2000));
            return OUTPUT_FORMAT.matcher(head).find();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
