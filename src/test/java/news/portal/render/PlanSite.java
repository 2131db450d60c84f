package news.portal.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.content.Article;
import news.portal.content.ContentLoader;
import news.portal.content.SiteModel;
import news.portal.share.ShareWidget;

/**
 * A small site written into a test's folder and read into its model, for planning its pages without
 * rendering them: the plans' tests see every page, its kind, its model and its signature in milliseconds.
 */
final class PlanSite {

    private final Path site;

    /** A portal site (host {@code https://test.example.cn/}, Asia/Shanghai) with {@code settings} added. */
    PlanSite(Path dir, String... settings) {
        this(dir, true, settings);
    }

    PlanSite(Path dir, boolean portal, String... settings) {
        site = dir.resolve("site");
        StringBuilder properties = new StringBuilder();
        if (portal) {
            properties.append("site.conventions=portal\nsite.sections=文旅资讯，非遗传承\n");
        }
        properties.append("site.name=测试文旅网\nsite.host=https://test.example.cn/\nsite.timezone=Asia/Shanghai\n");
        for (String setting : settings) {
            properties.append(setting).append('\n');
        }
        TestSites.write(site.resolve("jbake.properties"), properties.toString());
        try {
            Files.createDirectories(site.resolve("templates"));
            Files.createDirectories(site.resolve("content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code content/<path>}. */
    PlanSite file(String path, String text) {
        TestSites.write(site.resolve("content").resolve(path), text);
        return this;
    }

    /** An article with a front-matter header of {@code title}, {@code date} and {@code lines}. */
    PlanSite article(String path, String title, String date, String... lines) {
        StringBuilder text = new StringBuilder("---\ntitle: ").append(title).append("\ndate: ").append(date).append('\n');
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return file(path, text.append("---\n").append(title).append("的正文。\n").toString());
    }

    Path folder() {
        return site;
    }

    /** The site read at {@code now}, its published content only, with its pages planned. */
    Plan plan(Instant now) {
        return plan(now, false);
    }

    /** The site read at {@code now}, drafts and scheduled articles too when {@code unpublished}, as a preview reads it. */
    Plan plan(Instant now, boolean unpublished) {
        SiteConfig config = SiteConfig.load(site);
        SiteModel model = new ContentLoader(config).load(now, unpublished);
        ModelMaps maps = new ModelMaps(config, model, Map.of());
        if (config.conventions().portal()) {
            return new Plan(config, model, maps, new PagePlan(config, model, maps, new ShareWidget(config)).jobs(),
                    Map.of());
        }
        JBakePlan jbake = new JBakePlan(config, model, maps, null);
        // the renderer asks for the shared names first: tag pages read the store from them
        Map<String, Object> shared = jbake.shared();
        return new Plan(config, model, maps, jbake.jobs(), shared);
    }

    Plan plan() {
        return plan(TestSites.NOW);
    }

    /** The titles of a list of document maps, as a template would list them. */
    static List<Object> titles(Object documents) {
        return ((List<?>) documents).stream().map(d -> ((Map<?, ?>) d).get("title")).map(Object.class::cast).toList();
    }

    /**
     * A planned site.
     *
     * @param shared the names every page of a JBake site has ({@link JBakePlan#shared()}); none for the portal
     */
    record Plan(SiteConfig config, SiteModel model, ModelMaps maps, List<Job> jobs, Map<String, Object> shared) {

        List<String> uris() {
            return jobs.stream().map(Job::uri).toList();
        }

        List<String> uris(String kind) {
            return jobs.stream().filter(job -> job.kind().equals(kind)).map(Job::uri).toList();
        }

        Job job(String uri) {
            return jobs.stream().filter(job -> job.uri().equals(uri)).findFirst()
                    .orElseThrow(() -> new AssertionError("no page " + uri + " in " + uris()));
        }

        /** The page's own part of the template model. */
        Map<String, Object> model(String uri) {
            return job(uri).model().get();
        }

        /** The {@code content} map of the page at {@code uri}. */
        @SuppressWarnings("unchecked")
        Map<String, Object> content(String uri) {
            return (Map<String, Object>) model(uri).get("content");
        }

        Article article(String title) {
            return java.util.stream.Stream.of(model.articles(), model.pages()).flatMap(List::stream)
                    .filter(a -> a.title().equals(title)).findFirst()
                    .orElseThrow(() -> new AssertionError("no article " + title));
        }
    }
}
