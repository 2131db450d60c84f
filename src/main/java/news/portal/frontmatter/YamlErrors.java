package news.portal.frontmatter;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;

import news.portal.problem.Problem;

/**
 * SnakeYAML's limits, and its refusals turned into problems an editor can act on: in Chinese, at the
 * file line of the YAML at fault, with SnakeYAML's own English words kept in parentheses for whoever
 * searches the web for them.
 */
final class YamlErrors {

    /**
     * Aliases ({@code *name}) that may point at a list or a group of fields. Front matter has no use for
     * them; a handful of them nested is an "alias bomb" that grows to millions of nodes.
     */
    static final int MAX_ALIASES = 10;
    /** Lists and groups of fields inside each other; real front matter needs two or three. */
    static final int MAX_DEPTH = 10;
    /** Characters of front matter; a megabyte is far more than any header and far less than memory. */
    static final int MAX_CODE_POINTS = 1 << 20;

    private static final String INVALID = "文章头信息不是有效的 YAML：";
    private static final String FOUND_CHARACTER = "found character '";

    private YamlErrors() {
    }

    /** The loader settings every front matter is read with. */
    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        // duplicates are reported by the parser itself, each at its own line
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    /**
     * The problem {@code e} stands for.
     *
     * @param header the YAML between the two {@code ---} lines; its first line is line 2 of the file
     */
    static Problem problem(String file, String header, YAMLException e) {
        List<String> lines = List.of(header.split("\n", -1));
        if (e instanceof MarkedYAMLException marked) {
            return marked(file, lines, marked);
        }
        if (e instanceof ReaderException reader) {
            int line = lineOfCodePoint(header, reader.getPosition());
            return new Problem(file, line, "", "文章头信息里有不能使用的控制字符 "
                    + String.format("U+%04X", reader.getCodePoint())
                    + "，它看不见，常是从网页或 Word 复制时带进来的。请删掉这一行里看不见的字符后重新输入（"
                    + reader.getMessage() + "）");
        }
        return unmarked(file, header, lines, e);
    }

    /** Limits carry no mark: find the place by reading the header again, as the composer would. */
    private static Problem unmarked(String file, String header, List<String> lines, YAMLException e) {
        String original = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (header.codePointCount(0, header.length()) > MAX_CODE_POINTS) {
            return new Problem(file, lineOfCodePoint(header, MAX_CODE_POINTS), "",
                    "文章头信息太长：超过 " + MAX_CODE_POINTS + " 个字符。正文应写在结束的 --- 之后，"
                            + "请检查结束的 --- 是否写在了单独一行（" + original + "）");
        }
        Scan scan = scan(header);
        if (scan.aliasLine().isPresent()) {
            return new Problem(file, scan.aliasLine().getAsInt() + 2, "",
                    "别名过多：文章头信息里用 * 引用列表或字段组超过 " + MAX_ALIASES + " 次。这种写法会让内容成倍膨胀"
                            + "（“别名炸弹”），不予处理。请把 * 引用改成直接写出的值（" + original + "）");
        }
        if (scan.depthLine().isPresent()) {
            return new Problem(file, scan.depthLine().getAsInt() + 2, "",
                    "嵌套过深：列表和字段组一层套一层超过了 " + MAX_DEPTH + " 层。文章头信息只需要“字段: 值”，"
                            + "最多再加一层列表（" + original + "）");
        }
        return new Problem(file, lines.isEmpty() ? 1 : 2, "", INVALID + original);
    }

    /** Where the first alias past the limit, or the first collection past the depth, is (0-based header line). */
    private record Scan(OptionalInt aliasLine, OptionalInt depthLine) { }

    private static Scan scan(String header) {
        LoaderOptions options = options();
        Set<String> collections = new HashSet<>();
        int aliases = 0;
        int depth = 0;
        OptionalInt aliasLine = OptionalInt.empty();
        OptionalInt depthLine = OptionalInt.empty();
        try {
            for (Event event : new Yaml(options).parse(new StringReader(header))) {
                if (event instanceof CollectionStartEvent start) {
                    if (start.getAnchor() != null) {
                        collections.add(start.getAnchor());
                    }
                    depth++;
                    if (depth > MAX_DEPTH && depthLine.isEmpty()) {
                        depthLine = OptionalInt.of(start.getStartMark().getLine());
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                } else if (event instanceof ScalarEvent scalar && scalar.getAnchor() != null) {
                    collections.remove(scalar.getAnchor());
                } else if (event instanceof AliasEvent alias && collections.contains(alias.getAnchor())) {
                    aliases++;
                    if (aliases > MAX_ALIASES && aliasLine.isEmpty()) {
                        aliasLine = OptionalInt.of(alias.getStartMark().getLine());
                    }
                }
                if (aliasLine.isPresent() || depthLine.isPresent()) {
                    break;
                }
            }
        } catch (YAMLException e) {
            // the composer stopped before the parser would: what was found so far is all there is
        }
        return new Scan(aliasLine, depthLine);
    }

    private static Problem marked(String file, List<String> lines, MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext();
        String problem = e.getProblem() == null ? "" : e.getProblem();
        Mark problemMark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark contextMark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
        Mark at = problemMark;
        String explanation;
        if (problem.startsWith("found character '\\t")) {
            explanation = "这一行有 Tab 制表符。文章头信息只能用空格缩进和对齐，请把 Tab 换成空格";
        } else if (problem.startsWith(FOUND_CHARACTER) && problem.indexOf('\'', FOUND_CHARACTER.length()) > 0) {
            String character = problem.substring(FOUND_CHARACTER.length(),
                    problem.indexOf('\'', FOUND_CHARACTER.length()));
            explanation = "值不能以 " + character + " 开头，YAML 把它留作特殊用途。请给整个值加上引号，如 title: \""
                    + character + "……\"";
        } else if (problem.startsWith("mapping values are not allowed here")) {
            explanation = indented(lines, problemMark)
                    ? "这一行前面多了空格，YAML 把它当成上一行的一部分。每个字段都要从行首写起"
                    : "值里有英文冒号加空格（: ），YAML 会把它当成又一个字段。请给整个值加上引号，"
                            + "如 title: \"标题: 副标题\"，或改用中文冒号“：”";
        } else if (problem.startsWith("found undefined alias")) {
            explanation = "值以 * 开头，YAML 把它当成引用（别名），但前面没有对应的 & 定义。"
                    + "如果 * 是文字的一部分，请给整个值加上引号";
        } else if (context.startsWith("while scanning a simple key")) {
            at = contextMark;
            explanation = "这一行不是“字段: 值”的形式：字段名后面要有英文冒号和一个空格，如 date: 2025-11-28";
        } else if (problem.startsWith("found unknown escape character")) {
            explanation = "双引号里的反斜杠 \\ 后面跟了 YAML 不认识的字母。请把 \\ 写成 \\\\，或改用单引号";
        } else if (context.contains("quoted scalar")) {
            at = contextMark;
            explanation = "引号没有闭合：这一行的值以引号开始，但到文章头信息结束都没有找到配对的引号。"
                    + "请在值的末尾补上引号；值里本身有引号时，换用另一种引号把它括起来";
        } else if (context.startsWith("while parsing a flow sequence")) {
            at = contextMark;
            explanation = "方括号 [ 没有配对的 ]，或列表项里有英文冒号。列表应写成 tags: [援疆, 非遗]；"
                    + "如果 [ 是文字的一部分，请给整个值加上引号";
        } else if (context.startsWith("while parsing a flow mapping")) {
            at = contextMark;
            explanation = "花括号 { 没有配对的 }。如果 { 是文字的一部分，请给整个值加上引号";
        } else if (context.startsWith("while parsing a block")) {
            explanation = afterQuote(lines, problemMark)
                    ? "引号闭合之后还有文字。请把整个值都放在引号里"
                    : "缩进不对：同一层的字段要从同一列开始，列表的每一项（- 开头）要对齐";
        } else if (context.startsWith("while scanning an alias")) {
            explanation = "值以 * 开头，YAML 把它当成引用（别名）。请给整个值加上引号";
        } else if (context.startsWith("while scanning an anchor")) {
            explanation = "值以 & 开头，YAML 把它当成引用的定义（锚点）。请给整个值加上引号";
        } else if (context.startsWith("while scanning a tag") || problem.startsWith("Global tag is not allowed")) {
            explanation = "值以 ! 开头，YAML 把它当成类型标记。请给整个值加上引号";
        } else if (context.startsWith("while scanning a block scalar")) {
            explanation = "以 | 或 > 开头的多行文字写法不对：| 或 > 后面只能换行，下面的文字要统一缩进";
        } else {
            explanation = "常见原因：值里有英文冒号，或以 [ { # & * ! 等符号开头，请给这个值加上引号";
        }
        String original = problem.isEmpty() ? String.valueOf(e.getMessage()) : plain(problem);
        int line = at == null ? 2 : at.getLine() + 2;
        return new Problem(file, line, "", INVALID + explanation + "（" + original + "）");
    }

    /** SnakeYAML's text without its advice on indentation, which is wrong for anything but a tab. */
    private static String plain(String problem) {
        int advice = problem.indexOf(". (Do not use");
        return (advice > 0 ? problem.substring(0, advice) : problem).replace("\n", "\\n").strip();
    }

    /** Whether the colon SnakeYAML stopped at is the line's first, on an indented line: a stray indent. */
    private static boolean indented(List<String> lines, Mark mark) {
        if (mark == null || mark.getLine() >= lines.size()) {
            return false;
        }
        String line = lines.get(mark.getLine());
        int column = charIndex(line, mark.getColumn());
        int firstColon = line.indexOf(':');
        return !line.isEmpty() && Character.isWhitespace(line.charAt(0)) && firstColon >= column;
    }

    /** Whether the text SnakeYAML stopped at follows a closing quote on its line. */
    private static boolean afterQuote(List<String> lines, Mark mark) {
        if (mark == null || mark.getLine() >= lines.size()) {
            return false;
        }
        String line = lines.get(mark.getLine());
        String before = line.substring(0, charIndex(line, mark.getColumn())).strip();
        return before.endsWith("\"") || before.endsWith("'");
    }

    /** Marks count code points; Java strings count UTF-16 units, which differ after an emoji. */
    private static int charIndex(String line, int codePoints) {
        int limit = Math.min(codePoints, line.codePointCount(0, line.length()));
        return line.offsetByCodePoints(0, limit);
    }

    private static int lineOfCodePoint(String header, int codePoint) {
        int limit = Math.min(codePoint, header.codePointCount(0, header.length()));
        int end = header.offsetByCodePoints(0, limit);
        int line = 0;
        for (int i = 0; i < end; i++) {
            if (header.charAt(i) == '\n') {
                line++;
            }
        }
        return line + 2;
    }
}
