package news.portal.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import picocli.CommandLine;

/**
 * Runs a batch command (a bake) in a JVM tuned for it. A bake is over in seconds, and HotSpot's optimising
 * compiler spends most of that time on two cores compiling code the bake has nearly finished running:
 * measured on 1,000 articles, 12 s with the default JVM against 4.5 s with the quick compiler alone.
 * Plain {@code java -jar news-portal.jar bake …} therefore starts a second JVM with the quick compiler
 * and a heap sized from the site's content (see {@link #heap}). {@code NEWS_PORTAL_JAVA_OPTS} replaces those options; {@code NEWS_PORTAL_FORK=0},
 * or starting java with any {@code -XX} option of your own, keeps everything in the first JVM.
 *
 * <p>The two JVMs live and die together: TERM or INT to the first stops the second (see {@link #stop}),
 * and the second exits by itself when the first is killed outright ({@link #exitWithParent}).
 */
final class BatchJvm {

    static final String FORKED = "news.portal.forked";
    private static final Set<String> BATCH_COMMANDS = Set.of("bake");
    private static final List<String> DEFAULT_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xss4m");
    private static final long MIB = 1024 * 1024;
    private static final long GIB = 1024 * MIB;
    /** How long a child told to stop may take to clean up before it is killed: the whole stop takes under 2 s. */
    static final Duration GRACE = Duration.ofMillis(1500);
    /** The child's exit code when its parent died: 128 + SIGTERM, as if it had been terminated. */
    private static final int PARENT_GONE = 143;

    private BatchJvm() {
    }

    /** The exit code of the command run in a tuned JVM, or empty when it should run in this one. */
    static Optional<Integer> fork(String[] args) {
        if (args.length == 0 || !BATCH_COMMANDS.contains(args[0]) || System.getProperty(FORKED) != null
                || "0".equals(System.getenv("NEWS_PORTAL_FORK"))
                || ManagementFactory.getRuntimeMXBean().getInputArguments().stream().anyMatch(a -> a.startsWith("-XX"))) {
            return Optional.empty();
        }
        Optional<Path> jar = ownJar();
        Optional<String> java = ProcessHandle.current().info().command();
        if (jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        String options = System.getenv("NEWS_PORTAL_JAVA_OPTS");
        if (options != null && !options.isBlank()) {
            command.addAll(List.of(options.strip().split("\\s+")));
        } else {
            command.addAll(DEFAULT_OPTIONS);
            command.add(heap(contentBytes(args), physicalMemory()));
        }
        command.add("-D" + FORKED + "=true");
        command.add("-Dfile.encoding=UTF-8");
        if (System.getProperty(ClockHook.PROPERTY) != null) {
            command.add("-D" + ClockHook.PROPERTY + "=" + System.getProperty(ClockHook.PROPERTY));
        }
        command.add("-cp");
        command.add(jar.get().toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        try {
            // standard input is a pipe the child watches: it closes when this JVM dies, however it dies
            Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "stop-forked-bake"));
            return Optional.of(process.waitFor());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * Stops the child when this JVM is told to stop (TERM, INT): TERM first, so that it removes its
     * temporary folder and does not swap it in, then KILL if it is still there after {@link #GRACE}.
     */
    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly().waitFor(300, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * In the child: exits as soon as the parent is gone. The parent holds the write end of this JVM's
     * standard input and never writes, so end of input means it died, even by KILL, which runs no hook of
     * its own. The exit runs this JVM's shutdown hooks, so a bake under way cleans up after itself.
     */
    static void exitWithParent() {
        if (System.getProperty(FORKED) == null) {
            return;
        }
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is ever sent; anything that is, is ignored
                }
            } catch (IOException e) {
                // the pipe broke: the parent is gone as well
            }
            System.exit(PARENT_GONE);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /**
     * The heap for a bake: the whole site is held in memory at once (bodies, rendered HTML, the model of
     * every list), about four times the size of its Markdown, measured at 50,000 articles (252 MB of
     * Markdown, 1.1 GB resident). So 512 MB plus four times the content, at least 1 GB (a small site is
     * fast with it, and its resident size stays small), but never more than half the machine's memory, even
     * when that is less than 1 GB: a heap as large as the machine gets the bake killed or swapping, while a
     * small site bakes in a smaller heap too.
     */
    static String heap(long contentBytes, long memoryBytes) {
        long wanted = Math.max(GIB, 512 * MIB + 4 * contentBytes);
        return "-Xmx" + Math.min(wanted, memoryBytes / 2) / MIB + "m";
    }

    /** The size of the Markdown under the site's content folder; 0 when the arguments name no readable site. */
    private static long contentBytes(String[] args) {
        try {
            CommandLine.ParseResult parsed = new CommandLine(new Main()).parseArgs(args).subcommand();
            Path site = parsed == null ? Path.of(".") : parsed.matchedPositionalValue(0, Path.of("."));
            Properties properties = new Properties();
            try (var in = Files.newBufferedReader(site.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            Path content = site.resolve(properties.getProperty("content.folder", "content").strip());
            try (Stream<Path> files = Files.walk(content)) {
                return files.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f))
                        .mapToLong(f -> f.toFile().length()).sum();
            }
        } catch (CommandLine.ParameterException | IOException | UncheckedIOException | InvalidPathException e) {
            return 0; // the bake in the second JVM reports what is wrong
        }
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 2 * GIB;
    }

    /** The jar this class was loaded from; empty when running from classes (tests, exec:java). */
    private static Optional<Path> ownJar() {
        try {
            Path location = Path.of(BatchJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
