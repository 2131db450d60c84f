package news.portal.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import news.portal.bake.References.Ref;

/**
 * The link check of a baked site, over every file of the output folder at once:
 * <ul>
 * <li>every same-site URL of HTML pages ({@code a}, {@code link}, {@code img} with its {@code srcset},
 * {@code source}, {@code script}, {@code iframe}, {@code video}, {@code audio}, {@code meta} content and
 * JSON-LD on the site's host), of feeds and sitemaps ({@code *.xml}) and of stylesheets ({@code url()})
 * names a file of the output, never a folder: object storage serves keys, not folders;</li>
 * <li>relative URLs never start with {@code /}, so the site works from any folder or bucket prefix;
 * absolute ones on {@code site.host} count as internal;</li>
 * <li>a {@code #fragment} names an {@code id} (or {@code a[name]}) of its target page;</li>
 * <li>every HTML page but the 404 page can be reached from the front page by following links.</li>
 * </ul>
 * Problems read {@code page: kind url (reason)}.
 */
public final class LinkChecker {

    /** The front page, where readers start. The project's default {@code index.file}. */
    static final String FRONT_PAGE = "index.html";
    /**
     * The page object storage serves for a missing key; no page links to it, so the reachability check
     * leaves it out. Its links are checked like any other page's.
     */
    static final String NOT_FOUND_PAGE = "404.html";

    private final Path out;
    private final SiteAddress address;
    private final Set<String> problems = new LinkedHashSet<>();
    private final Map<String, Set<String>> anchors = new HashMap<>();
    private final Map<String, List<Ref>> refs = new LinkedHashMap<>();
    private final Map<String, Set<String>> pageLinks = new HashMap<>();
    private int checked;

    private LinkChecker(Path out, String host) {
        this.out = out.toAbsolutePath().normalize();
        this.address = new SiteAddress(this.out, host);
    }

    /**
     * Checks the baked site in {@code out}.
     *
     * @param host the site's {@code site.host}: URLs below it are the site's own
     */
    public static LinkChecker check(Path out, String host) {
        LinkChecker checker = new LinkChecker(out, host);
        List<String> files = files(checker.out);
        for (String file : files) {
            checker.read(file);
        }
        for (Map.Entry<String, List<Ref>> entry : checker.refs.entrySet()) {
            for (Ref ref : entry.getValue()) {
                checker.follow(entry.getKey(), ref);
            }
        }
        checker.reach();
        return checker;
    }

    /** Every problem found, as {@code page: kind url (reason)}, in file order. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** How many same-site references were followed. */
    public int checked() {
        return checked;
    }

    private void read(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")) {
            Document page = Jsoup.parse(text(file));
            anchors.put(file, References.anchors(page));
            List<Ref> found = new ArrayList<>(References.html(page, address::onHost));
            try {
                found.addAll(References.jsonLd(page, address::onHost));
            } catch (IllegalArgumentException e) {
                problems.add(file + ": json-ld script (" + e.getMessage() + ")");
            }
            refs.put(file, found);
            pageLinks.put(file, new HashSet<>());
        } else if (name.endsWith(".xml")) {
            refs.put(file, References.xml(Jsoup.parse(text(file), "", Parser.xmlParser()), address::onHost));
        } else if (name.endsWith(".css")) {
            refs.put(file, References.css(text(file)));
        }
    }

    private void follow(String file, Ref ref) {
        Optional<SiteAddress.Target> resolved = address.resolve(file, ref.url());
        if (resolved.isEmpty()) {
            return;
        }
        checked++;
        SiteAddress.Target target = resolved.get();
        if (target.problem() != null) {
            problems.add(file + ": " + ref.kind() + " " + ref.url() + " (" + target.problem() + ")");
            return;
        }
        Set<String> ids = anchors.get(target.file());
        if (ids != null && target.fragment() != null && !fragmentExists(target.fragment(), ids)) {
            problems.add(file + ": " + ref.kind() + " " + ref.url() + " (no id \"" + target.fragment() + "\" in "
                    + target.file() + ")");
        }
        if (ref.follows() && ids != null && pageLinks.containsKey(file)) {
            pageLinks.get(file).add(target.file());
        }
    }

    /**
     * As browsers match: the fragment as written, then percent-decoded (a CJK heading's id is linked as
     * {@code #%E7%81%AF…}); an empty fragment and {@code #top} mean the top of the page.
     */
    private static boolean fragmentExists(String fragment, Set<String> ids) {
        if (fragment.isEmpty() || ids.contains(fragment)) {
            return true;
        }
        String decoded;
        try {
            decoded = SiteAddress.decode(fragment);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return ids.contains(decoded) || decoded.equalsIgnoreCase("top");
    }

    /** Walks the links from the front page; a page no walk reaches is one readers cannot find. */
    private void reach() {
        if (!pageLinks.containsKey(FRONT_PAGE)) {
            problems.add(FRONT_PAGE + ": page " + FRONT_PAGE + " (no front page in the site)");
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(FRONT_PAGE));
        reached.add(FRONT_PAGE);
        while (!queue.isEmpty()) {
            for (String next : pageLinks.get(queue.remove())) {
                if (reached.add(next)) {
                    queue.add(next);
                }
            }
        }
        for (String file : new TreeSet<>(pageLinks.keySet())) {
            if (!reached.contains(file) && !file.equals(NOT_FOUND_PAGE)) {
                problems.add(file + ": page " + file + " (not reachable by links from " + FRONT_PAGE + ")");
            }
        }
    }

    private String text(String file) {
        try {
            return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
