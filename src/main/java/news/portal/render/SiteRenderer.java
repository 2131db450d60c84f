package news.portal.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import news.portal.config.SiteConfig;
import news.portal.content.Article;
import news.portal.content.FolderLinks;
import news.portal.content.SiteModel;
import news.portal.content.SitePath;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;
import news.portal.search.SearchIndex;
import news.portal.image.Derivatives;
import news.portal.jbake.DataFiles;
import news.portal.jbake.JBakeEngines;
import news.portal.share.ShareWidget;

/**
 * Renders every page of a site into a folder, on {@link SiteConfig#threads()} threads. Not thread-safe:
 * one bake or one preview session at a time per renderer.
 */
public final class SiteRenderer {

    private static final int MAX_TEMPLATE_PROBLEMS = 20;

    private final SiteConfig config;
    private final Templates templates;
    private final ShareWidget share;
    private final SearchIndex search;
    private SearchIndex.Stats searchStats;
    private Map<Article, Map<String, Object>> reuse = Map.of();
    private Map<String, List<Object>> signatures = Map.of();
    private DataFiles data;
    private final Derivatives derivatives;
    private Derivatives.Catalog images = Derivatives.Catalog.EMPTY;

    /**
     * Loads and checks the site's templates.
     *
     * @throws ProblemException naming each missing or malformed template
     */
    public SiteRenderer(SiteConfig config) {
        this.config = config;
        this.templates = new Templates(config);
        this.share = new ShareWidget(config);
        this.search = new SearchIndex(config);
        Derivatives.Settings imageSettings = Derivatives.settings(config);
        this.derivatives = imageSettings.enabled()
                ? new Derivatives(imageSettings, Derivatives.defaultCache(config), config.threads()) : null;
    }

    /**
     * Writes every page of {@code model} below {@code out}.
     *
     * @param assets   each asset's path in the asset folder → its path in the output (they differ for
     *                 fingerprinted CSS and JS); templates reach it as {@code assets}, through {@code link.asset}
     * @param progress told the count of pages written so far, now and then
     * @return the paths written, relative to {@code out}, in plan order
     * @throws ProblemException naming the template and line when rendering fails
     */
    public List<String> render(SiteModel model, Map<String, String> assets, Path out, IntConsumer progress) {
        publishImages(model, out);
        Plan plan = plan(model, assets);
        writeAll(out, plan.jobs, plan.shared, progress);
        writeIndex(model, out);
        remember(plan);
        return plan.jobs.stream().map(Job::uri).toList();
    }

    /**
     * Brings a folder this renderer wrote before up to date with {@code model}: writes only the pages
     * whose content changed since the previous call, and deletes pages that no longer exist.
     *
     * @param assets as for {@link #render}
     *
     * @throws ProblemException naming the template and line when rendering fails; the folder then keeps
     *                          the pages of the previous call
     */
    public Update update(SiteModel model, Map<String, String> assets, Path out) {
        List<String> earlier = images.written();
        Derivatives.Catalog previous = images;
        publishImages(model, out);
        if (!images.equals(previous)) {
            // a reused article map holds its body and cover with the names of the derivatives it had
            Map<Article, Map<String, Object>> still = new HashMap<>();
            reuse.forEach((article, map) -> {
                List<Object> one = List.of(new Ident(article));
                if (Pictures.shown(previous, share, one).equals(Pictures.shown(images, share, one))) {
                    still.put(article, map);
                }
            });
            reuse = still;
        }
        Set<String> kept = new HashSet<>(images.written());
        for (String old : earlier) {
            if (!kept.contains(old)) {
                try {
                    Files.deleteIfExists(out.resolve(old));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + old, e);
                }
            }
        }
        Plan plan = plan(model, assets);
        List<Job> changed = new ArrayList<>();
        Set<String> current = new HashSet<>();
        for (Job job : plan.jobs) {
            current.add(job.uri());
            List<Object> before = signatures.get(job.uri());
            if (job.signature() == null || before == null || !before.equals(signature(plan, job))) {
                changed.add(job);
            }
        }
        writeAll(out, changed, plan.shared, count -> { });
        writeIndex(model, out);
        List<String> removed = new ArrayList<>();
        for (String uri : signatures.keySet()) {
            if (!current.contains(uri)) {
                removed.add(uri);
                try {
                    Files.deleteIfExists(out.resolve(uri));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + uri, e);
                }
            }
        }
        remember(plan);
        Collections.sort(removed);
        return new Update(changed.stream().map(Job::uri).toList(), removed);
    }

    /**
     * What an update changed.
     *
     * @param written pages written, in plan order
     * @param removed pages deleted
     */
    public record Update(List<String> written, List<String> removed) { }

    /**
     * The derivatives of the images the site shows ({@code image.derivatives}), written below {@code out}
     * before the pages that link them; the cleaned copy of each original replaces the one the asset copy put.
     */
    private void publishImages(SiteModel model, Path out) {
        if (derivatives != null) {
            images = derivatives.publish(Pictures.sources(config, model, share), out);
            share.useImages(images);
        }
    }

    /** The search index (see {@link SearchIndex}), as part of the output, so a preview keeps it current. */
    private void writeIndex(SiteModel model, Path out) {
        if (SearchIndex.enabled(config)) {
            search.write(model, out).ifPresent(stats -> searchStats = stats);
        }
    }

    /** What the last search index written took; empty when search is off or none was written yet. */
    public java.util.Optional<SearchIndex.Stats> searchStats() {
        return java.util.Optional.ofNullable(searchStats);
    }

    private record Plan(List<Job> jobs, Map<String, Object> shared, ModelMaps maps) { }

    private Plan plan(SiteModel model, Map<String, String> assets) {
        ModelMaps maps = new ModelMaps(config, model, reuse, images);
        JBakePlan jbake = new JBakePlan(config, model, maps, data());
        Map<String, Object> shared = new HashMap<>(jbake.shared());
        List<Job> jobs;
        if (config.conventions().portal()) {
            jobs = new PagePlan(config, model, maps, share).jobs();
            shared.put("published_posts", maps.articles());
            shared.put("published_pages", maps.pages());
            shared.put("tags", maps.tags());
        } else {
            jobs = jbake.jobs();
        }
        if (SearchIndex.enabled(config)) {
            // not in the sitemap: a page of results is no page for a search engine to list
            jobs = new ArrayList<>(jobs);
            jobs.add(new Job(SearchIndex.PAGE, "search", () -> Map.of("title", "搜索",
                    "search_index", SearchIndex.MANIFEST), List.of()));
            shared.put("search_page", SearchIndex.PAGE);
        }
        shared.put("site", maps.site());
        shared.put("config", config.raw());
        shared.put("assets", Map.copyOf(assets));
        templates.require(jobs.stream().map(Job::kind).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        return new Plan(jobs, shared, maps);
    }

    /**
     * The data folder's files ({@code data.folder}), read once per renderer, as JBake reads them once per bake.
     * The folder may be a link; a link inside it that leaves it is refused with its target named.
     */
    private DataFiles data() {
        if (data == null) {
            FolderLinks links = FolderLinks.of(config, FolderLinks.dataFolder(config));
            List<Problem> refused = links.walk();
            if (!refused.isEmpty()) {
                throw new ProblemException(refused);
            }
            data = DataFiles.read(links.root(), new JBakeEngines(config.paths().site()));
        }
        return data;
    }

    /**
     * The templates this renderer has used that declare no output format, and so escape nothing: what
     * {@code check} warns about.
     */
    public List<String> unescapedTemplates() {
        return templates.unescaped();
    }

    /** Keeps what the next update compares against; a change of navigation makes every page new. */
    private void remember(Plan plan) {
        reuse = plan.maps.documents();
        Map<String, List<Object>> next = new HashMap<>();
        for (Job job : plan.jobs) {
            next.put(job.uri(), job.signature() == null ? null : signature(plan, job));
        }
        signatures = next;
    }

    /**
     * Every page shows the navigation and links the stylesheets: when either changes, every page changes.
     * Of the images, only the derivatives of those the page shows (a portal page's signature names its
     * articles and cards); a JBake site's pages may show any, so there every image counts.
     */
    private List<Object> signature(Plan plan, Job job) {
        Object shown = config.conventions().portal() ? Pictures.shown(images, share, job.signature()) : images;
        return List.of(plan.maps.navigation(), plan.shared.get("assets"), shown, job.signature());
    }

    private void writeAll(Path out, List<Job> jobs, Map<String, Object> shared, IntConsumer progress) {
        createFolders(out, jobs);
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(config.threads());
        try {
            pool.submit(() -> jobs.parallelStream().forEach(job -> {
                if (problems.size() >= MAX_TEMPLATE_PROBLEMS) {
                    return;
                }
                try {
                    write(out, job, shared);
                } catch (ProblemException e) {
                    problems.addAll(e.problems());
                }
                int count = done.incrementAndGet();
                if (count % 1000 == 0) {
                    progress.accept(count);
                }
            })).join();
        } finally {
            pool.shutdown();
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems.stream().distinct().toList());
        }
    }

    private void write(Path out, Job job, Map<String, Object> shared) {
        Map<String, Object> model = new HashMap<>(shared);
        Map<String, Object> own = job.model().get();
        model.putAll(own);
        // the 404 page is served in place of any missing path, at any depth: only absolute links work there
        String root = job.kind().equals("error404") ? config.identity().host() : SitePath.rootOf(job.uri());
        Map<String, Object> page = new HashMap<>();
        page.put("kind", job.kind());
        page.put("uri", job.uri());
        page.put("root", root);
        page.put("title", own.getOrDefault("title", ""));
        String host = config.identity().host();
        page.put("canonical", job.uri().equals(config.output().index()) ? host : host + job.uri());
        model.put("page", page);
        if (!own.containsKey("content")) {
            model.put("content", Map.of("type", job.kind(), "rootpath", root));
        }
        if (!config.conventions().portal()) {
            // JBake's templates know no "page"; its variables, content and the rest, are all theirs
            model.remove("page");
        }
        String text = templates.render(job.kind(), model, job.uri());
        try {
            Files.write(out.resolve(job.uri()), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + job.uri(), e);
        }
    }

    private static void createFolders(Path out, List<Job> jobs) {
        TreeSet<Path> folders = new TreeSet<>();
        for (Job job : jobs) {
            Path parent = out.resolve(job.uri()).getParent();
            if (parent != null) {
                folders.add(parent);
            }
        }
        try {
            for (Path folder : folders) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create folders in " + out, e);
        }
    }
}
