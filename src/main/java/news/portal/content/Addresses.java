package news.portal.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.portal.config.SiteConfig;
import news.portal.problem.Problem;

/**
 * Gives every document, tag and section its address. Addresses are ASCII and stable: a document's address
 * is the one it asks for (its {@code slug}, else its file name, else the pinyin of its title) and depends
 * on nothing else, so adding, editing or deleting one article never moves another. Two documents asking
 * for one address, or a document asking for a name the site reserves, are errors: the older document
 * (by date, then file) keeps the address and the newer is told to choose a slug. Drafts take part, so
 * preview and the published site agree.
 */
final class Addresses {

    private static final Comparator<Document> OLDEST_FIRST = Comparator
            .comparing(Document::date).thenComparing(Document::file);

    private final SiteConfig config;
    private final List<Problem> problems;
    private final Map<Document, String> uris = new IdentityHashMap<>();
    /** The address each document asked for, kept so that the editors' check can name clashes. */
    private final Map<Document, String> wanted = new IdentityHashMap<>();
    private final Map<String, String> uriByFile = new HashMap<>();
    private final Map<String, Term> tags = new HashMap<>();
    private final Map<String, Term> sections = new HashMap<>();

    private final Function<String, String> slugOf;

    /**
     * @param slugOf the slug of a title or term, usually {@link Slugs#of} behind a cache: pinyin
     *               transliteration is the costly part of giving addresses to thousands of documents
     */
    Addresses(SiteConfig config, List<Problem> problems, Function<String, String> slugOf) {
        this.config = config;
        this.problems = problems;
        this.slugOf = slugOf;
    }

    void assign(List<Document> documents) {
        if (!config.conventions().pinyinUrls()) {
            assignAsJBake(documents);
            return;
        }
        List<Document> ordered = documents.stream().sorted(OLDEST_FIRST).toList();
        Map<String, List<Document>> claims = new LinkedHashMap<>();
        for (Document document : ordered) {
            String uri = document.slug().map(slug -> prefix(document) + slug + config.output().extension())
                    .orElseGet(() -> derived(document));
            wanted.put(document, uri);
            claims.computeIfAbsent(uri, u -> new ArrayList<>()).add(document);
        }
        Set<String> reserved = reservedRootPages();
        claims.forEach((uri, claimants) -> settle(uri, claimants, reserved));
        terms(ordered, d -> d.tags(), config.output().tagPath(), tags);
        terms(ordered, d -> d.section().stream().toList(), config.output().sectionPath(), sections);
    }

    /**
     * JBake's addresses: the content path with the extension replaced ({@code blog/2024/a.md} →
     * {@code blog/2024/a.html}), the file name URL-encoded as JBake encodes it, and with
     * {@code uri.noExtension} a folder of its own ({@code blog/2024/a/index.html}) under
     * {@code uri.noExtension.prefix}. Tags keep their names: {@code tags/海港.html}.
     */
    private void assignAsJBake(List<Document> documents) {
        Map<String, Document> byUri = new HashMap<>();
        String extension = config.output().extension();
        boolean noExtension = config.flag("uri.noExtension", false);
        Object prefixValue = config.raw().get("uri_noExtension_prefix");
        String prefix = prefixValue == null ? "" : String.valueOf(prefixValue).strip();
        for (Document document : documents.stream().sorted(Comparator.comparing(Document::file)).toList()) {
            String path = "/" + document.file();
            int slash = path.lastIndexOf('/');
            String folder = path.substring(0, slash + 1);
            String base = stripExtension(path.substring(slash + 1));
            String encoded = java.net.URLEncoder.encode(base, java.nio.charset.StandardCharsets.UTF_8);
            boolean own = noExtension && !prefix.isEmpty() && path.startsWith(prefix);
            String uri = (folder + encoded + (own ? "/index" : "") + extension).substring(1);
            wanted.put(document, uri);
            Document other = byUri.putIfAbsent(uri, document);
            if (other != null) {
                problems.add(new Problem(shown(document), 1, "",
                        "与 " + shown(other) + " 会写到同一个地址 " + uri + "，请给其中一个改名"));
                continue;
            }
            put(document, uri);
        }
        String tagPath = config.output().tagPath();
        boolean sanitize = config.flag("tag.sanitize", false);
        for (Document document : documents) {
            for (String name : document.tags()) {
                String tag = sanitize ? name.replace(" ", "-") : name;
                tags.computeIfAbsent(tag, t -> new Term(t, t, tagPath + "/" + t + extension));
            }
        }
    }

    /** The address a document without a {@code slug} asks for: its file name, else its title's pinyin. */
    private String derived(Document document) {
        String base = Slugs.ofFileName(baseName(document.file()));
        if (base.isEmpty()) {
            base = slugOf.apply(document.title());
        }
        if (base.isEmpty()) {
            base = document.kind() == Document.Kind.PAGE ? "page" : "article";
        }
        return prefix(document) + base + config.output().extension();
    }

    String uri(Document document) {
        return uris.get(document);
    }

    String wanted(Document document) {
        return wanted.get(document);
    }

    Optional<String> uriOfFile(String contentFile) {
        return Optional.ofNullable(uriByFile.get(contentFile));
    }

    Term tag(String name) {
        if (!config.conventions().pinyinUrls()) {
            boolean sanitize = config.flag("tag.sanitize", false);
            return tags.get(sanitize ? name.replace(" ", "-") : name);
        }
        return tags.get(key(name));
    }

    /** The section named {@code name}; sections are the portal's, so a JBake site has none. */
    Term section(String name) {
        return sections.get(key(name));
    }

    /**
     * Gives {@code uri} to the oldest of its claimants. Never to a newer one instead and never a
     * {@code -2} to anybody: either would move a page whose address readers may already have.
     */
    private void settle(String uri, List<Document> claimants, Set<String> reserved) {
        if (reserved.contains(uri)) {
            for (Document document : claimants) {
                String message = document.slug().isPresent()
                        ? "slug “" + document.slug().get() + "” 是站点保留的名字（" + uri + " 另有用处），请换一个"
                        : "地址 " + uri + " 是站点保留的名字，本文的文件名不能用作地址。请在文章头写一个 slug";
                problems.add(new Problem(shown(document), line(document), "slug", message));
            }
            return;
        }
        Document holder = claimants.get(0);
        put(holder, uri);
        for (Document document : claimants.subList(1, claimants.size())) {
            String others = claimants.stream().filter(d -> d != document).map(this::shown)
                    .collect(Collectors.joining("、"));
            String message = document.slug().isPresent()
                    ? "slug “" + document.slug().get() + "” 要用的地址 " + uri + " 已经属于更早的 " + others
                            + "。两篇文章不能用同一个地址，已经发出去的链接也不能改指别的文章：请给本文换一个 slug"
                    : "地址重复：本文和更早的 " + others + " 都要写到 " + uri + "（地址来自"
                            + (Slugs.ofFileName(baseName(document.file())).isEmpty() ? "标题的拼音" : "文件名")
                            + "）。请在本文的文章头写一个不同的 slug（小写拼音或英文，用连字符连接）";
            problems.add(new Problem(shown(document), line(document), "slug", message));
        }
    }

    /** The slug line when there is one; otherwise the title, whose pinyin (or the file name) made the address. */
    private static int line(Document document) {
        return document.slug().isPresent() ? document.lineOf("slug") : document.lineOf("title");
    }

    /** The file as messages name it: relative to the site folder, like {@code content/news/a.md}. */
    private String shown(Document document) {
        return config.paths().shownContent(document.file());
    }

    private void put(Document document, String uri) {
        uris.put(document, uri);
        uriByFile.put(document.file(), uri);
    }

    private String prefix(Document document) {
        return document.kind() == Document.Kind.PAGE ? "" : ContentLoader.monthPath(document) + "/";
    }

    private String unique(String prefix, String base, Set<String> taken) {
        String extension = config.output().extension();
        String uri = prefix + base + extension;
        for (int n = 2; taken.contains(uri); n++) {
            uri = prefix + base + "-" + n + extension;
        }
        taken.add(uri);
        return uri;
    }

    private Set<String> reservedRootPages() {
        SiteConfig.Output output = config.output();
        Set<String> reserved = new HashSet<>();
        for (String name : List.of(output.index(), output.archive(), output.error404(), output.feed(),
                output.sitemap(), output.tagPath(), output.sectionPath(), "page", "archive", "robots")) {
            String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            reserved.add(base + output.extension());
        }
        return reserved;
    }

    private void terms(List<Document> ordered, Function<Document, List<String>> names,
                       String folder, Map<String, Term> into) {
        Set<String> taken = new HashSet<>(Set.of(folder + "/" + stripExtension(config.output().index())
                + config.output().extension()));
        for (Document document : ordered) {
            for (String name : names.apply(document)) {
                String key = key(name);
                if (!into.containsKey(key)) {
                    String base = slugOf.apply(name);
                    String uri = unique(folder + "/", base.isEmpty() ? "t" : base, taken);
                    String slug = uri.substring(folder.length() + 1, uri.length() - config.output().extension().length());
                    into.put(key, new Term(display(name), slug, uri));
                }
            }
        }
    }

    /** Tags that differ only in width, case or spacing are one tag: ＡＩ, AI and ai. */
    private static String key(String name) {
        return display(name).toLowerCase(Locale.ROOT);
    }

    private static String display(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }

    private static String baseName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return stripExtension(name);
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
