package news.portal.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpServer;

import news.portal.bake.LiveBake;
import news.portal.config.SiteConfig;
import news.portal.media.ContentTypes;
import news.portal.problem.Language;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/** A running preview of one site folder. */
public final class Preview implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService requests;
    private final ExecutorService builds;
    private final Events events = new Events();
    private final Watcher watcher;
    private final Path scratch;
    private final URI url;
    private final LiveBake bake;
    private final Consumer<String> log;
    private final Messages messages;
    private volatile LiveBake.Outcome last;
    /** True until the first build is done: pages are answered with a "building" page meanwhile. */
    private volatile boolean building = true;

    /**
     * How to serve.
     *
     * @param bind   the address to listen on; {@code 127.0.0.1} keeps the preview on this machine
     * @param port   the port, or 0 for any free one
     * @param drafts whether drafts and scheduled articles are shown (with a banner)
     * @param clock  what the builds take as the present, for which articles are still scheduled
     */
    public record Options(String bind, int port, boolean drafts, Clock clock) {

        /** Options on the system clock. */
        public Options(String bind, int port, boolean drafts) {
            this(bind, port, drafts, Clock.systemUTC());
        }
    }

    private Preview(Path site, Options options, Consumer<String> log, Folders folders) throws IOException {
        this.log = log;
        this.messages = new Messages(folders.language);
        Path root = site.toAbsolutePath().normalize();
        // bound first: a busy port leaves no scratch folder and no threads behind
        server = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 64);
        scratch = Files.createTempDirectory("news-portal-preview-");
        Path live = scratch.resolve("site");
        requests = Executors.newCachedThreadPool(daemons("preview-http"));
        builds = Executors.newSingleThreadExecutor(daemons("preview-build"));
        server.setExecutor(requests);
        HostCheck hosts = new HostCheck(options.bind(), () -> server.getAddress().getPort());
        server.createContext("/__preview/events", exchange -> events.connect(exchange)).getFilters().add(hosts);
        server.createContext("/", new FileHandler(() -> live, () -> building, folders.index, folders.error404,
                folders.types, messages))
                .getFilters().add(hosts);
        server.start();
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        url = URI.create("http://" + host + ":" + server.getAddress().getPort() + "/");
        bake = new LiveBake(root, live, options.drafts(), config -> config.withHost(url.toString()), options.clock());
        LiveBake.Outcome first = bake.rebuild();
        // before the pages hear "reload": the page they load then must be the site
        building = false;
        report(first);
        watcher = new Watcher(List.of(folders.content, folders.templates, folders.assets),
                List.of(root.resolve("jbake.properties"), root.resolve("custom.properties")),
                changed -> builds.submit(() -> update(changed)));
    }

    /**
     * Bakes the site in {@code site}, serves it and keeps it up to date until {@link #close()}.
     *
     * @param log receives one line per build: what was rebuilt and how long it took, or the problems
     * @throws PortBusy when the port is already in use
     */
    public static Preview start(Path site, Options options, Consumer<String> log) {
        Folders folders = Folders.of(site.toAbsolutePath().normalize());
        Messages messages = new Messages(folders.language);
        try {
            return new Preview(site, options, log, folders);
        } catch (BindException e) {
            throw new PortBusy(messages.portBusy(options.bind(), options.port()));
        } catch (IOException e) {
            throw new UncheckedIOException(messages.cannotStart(options.bind(), options.port()), e);
        }
    }

    /** The port asked for is taken by another program; the message is one line in the site's language. */
    public static final class PortBusy extends RuntimeException {

        PortBusy(String message) {
            super(message);
        }
    }

    /** Where the preview is served, ending with {@code /}. */
    public URI url() {
        return url;
    }

    /** The outcome of the latest build. */
    public LiveBake.Outcome lastOutcome() {
        return last;
    }

    private void update(Set<Path> changed) {
        report(bake.update(changed));
    }

    private void report(LiveBake.Outcome outcome) {
        last = outcome;
        long millis = outcome.took().toMillis();
        if (outcome.succeeded()) {
            log.accept(messages.built(outcome.full(), outcome.written().size(), outcome.removed().size(), millis));
            // not blocking, as in the bake: the page shows, with its image missing
            outcome.warnings().forEach(warning -> log.accept(messages.warning(warning.toString())));
            events.reload(outcome.warnings().stream().map(Problem::toString).toList());
        } else {
            List<String> lines = new ArrayList<>();
            for (Problem problem : outcome.problems()) {
                lines.add(problem.toString());
            }
            lines.forEach(log);
            log.accept(messages.failed(outcome.problems().size()));
            events.problems(lines);
        }
    }

    @Override
    public void close() {
        watcher.close();
        events.closeAll();
        server.stop(0);
        builds.shutdownNow();
        requests.shutdownNow();
        try {
            builds.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        news.portal.bake.Folders.deleteQuietly(scratch);
    }

    private static java.util.concurrent.ThreadFactory daemons(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The folders to watch, the pages to serve and the language to speak, from the configuration or, when
     * it is broken, JBake's defaults and this JVM's language.
     */
    private record Folders(Path content, Path templates, Path assets, String index, String error404,
                           ContentTypes types, Language language) {

        static Folders of(Path site) {
            try {
                SiteConfig config = SiteConfig.load(site);
                return new Folders(config.paths().content(), config.paths().templates(), config.paths().assets(),
                        config.output().index(), config.output().error404(),
                        new ContentTypes(config.output().feed(), config.output().atom()),
                        Language.of(config.identity().language()));
            } catch (ProblemException e) {
                // a broken configuration is reported by the first build; watch the usual folders meanwhile
                return new Folders(site.resolve("content"), site.resolve("templates"), site.resolve("assets"),
                        "index.html", "404.html", new ContentTypes("feed.xml", "atom.xml"), Language.ofJvm());
            }
        }
    }
}
