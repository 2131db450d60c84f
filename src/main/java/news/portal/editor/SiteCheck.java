package news.portal.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import news.portal.config.SiteConfig;
import news.portal.content.Reading;
import news.portal.problem.Problem;

/** Every problem of a site: the bake's own, then what only an editor's check looks for. */
final class SiteCheck {

    private final SiteConfig config;
    private final Reading reading;
    private final List<Finding> findings = new ArrayList<>();

    SiteCheck(SiteConfig config, Reading reading, Instant now) {
        this.config = config;
        this.reading = reading;
        SlugCheck slugs = new SlugCheck(reading);
        for (Problem problem : reading.problems()) {
            findings.add(new Finding(problem, slugs.filesOf(problem)));
        }
        findings.addAll(new FieldNames(reading).findings());
        findings.addAll(new LinkCheck(config, reading, now).findings());
        findings.addAll(new PinCheck(reading, now, config.identity().zone()).findings());
        findings.addAll(new FrontCheck(config, reading).findings());
        findings.addAll(new Spellings(reading, "tags", "标签", List.of()).findings());
        findings.addAll(new Spellings(reading, "category", "栏目", config.identity().sections()).findings());
    }

    /** Every problem, ordered by file and line. */
    List<Problem> all() {
        return findings.stream().map(Finding::problem).distinct().sorted(Problem.ORDER).toList();
    }

    /** Problems of the {@code named} files, and problems between files that involve one of them. */
    List<Problem> involving(Collection<String> named) {
        Set<String> files = new HashSet<>(named);
        return findings.stream()
                .filter(f -> !Collections.disjoint(f.files(), files))
                .map(Finding::problem).distinct().sorted(Problem.ORDER).toList();
    }

    /**
     * Remarks that are no problem: editors' backups and swap files below the content folder (all of them,
     * or those named), which are never published; and named Markdown files the check could not read as
     * articles: deleted, or outside the site.
     */
    List<String> notes(Collection<String> named, boolean wholeSite) {
        List<String> notes = new ArrayList<>();
        Set<String> asked = new HashSet<>(named);
        for (String leftover : reading.leftovers()) {
            String file = reading.shown(leftover);
            if (wholeSite || asked.contains(file)) {
                // a notice, not an error: vim and Emacs keep such files while an article is open, and the
                // bake leaves them out, so they must not fail a commit; but they do not belong in the repository
                notes.add(file + "：是编辑器的备份或交换文件，不会发布；不再需要的话请删除它，不要提交");
            }
        }
        if (wholeSite) {
            notes.addAll(Templates.unescaped(config));
            return notes;
        }
        Set<String> read = new HashSet<>();
        reading.files().forEach(file -> read.add(reading.shown(file)));
        for (String file : named) {
            if (!Editor.isMarkdown(file) || read.contains(file)) {
                continue;
            }
            Path path = config.paths().site().resolve(file);
            notes.add(Files.exists(path)
                    ? file + "：不是站点的文章或页面（不在 content/ 里，或在被忽略的文件夹里），没有检查"
                    : file + "：文件不存在（已删除？），只检查了链接到它的文章");
        }
        return notes;
    }
}
