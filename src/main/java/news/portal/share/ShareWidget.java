package news.portal.share;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import news.portal.config.SiteConfig;
import news.portal.content.Article;
import news.portal.content.Document;
import news.portal.content.SitePath;
import news.portal.content.Term;
import news.portal.image.Derivatives;
import news.portal.image.ImageSizes;

/**
 * The 分享到 widget and social metadata of a site's articles and pages, built at bake time from
 * {@code jbake.properties} ({@code share.services}, {@code share.pages}, {@code share.image},
 * {@code site.logo}, {@code site.language}). Immutable and safe to use from every render thread.
 */
public final class ShareWidget {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    /** Open Graph previews pass over images with a side under this many pixels. */
    private static final int MIN_PREVIEW_SIDE = 200;

    private final SiteConfig.Identity site;
    private final SiteConfig.Share settings;
    private final Map<String, String> labels;
    private final String locale;
    private final Optional<ImageSizes.Size> defaultImageSize;
    /** Set per bake; the widget is otherwise immutable. */
    private volatile Derivatives.Catalog images = Derivatives.Catalog.EMPTY;

    /** A widget for the site {@code config} describes. */
    public ShareWidget(SiteConfig config) {
        Objects.requireNonNull(config, "config");
        this.site = config.identity();
        this.settings = config.share();
        this.labels = Labels.of(site.language());
        Locale language = Locale.forLanguageTag(site.language());
        this.locale = language.getCountry().isEmpty() ? language.getLanguage()
                : language.getLanguage() + "_" + language.getCountry();
        this.defaultImageSize = siteImageSize(config.paths(), settings.image());
    }

    /** The size of {@code share.image} when it is a file of the site: content/ first, as the bake copies it. */
    private static Optional<ImageSizes.Size> siteImageSize(SiteConfig.Paths paths, String image) {
        if (image.isEmpty() || image.matches("(?i)https?://.*")) {
            return Optional.empty();
        }
        return paths.siteFile(image).flatMap(new ImageSizes()::of);
    }

    /** Whether standing pages ({@code type: page}) carry the widget too ({@code share.pages}). */
    public boolean onPages() {
        return settings.pages();
    }

    /**
     * The widget of one article or page.
     *
     * @param canonical the page's absolute URL, shared by every service
     * @param title     the title the services prefill
     * @param text      the summary the services that take one prefill
     * @param links     one per configured service, in the configured order
     * @param qr        the WeChat QR code of {@code canonical}; present when WeChat is configured
     * @param system    the button of the system share sheet ({@code navigator.share}), kind {@code system};
     *                  the script shows it only where the browser has one
     * @param labels    every text of the widget in the site's language, by name ({@code heading},
     *                  {@code wechat_hint}, {@code copied} …)
     */
    public record Share(String canonical, String title, String text, List<Link> links, Optional<Qr> qr,
                        Link system, Map<String, String> labels) { }

    /**
     * @param id    the service's name in {@code share.services}
     * @param kind  {@code qr} (WeChat), {@code web} (a share page, opened in a new tab), {@code mail}
     *              ({@code mailto:}) or {@code copy}
     * @param label the service's name in the site's language
     * @param url   the complete link, every value percent-encoded; for {@code qr} and {@code copy} the
     *              canonical URL
     * @param icon  SVG path data on a 24×24 grid, filled with the even-odd rule
     */
    public record Link(String id, String kind, String label, String url, String icon) { }

    /**
     * @param size  the side of the square in modules, quiet zone included: the SVG viewBox is
     *              {@code 0 0 size size}
     * @param path  SVG path data of the dark modules
     * @param title what the image is, for screen readers
     */
    public record Qr(int size, String path, String title) { }

    /**
     * What a shared link shows: Open Graph, Twitter Card and JSON-LD values.
     *
     * @param type        {@code og:type}: {@code article}, or {@code website} for a standing page
     * @param title       the title without the site name
     * @param description the summary, else the site's description
     * @param url         the canonical URL
     * @param image       the cover, else the body's first picture big enough for a preview, else
     *                    {@code share.image}; absolute
     * @param imageAlt    {@code cover_alt}, else the title; for the default image the site name
     * @param imageSize   the shared image's size, when known (a cover, a picture, or {@code share.image}):
     *                    with {@code og:image:width}/{@code height} a preview is laid out before the image
     *                    is fetched
     * @param siteName    {@code site.name}
     * @param locale      {@code og:locale}, from {@code site.language}: {@code zh_CN}
     * @param published   article only: the date, ISO-8601 in the site's zone
     * @param modified    article only: {@code updated}, else the date
     * @param section     article only: the section (栏目)
     * @param tags        article only: the tags
     * @param twitterCard {@code summary_large_image} with a cover or picture, else {@code summary}
     * @param jsonLd      article only: the {@code NewsArticle}, safe inside a script element
     */
    public record Meta(String type, String title, String description, String url, Optional<String> image,
                       String imageAlt, Optional<ImageSizes.Size> imageSize, String siteName, String locale, Optional<String> published,
                       Optional<String> modified, Optional<String> section, List<String> tags,
                       String twitterCard, Optional<String> jsonLd) { }

    /** The widget for {@code article}, with the links of the configured services. */
    public Share share(Article article) {
        String canonical = canonical(article);
        String text = article.summary().isBlank() ? article.title() : article.summary();
        Map<String, String> values = Map.of("url", canonical, "title", article.title(), "summary", text,
                "image", image(article).orElse(""), "site", site.name());
        List<Link> links = new ArrayList<>();
        Optional<Qr> qr = Optional.empty();
        for (String id : settings.services()) {
            Services.Service service = Services.byId(id);
            links.add(new Link(id, service.kind().name().toLowerCase(Locale.ROOT), labels.get(id),
                    Services.link(service, values), Icons.path(id)));
            if (service.kind() == Services.Kind.QR) {
                QrCode.Drawing drawing = QrCode.of(canonical);
                qr = Optional.of(new Qr(drawing.size(), drawing.path(), labels.get("qr_title")));
            }
        }
        Link system = new Link("system", "system", labels.get("system"), canonical, Icons.path("system"));
        return new Share(canonical, article.title(), text, List.copyOf(links), qr, system, labels);
    }

    /** The social metadata of {@code article}; a standing page gets Open Graph but no article facts. */
    public Meta meta(Article article) {
        Document doc = article.document();
        boolean isArticle = doc.kind() == Document.Kind.ARTICLE;
        String canonical = canonical(article);
        String description = article.summary().isBlank() ? site.description() : article.summary();
        Shared shared = shared(article);
        Optional<String> image = shared.image().map(this::absolute);
        String published = iso(doc.date());
        String modified = iso(doc.lastModified());
        Optional<String> section = article.section().map(Term::name);
        List<String> tags = article.tags().stream().map(Term::name).toList();
        Optional<String> jsonLd = Optional.empty();
        if (isArticle) {
            jsonLd = Optional.of(JsonLd.of(new JsonLd.Facts(article.title(), description, canonical, published,
                    modified, doc.author(), image, section, tags, site.language(), site.name(), site.host(),
                    site.logo().isEmpty() ? Optional.empty() : Optional.of(absolute(site.logo())))));
        }
        return new Meta(isArticle ? "article" : "website", article.title(), description, canonical, image,
                shared.alt(), shared.size(), site.name(), locale,
                isArticle ? Optional.of(published) : Optional.empty(),
                isArticle ? Optional.of(modified) : Optional.empty(),
                isArticle ? section : Optional.empty(),
                isArticle ? tags : List.of(),
                shared.own() ? "summary_large_image" : "summary", jsonLd);
    }

    /**
     * The image a share shows.
     *
     * @param image a site path or an absolute URL; empty without a cover, picture or {@code share.image}
     * @param own   whether it is the article's own (cover or picture) rather than the site's
     */
    private record Shared(Optional<String> image, String alt, Optional<ImageSizes.Size> size, boolean own) { }

    /**
     * Shows the link-preview crops of {@code catalog} (1200×630, with their true size) in place of the
     * images they were cut from; {@link Derivatives.Catalog#EMPTY} shows the originals.
     */
    public void useImages(Derivatives.Catalog catalog) {
        this.images = java.util.Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * The article's own image (cover or body picture) a share of {@code article} shows, as chosen before
     * any crop: a site path or a URL; empty when it shares the site's {@code share.image} or nothing.
     */
    public Optional<String> imagePath(Article article) {
        Shared chosen = chosen(article);
        return chosen.own() ? chosen.image() : Optional.empty();
    }

    private Shared shared(Article article) {
        Shared chosen = chosen(article);
        // the site's own share.image is a card the site designed for this (a logo, a small summary card): as it is
        Optional<Derivatives.Candidate> crop = chosen.image().filter(path -> chosen.own() && !SitePath.isAbsolute(path))
                .flatMap(path -> images.of(path.startsWith("/") ? path.substring(1) : path))
                .flatMap(Derivatives.Image::share);
        return crop.map(c -> new Shared(Optional.of(c.path()), chosen.alt(),
                Optional.of(new ImageSizes.Size(c.width(), c.height())), chosen.own())).orElse(chosen);
    }

    private Shared chosen(Article article) {
        if (article.cover().isPresent()) {
            Object alt = article.document().extra().getOrDefault("cover_alt", article.title());
            return new Shared(article.cover(), String.valueOf(alt), article.coverSize(), true);
        }
        // an editor who sets no cover still shares a photo of the article: the first one big enough for a link
        // preview (Open Graph asks for 200 x 200 px at least), so an icon or a logo in the text is passed over,
        // and not a drawing in SVG, which the apps' previews do not show
        for (Article.Picture picture : article.pictures()) {
            if (Math.min(picture.size().width(), picture.size().height()) >= MIN_PREVIEW_SIDE
                    && !picture.path().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                return new Shared(Optional.of(picture.path()), article.title(), Optional.of(picture.size()), true);
            }
        }
        Optional<String> fallback = settings.image().isEmpty() ? Optional.empty() : Optional.of(settings.image());
        return new Shared(fallback, site.name(), defaultImageSize, false);
    }

    private String canonical(Article article) {
        return site.host() + article.uri();
    }

    /** The image a share shows; absolute, since it is fetched by another site. */
    private Optional<String> image(Article article) {
        return shared(article).image().map(this::absolute);
    }

    private String absolute(String ref) {
        return SitePath.url(site.host(), ref);
    }

    private String iso(ZonedDateTime time) {
        return ISO.format(time.withZoneSameInstant(site.zone()));
    }
}
