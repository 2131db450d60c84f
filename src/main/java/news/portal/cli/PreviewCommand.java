package news.portal.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import news.portal.bake.OutputGuard;
import news.portal.preview.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code preview [SITE_DIR] [--port 8820] [--bind 127.0.0.1] [--no-drafts]}. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Serves the site with live reload; rebuilds only what changed. Stop with Ctrl-C.")
final class PreviewCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteFolder folder;

    @Option(names = "--port", defaultValue = "8820", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    private String bind;

    @Option(names = "--no-drafts", description = "Hide drafts and scheduled articles.")
    private boolean noDrafts;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Preview preview;
        try {
            preview = Preview.start(folder.path(), new Preview.Options(bind, port, !noDrafts, main.clock()), line -> {
                err.println(line);
                err.flush();
            });
        } catch (Preview.PortBusy e) {
            err.println("错误：" + e.getMessage());
            return 1;
        } catch (OutputGuard.Refused e) {
            err.println("错误：" + e.getMessage());
            return Main.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            stopped.countDown();
        }));
        out.println("预览地址 / preview at " + preview.url());
        out.flush();
        stopped.await();
        return 0;
    }
}
