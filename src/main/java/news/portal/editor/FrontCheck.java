package news.portal.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import news.portal.config.SiteConfig;
import news.portal.content.Document;
import news.portal.content.Reading;
import news.portal.problem.Problem;

/**
 * A section that {@code front.sections} names but no article is in: the bake leaves its block out without
 * a word, so a misspelt name would quietly take a section off the front page.
 */
final class FrontCheck {

    private static final String FILE = "jbake.properties";
    private static final String KEY = "front.sections";

    private final SiteConfig config;
    private final Reading reading;

    FrontCheck(SiteConfig config, Reading reading) {
        this.config = config;
        this.reading = reading;
    }

    List<Finding> findings() {
        List<String> named = config.front().sections();
        if (named.isEmpty()) {
            return List.of();
        }
        Set<String> sections = new LinkedHashSet<>();
        for (Document document : reading.documents()) {
            if (document.kind() == Document.Kind.ARTICLE) {
                document.section().ifPresent(sections::add);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (String name : named) {
            if (!sections.contains(name)) {
                findings.add(Finding.of(new Problem(FILE, line(), KEY, "栏目“" + name
                        + "”没有任何文章，首页不会有它的区块。请核对栏目名，文章里用到的栏目有：" + String.join("、", sections))));
            }
        }
        return findings;
    }

    private int line() {
        Path file = config.paths().site().resolve(FILE);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("\\s*" + java.util.regex.Pattern.quote(KEY) + "\\s*[=:].*")) {
                    return i + 1;
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
