package news.portal.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;

/**
 * Reads RSS and Atom files as feed readers do, with ROME, and reports what a reader would miss: the
 * elements RSS 2.0 and RFC 4287 require, plus what this portal promises (language {@code zh-cn}, dates
 * in +0800, permalink guids).
 */
public final class FeedChecker {

    private final List<String> problems = new ArrayList<>();

    /** Checks one feed file; {@code name} is how problems name it. */
    public void check(Path file, String name) {
        WireFeed parsed;
        try {
            // no healing: a file ROME would have to repair is a broken feed
            WireFeedInput input = new WireFeedInput(false, Locale.ROOT);
            input.setXmlHealerOn(false);
            parsed = input.build(file.toFile());
        } catch (FeedException | IOException | IllegalArgumentException e) {
            problems.add(name + ": ROME cannot read it: " + e.getMessage());
            return;
        }
        Document raw;
        try {
            raw = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
        } catch (IOException e) {
            problems.add(name + ": " + e.getMessage());
            return;
        }
        if (parsed instanceof Channel channel) {
            rss(channel, raw, name);
        } else if (parsed instanceof Feed feed) {
            atom(feed, name);
        } else {
            problems.add(name + ": neither RSS nor Atom: " + parsed.getFeedType());
        }
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void rss(Channel channel, Document raw, String name) {
        require(channel.getFeedType().equals("rss_2.0"), name, "is " + channel.getFeedType() + ", not rss_2.0");
        require(present(channel.getTitle()), name, "channel has no title");
        require(present(channel.getLink()), name, "channel has no link");
        require(present(channel.getDescription()), name, "channel has no description");
        require("zh-cn".equals(channel.getLanguage()), name, "language is " + channel.getLanguage() + ", not zh-cn");
        int index = 0;
        for (Item item : channel.getItems()) {
            String where = name + " item " + (++index);
            require(present(item.getTitle()), where, "has no title");
            require(present(item.getLink()), where, "has no link");
            require(present(item.getDescription() == null ? null : item.getDescription().getValue()), where,
                    "has no description");
            require(item.getGuid() != null && item.getGuid().isPermaLink()
                    && item.getGuid().getValue().equals(item.getLink()), where, "guid is not its permalink");
            require(item.getPubDate() != null, where, "pubDate is missing or not an RFC 822 date");
        }
        for (Element date : raw.select("pubDate, lastBuildDate")) {
            require(date.text().matches("[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d \\+0800"),
                    name, date.tagName() + " " + date.text() + " is not an RFC 822 date in +0800");
        }
    }

    private void atom(Feed feed, String name) {
        require(present(feed.getId()), name, "feed has no id");
        require(feed.getTitleEx() != null && present(feed.getTitleEx().getValue()), name, "feed has no title");
        require(feed.getUpdated() != null, name, "feed has no updated date");
        require(feed.getOtherLinks().stream().anyMatch(l -> "self".equals(l.getRel())), name, "no rel=self link");
        int index = 0;
        for (Entry entry : feed.getEntries()) {
            String where = name + " entry " + (++index);
            require(present(entry.getId()), where, "has no id");
            require(entry.getTitleEx() != null && present(entry.getTitleEx().getValue()), where, "has no title");
            require(entry.getUpdated() != null, where, "has no updated date");
            require(entry.getAlternateLinks().stream().map(Link::getHref).anyMatch(FeedChecker::present), where,
                    "has no alternate link");
        }
    }

    private void require(boolean condition, String where, String message) {
        if (!condition) {
            problems.add(where + ": " + message);
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
