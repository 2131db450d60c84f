package news.portal.content;

import java.util.List;
import java.util.Optional;

import news.portal.cache.Key;
import news.portal.image.ImageSizes;

/**
 * A document placed in the site: its address, its rendered body and its terms.
 *
 * @param document what the editor wrote
 * @param uri      its file in the output, e.g. {@code 2025/11/gu-cheng-ye-you.html}
 * @param slug     the last part of the address, without extension
 * @param body     the body as HTML, links already relative to {@code uri}; kept on disk while the bake
 *                 runs (see {@link Text}), read by {@link #html} for the page, feed or index that shows it
 * @param summary  plain text: the {@code summary} field, else the text before {@code <!--more-->}, else
 *                 the first sentences of the body
 * @param cover    the cover as a site path ({@code images/a.jpg}) or an absolute URL
 * @param coverSize the cover's width and height: {@code cover_width} and {@code cover_height} when the
 *                 front matter gives both, else read from the image file; empty for a remote or missing
 *                 image
 * @param pictures the images of the body that are files of this site with a known size, in the order
 *                 shown, each once: what a share falls back to without a cover
 * @param tags     its tags, in the order written
 * @param section  its section
 * @param key      a content hash of all the above: two articles with the same key show the same thing,
 *                 which is how pages know whether they need rendering again (see {@link Key})
 */
public record Article(Document document, String uri, String slug, Text body, String summary,
                      Optional<String> cover, Optional<ImageSizes.Size> coverSize, List<Picture> pictures,
                      List<Term> tags, Optional<Term> section, String key)
        implements news.portal.cache.Keyed {

    public Article {
        pictures = List.copyOf(pictures);
        tags = List.copyOf(tags);
    }

    /** An article whose body is held in memory and whose key is computed from its parts. */
    public Article(Document document, String uri, String slug, String html, String summary, Optional<String> cover,
                   Optional<ImageSizes.Size> coverSize, List<Picture> pictures, List<Term> tags, Optional<Term> section) {
        this(document, uri, slug, Text.of(html), summary, cover, coverSize, pictures, tags, section,
                Key.of(documentKey(document), uri, slug, html, summary, cover, coverSize, pictures, tags, section));
    }

    /**
     * The body as HTML, links already relative to {@code uri}. The one way to an article's text: each call
     * reads it again from where the bake keeps it, so keep it no longer than the page that shows it.
     */
    public String html() {
        return body.read();
    }

    /** This article with its body kept in {@code body}, which must hold the same text. */
    public Article withBody(Text body) {
        return new Article(document, uri, slug, body, summary, cover, coverSize, pictures, tags, section, key);
    }

    /** This article placed for {@code document}, the same content read again: the key stays. */
    public Article withDocument(Document document) {
        return new Article(document, uri, slug, body, summary, cover, coverSize, pictures, tags, section, key);
    }

    /**
     * What identifies a document's content: its file, the hash of its bytes and its date (which a JBake
     * page without one takes from the file's time). The rest of a document follows from these and the
     * configuration.
     */
    public static String documentKey(Document document) {
        return document.file() + "\n" + document.sha1() + "\n" + document.date();
    }

    /**
     * An image the body shows.
     *
     * @param path its site path, e.g. {@code images/a.jpg}
     * @param size its width and height, read from the file
     */
    public record Picture(String path, ImageSizes.Size size) { }

    /** The title, for convenience. */
    public String title() {
        return document.title();
    }
}
