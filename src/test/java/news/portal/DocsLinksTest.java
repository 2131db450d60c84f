package news.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

import news.portal.bake.TestSites;

/**
 * README.md is the front door and docs/ the reference behind it: every relative link between them must
 * reach a file (and a heading, when it names one), and README must stay short enough to read on a screen
 * or two. Links are found by flexmark's parser, so examples in code blocks and code spans are not links.
 */
class DocsLinksTest {

    /** README's limit, counted as {@code wc -w} counts: runs of characters between white space. */
    static final int README_WORDS = 1_500;

    @Test
    void every_relative_link_in_readme_and_docs_names_an_existing_file_and_heading() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : documents(TestSites.repository())) {
            broken.addAll(brokenLinks(file));
        }

        assertThat(broken).isEmpty();
    }

    @Test
    void readme_has_at_most_1500_words() throws IOException {
        String readme = Files.readString(TestSites.repository().resolve("README.md"), StandardCharsets.UTF_8);

        assertThat(words(readme)).isLessThanOrEqualTo(README_WORDS);
    }

    @Test
    void readme_links_the_reference_pages_in_docs() throws IOException {
        Path repository = TestSites.repository();
        List<String> targets = links(repository.resolve("README.md"));

        assertThat(targets).contains("docs/configuration.md", "docs/deploy.md", "docs/preview.md",
                "docs/templates.md", "docs/jbake-template-model.md", "docs/performance.md", "docs/testing.md",
                "docs/编辑指南.md");
    }

    @Test
    void reports_a_missing_file_a_missing_heading_and_nothing_in_code(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("other.md"), "# Other\n\n## Deploy keys\n", StandardCharsets.UTF_8);
        Path page = dir.resolve("page.md");
        Files.writeString(page, String.join("\n",
                "# Page",
                "",
                "[fine](other.md), [heading](other.md#deploy-keys), [here](#page), [web](https://example.cn/x.md)",
                "[gone](missing.md) and [no such heading](other.md#nothing)",
                "",
                "| table | [also gone](gone/file.md) |",
                "|---|---|",
                "",
                "`[in code](code.md)`",
                "",
                "```markdown",
                "[in a block](block.md)",
                "```",
                ""), StandardCharsets.UTF_8);

        assertThat(brokenLinks(page)).containsExactlyInAnyOrder(
                "page.md: missing.md", "page.md: other.md#nothing", "page.md: gone/file.md");
    }

    @Test
    void counts_words_as_wc_does() {
        assertThat(words("one two\nthree\t四五六  ")).isEqualTo(4);
        assertThat(words("")).isZero();
    }

    @Test
    void makes_heading_anchors_as_github_does() {
        assertThat(anchor("Sharing (`share` and `meta`)")).isEqualTo("sharing-share-and-meta");
        assertThat(anchor("For readers: image sizes, lazy loading and the page budget"))
                .isEqualTo("for-readers-image-sizes-lazy-loading-and-the-page-budget");
        assertThat(anchor("五、草稿和定时发布")).isEqualTo("五草稿和定时发布");
    }

    private static List<Path> documents(Path repository) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(repository.resolve("README.md"));
        try (Stream<Path> docs = Files.list(repository.resolve("docs"))) {
            docs.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    /** Each relative link of {@code file} that reaches no file, or no heading of it, as {@code file: target}. */
    static List<String> brokenLinks(Path file) throws IOException {
        List<String> broken = new ArrayList<>();
        for (String target : links(file)) {
            if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                continue; // https:, mailto: … are not this repository's files
            }
            int hash = target.indexOf('#');
            String path = hash < 0 ? target : target.substring(0, hash);
            String fragment = hash < 0 ? "" : target.substring(hash + 1);
            Path linked = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
            boolean ok = Files.exists(linked)
                    && (fragment.isEmpty() || !linked.toString().endsWith(".md") || anchors(linked).contains(fragment));
            if (!ok) {
                broken.add(file.getFileName() + ": " + target);
            }
        }
        return broken;
    }

    private static List<String> links(Path file) throws IOException {
        Node document = Parser.builder().build().parse(Files.readString(file, StandardCharsets.UTF_8));
        List<String> targets = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link) {
                targets.add(link.getUrl().toString());
            } else if (node instanceof Image image) {
                targets.add(image.getUrl().toString());
            }
        }
        return targets;
    }

    private static Set<String> anchors(Path file) throws IOException {
        Node document = Parser.builder().build().parse(Files.readString(file, StandardCharsets.UTF_8));
        Set<String> anchors = new HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String anchor = anchor(heading.getText().toString());
                // GitHub numbers a repeated heading's anchor: x, x-1, x-2 …
                String unique = anchor;
                for (int n = 1; !anchors.add(unique); n++) {
                    unique = anchor + "-" + n;
                }
            }
        }
        return anchors;
    }

    /** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
