package news.portal.editor;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import news.portal.content.Desk;
import news.portal.content.Document;
import news.portal.content.Reading;
import news.portal.problem.Problem;

/**
 * Pins the desk should look at: one whose {@code pin_until} has passed (the article no longer leads,
 * and the stale lines mislead the next editor), and two or more articles pinned at once, of which only
 * the newest can lead the front page.
 */
final class PinCheck {

    private final Reading reading;
    private final Instant now;
    private final ZoneId zone;

    PinCheck(Reading reading, Instant now, ZoneId zone) {
        this.reading = reading;
        this.now = now;
        this.zone = zone;
    }

    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        List<Document> pinned = new ArrayList<>();
        for (Document document : reading.documents()) {
            Desk desk = document.desk();
            if (!desk.pinned() || document.draft() || document.date().toInstant().isAfter(now)) {
                continue;
            }
            if (desk.pinExpiredAt(now)) {
                String until = Editor.DATE_FORMAT.format(desk.pinUntil().orElseThrow().withZoneSameInstant(zone));
                findings.add(Finding.of(new Problem(reading.shown(document), document.lineOf("pin_until"), "pin_until",
                        "置顶已于 " + until + " 到期，文章已不再置顶。请删去 pin 和 pin_until 两行，"
                                + "或把 pin_until 改成以后的时间")));
            } else {
                pinned.add(document);
            }
        }
        if (pinned.size() > 1) {
            // the front page shows one lead: the newest pinned article, as the bake chooses it
            pinned.sort(Comparator.comparing(Document::date).reversed().thenComparing(Document::file));
            Document lead = pinned.get(0);
            Set<String> files = pinned.stream().map(reading::shown).collect(Collectors.toSet());
            String all = pinned.stream().map(d -> "《" + d.title() + "》（" + reading.shown(d) + "）")
                    .collect(Collectors.joining("、"));
            for (Document document : pinned) {
                String outcome = document == lead ? "首页头条是本文（最新的一篇）"
                        : "首页头条是较新的《" + lead.title() + "》，本文的置顶不起作用";
                findings.add(new Finding(new Problem(reading.shown(document), document.lineOf("pin"), "pin",
                        "同时有 " + pinned.size() + " 篇文章置顶：" + all + "。" + outcome
                                + "。首页只有一个头条，请只保留一篇的 pin: true"), files));
            }
        }
        return findings;
    }
}
