package news.portal.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every internal link, stylesheet, script and image of a baked site: each must be relative, name a
 * file (object storage serves keys, not folders) and that file must exist inside the site.
 */
public final class LinkChecker {

    private final List<String> broken = new ArrayList<>();
    private int checked;

    /** Checks every HTML file below {@code site}. */
    public static LinkChecker check(Path site, List<String> files) {
        LinkChecker checker = new LinkChecker();
        for (String file : files) {
            if (file.endsWith(".html") && !file.equals("404.html")) {
                checker.page(site, file);
            }
        }
        return checker;
    }

    private void page(Path site, String file) {
        Document page;
        try {
            page = Jsoup.parse(Files.readString(site.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path folder = site.resolve(file).getParent();
        for (Element element : page.select("a[href], link[href], img[src], script[src], source[srcset]")) {
            String ref = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            if (ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || ref.startsWith("//") || ref.startsWith("#")) {
                continue;
            }
            checked++;
            String path = ref.replaceAll("[?#].*$", "");
            Path target = folder.resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
            if (ref.startsWith("/") || path.isEmpty() || path.endsWith("/") || !target.startsWith(site)
                    || !Files.isRegularFile(target)) {
                broken.add(file + " -> " + ref);
            }
        }
    }

    /** Links that do not resolve, as {@code page -> link}. */
    public List<String> broken() {
        return broken;
    }

    /** How many internal references were followed. */
    public int checked() {
        return checked;
    }
}
