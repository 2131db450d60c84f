package news.portal.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import news.portal.config.SiteConfig;
import news.portal.content.SiteModel;
import news.portal.content.SitePath;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/** Renders every page of a site into a folder, on {@link SiteConfig#threads()} threads. */
public final class SiteRenderer {

    private static final int MAX_TEMPLATE_PROBLEMS = 20;

    private final SiteConfig config;
    private final Templates templates;

    /**
     * Loads and checks the site's templates.
     *
     * @throws ProblemException naming each missing or malformed template
     */
    public SiteRenderer(SiteConfig config) {
        this.config = config;
        this.templates = new Templates(config);
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
        ModelMaps maps = new ModelMaps(config, model);
        List<Job> jobs = new PagePlan(config, model, maps).jobs();
        createFolders(out, jobs);
        Map<String, Object> shared = new HashMap<>();
        shared.put("site", maps.site());
        shared.put("config", config.raw());
        shared.put("published_posts", maps.articles());
        shared.put("published_pages", maps.pages());
        shared.put("tags", maps.tags());
        shared.put("assets", Map.copyOf(assets));
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
        return jobs.stream().map(Job::uri).toList();
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
