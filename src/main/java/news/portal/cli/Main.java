package news.portal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;

import news.portal.config.SiteConfig;
import news.portal.content.Slugs;
import news.portal.problem.Language;
import news.portal.problem.ProblemException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Entry point of {@code news-portal.jar}.
 *
 * <p>Every message, {@code --help} included, is in the language of the site the command works on
 * ({@code site.language}, see {@link Language}): the language is chosen once, before picocli parses the
 * arguments, from the first argument that names a site folder (or {@code --site}, or the current folder
 * when it is one), else from the JVM's locale. Help text lives in the {@code Help} resource bundles, one
 * per language; picocli reads the chosen one.
 */
@Command(name = "news-portal", mixinStandardHelpOptions = true, version = "news-portal 0.1",
        resourceBundle = Main.HELP,
        subcommands = {BakeCommand.class, PreviewCommand.class, DeployCommand.class, NewCommand.class,
                CheckCommand.class, ListCommand.class})
public final class Main implements Callable<Integer> {

    /** Exit code of wrong usage: an unknown option, a value out of range, an output folder refused. */
    static final int USAGE = 2;
    static final String HELP = "news.portal.cli.Help";

    private final Language language;
    /** What the subcommands take as the present. */
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    /** In this JVM's language, on the system clock: for a command line that is only parsed. */
    public Main() {
        this(Language.ofJvm(), Clock.systemUTC());
    }

    private Main(Language language, Clock clock) {
        this.language = language;
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
        Site site = siteOf(args);
        if (args.length > 0 && SLUGGING_COMMANDS.contains(args[0]) && site.config().map(Main::slugsChinese).orElse(false)) {
            Slugs.prepare();
        }
        Language language = site.language();
        CommandLine commandLine = new CommandLine(new Main(language, clock));
        commandLine.setResourceBundle(help(language));
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

    /** The help text in {@code language}; never the JVM's language instead, as the standard lookup would give. */
    static ResourceBundle help(Language language) {
        return ResourceBundle.getBundle(HELP, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The language of the site the arguments name: the value of {@code --site}, else the first argument that
     * is a site folder, else the current folder if it is one; the JVM's when none is. A configuration with
     * problems is read as plain properties for its language, so that the report of them speaks it too.
     */
    static Language languageOf(String... args) {
        return siteOf(args).language();
    }

    /** The commands that read a whole site and slug its Chinese titles and tags. */
    private static final Set<String> SLUGGING_COMMANDS = Set.of("bake", "preview", "check");

    /** Whether a site's addresses (pinyin) or its search index (the portal's) need ICU's Han-Latin rules. */
    private static boolean slugsChinese(SiteConfig config) {
        return config.conventions().pinyinUrls() || config.conventions().portal();
    }

    /**
     * The site the arguments name and its language.
     *
     * @param config the site's configuration; empty when no site was found or its configuration has problems
     */
    private record Site(Language language, Optional<SiteConfig> config) { }

    private static Site siteOf(String... args) {
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--site") && i + 1 < args.length) {
                candidates.add(0, args[i + 1]);
            } else if (args[i].startsWith("--site=")) {
                candidates.add(0, args[i].substring("--site=".length()));
            } else if (!args[i].startsWith("-")) {
                candidates.add(args[i]);
            }
        }
        candidates.add(".");
        for (String candidate : candidates) {
            try {
                Path folder = Path.of(candidate);
                if (Files.isRegularFile(folder.resolve("jbake.properties"))) {
                    SiteConfig config = SiteConfig.load(folder);
                    return new Site(Language.of(config.identity().language()), Optional.of(config));
                }
            } catch (InvalidPathException e) {
                // a title or a file name, not a folder
            } catch (ProblemException e) {
                return new Site(rawLanguage(Path.of(candidate).resolve("jbake.properties")), Optional.empty());
            }
        }
        return new Site(Language.ofJvm(), Optional.empty());
    }

    /** {@code site.language}, else the portal's Chinese, else the JVM's, as {@link SiteConfig} defaults it. */
    private static Language rawLanguage(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return Language.ofJvm();
        }
        String language = properties.getProperty("site.language", "").strip();
        if (!language.isEmpty()) {
            return Language.of(language);
        }
        return "portal".equals(properties.getProperty("site.conventions", "").strip()) ? Language.ZH : Language.ofJvm();
    }

    /** The commands' own messages, in the language chosen at start. */
    Messages messages() {
        return new Messages(language);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }
}
