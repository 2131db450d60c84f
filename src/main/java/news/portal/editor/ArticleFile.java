package news.portal.editor;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The text of a new article: YAML front matter with every field an editor fills in, then an empty body.
 * Values go through SnakeYAML's dumper rather than string concatenation, because titles carry
 * {@code :}, {@code #}, quotes and brackets that plain YAML would misread.
 */
final class ArticleFile {

    private ArticleFile() {
    }

    /**
     * @param date    as the editors write it, {@code 2025-11-28 12:24}; plain text in YAML (a YAML
     *                timestamp needs seconds), so it stays in the site's zone
     * @param section the 栏目, or {@code null} to leave {@code category:} empty
     */
    static String text(String title, String date, String section, List<String> tags) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("date", date);
        fields.put("category", section);
        fields.put("tags", tags);
        fields.put("summary", null);
        fields.put("cover", null);
        fields.put("author", null);
        fields.put("source", null);
        fields.put("draft", true);

        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        Yaml yaml = new Yaml(new EmptyNulls(options), options);
        Node node = yaml.represent(fields);
        // tags as the sample articles write them, [援疆, 非遗], which editors find easier to extend
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            if (tuple.getValueNode() instanceof SequenceNode list) {
                list.setFlowStyle(DumperOptions.FlowStyle.FLOW);
            }
        }
        StringWriter header = new StringWriter();
        yaml.serialize(node, header);
        return "---\n" + header + "---\n\n";
    }

    /** An unfilled field is written {@code summary:}, not {@code summary: null}, so editors just type after it. */
    private static final class EmptyNulls extends Representer {
        EmptyNulls(DumperOptions options) {
            super(options);
            this.nullRepresenter = data -> new ScalarNode(Tag.NULL, "", null, null, DumperOptions.ScalarStyle.PLAIN);
        }
    }
}
