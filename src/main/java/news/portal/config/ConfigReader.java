package news.portal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jbake.app.JBakeException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/** Reads a site's configuration through JBake's API and checks every value this project relies on. */
final class ConfigReader {

    static final String FILE = "jbake.properties";

    private static final Map<String, String[]> TEMPLATE_KEYS = templateKeys();
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private final Path site;
    private final List<Problem> problems = new ArrayList<>();
    private DefaultJBakeConfiguration jbake;
    private List<String> fileLines = List.of();

    ConfigReader(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    SiteConfig read() {
        checkLayout();
        try {
            jbake = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                    site.toFile(), site.resolve("target").toFile(), false);
        } catch (JBakeException e) {
            throw new ProblemException(Problem.ofFile(FILE, "无法读取配置文件：" + e.getMessage()));
        }
        SiteConfig.Paths paths = new SiteConfig.Paths(site,
                folder("content.folder", "content"), folder("template.folder", "templates"),
                optionalFolder("asset.folder", "assets"));
        SiteConfig.Conventions conventions = conventions();
        SiteConfig.Identity identity = identity(paths, conventions.portal());
        SiteConfig.Paging paging = new SiteConfig.Paging(
                bool("index.paginate", true),
                positive("index.posts_per_page", 10),
                positive("tag.posts_per_page", 20),
                positive("section.posts_per_page", 20),
                positive("feed.size", 20),
                positive("summary.length", 120),
                positive("related.size", 5));
        SiteConfig.Output output = new SiteConfig.Output(
                fileName("index.file", "index.html"), fileName("feed.file", "feed.xml"),
                fileName("feed.atom.file", "atom.xml"),
                fileName("archive.file", "archive.html"), fileName("sitemap.file", "sitemap.xml"),
                fileName("error404.file", "404.html"), fileName("tag.path", "tags"),
                fileName("section.path", "sections"), text("output.extension", ".html"),
                bool("asset.fingerprint", conventions.portal()));
        SiteConfig.Sources sources = new SiteConfig.Sources(
                text("header.separator", "~~~~~~"), text("date.format", "yyyy-MM-dd"),
                text("default.type", ""), text("default.status", "published"), text("ignore.file", ".jbakeignore"),
                markdown());
        SiteConfig.Share share = new SiteConfig.Share(services(), bool("share.pages", false),
                image("share.image", paths));
        SiteConfig.Discovery discovery = discovery();
        Map<String, String> templates = new LinkedHashMap<>();
        TEMPLATE_KEYS.forEach((kind, keyAndDefault) ->
                templates.put(kind, text(keyAndDefault[0], keyAndDefault[1])));
        int threads = nonNegative("render.threads", 0);
        SiteConfig.Front front = conventions.portal() ? front() : SiteConfig.Front.OFF;
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return new SiteConfig(paths, identity, paging, output, sources, share, discovery, conventions,
                Collections.unmodifiableMap(templates),
                threads == 0 ? Runtime.getRuntime().availableProcessors() : threads,
                Collections.unmodifiableMap(jbake.asHashMap()), front);
    }

    private SiteConfig.Front front() {
        List<String> sections = Arrays.stream(text("front.sections", "").split("[,，]"))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        return new SiteConfig.Front(true, atMost("front.focus.size", 5, 10), atMost("front.section.titles", 6, 20),
                sections, atMost("front.picks.size", 6, 20), bool("section.lead", true));
    }

    private int atMost(String key, int fallback, int limit) {
        int value = nonNegative(key, fallback);
        if (value > limit) {
            problem(key, "不能超过 " + limit + "，现在是 " + value);
        }
        return value;
    }

    private void checkLayout() {
        if (!Files.isDirectory(site)) {
            throw new ProblemException(Problem.ofFile(site.toString(), "站点文件夹不存在"));
        }
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new ProblemException(Problem.ofFile(site.toString(),
                    "这不是站点文件夹：缺少 " + FILE + "（站点文件夹应包含 jbake.properties、content/、templates/、assets/）"));
        }
        try {
            fileLines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProblemException(Problem.ofFile(FILE, "无法读取：" + e.getMessage()));
        }
    }

    private SiteConfig.Conventions conventions() {
        String value = text("site.conventions", "jbake");
        if (!value.equals("jbake") && !value.equals("portal")) {
            problem("site.conventions", "应为 jbake（与 JBake 2.7 相同）或 portal（新闻门户的约定），现在是“" + value + "”");
        }
        boolean portal = value.equals("portal");
        return new SiteConfig.Conventions(portal, bool("uri.pinyin", portal), bool("markdown.cjk", portal));
    }

    /** A plain JBake site's dates are in the JVM's zone and language, as JBake's are; the portal's in China's. */
    private SiteConfig.Identity identity(SiteConfig.Paths paths, boolean portal) {
        String host = text("site.host", "");
        if (!host.matches("https?://[^\\s/]+(/\\S*)?")) {
            problem("site.host", "应为网站的绝对地址，如 https://news.example.cn/，现在是“" + host + "”");
        } else if (!host.endsWith("/")) {
            host = host + "/";
        }
        ZoneId zone = portal ? ZoneId.of("Asia/Shanghai") : ZoneId.systemDefault();
        String zoneName = text("site.timezone", zone.getId());
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            problem("site.timezone", "不认识的时区“" + zoneName + "”，应写成 Asia/Shanghai 这样的名称");
        }
        String display = text("site.date.display", "yyyy-MM-dd HH:mm");
        try {
            DateTimeFormatter.ofPattern(display);
        } catch (IllegalArgumentException e) {
            problem("site.date.display", "日期格式无效：" + e.getMessage());
        }
        List<String> sections = Arrays.stream(text("site.sections", "").split("[,，]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new SiteConfig.Identity(text("site.name", "新闻网"), text("site.description", ""), host,
                text("site.language", portal ? "zh-CN" : Locale.getDefault().toLanguageTag()), text("site.icp", ""), zone, display, sections,
                image("site.logo", paths));
    }

    private SiteConfig.Discovery discovery() {
        String content = text("feed.content", "summary");
        if (!content.equals("summary") && !content.equals("full")) {
            problem("feed.content", "应为 summary（摘要）或 full（全文），现在是“" + content + "”");
        }
        String news = text("sitemap.news.file", "news-sitemap.xml");
        if (!news.isEmpty()) {
            news = fileName("sitemap.news.file", news);
        }
        int maxUrls = positive("sitemap.max_urls", SiteConfig.Discovery.SITEMAP_LIMIT);
        if (maxUrls > SiteConfig.Discovery.SITEMAP_LIMIT) {
            problem("sitemap.max_urls", "不能超过 50000（站点地图协议的上限），现在是 " + maxUrls);
        }
        return new SiteConfig.Discovery(content.equals("full"), bool("feed.terms", true), news, positive("sitemap.news.days", 2), maxUrls,
                bool("paginate.noindex", false), verification("site.verification.baidu"),
                verification("site.verification.google"));
    }

    private SiteConfig.Markdown markdown() {
        String policy = text("markdown.raw_html", "safe").toLowerCase(Locale.ROOT);
        if (!policy.equals("safe") && !policy.equals("trusted")) {
            problem("markdown.raw_html", "应为 safe（只保留文章用得到的 HTML，默认）或 trusted（HTML 原样保留），现在是“"
                    + policy + "”");
        }
        List<String> hosts = new ArrayList<>();
        for (String name : text("markdown.iframe_hosts", String.join(",", SiteConfig.Markdown.VIDEO_HOSTS))
                .split("[,，\\s]+")) {
            String host = name.strip().toLowerCase(Locale.ROOT);
            if (host.isEmpty()) {
                continue;
            }
            if (!HOST.matcher(host).matches()) {
                problem("markdown.iframe_hosts", "应为网站的域名，如 player.bilibili.com（不带 https:// 和路径），现在是“"
                        + name.strip() + "”");
            } else if (!hosts.contains(host)) {
                hosts.add(host);
            }
        }
        return new SiteConfig.Markdown(policy.equals("trusted"), hosts);
    }

    /** A verification code goes into an attribute of every front page: keep it to the characters such codes use. */
    private String verification(String key) {
        String value = text(key, "");
        if (!value.matches("[A-Za-z0-9_-]*")) {
            problem(key, "验证码应只含英文字母、数字、下划线和连字符，现在是“" + value + "”");
            return "";
        }
        return value;
    }

    /** Without the key every service is shown; a misspelt name would silently drop a service, so it is an error. */
    private List<String> services() {
        String value = text("share.services", String.join(",", SiteConfig.Share.SERVICES));
        List<String> services = new ArrayList<>();
        for (String name : value.split("[,，]")) {
            String id = name.strip().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            if (!SiteConfig.Share.SERVICES.contains(id)) {
                problem("share.services", "不认识的分享服务“" + name.strip() + "”，可用的有："
                        + String.join(",", SiteConfig.Share.SERVICES));
            } else if (services.contains(id)) {
                problem("share.services", "分享服务“" + id + "”写了两次");
            } else {
                services.add(id);
            }
        }
        return services;
    }

    /** A site path must name a file the bake copies, or every shared link would show a broken image. */
    private String image(String key, SiteConfig.Paths paths) {
        String value = text(key, "");
        if (value.isEmpty() || value.matches("(?i)https?://\\S+")) {
            return value;
        }
        String path = value.startsWith("/") ? value.substring(1) : value;
        boolean inSite = !path.contains("..") && !path.contains("\\") && paths.siteFile(path).isPresent();
        if (!inSite) {
            problem(key, "图片应为 assets/ 或 content/ 里的文件（如 images/share-default.png）或 https:// 开头的地址，"
                    + "现在是“" + value + "”");
        }
        return path;
    }

    /** As in JBake, a site may have no asset folder: there is then nothing to copy. */
    private Path optionalFolder(String key, String fallback) {
        return site.resolve(text(key, fallback)).normalize();
    }

    private Path folder(String key, String fallback) {
        Path folder = site.resolve(text(key, fallback)).normalize();
        if (!Files.isDirectory(folder)) {
            problem(key, "文件夹不存在：" + site.relativize(folder));
        }
        return folder;
    }

    private String fileName(String key, String fallback) {
        String value = text(key, fallback);
        if (!Pattern.matches("[A-Za-z0-9._-]+", value)) {
            problem(key, "应为只含英文字母、数字、点和连字符的文件名，现在是“" + value + "”");
        }
        return value;
    }

    private boolean bool(String key, boolean fallback) {
        String value = text(key, Boolean.toString(fallback));
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            problem(key, "应为 true 或 false，现在是“" + value + "”");
            return fallback;
        }
        return Boolean.parseBoolean(value);
    }

    private int positive(String key, int fallback) {
        int value = integer(key, fallback);
        if (value < 1) {
            problem(key, "应为正整数，现在是 " + value);
        }
        return value;
    }

    private int nonNegative(String key, int fallback) {
        int value = integer(key, fallback);
        if (value < 0) {
            problem(key, "不能为负数，现在是 " + value);
        }
        return value;
    }

    private int integer(String key, int fallback) {
        String value = text(key, Integer.toString(fallback));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problem(key, "应为整数，现在是“" + value + "”");
            return fallback;
        }
    }

    /** JBake splits values on commas into lists; a text value is joined back as written. */
    private String text(String key, String fallback) {
        Object value = jbake.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList()).strip();
        }
        return String.valueOf(value).strip();
    }

    private void problem(String key, String message) {
        problems.add(new Problem(FILE, lineOf(key), key, message));
    }

    private int lineOf(String key) {
        Pattern pattern = Pattern.compile("\\s*" + Pattern.quote(key) + "\\s*[=:].*");
        for (int i = 0; i < fileLines.size(); i++) {
            if (pattern.matcher(fileLines.get(i)).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Map<String, String[]> templateKeys() {
        Map<String, String[]> keys = new LinkedHashMap<>();
        keys.put("index", new String[] {"template.masterindex.file", "index.ftl"});
        keys.put("post", new String[] {"template.post.file", "post.ftl"});
        keys.put("page", new String[] {"template.page.file", "page.ftl"});
        keys.put("tag", new String[] {"template.tag.file", "tags.ftl"});
        keys.put("tags_index", new String[] {"template.tagsindex.file", "tags-index.ftl"});
        keys.put("section", new String[] {"template.section.file", "section.ftl"});
        keys.put("archive", new String[] {"template.archive.file", "archive.ftl"});
        keys.put("archive_month", new String[] {"template.archivemonth.file", "archive-month.ftl"});
        keys.put("error404", new String[] {"template.error404.file", "error404.ftl"});
        keys.put("feed", new String[] {"template.feed.file", "feed.ftl"});
        keys.put("sitemap", new String[] {"template.sitemap.file", "sitemap.ftl"});
        keys.put("sitemap_index", new String[] {"template.sitemapindex.file", "sitemap-index.ftl"});
        keys.put("news_sitemap", new String[] {"template.newssitemap.file", "news-sitemap.ftl"});
        keys.put("atom", new String[] {"template.atom.file", "atom.ftl"});
        keys.put("robots", new String[] {"template.robots.file", "robots.ftl"});
        return Collections.unmodifiableMap(keys);
    }

}
