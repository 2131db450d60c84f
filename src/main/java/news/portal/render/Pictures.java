package news.portal.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import news.portal.config.SiteConfig;
import news.portal.content.Article;
import news.portal.content.SiteModel;
import news.portal.content.SitePath;
import news.portal.image.Derivatives;
import news.portal.share.ShareWidget;

/**
 * Where pages meet {@link Derivatives}: which images the site shows and what for, and each body
 * {@code <img>} of a site photo turned into a {@code <picture>} with a WebP source and {@code srcset}s.
 */
final class Pictures {

    /**
     * The width a body image takes: the text column ({@code --measure}, 46em) on a wide screen, the screen
     * less the page's 1rem margins on a phone. A 390 px phone at DPR 2 picks the 800 px candidate.
     */
    static final String BODY_SIZES = "(min-width: 48em) 46em, calc(100vw - 2rem)";

    private Pictures() {
    }

    /** Every image of {@code model} that pages show, with what they do with it. */
    static List<Derivatives.Source> sources(SiteConfig config, SiteModel model, ShareWidget share) {
        Map<String, Set<Derivatives.Use>> uses = new LinkedHashMap<>();
        List<Article> all = new ArrayList<>(model.articles());
        all.addAll(model.pages());
        for (Article article : all) {
            for (Article.Picture picture : article.pictures()) {
                add(uses, picture.path(), Derivatives.Use.BODY);
            }
            article.cover().filter(c -> !SitePath.isAbsolute(c)).ifPresent(cover -> {
                add(uses, cover, Derivatives.Use.BODY);
                add(uses, cover, Derivatives.Use.COVER);
            });
            share.imagePath(article).filter(p -> !SitePath.isAbsolute(p))
                    .ifPresent(path -> add(uses, path, Derivatives.Use.SHARE));
        }
        List<Derivatives.Source> sources = new ArrayList<>();
        uses.forEach((sitePath, use) -> file(config, sitePath)
                .ifPresent(file -> sources.add(new Derivatives.Source(sitePath, file, use))));
        return sources;
    }

    /**
     * The derivatives of the images a page's signature shows: the body pictures, cover and share image of
     * each article it shows whole (the {@link Article} itself), the cover of each it shows as a card ({@link Card}). A
     * page's signature holds everything it shows, so an edited photo changes the pages that show it and
     * no others.
     */
    static List<Derivatives.Image> shown(Derivatives.Catalog images, ShareWidget share, List<Object> signature) {
        Map<String, Set<Derivatives.Use>> paths = new LinkedHashMap<>();
        collect(signature, share, paths);
        List<Derivatives.Image> shown = new ArrayList<>();
        for (String path : paths.keySet()) {
            images.of(path).ifPresent(shown::add);
        }
        return shown;
    }

    private static void collect(Object shown, ShareWidget share, Map<String, Set<Derivatives.Use>> paths) {
        if (shown instanceof Article article) {
            for (Article.Picture picture : article.pictures()) {
                add(paths, picture.path(), Derivatives.Use.BODY);
            }
            article.cover().ifPresent(cover -> add(paths, cover, Derivatives.Use.COVER));
            share.imagePath(article).ifPresent(path -> add(paths, path, Derivatives.Use.SHARE));
        } else if (shown instanceof Card card) {
            card.cover().ifPresent(cover -> add(paths, cover, Derivatives.Use.COVER));
        } else if (shown instanceof java.util.Collection<?> items) {
            for (Object item : items) {
                collect(item, share, paths);
            }
        }
    }

    private static void add(Map<String, Set<Derivatives.Use>> uses, String path, Derivatives.Use use) {
        String sitePath = path.startsWith("/") ? path.substring(1) : path;
        uses.computeIfAbsent(sitePath, p -> EnumSet.noneOf(Derivatives.Use.class)).add(use);
    }

    private static Optional<Path> file(SiteConfig config, String sitePath) {
        Optional<Path> file = config.paths().siteFile(sitePath);
        return file.isEmpty() && sitePath.contains("%") ? config.paths().siteFile(SitePath.decode(sitePath)) : file;
    }

    /** The image a site path or a page's reference to it names, if it has derivatives. */
    static Optional<Derivatives.Image> find(Derivatives.Catalog images, String pageUri, String ref) {
        Optional<String> path = SitePath.fileOf(pageUri, ref);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        return images.of(path.get()).or(() -> images.of(SitePath.decode(path.get())));
    }

    /**
     * {@code html}, the body of the page at {@code pageUri}, with each image that has derivatives shown
     * through them; the same text when it has none.
     */
    static String body(String html, String pageUri, Derivatives.Catalog images) {
        if (images.images().isEmpty() || !html.contains("<img")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        boolean changed = false;
        String root = SitePath.rootOf(pageUri);
        for (Element img : doc.body().select("img[src]")) {
            Optional<Derivatives.Image> found = find(images, pageUri, img.attr("src"));
            if (found.isEmpty()) {
                continue;
            }
            Derivatives.Image image = found.get();
            String sizes = sizes(img, image);
            Element parent = img.parent();
            if (parent != null && parent.normalName().equals("picture")) {
                // an editor's own <picture>: their sources stay first (art direction by media), each of a
                // site photo gets its candidates, and WebP sources come before the JPEG ones they match
                for (Element source : parent.select("> source[srcset]")) {
                    Optional<Derivatives.Image> art = find(images, pageUri, source.attr("srcset").strip());
                    if (art.isPresent()) {
                        if (!art.get().webp().isEmpty()) {
                            Element webp = source.clone();
                            webp.attr("type", "image/webp").attr("srcset", srcset(root, art.get().webp()))
                                    .attr("sizes", sizes);
                            source.before(webp);
                        }
                        source.attr("srcset", srcset(root, art.get().fallback())).attr("sizes", sizes);
                        source.attr("type", mime(art.get().fallback()));
                    }
                }
                if (!image.webp().isEmpty()) {
                    img.before(new Element("source").attr("type", "image/webp")
                            .attr("srcset", srcset(root, image.webp())).attr("sizes", sizes));
                }
            } else {
                Element picture = new Element("picture");
                img.before(picture);
                // no WebP source when WebP would not be smaller (image.Work writes none then)
                if (!image.webp().isEmpty()) {
                    picture.appendChild(new Element("source").attr("type", "image/webp")
                            .attr("srcset", srcset(root, image.webp())).attr("sizes", sizes));
                }
                picture.appendChild(img);
            }
            img.attr("src", root + fallbackSrc(image.fallback()).path());
            img.attr("srcset", srcset(root, image.fallback())).attr("sizes", sizes);
            if (!img.hasAttr("width") || !img.hasAttr("height")) {
                img.attr("width", Integer.toString(image.width())).attr("height", Integer.toString(image.height()));
            }
            changed = true;
        }
        return changed ? doc.body().html() : html;
    }

    /** A body image as wide as the column, or as an editor's smaller {@code width} says. */
    private static String sizes(Element img, Derivatives.Image image) {
        try {
            int width = Integer.parseInt(img.attr("width").strip());
            if (width > 0 && width < image.width()) {
                return "(max-width: " + (width + 32) + "px) calc(100vw - 2rem), " + width + "px";
            }
        } catch (NumberFormatException e) {
            // no width, or a percentage: the column's
        }
        return BODY_SIZES;
    }

    static String srcset(String root, List<Derivatives.Candidate> candidates) {
        StringBuilder text = new StringBuilder();
        for (Derivatives.Candidate candidate : candidates) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(root).append(candidate.path()).append(' ').append(candidate.width()).append('w');
        }
        return text.toString();
    }

    /** The candidate for browsers without {@code srcset}: the one nearest a phone's 800 px. */
    static Derivatives.Candidate fallbackSrc(List<Derivatives.Candidate> candidates) {
        Derivatives.Candidate best = candidates.get(0);
        for (Derivatives.Candidate candidate : candidates) {
            if (Math.abs(candidate.width() - 800) < Math.abs(best.width() - 800)) {
                best = candidate;
            }
        }
        return best;
    }

    private static String mime(List<Derivatives.Candidate> candidates) {
        return candidates.get(0).path().endsWith(".png") ? "image/png" : "image/jpeg";
    }

    /**
     * A cover's derivatives as templates read them ({@code content.cover_image}, docs/templates.md): lists of
     * {@code path}/{@code width}/{@code height}, which {@code partials/cover.ftl} links relative to the page.
     */
    static Map<String, Object> coverMap(Derivatives.Image image) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("width", image.width());
        map.put("height", image.height());
        map.put("fallback", candidates(image.fallback()));
        map.put("webp", candidates(image.webp()));
        map.put("src", fallbackSrc(image.fallback()).path());
        map.put("sizes", BODY_SIZES);
        if (!image.cardFallback().isEmpty()) {
            map.put("card", candidates(image.cardFallback()));
            map.put("card_webp", candidates(image.cardWebp()));
            Derivatives.Candidate first = image.cardFallback().get(0);
            map.put("card_width", first.width());
            map.put("card_height", first.height());
            map.put("card_src", image.cardFallback().get(image.cardFallback().size() - 1).path());
        }
        return Map.copyOf(map);
    }

    private static List<Map<String, Object>> candidates(List<Derivatives.Candidate> list) {
        return list.stream().map(c -> Map.<String, Object>of("path", c.path(), "width", c.width(), "height", c.height()))
                .toList();
    }
}
