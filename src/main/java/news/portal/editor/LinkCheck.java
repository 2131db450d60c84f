package news.portal.editor;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import news.portal.config.SiteConfig;
import news.portal.content.ContentLoader;
import news.portal.content.Document;
import news.portal.content.Reading;
import news.portal.content.SitePath;
import news.portal.markdown.MarkdownRenderer;
import news.portal.problem.Problem;

/**
 * Links between articles and images, resolved as the bake resolves them: a path starting with {@code /}
 * from the content folder (or, for images, the asset folder), any other relative to the article's file.
 * The bake turns such links into relative ones without asking whether the target exists; this is
 * where a broken one is caught. So is raw HTML whose tags do not pair up, which breaks the rest of the page,
 * and what the bake takes out of a body as unsafe (a script address, raw HTML {@code markdown.raw_html}
 * refuses); the bake only warns of these.
 */
final class LinkCheck {

    private static final String BODY = "正文";

    private final SiteConfig config;
    private final Reading reading;
    private final Instant now;
    private final Set<String> markdownFiles;
    private final Set<String> staticFiles;
    private final Map<String, Document> byFile = new HashMap<>();
    private final Map<String, Boolean> assets = new ConcurrentHashMap<>();
    private final MarkdownRenderer markdown;
    private final PhotoCheck photos;

    LinkCheck(SiteConfig config, Reading reading, Instant now) {
        this.photos = new PhotoCheck(config);
        this.config = config;
        this.reading = reading;
        this.now = now;
        this.markdown = new MarkdownRenderer(ContentLoader.renderOptions(config));
        this.markdownFiles = new HashSet<>(reading.files());
        this.staticFiles = new HashSet<>(reading.staticFiles());
        reading.documents().forEach(d -> byFile.put(d.file(), d));
    }

    /**
     * Every broken link and missing image of the site; bodies are parsed on all cores. Drafts are left
     * alone: they are work in progress, committed to be shared, and are checked when {@code draft: true}
     * is removed, which changes the file.
     */
    List<Finding> findings() {
        return reading.documents().parallelStream()
                .filter(d -> !d.draft())
                .flatMap(d -> check(d).stream())
                .toList();
    }

    private List<Finding> check(Document document) {
        List<Finding> findings = new ArrayList<>();
        document.cover().ifPresent(cover -> image(document, cover, document.lineOf("cover"), "cover", "封面")
                .ifPresent(findings::add));
        MarkdownRenderer.Inspection body = markdown.inspect(document.markdown());
        for (MarkdownRenderer.Ref ref : body.references()) {
            int line = document.bodyLine() + ref.line() - 1;
            Optional<Finding> finding = ref.image()
                    ? image(document, ref.url(), line, BODY, "图片")
                    : link(document, ref.url(), line);
            finding.ifPresent(findings::add);
        }
        for (MarkdownRenderer.Flaw flaw : body.flaws()) {
            problem(document, document.bodyLine() + flaw.line() - 1, BODY, flaw.message()).ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> link(Document document, String url, int line) {
        Optional<String> target = SitePath.fileOf(document.file(), url);
        if (target.isEmpty() || !Editor.isMarkdown(target.get())) {
            return Optional.empty();
        }
        String file = target.get();
        String shown = reading.shown(file);
        if (!markdownFiles.contains(file)) {
            return problem(document, line, BODY, "链接的文章“" + url + "”不存在（找的是 " + shown
                    + "）。请核对文件名；不以 / 开头的路径从本文所在的文件夹算起，以 / 开头的从 content/ 算起", shown);
        }
        Document linked = byFile.get(file);
        if (linked == null) {
            return Optional.empty(); // a file with problems of its own is reported for itself
        }
        if (linked.draft()) {
            return problem(document, line, BODY, "链接指向草稿 " + shown + "（draft: true），它发布之前这个链接在网站上打不开。"
                    + "请等它发布后再加链接，或先去掉链接", shown);
        }
        Instant live = linked.date().toInstant();
        if (live.isAfter(now) && live.isAfter(document.date().toInstant())) {
            return problem(document, line, BODY, "链接指向定时发布的 " + shown + "（" + linked.date()
                    .withZoneSameInstant(config.identity().zone()).format(Editor.DATE_FORMAT) + " 上线），本文比它先发布，"
                    + "在那之前这个链接打不开。请把本文的 date 改到它之后，或先去掉链接", shown);
        }
        return Optional.empty();
    }

    private Optional<Finding> image(Document document, String url, int line, String field, String what) {
        if (SitePath.isAbsolute(url)) {
            return Optional.empty();
        }
        Optional<String> target = SitePath.fileOf(document.file(), url);
        if (target.isEmpty()) {
            return url.isEmpty() || url.startsWith("#") ? Optional.empty()
                    : problem(document, line, field, what + "“" + url + "”指向站点以外，网站上显示不出来。"
                    + "请把图片放进 assets/images/，写成 /images/文件名");
        }
        String path = target.get();
        if (exists(path) || (path.contains("%") && exists(SitePath.decode(path)))) {
            String found = exists(path) ? path : SitePath.decode(path);
            return photos.check(found, field.equals("cover")).flatMap(message -> problem(document, line, field, message));
        }
        String inAssets = shownAsset(path);
        String inContent = reading.shown(path);
        return problem(document, line, field, what + "“" + url + "”找不到：" + inAssets + " 和 " + inContent
                + " 都不存在。请把图片放进 assets/images/，写成 /images/文件名，注意大小写和扩展名", inAssets, inContent);
    }

    private boolean exists(String path) {
        return staticFiles.contains(path) || assets.computeIfAbsent(path,
                p -> Files.isRegularFile(config.paths().assets().resolve(p)));
    }

    private String shownAsset(String path) {
        return config.paths().shown(config.paths().assets().resolve(path));
    }

    private Optional<Finding> problem(Document document, int line, String field, String message, String... others) {
        String file = reading.shown(document);
        Set<String> files = new HashSet<>(List.of(others));
        files.add(file);
        return Optional.of(new Finding(new Problem(file, line, field, message), files));
    }
}
