package news.portal.content;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * What the news desk adds to an article beside its text, read from the portal's front matter only (a
 * plain JBake site keeps these fields as its own custom fields): where it is placed and who signs it off.
 *
 * @param featured      {@code featured: true}: a focus story, for the focus pictures and editors' picks
 * @param pinned        {@code pin: true}: leads the front page and its section
 * @param pinUntil      {@code pin_until}, in the site's zone unless written with an offset: when the pin
 *                      lapses by itself; empty for a pin that holds until it is removed
 * @param editor        {@code editor}: the 责任编辑 named at the end of the body
 * @param originalTitle {@code original_title}: the 原标题 of a reprint
 * @param sourceUrl     {@code source_url}: where a reprint was first published, {@code http} or {@code https}
 */
public record Desk(boolean featured, boolean pinned, Optional<ZonedDateTime> pinUntil, Optional<String> editor,
                   Optional<String> originalTitle, Optional<String> sourceUrl) {

    /** An article the desk did nothing special with. */
    public static final Desk NONE = new Desk(false, false, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /** The front-matter fields of the desk, as the portal reads them. */
    public static final Set<String> FIELDS = Set.of("featured", "pin", "pin_until", "editor", "original_title",
            "source_url");

    /**
     * Whether the pin holds at {@code now}: {@code pin: true} and {@code pin_until}, if any, still ahead.
     * The bake's own moment is passed, never the clock, so a bake of the past shows the past's front page.
     */
    public boolean pinnedAt(Instant now) {
        return pinned && pinUntil.map(until -> now.isBefore(until.toInstant())).orElse(true);
    }

    /** Whether {@code pin: true} was written with a {@code pin_until} that {@code now} has reached. */
    public boolean pinExpiredAt(Instant now) {
        return pinned && !pinnedAt(now);
    }
}
