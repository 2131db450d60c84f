package news.portal.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.problem.Problem;

class PinCheckTest {

    @TempDir
    Path dir;

    @Test
    void two_pinned_articles_are_each_reported_naming_the_one_that_leads() {
        Path site = CheckSites.withProblem(dir, "pin-conflict");

        List<Problem> problems = new Editor(site).check(List.of(), Instant.parse("2026-01-15T00:00:00Z")).problems();

        assertThat(problems).extracting(Problem::file, Problem::line, Problem::field).containsExactly(
                tuple("content/news/2025/12/pin-newer.md", 6, "pin"),
                tuple("content/news/2025/12/pin-older.md", 6, "pin"));
        assertThat(problems.get(0).message()).contains("同时有 2 篇文章置顶", "首页头条是本文");
        assertThat(problems.get(1).message()).contains("首页头条是较新的《跨年夜古城灯会安排》，本文的置顶不起作用");
    }

    @Test
    void once_one_pin_has_expired_the_other_no_longer_conflicts() {
        Path site = CheckSites.withProblem(dir, "pin-conflict");

        List<Problem> problems = new Editor(site).check(List.of(), Instant.parse("2026-02-01T00:00:00Z")).problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("content/news/2025/12/pin-newer.md");
            assertThat(problem.field()).isEqualTo("pin_until");
            assertThat(problem.message()).startsWith("置顶已于 2026-02-01 00:00 到期");
        });
    }

    @Test
    void checking_only_the_older_file_still_reports_the_conflict() {
        Path site = CheckSites.withProblem(dir, "pin-conflict");

        List<Problem> problems = new Editor(site).check(List.of(site.resolve("content/news/2025/12/pin-older.md")),
                Instant.parse("2026-01-15T00:00:00Z")).problems();

        assertThat(problems).hasSize(2);
    }

    @Test
    void a_pin_still_ahead_is_no_problem() {
        Path site = CheckSites.withProblem(dir, "pin-expired");

        assertThat(new Editor(site).check(List.of(), Instant.parse("2026-01-05T00:00:00Z")).problems()).isEmpty();
    }

    @Test
    void a_front_page_section_without_articles_is_reported_at_its_key() {
        Path site = CheckSites.clean(dir);
        TestSites.write(site.resolve("jbake.properties"), TestSites.read(
                site.resolve("jbake.properties")) + "front.sections=非遗传承，文旅咨询\n");

        List<Problem> problems = new Editor(site).check(List.of(), Instant.parse("2026-01-15T00:00:00Z")).problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("jbake.properties");
            assertThat(problem.line()).isEqualTo(15);
            assertThat(problem.field()).isEqualTo("front.sections");
            assertThat(problem.message()).startsWith("栏目“文旅咨询”没有任何文章，首页不会有它的区块");
        });
    }
}
