package news.portal.frontmatter;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/**
 * Splits content files into front matter and body. Thread-safe: a parser holds only settings.
 */
public final class FrontMatterParser {

    private static final Pattern FIELD_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private static final Pattern JBAKE_LINE = Pattern.compile("([A-Za-z0-9_.-]+)\\s*=(.*)");
    private static final int JBAKE_HEADER_MAX_LINES = 200;

    private final String headerSeparator;

    /**
     * @param headerSeparator the line that closes a JBake header, {@code ~~~~~~} by default
     */
    public FrontMatterParser(String headerSeparator) {
        if (headerSeparator == null || headerSeparator.isBlank()) {
            throw new IllegalArgumentException("header separator must not be blank");
        }
        this.headerSeparator = headerSeparator.strip();
    }

    /**
     * Splits {@code text}, the whole content of {@code file}.
     *
     * @throws ProblemException naming the file and line when the front matter is missing or malformed
     */
    public Source parse(String file, String text) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = List.of(normalized.split("\n", -1));
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            return yaml(file, lines);
        }
        int separator = jbakeSeparator(lines);
        if (separator >= 0) {
            return jbake(file, lines, separator);
        }
        throw new ProblemException(new Problem(file, 1, "",
                "缺少文章头信息：文件应以一行 --- 开始，写上 title、date 等字段，再以一行 --- 结束"
                        + "（或使用 JBake 的 key=value 格式并以 " + headerSeparator + " 结束）"));
    }

    private Source yaml(String file, List<String> lines) {
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new ProblemException(new Problem(file, 1, "",
                    "文章头信息没有结束：在字段之后需要单独一行 ---"));
        }
        String header = String.join("\n", lines.subList(1, end));
        Map<String, Field> fields = new LinkedHashMap<>();
        Node root;
        try {
            root = compose(file, header);
        } catch (ProblemException e) {
            throw missingColon(file, lines, end).orElse(e);
        }
        if (root != null) {
            if (!(root instanceof MappingNode mapping)) {
                throw new ProblemException(new Problem(file, line(root.getStartMark()), "",
                        "文章头信息应为“字段: 值”的形式，每行一个字段"));
            }
            List<Problem> problems = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                int line = line(keyNode.getStartMark());
                if (!(keyNode instanceof ScalarNode scalarKey) || scalarKey.getValue().isBlank()) {
                    problems.add(new Problem(file, line, "", "字段名应为一个简单的词，如 title"));
                    continue;
                }
                String key = scalarKey.getValue().strip();
                if (fields.containsKey(key)) {
                    problems.add(new Problem(file, line, key,
                            "字段重复：第 " + fields.get(key).line() + " 行已经写过 " + key));
                    continue;
                }
                fields.put(key, new Field(value(tuple.getValueNode()), line));
            }
            problems.addAll(lostAnchors(file, mapping));
            if (!problems.isEmpty()) {
                throw new ProblemException(problems);
            }
        }
        String body = String.join("\n", lines.subList(end + 1, lines.size()));
        return new Source(file, Source.Format.YAML, fields, body, end + 2);
    }

    /**
     * {@code author: &小王} is valid YAML: an anchor named 小王 on an empty value. An anchor no alias uses
     * can only be text the editor meant as the value, which YAML dropped without a word.
     */
    private static List<Problem> lostAnchors(String file, MappingNode root) {
        Map<Node, Integer> uses = new IdentityHashMap<>();
        count(root, uses);
        List<Problem> problems = new ArrayList<>();
        uses.forEach((node, count) -> {
            if (node instanceof ScalarNode scalar && scalar.getAnchor() != null && count == 1) {
                problems.add(new Problem(file, line(node.getStartMark()), "", "文章头信息不是有效的 YAML：值以 & 开头，"
                        + "YAML 把“&" + scalar.getAnchor() + "”当成引用的定义（锚点）删掉了。如果 & 是文字的一部分，"
                        + "请给整个值加上引号"));
            }
        });
        problems.sort(Problem.ORDER);
        return problems;
    }

    private static void count(Node node, Map<Node, Integer> uses) {
        if (uses.merge(node, 1, Integer::sum) > 1) {
            return;
        }
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> count(item, uses));
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                count(tuple.getKeyNode(), uses);
                count(tuple.getValueNode(), uses);
            }
        }
    }

    private static Node compose(String file, String header) {
        try {
            return new Yaml(YamlErrors.options()).compose(new StringReader(header));
        } catch (YAMLException e) {
            throw new ProblemException(YamlErrors.problem(file, header, e));
        }
    }

    /**
     * The first line of front matter that starts like a field but has no colon ({@code title 缺冒号}, or a
     * full-width {@code title：…}). YAML reads such a line as the start of a longer text and only fails on a
     * later line, where its message speaks of quoting: the editor must hear about the line they got wrong.
     */
    private static Optional<ProblemException> missingColon(String file, List<String> lines, int end) {
        for (int i = 1; i < end; i++) {
            String line = lines.get(i);
            // indented lines belong to the field above; # starts a comment, - an item of a list
            if (!line.isBlank() && !line.contains(":") && Character.isLetter(line.codePointAt(0))) {
                Matcher word = FIELD_WORD.matcher(line);
                return Optional.of(new ProblemException(new Problem(file, i + 1, word.lookingAt() ? word.group() : "",
                        "这一行缺少冒号：应写成“字段: 值”，字段名后是英文冒号和一个空格，如 title: 古城夜游")));
            }
        }
        return Optional.empty();
    }

    /** Front matter starts on the file's second line, after the opening {@code ---}. */
    private static int line(Mark mark) {
        return mark.getLine() + 2;
    }

    private static Object value(Node node) {
        if (node instanceof ScalarNode scalar) {
            return Tag.NULL.equals(scalar.getTag()) ? null : scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(value(item));
            }
            return Collections.unmodifiableList(items);
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Object key = value(tuple.getKeyNode());
                map.put(String.valueOf(key), value(tuple.getValueNode()));
            }
            return Collections.unmodifiableMap(map);
        }
        return null;
    }

    private int jbakeSeparator(List<String> lines) {
        int limit = Math.min(lines.size(), JBAKE_HEADER_MAX_LINES);
        for (int i = 0; i < limit; i++) {
            String line = lines.get(i).strip();
            if (line.equals(headerSeparator)) {
                return i;
            }
            if (!line.isEmpty() && !JBAKE_LINE.matcher(line).matches()) {
                return -1;
            }
        }
        return -1;
    }

    private Source jbake(String file, List<String> lines, int separator) {
        Map<String, Field> fields = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher matcher = JBAKE_LINE.matcher(line);
            matcher.matches();
            String key = matcher.group(1);
            if (fields.containsKey(key)) {
                problems.add(new Problem(file, i + 1, key,
                        "字段重复：第 " + fields.get(key).line() + " 行已经写过 " + key));
                continue;
            }
            String value = matcher.group(2).strip();
            fields.put(key, new Field(value.isEmpty() ? null : value, i + 1));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        String body = String.join("\n", lines.subList(separator + 1, lines.size()));
        return new Source(file, Source.Format.JBAKE, fields, body, separator + 2);
    }
}
