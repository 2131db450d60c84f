package news.portal.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a batch command (a bake) in a JVM tuned for it. A bake is over in seconds, and HotSpot's optimising
 * compiler spends most of that time on two cores compiling code the bake has nearly finished running:
 * measured on 1,000 articles, 12 s with the default JVM against 4.5 s with the quick compiler alone.
 * Plain {@code java -jar news-portal.jar bake …} therefore starts a second JVM with the quick compiler
 * and a heap sized from the site's content (see {@link #heap}). {@code NEWS_PORTAL_JAVA_OPTS} replaces those options; {@code NEWS_PORTAL_FORK=0},
 * or starting java with any {@code -XX} option of your own, keeps everything in the first JVM.
 *
 * <p>When the jar has a class-data-sharing archive beside it ({@code news-portal.jsa}, which {@code mvn
 * package} writes from a training bake), the second JVM maps the classes from it instead of reading and
 * verifying them from the jar (see {@link #sharedArchive}).
 *
 * <p>The two JVMs live and die together: TERM or INT to the first stops the second (see {@link #stop}),
 * and the second exits by itself when the first is killed outright ({@link #exitWithParent}).
 */
final class BatchJvm {

    static final String FORKED = "news.portal.forked";
    /** This JVM's start, for the second JVM's timings line: the name {@code news.portal.bake.Timings} reads. */
    static final String LAUNCHER_START = "news.portal.launcher.start";
    private static final Set<String> BATCH_COMMANDS = Set.of("bake");
    /** The options of {@code bake} that take the next argument as their value. */
    private static final Set<String> VALUED_OPTIONS = Set.of("-o", "--output", "--threads");
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
        sharedArchive(jar.get()).ifPresent(command::addAll);
        command.add("-D" + FORKED + "=true");
        command.add("-Dfile.encoding=UTF-8");
        if ("1".equals(System.getenv("NEWS_PORTAL_TIMINGS"))) {
            // the bake's timings line then shows this JVM's share of the start-up too (news.portal.bake.Timings)
            command.add("-D" + LAUNCHER_START + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
        }
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
     * The heap for a bake. A bake holds what listings show of every article (titles, dates, tags, summaries,
     * addresses, the template model of each) and, while it writes the search index, the index's postings;
     * Markdown sources and rendered bodies stay on disk. Measured at 100,000 articles (481 MB of Markdown,
     * bench/memory-2026-12-07-2.md), that comes to under one and a half times the Markdown. So 256 MB plus
     * one and a half times the content, at least 1 GB (a small site is fast with it, and its resident size
     * stays small), but never more than half the machine's memory, even when that is less than 1 GB: a heap
     * as large as the machine gets the bake killed or swapping, while a small site bakes in a smaller heap too.
     */
    static String heap(long contentBytes, long memoryBytes) {
        long wanted = Math.max(GIB, 256 * MIB + contentBytes * 3 / 2);
        return "-Xmx" + Math.min(wanted, memoryBytes / 2) / MIB + "m";
    }

    /**
     * The size of the Markdown under the site's content folder; 0 when the arguments name no readable site.
     * The arguments are scanned, not parsed with picocli: building the command line's model costs this JVM
     * more than a quarter of a second, and all that is wanted is {@code SITE_DIR}, the first argument after
     * the command that is neither an option nor an option's value. A wrong guess only sizes the heap; the
     * bake in the second JVM parses the arguments properly.
     */
    static long contentBytes(String[] args) {
        try {
            Path site = siteFolder(args);
            Properties properties = new Properties();
            try (var in = Files.newBufferedReader(site.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            Path content = site.resolve(properties.getProperty("content.folder", "content").strip());
            long[] bytes = {0};
            // the sizes come with the walk's own directory reads: no second look at each file
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".md")) {
                        bytes[0] += attributes.size();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
            return bytes[0];
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // a bad path or a malformed escape in the properties too; the bake in the second JVM reports it
            return 0;
        }
    }

    /** {@code SITE_DIR} of {@code bake [SITE_DIR] [-o OUTPUT_DIR] [--threads N]}, by default the current folder. */
    static Path siteFolder(String[] args) {
        boolean options = true;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && VALUED_OPTIONS.contains(arg)) {
                i++;
            } else if (!options || !arg.startsWith("-") || arg.equals("-")) {
                return Path.of(arg);
            }
        }
        return Path.of(".");
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 2 * GIB;
    }

    /**
     * The options that map the classes of a bake from {@code news-portal.jsa} beside {@code jar}; empty
     * when there is none. The JVM checks that the archive was written by the same JVM from this very jar
     * (path, size, modification time) and ignores it otherwise: a stale or foreign archive only costs
     * the time it saves. {@code -Xlog:cds*=off} keeps that check from printing a warning.
     */
    static Optional<List<String>> sharedArchive(Path jar) {
        String name = jar.getFileName().toString();
        Path archive = jar.resolveSibling(name.replaceFirst("\\.jar$", "") + ".jsa");
        if (!Files.isRegularFile(archive)) {
            return Optional.empty();
        }
        return Optional.of(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off"));
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
