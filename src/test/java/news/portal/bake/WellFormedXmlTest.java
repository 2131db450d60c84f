package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every XML file a bake writes is well-formed, whatever the articles hold: titles, summaries, tags, sections,
 * authors and bodies drawn from a seeded {@link Random} out of characters XML forbids (raw and as YAML
 * escapes), {@code ]]>}, {@code &}, {@code <}, quotes, emoji and Chinese. Each seed is a site of its own; a
 * failing seed is reproduced by running it alone.
 */
class WellFormedXmlTest {

    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

    /** Pieces of text written as they are, in a double-quoted YAML value and in a body. */
    private static final String[] PLAIN = {"古城", "夜游", "非遗", "援疆", "昆仑", "鼓楼", "，", "。", "“引号”", "😀", "🏯",
        "𠀋", "]]>", "]]", "&", "&amp;", "&#1;", "&#xFFFE;", "<", ">", "<b>", "'", "a&b", " ", "CDATA", "\t"};
    /** Characters XML 1.0 forbids that a UTF-8 file can hold. */
    private static final String[] RAW_FORBIDDEN = {"\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B",
        "\u001F", "\uFFFE", "\uFFFF"};
    /** YAML escapes of forbidden characters, lone surrogates included, for double-quoted values. */
    private static final String[] YAML_ESCAPES = {"\\u0001", "\\x07", "\\b", "\\e", "\\0", "\\uFFFE", "\\uFFFF",
        "\\uD800", "\\uDC00", "\\x1F"};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 17, 2026})
    void every_xml_output_is_well_formed_whatever_the_articles_hold(long seed) throws Exception {
        Random random = new Random(seed);
        Path site = TestSites.create(dir, "/fixtures/bake/site");
        Path properties = site.resolve("jbake.properties");
        TestSites.write(properties, TestSites.read(properties) + "feed.content=full\nrender.feed=true\n");
        deleteArticles(site.resolve("content/news"));
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            titles.add(writeArticle(site, i, random));
        }

        Path out = dir.resolve("out");
        new Baker(line -> { }).bake(site, out, new Baker.Options(NOW, false, 2));

        List<Path> xml;
        try (Stream<Path> files = Files.walk(out)) {
            xml = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        List<String> names = xml.stream().map(f -> out.relativize(f).toString().replace('\\', '/')).toList();
        assertThat(names).contains("feed.xml", "atom.xml", "sitemap.xml", "news-sitemap.xml")
                .anyMatch(n -> n.matches("tags/.+/feed\\.xml")).anyMatch(n -> n.matches("sections/.+/feed\\.xml"));
        for (Path file : xml) {
            parse(file);
        }
        // what the feed says is what was written, less the forbidden characters: nothing else was lost
        Document feed = parse(out.resolve("feed.xml"));
        NodeList items = feed.getElementsByTagName("item");
        Set<String> fed = new HashSet<>();
        for (int i = 0; i < items.getLength(); i++) {
            org.w3c.dom.Element item = (org.w3c.dom.Element) items.item(i);
            fed.add(item.getElementsByTagName("title").item(0).getTextContent());
        }
        assertThat(fed).isEqualTo(titles);
    }

    /** Writes article {@code i} and returns its title as a reader should see it. */
    private static String writeArticle(Path site, int i, Random random) {
        StringBuilder title = new StringBuilder();
        String titleYaml = quoted(random, 3 + random.nextInt(6), title);
        StringBuilder front = new StringBuilder("---\n")
                .append("title: \"古城").append(titleYaml).append("\"\n")
                .append("date: ").append(LocalDateTime.of(2026, 11, 20 + i % 7, 8 + i, 0).toString().replace('T', ' '))
                .append("\n")
                .append("slug: a-").append(i).append('\n');
        if (random.nextBoolean()) {
            front.append("summary: \"").append(quoted(random, 6, new StringBuilder())).append("\"\n");
        }
        front.append("tags: [");
        for (int t = 0; t < 1 + random.nextInt(3); t++) {
            front.append(t == 0 ? "" : ", ").append("\"标签").append(t).append(quoted(random, 2, new StringBuilder()))
                    .append('"');
        }
        front.append("]\n")
                .append("category: \"栏目").append(quoted(random, 2, new StringBuilder())).append("\"\n")
                .append("author: \"").append(quoted(random, 3, new StringBuilder())).append("\"\n")
                .append("---\n");
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 1 + random.nextInt(4); p++) {
            for (int w = 0; w < 4 + random.nextInt(12); w++) {
                body.append(random.nextInt(5) == 0 ? pick(random, RAW_FORBIDDEN) : pick(random, PLAIN));
            }
            body.append(switch (random.nextInt(5)) {
                case 0 -> " [链接](https://a.example.cn/?q=1&p=2 \"标题]]>\")";
                case 1 -> " `代码 ]]> & <b>`";
                case 2 -> "\n\n<span title=\"]]>&\u0001\">原始 HTML</span>";
                case 3 -> "<!--more-->";
                default -> "。";
            }).append("\n\n");
        }
        TestSites.write(site.resolve("content/news/2026/11/a-" + i + ".md"), front + body.toString());
        // the title as DocumentReader keeps it: YAML's value, forbidden characters out, stripped
        return ("古城" + title).strip();
    }

    /**
     * Random words for a double-quoted YAML value.
     *
     * @param value receives the value as YAML reads it, less the forbidden characters
     * @return the text to write between the quotes
     */
    private static String quoted(Random random, int words, StringBuilder value) {
        StringBuilder yaml = new StringBuilder();
        for (int w = 0; w < words; w++) {
            switch (random.nextInt(4)) {
                case 0 -> yaml.append(pick(random, RAW_FORBIDDEN));
                case 1 -> yaml.append(pick(random, YAML_ESCAPES));
                default -> {
                    String plain = pick(random, PLAIN);
                    // YAML folds a tab in a double-quoted value into the text as it is
                    value.append(plain);
                    yaml.append(plain.replace("\\", "\\\\").replace("\"", "\\\""));
                }
            }
        }
        return yaml.toString();
    }

    private static String pick(Random random, String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    private static void deleteArticles(Path news) throws IOException {
        try (Stream<Path> files = Files.walk(news)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Parses {@code file} as XML 1.0 with a real parser, failing with the parser's message and position. */
    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        List<String> errors = new ArrayList<>();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        try {
            Document document = builder.parse(file.toFile());
            assertThat(errors).as(file.toString()).isEmpty();
            return document;
        } catch (SAXParseException e) {
            String line = Files.readAllLines(file).get(Math.max(0, e.getLineNumber() - 1));
            return fail(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage() + "\n"
                    + line.codePoints().mapToObj(c -> c < 0x20 || c >= 0xFFFE && c <= 0xFFFF || c >= 0xD800 && c < 0xE000
                    ? String.format("\\u%04X", c) : Character.toString(c)).reduce("", String::concat));
        }
    }
}
