package news.portal.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import news.portal.editor.Editor;
import news.portal.problem.Language;
import news.portal.problem.ProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code list [SITE_DIR] [--drafts] [--scheduled]}: what is not on the site yet, and when it will be. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

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
        Messages messages = main.messages();
        Instant now = main.clock().instant();
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
            out.println(messages.nothingPending(both || drafts, both || scheduled));
        } else {
            Table table = messages.pendingTable();
            for (Editor.Unpublished article : shown) {
                boolean draft = article.status() == Editor.Status.DRAFT;
                table.row(draft ? messages.draft() : messages.scheduled(), article.date().format(Editor.DATE_FORMAT),
                        draft ? "—" : until(now, article.date().toInstant(), messages), article.title(), article.file());
            }
            out.print(table);
            long draftCount = shown.stream().filter(a -> a.status() == Editor.Status.DRAFT).count();
            out.println(messages.pendingSummary(shown.size() - draftCount, draftCount, editor.zone().toString()));
        }
        if (!pending.problems().isEmpty()) {
            err.println(messages.unlisted(pending.problems().size()));
        }
        return 0;
    }

    /** How long until {@code live}, in Chinese: 3 天 4 小时, 2 小时 5 分钟, 12 分钟. */
    static String until(Instant now, Instant live) {
        return until(now, live, new Messages(Language.ZH));
    }

    static String until(Instant now, Instant live, Messages messages) {
        Duration left = Duration.between(now, live);
        return messages.until(left.toDays(), left.toHoursPart(), left.toMinutesPart());
    }
}
