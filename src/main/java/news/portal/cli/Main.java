package news.portal.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code news-portal.jar}. */
@Command(name = "news-portal", mixinStandardHelpOptions = true, version = "news-portal 0.1",
        description = "Bakes, previews and deploys a JBake news-portal site.",
        subcommands = {BakeCommand.class, PreviewCommand.class, DeployCommand.class, NewCommand.class,
                CheckCommand.class, ListCommand.class})
public final class Main implements Callable<Integer> {

    /** Exit code of wrong usage: an unknown option, a value out of range, an output folder refused. */
    static final int USAGE = 2;

    /** Runs the command line and exits with its code; a bake runs in a JVM tuned for batch work. */
    public static void main(String[] args) {
        BatchJvm.exitWithParent();
        System.exit(BatchJvm.fork(args).orElseGet(() -> run(args)));
    }

    /** Runs the command line and returns its exit code: 0 on success. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line with its output and messages going to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return USAGE;
    }
}
