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
@Command(name = "preview", mixinStandardHelpOptions = true)
final class PreviewCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteFolder folder;

    @Option(names = "--port", defaultValue = "8820")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1")
    private String bind;

    @Option(names = "--no-drafts")
    private boolean noDrafts;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Messages messages = main.messages();
        Preview preview;
        try {
            preview = Preview.start(folder.path(), new Preview.Options(bind, port, !noDrafts, main.clock()), line -> {
                err.println(line);
                err.flush();
            });
        } catch (Preview.PortBusy e) {
            err.println(messages.error(e.getMessage()));
            return 1;
        } catch (OutputGuard.Refused e) {
            err.println(messages.error(e.getMessage()));
            return Main.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            stopped.countDown();
        }));
        out.println(messages.previewAt(preview.url().toString()));
        out.flush();
        stopped.await();
        return 0;
    }
}
