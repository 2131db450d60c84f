package news.portal.deploy;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the last deploy stored, kept as one small object beside the site ({@code PREFIX/.np-deploy-state}):
 * for each key the MD5 and metadata hash it was stored with, and the ETag the store gave it.
 *
 * <p>Why: a listing gives key, size and ETag but no metadata, so noticing a change of {@code Cache-Control}
 * alone would take a HEAD per object, 20,000 requests for a 20,000-page site on every deploy (minutes of
 * latency, though only about US$0.01 at S3's GET prices). With this record a deploy that changes nothing
 * costs one GET and a LIST per 1,000 objects. The record is trusted for an object only while the listed
 * ETag is the one recorded; any object changed by someone else, or stored by a deploy that failed before
 * writing this record, is checked with a HEAD instead.
 */
final class State {

    /** The key of the record, under the prefix; never a file of the site, never deleted as stale. */
    static final String NAME = ".np-deploy-state";
    private static final String HEADER = "np-deploy-state 1";

    /** One object: what was stored and the ETag it got. */
    record Entry(String md5, String meta, String etag) { }

    private final Map<String, Entry> entries;

    private State(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static State empty() {
        return new State(Map.of());
    }

    /** Reads a record; an unknown or damaged one counts as empty, which only costs HEAD requests. */
    static State parse(Optional<String> text) {
        if (text.isEmpty() || !text.get().startsWith(HEADER + "\n")) {
            return empty();
        }
        Map<String, Entry> entries = new HashMap<>();
        for (String line : text.get().split("\n")) {
            String[] fields = line.split("\t", 4);
            if (fields.length == 4) {
                entries.put(fields[3], new Entry(fields[0], fields[1], fields[2]));
            }
        }
        return new State(entries);
    }

    /** The entry of {@code key}, if it is still true: the object's ETag is the one recorded. */
    Optional<Entry> trusted(String key, String listedEtag) {
        Entry entry = entries.get(key);
        return entry != null && entry.etag().equals(listedEtag) ? Optional.of(entry) : Optional.empty();
    }

    /** One line per key, key last (tab-separated: keys have no control characters, see {@link Keys}). */
    static String format(Collection<Map.Entry<String, Entry>> entries) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        entries.stream().sorted(Map.Entry.comparingByKey()).forEach(e -> text.append(e.getValue().md5()).append('\t')
                .append(e.getValue().meta()).append('\t').append(e.getValue().etag()).append('\t')
                .append(e.getKey()).append('\n'));
        return text.toString();
    }
}
