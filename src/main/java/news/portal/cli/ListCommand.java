package news.portal.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import news.portal.editor.Editor;
import news.portal.problem.ProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code list [SITE_DIR] [--drafts] [--scheduled]}: what is not on the site yet, and when it will be. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteFolder folder;

    @Option(names = "--drafts")
    private boolean drafts;

    @Option(names = "--scheduled")
    private boolean scheduled;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant now = Instant.now();
        Editor editor;
        Editor.Pending pending;
        try {
            editor = new Editor(folder.path());
            pending = editor.pending(now);
        } catch (ProblemException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        boolean both = drafts == scheduled;
        List<Editor.Unpublished> shown = pending.articles().stream()
                .filter(a -> both || (drafts ? a.status() == Editor.Status.DRAFT : a.status() == Editor.Status.SCHEDULED))
                .toList();
        if (shown.isEmpty()) {
            out.println(both ? "没有草稿，也没有定时发布的文章。" : drafts ? "没有草稿。" : "没有定时发布的文章。");
        } else {
            Table table = new Table("状态", "日期", "距上线", "标题", "文件");
            for (Editor.Unpublished article : shown) {
                boolean draft = article.status() == Editor.Status.DRAFT;
                table.row(draft ? "草稿" : "定时发布", article.date().format(Editor.DATE_FORMAT),
                        draft ? "—" : until(now, article.date().toInstant()), article.title(), article.file());
            }
            out.print(table);
            long draftCount = shown.stream().filter(a -> a.status() == Editor.Status.DRAFT).count();
            out.println("共 " + (shown.size() - draftCount) + " 篇定时发布、" + draftCount + " 篇草稿；时间为 "
                    + editor.zone() + "。定时发布的文章在日期到达后的下一次发布时上线（CI 每 15 分钟一次），"
                    + "草稿删除 draft: true 并提交后上线。");
        }
        if (!pending.problems().isEmpty()) {
            err.println(pending.problems().size() + " 个问题使部分文件没有列出，请运行 check 查看。");
        }
        return 0;
    }

    /** 3 天 4 小时, 2 小时 5 分钟, 12 分钟: enough to plan by. */
    static String until(Instant now, Instant live) {
        Duration left = Duration.between(now, live);
        long days = left.toDays();
        long hours = left.toHoursPart();
        long minutes = Math.max(1, left.toMinutesPart());
        if (days > 0) {
            return days + " 天" + (hours > 0 ? " " + hours + " 小时" : "");
        }
        return hours > 0 ? hours + " 小时 " + left.toMinutesPart() + " 分钟" : minutes + " 分钟";
    }
}
