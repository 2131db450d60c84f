package news.portal.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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

    /** What the subcommands take as the present. */
    private final Clock clock;

    /** For a command line that is only parsed, or run on the system clock. */
    Main() {
        this(Clock.systemUTC());
    }

    private Main(Clock clock) {
        this.clock = clock;
    }

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
        return run(out, err, ClockHook.fromEnvironment(), args);
    }

    /**
     * As {@link #run(PrintWriter, PrintWriter, String...)}, with the present read from {@code clock}: which
     * articles are due, and the date of a new one. For tests and embedding; the jar uses the system clock.
     */
    public static int run(PrintWriter out, PrintWriter err, Clock clock, String... args) {
        CommandLine commandLine = new CommandLine(new Main(clock));
        commandLine.setOut(out);
        commandLine.setErr(err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return USAGE;
    }
}
