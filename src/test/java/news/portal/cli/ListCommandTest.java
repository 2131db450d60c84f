package news.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;

class ListCommandTest {

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir, "/fixtures/check/site");
    }

    @Test
    void shows_scheduled_articles_with_the_time_they_go_live_and_drafts() {
        CommandRun run = CommandRun.of("list", site.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out().lines().toList()).hasSize(4);
        assertThat(run.out().lines().toList().get(0)).startsWith("状态").contains("日期", "距上线", "标题", "文件");
        assertThat(run.out().lines().toList().get(1)).startsWith("定时发布  2030-05-01 09:00  ")
                .contains("五一假期精品线路").endsWith("content/news/2030/05/scheduled.md");
        assertThat(run.out().lines().toList().get(2)).startsWith("草稿      2025-12-05 10:00  —")
                .contains("尚未完成的冬季文旅草稿").endsWith("content/news/2025/12/draft.md");
        assertThat(run.out()).contains("共 1 篇定时发布、1 篇草稿；时间为 Asia/Shanghai");
    }

    @Test
    void lines_up_columns_with_chinese_in_them() {
        var lines = CommandRun.of("list", site.toString()).out().lines().limit(3).toList();

        int column = Table.width(lines.get(0).substring(0, lines.get(0).indexOf("文件")));
        for (String line : lines) {
            assertThat(Table.width(line.substring(0, line.indexOf(line.startsWith("状态") ? "文件" : "content/"))))
                    .isEqualTo(column);
        }
    }

    @Test
    void shows_only_drafts_or_only_scheduled_when_asked() {
        CommandRun drafts = CommandRun.of("list", site.toString(), "--drafts");
        CommandRun scheduled = CommandRun.of("list", site.toString(), "--scheduled");

        assertThat(drafts.out()).contains("draft.md").doesNotContain("scheduled.md");
        assertThat(scheduled.out()).contains("scheduled.md").doesNotContain("draft.md");
    }

    @Test
    void says_so_when_nothing_is_waiting() {
        Path bare = TestSites.create(dir.resolve("bare"), "/fixtures/bake/site");
        TestSites.write(bare.resolve("content/news/2025/11/draft.md"), "---\ntitle: 已发\ndate: 2025-11-05\n---\n正文\n");
        TestSites.write(bare.resolve("content/news/2025/11/future.md"), "---\ntitle: 也已发\ndate: 2025-11-06\n---\n正文\n");

        assertThat(CommandRun.of("list", bare.toString()).out()).isEqualTo("没有草稿，也没有定时发布的文章。\n");
        assertThat(CommandRun.of("list", bare.toString(), "--drafts").out()).isEqualTo("没有草稿。\n");
    }

    @Test
    void counts_time_left_in_days_hours_and_minutes() {
        java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");

        assertThat(ListCommand.until(now, now.plusSeconds(3 * 86400 + 4 * 3600))).isEqualTo("3 天 4 小时");
        assertThat(ListCommand.until(now, now.plusSeconds(2 * 3600 + 5 * 60))).isEqualTo("2 小时 5 分钟");
        assertThat(ListCommand.until(now, now.plusSeconds(30))).isEqualTo("1 分钟");
    }
}
