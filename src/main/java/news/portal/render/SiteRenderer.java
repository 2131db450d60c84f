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
    /** The pages of the last render or update (or of an earlier bake, restored), by address. */
    private Map<String, Page> pages = Map.of();
    /** The key of the search index last written, and the stamp of its manifest; null for none. */
    private Page searchIndex;
    private DataFiles data;
    private final Derivatives derivatives;
    private Derivatives.Catalog images = Derivatives.Catalog.EMPTY;
    private String sourcesKey;

    /**
     * A page as written: the key of what it shows ({@link #pageKey}; null for a page always rendered), and
     * the size and time of its file, by which a later bake knows the file is still the one it wrote.
     */
    private record Page(String key, long size, long modified) { }

    /**
     * Loads and checks the site's templates.
     *
     * @throws ProblemException naming each missing or malformed template
     */
    public SiteRenderer(SiteConfig config) {
        this(config, Derivatives.defaultCache(config));
    }

    /**
     * Loads and checks the site's templates; photo derivatives are kept in {@code imageCache} between bakes.
     *
     * @throws ProblemException naming each missing or malformed template
     */
    public SiteRenderer(SiteConfig config, Path imageCache) {
        this.config = config;
        this.templates = new Templates(config);
        this.share = new ShareWidget(config);
        this.search = new SearchIndex(config);
        Derivatives.Settings imageSettings = Derivatives.settings(config);
        this.derivatives = imageSettings.enabled()
                ? new Derivatives(imageSettings, imageCache, config.threads()) : null;
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
        return render(model, assets, out, null, progress).written();
    }

    /**
     * Writes below the empty folder {@code out} every page of {@code model} whose key is not the one it had
     * in {@code previous} (a folder this renderer, or the bake whose state it was given by {@link #restore},
     * wrote); the others stay in {@code previous} as they are, and {@link Update#taken} names them (and the
     * search index's files that stay), so the site is {@code out} and those. A page of {@code previous} whose
     * file is not as it was written is rendered again.
     *
     * @param previous the last output, or null to render everything
     * @return the pages rendered, the pages taken from {@code previous} and every file taken from it
     * @throws ProblemException naming the template and line when rendering fails
     */
    public Update render(SiteModel model, Map<String, String> assets, Path out, Path previous,
                         IntConsumer progress) {
        publishImages(model, out);
        Plan plan = plan(model, assets);
        Map<String, Page> next = new java.util.concurrent.ConcurrentHashMap<>();
        List<Job> changed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<Job> linked = new ArrayList<>();
        String[] keys = new String[plan.jobs.size()];
        ForkJoinPool keying = new ForkJoinPool(config.threads());
        try {
            keying.submit(() -> java.util.stream.IntStream.range(0, keys.length).parallel()
                    .forEach(i -> keys[i] = pageKey(plan, plan.jobs.get(i)))).join();
        } finally {
            keying.shutdown();
        }
        for (int i = 0; i < keys.length; i++) {
            Job job = plan.jobs.get(i);
            String key = keys[i];
            Page last = pages.get(job.uri());
            if (previous != null && key != null && last != null && key.equals(last.key())) {
                linked.add(job);
            } else {
                changed.add(job);
            }
            if (key != null) {
                next.put(job.uri(), new Page(key, -1, -1));
            }
        }
        createFolders(out, plan.jobs);
        List<Job> stale = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> taken = java.util.Collections.synchronizedList(new ArrayList<>());
        ForkJoinPool pool = new ForkJoinPool(config.threads());
        try {
            pool.submit(() -> linked.parallelStream().forEach(job -> {
                Page last = pages.get(job.uri());
                Page now = unchanged(previous.resolve(job.uri()), last);
                if (now == null) {
                    stale.add(job);
                } else {
                    next.put(job.uri(), now);
                }
            })).join();
        } finally {
            pool.shutdown();
        }
        Set<Job> again = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        again.addAll(stale);
        changed.addAll(stale);
        writeAll(out, changed, plan.shared, progress, next);
        for (Job job : linked) {
            if (!again.contains(job)) {
                kept.add(job.uri());
            }
        }
        taken.addAll(kept);
        String indexKey = searchKey(model, plan);
        Page lastIndex = searchIndex;
        Page index = null;
        if (previous != null && indexKey != null && lastIndex != null && indexKey.equals(lastIndex.key())) {
            index = unchangedTree(previous, SearchIndex.FOLDER, lastIndex, taken);
        }
        if (index == null) {
            writeIndex(model, out, previous, taken);
            index = indexKey == null || !SearchIndex.enabled(config) ? null
                    : stamp(out.resolve(SearchIndex.MANIFEST), indexKey);
        }
        searchIndex = index;
        reuse = plan.maps.documents();
        pages = next;
        return new Update(changed.stream().map(Job::uri).toList(), List.of(), kept, List.copyOf(taken));
    }

    /** {@code last} when {@code file} is still the file it describes, else null. */
    private static Page unchanged(Path file, Page last) {
        try {
            java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() != last.size()
                    || attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.SECONDS) != last.modified()) {
                return null;
            }
            return last;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The search folder {@code folder} of the last output, its files added to {@code taken}, when its
     * manifest is as it was written; null (and nothing taken) else.
     */
    private static Page unchangedTree(Path previous, String folder, Page last, List<String> taken) {
        Path from = previous.resolve(folder);
        Page manifest = stamp(from.resolve(SearchIndex.MANIFEST.substring(SearchIndex.FOLDER.length() + 1)), last.key());
        if (manifest == null || manifest.size() != last.size() || manifest.modified() != last.modified()) {
            return null;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            List<String> files = new ArrayList<>();
            for (Path file : (Iterable<Path>) walk::iterator) {
                if (!Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    files.add(previous.relativize(file).toString().replace('\\', '/'));
                }
            }
            taken.addAll(files);
            return last;
        } catch (IOException | UncheckedIOException e) {
            // the index is written afresh
            return null;
        }
    }

    private static Page stamp(Path file, String key) {
        try {
            java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            // to the second: a CI cache restores files with their times, to the second at best
            return new Page(key, attributes.size(),
                    attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.SECONDS));
        } catch (IOException e) {
            return null;
        }
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
                List<Object> one = List.of(article);
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
        Map<String, Page> next = new java.util.concurrent.ConcurrentHashMap<>();
        for (Job job : plan.jobs) {
            current.add(job.uri());
            String key = pageKey(plan, job);
            Page before = pages.get(job.uri());
            if (key == null || before == null || !key.equals(before.key())) {
                changed.add(job);
            }
            if (key != null) {
                next.put(job.uri(), before != null && key.equals(before.key()) ? before : new Page(key, -1, -1));
            }
        }
        writeAll(out, changed, plan.shared, count -> { }, next);
        writeIndex(model, out, null, null);
        List<String> removed = new ArrayList<>();
        for (String uri : pages.keySet()) {
            if (!current.contains(uri)) {
                removed.add(uri);
                try {
                    Files.deleteIfExists(out.resolve(uri));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + uri, e);
                }
            }
        }
        reuse = plan.maps.documents();
        pages = next;
        searchIndex = null;
        Collections.sort(removed);
        return new Update(changed.stream().map(Job::uri).toList(), removed, List.of());
    }

    /**
     * What an update changed.
     *
     * @param written pages rendered, in plan order
     * @param removed pages deleted
     * @param kept    pages taken unchanged from the previous output
     * @param taken   every file of the previous output that belongs unchanged to the new one (the kept pages
     *                and search index files), relative to it
     */
    public record Update(List<String> written, List<String> removed, List<String> kept, List<String> taken) {

        /** An update that took no file from an earlier output. */
        public Update(List<String> written, List<String> removed, List<String> kept) {
            this(written, removed, kept, List.of());
        }
    }

    /**
     * Writes the pages' keys and file stamps and the search index's, and the search index's blocks (which an
     * edit reads again only in part), for {@link #restore} in a later bake of the same output.
     */
    public void save(java.io.DataOutputStream out) throws IOException {
        Map<String, Page> sorted = new java.util.TreeMap<>(pages);
        out.writeInt(sorted.size());
        for (Map.Entry<String, Page> page : sorted.entrySet()) {
            news.portal.cache.Codec.writeString(out, page.getKey());
            writePage(out, page.getValue());
        }
        out.writeBoolean(searchIndex != null);
        if (searchIndex != null) {
            writePage(out, searchIndex);
        }
        search.save(out);
    }

    /**
     * Starts from the pages {@link #save} wrote, before the first render: {@link #render(SiteModel, Map, Path,
     * Path, IntConsumer)} then takes from the previous output every page whose key is unchanged.
     *
     * @throws IOException when {@code in} is not what {@link #save} writes; nothing is then restored
     */
    public void restore(java.io.DataInputStream in) throws IOException {
        int count = news.portal.cache.Codec.count(in);
        Map<String, Page> restored = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String uri = news.portal.cache.Codec.readString(in);
            if (uri.startsWith("/") || uri.contains("..") || uri.contains("\\")) {
                throw new IOException("not a page: " + uri);
            }
            restored.put(uri, readPage(in));
        }
        Page index = in.readBoolean() ? readPage(in) : null;
        search.restore(in);
        pages = restored;
        searchIndex = index;
    }

    private static void writePage(java.io.DataOutputStream out, Page page) throws IOException {
        news.portal.cache.Codec.writeString(out, page.key());
        out.writeLong(page.size());
        out.writeLong(page.modified());
    }

    private static Page readPage(java.io.DataInputStream in) throws IOException {
        return new Page(news.portal.cache.Codec.readString(in), in.readLong(), in.readLong());
    }

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

    /**
     * The search index (see {@link SearchIndex}), as part of the output, so a preview keeps it current; the
     * article files of unchanged blocks stay in {@code previous} as pages do, named in {@code taken}, when it
     * is not null.
     */
    private void writeIndex(SiteModel model, Path out, Path previous, List<String> taken) {
        if (SearchIndex.enabled(config)) {
            search.write(model, out, previous, (from, to, size, modified) -> {
                if (unchanged(from, new Page(null, size, modified)) == null) {
                    return false;
                }
                taken.add(previous.relativize(from).toString().replace('\\', '/'));
                return true;
            }).ifPresent(stats -> searchStats = stats);
        }
    }

    /** What the last search index written took; empty when search is off or none was written yet. */
    public java.util.Optional<SearchIndex.Stats> searchStats() {
        return java.util.Optional.ofNullable(searchStats);
    }

    /** @param key what every page of the plan shows (see {@link #pageKey}) */
    private record Plan(List<Job> jobs, Map<String, Object> shared, ModelMaps maps, String key) { }

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
        String key = news.portal.cache.Key.of(sourcesKey(model), maps.navigation(), Map.copyOf(assets));
        return new Plan(jobs, shared, maps, key);
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

    /**
     * The key of what {@code job} shows: its signature, and what every page shows — the navigation, the
     * stylesheets' names, and {@link #sourcesKey} (templates, configuration, data, the bake's moment as
     * pages see it). Null for a page rendered every time (a JBake site's, whose templates see everything).
     */
    private String pageKey(Plan plan, Job job) {
        if (job.signature() == null) {
            return null;
        }
        // of the images, only the derivatives of those the page shows (its signature names its articles
        // and cards); a JBake site's pages may show any, so there every image counts
        Object shown = config.conventions().portal() ? Pictures.shown(images, share, job.signature()) : images;
        try {
            return news.portal.cache.Key.of(plan.key, job.uri(), job.kind(), shown, job.signature());
        } catch (news.portal.cache.Key.Undigestable e) {
            return null;
        }
    }

    /** The search index's key: every article it may hold, and whether it is published at the bake's moment. */
    private static String searchKey(SiteModel model, Plan plan) {
        List<Object> articles = new ArrayList<>(model.articles().size());
        for (Article article : model.articles()) {
            articles.add(article.key() + (article.document().date().toInstant().isAfter(model.bakeTime()) ? "+" : "")
                    + (article.document().draft() ? "d" : ""));
        }
        return news.portal.cache.Key.of(plan.key, articles);
    }

    /**
     * What every page depends on beyond its own signature: the program (through the cache's version),
     * the templates' files, the configuration files and the host, the data folder, and the bake's moment as
     * the templates see it. Templates that name {@code build_time_iso}, {@code published_date} or
     * {@code .now} see the very moment, and their pages change with every bake; the portal's own name only
     * {@code site.build_year}.
     */
    private String sourcesKey(SiteModel model) {
        if (sourcesKey == null) {
            sourcesKey = news.portal.cache.Key.of(news.portal.cache.Key.ofFolder(config.paths().templates()),
                    news.portal.cache.Key.ofFile(config.paths().site().resolve("jbake.properties")),
                    news.portal.cache.Key.ofFile(config.paths().site().resolve("custom.properties")),
                    news.portal.cache.Key.ofFolder(FolderLinks.dataFolder(config)), config.paths().site().toString(),
                    config.identity().host(), config.conventions().portal());
        }
        boolean moment = momentInTemplates();
        java.time.ZonedDateTime at = model.bakeTime().atZone(config.identity().zone());
        return news.portal.cache.Key.of(sourcesKey, moment ? model.bakeTime().toString() : at.getYear());
    }

    private Boolean moment;

    private boolean momentInTemplates() {
        if (moment == null) {
            boolean found = false;
            try (java.util.stream.Stream<Path> walk = Files.walk(config.paths().templates())) {
                for (Path file : (Iterable<Path>) walk::iterator) {
                    if (Files.isRegularFile(file)) {
                        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                        found |= text.contains("build_time_iso") || text.contains("published_date")
                                || text.contains(".now");
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                found = true;
            }
            moment = found;
        }
        return moment;
    }

    /** @param written receives the stamp of each page written that has a key */
    private void writeAll(Path out, List<Job> jobs, Map<String, Object> shared, IntConsumer progress,
                          Map<String, Page> written) {
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
                    Page page = written.get(job.uri());
                    if (page != null) {
                        Page stamped = stamp(out.resolve(job.uri()), page.key());
                        if (stamped == null) {
                            written.remove(job.uri());
                        } else {
                            written.put(job.uri(), stamped);
                        }
                    }
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
