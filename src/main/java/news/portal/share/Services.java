package news.portal.share;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of share services: each service's link is a URL template whose placeholders ({@code {url}},
 * {@code {title}}, {@code {summary}}, {@code {image}}, {@code {site}}) are filled in at bake time. The
 * endpoints are the services' public share pages; none of them is loaded by the article page itself.
 */
final class Services {

    /** How a service is offered on the page. */
    enum Kind {
        /** WeChat has no web share page: its QR code is scanned from the phone. */
        QR,
        /** A web share page, opened in a new tab. */
        WEB,
        /** A {@code mailto:} link, opened by the reader's mail program. */
        MAIL,
        /** The canonical URL itself; the script copies it to the clipboard. */
        COPY
    }

    /**
     * @param id       the name in {@code share.services} and the labels
     * @param kind     how it is offered
     * @param template the link with placeholders; for {@code QR} and {@code COPY}, {@code {url}} alone
     */
    record Service(String id, Kind kind, String template) { }

    /** In the default order of {@code share.services}. */
    static final List<Service> ALL = List.of(
            new Service("wechat", Kind.QR, "{url}"),
            new Service("weibo", Kind.WEB,
                    "https://service.weibo.com/share/share.php?url={url}&title={title}&pic={image}"),
            new Service("qq", Kind.WEB,
                    "https://connect.qq.com/widget/shareqq/index.html?url={url}&title={title}&summary={summary}"
                            + "&pics={image}&site={site}"),
            new Service("qzone", Kind.WEB,
                    "https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url={url}&title={title}"
                            + "&summary={summary}&pics={image}&site={site}"),
            new Service("douban", Kind.WEB,
                    "https://www.douban.com/share/service?href={url}&name={title}&text={summary}&image={image}"),
            new Service("x", Kind.WEB, "https://x.com/intent/tweet?url={url}&text={title}"),
            new Service("facebook", Kind.WEB, "https://www.facebook.com/sharer/sharer.php?u={url}"),
            new Service("linkedin", Kind.WEB, "https://www.linkedin.com/sharing/share-offsite/?url={url}"),
            new Service("telegram", Kind.WEB, "https://t.me/share/url?url={url}&text={title}"),
            // WhatsApp takes one text: the title, a space, the link
            new Service("whatsapp", Kind.WEB, "https://api.whatsapp.com/send?text={title}%20{url}"),
            // RFC 6068: line breaks in a mailto body are CRLF, percent-encoded
            new Service("email", Kind.MAIL, "mailto:?subject={title}&body={summary}%0D%0A%0D%0A{url}"),
            new Service("copy", Kind.COPY, "{url}"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private Services() {
    }

    /** The service named {@code id}; every name {@code share.services} accepts is in the table. */
    static Service byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no share service " + id));
    }

    /**
     * Fills a template's placeholders with {@code values}, each percent-encoded as UTF-8, except the QR and
     * copy entries, whose {@code {url}} is the address itself.
     */
    static String link(Service service, Map<String, String> values) {
        if (service.kind() == Kind.QR || service.kind() == Kind.COPY) {
            return values.get("url");
        }
        Matcher matcher = PLACEHOLDER.matcher(service.template());
        StringBuilder link = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for " + matcher.group() + " in " + service.id());
            }
            matcher.appendReplacement(link, Matcher.quoteReplacement(encode(value)));
        }
        return matcher.appendTail(link).toString();
    }

    /**
     * Percent-encodes {@code text} as UTF-8 for a query value, and for a mailto header value (RFC 6068).
     * URLEncoder writes HTML form encoding, where a space is {@code +}: share pages and mail programs read
     * that {@code +} literally, so spaces become {@code %20}. A {@code +} in the text itself is already
     * {@code %2B} by then.
     */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
