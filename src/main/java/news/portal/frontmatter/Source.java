package news.portal.frontmatter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A content file split into front matter and body.
 *
 * @param file     the file as named in messages
 * @param format   which header form it used
 * @param fields   fields in the order written
 * @param body     the Markdown after the front matter
 * @param bodyLine 1-based line where the body starts
 */
public record Source(String file, Format format, Map<String, Field> fields, String body, int bodyLine) {

    /** The header forms a content file may use. */
    public enum Format {
        /** YAML between two {@code ---} lines, as Hugo and Jekyll editors write it. */
        YAML,
        /** JBake's {@code key=value} lines closed by the header separator. */
        JBAKE
    }

    public Source {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The field named {@code key}, or {@code null} when absent. */
    public Field field(String key) {
        return fields.get(key);
    }
}
