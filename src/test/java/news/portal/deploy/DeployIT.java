package news.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.Baker;
import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Deploys a baked fixture site to a real S3 API server (s3proxy, in this JVM) and reads it back. */
class DeployIT {

    static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
    static final String BUCKET = "news";
    static final String PREFIX = "site/";

    @TempDir
    Path dir;
    Path site;
    Path out;
    S3Server server;
    S3Client s3;
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    final List<String> uploaded = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void credentials() {
        // the default chain reads these first; s3proxy with authorization "none" accepts any
        System.setProperty("aws.accessKeyId", "test-key");
        System.setProperty("aws.secretAccessKey", "test-secret");
    }

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir, "/fixtures/bake/site");
        // a decomposed (NFD) file name, as macOS writes it: its key must be NFC
        TestSites.write(site.resolve("assets/files/" + Normalizer.normalize("café-指南.txt", Normalizer.Form.NFD)),
                "咖啡馆指南\n");
        out = dir.resolve("out");
        // the tests below count the objects an edit changes; the search index (its own test at the end) would
        // add its shards to every count
        TestSites.write(site.resolve("jbake.properties"), read(site.resolve("jbake.properties")) + "\nsearch.enabled=false\n");
        bake();
        server = S3Server.start(dir.resolve("s3"));
        s3 = S3Client.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build();
        s3.createBucket(b -> b.bucket(BUCKET));
    }

    @AfterEach
    void tearDown() {
        s3.close();
        server.close();
    }

    @Test
    void stores_every_file_with_its_type_cache_rule_and_bytes() throws IOException {
        Deployer.Result result = deploy(flags());

        assertThat(result.exitCode()).isZero();
        assertThat(result.uploaded()).isEqualTo(files(out).size());
        assertThat(keys()).isEqualTo(expectedKeys());
        assertThat(keys()).contains(PREFIX + "files/café-指南.txt");

        String css = files(out).stream().filter(f -> f.matches("css/site\\.[0-9a-f]{8}\\.css")).findFirst().orElseThrow();
        assertHeaders(css, "text/css;charset=utf-8", "public, max-age=31536000, immutable");
        assertHeaders("index.html", "text/html;charset=utf-8", "no-cache");
        assertHeaders("2025/11/night-tour.html", "text/html;charset=utf-8", "no-cache");
        assertHeaders("feed.xml", "application/rss+xml;charset=utf-8", "no-cache");
        assertHeaders("sitemap.xml", "application/xml;charset=utf-8", "no-cache");
        assertHeaders("robots.txt", "text/plain;charset=utf-8", "no-cache");
        assertHeaders("images/cover.svg", "image/svg+xml;charset=utf-8", "public, max-age=3600");
        assertThat(head("index.html").contentEncoding()).isNull();
        for (String file : List.of("index.html", "2025/11/night-tour.html", "files/café-指南.txt")) {
            Path local = out.resolve(Normalizer.normalize(file, Normalizer.Form.NFD));
            assertThat(get(file)).as(file).isEqualTo(Files.readAllBytes(local));
        }
        assertThat(lines).last().asString().startsWith("上传了 " + files(out).size() + " 个");
    }

    @Test
    void a_second_deploy_with_nothing_changed_uploads_nothing_and_says_so() {
        Deployer.Result first = deploy(flags());
        uploaded.clear();
        Deployer.Result second = deploy(flags());

        assertThat(second.exitCode()).isZero();
        assertThat(second.uploaded()).isZero();
        assertThat(second.unchanged()).isEqualTo(files(out).size());
        assertThat(uploaded).isEmpty();
        assertThat(lines).last().asString().startsWith("没有变化：上传 0 个");
        System.out.printf("deploy of %d files: first %d ms, second %d ms%n", files(out).size(),
                first.elapsed().toMillis(), second.elapsed().toMillis());
    }

    @Test
    void a_deploy_with_nothing_changed_writes_no_object_not_even_its_own_record() {
        deploy(flags());
        String stateKey = PREFIX + State.NAME;
        // the record as the deploy wrote it, marked: a deploy that writes it again drops the mark
        byte[] record = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(stateKey)).asByteArray();
        s3.putObject(b -> b.bucket(BUCKET).key(stateKey).metadata(Map.of("mark", "kept")), RequestBody.fromBytes(record));
        Map<String, String> before = allObjects();
        HeadObjectResponse state = s3.headObject(b -> b.bucket(BUCKET).key(stateKey));

        Deployer.Result second = deploy(flags());

        assertThat(second.uploaded()).isZero();
        assertThat(allObjects()).isEqualTo(before);
        HeadObjectResponse after = s3.headObject(b -> b.bucket(BUCKET).key(stateKey));
        assertThat(after.metadata()).containsEntry("mark", "kept");
        assertThat(after.eTag()).isEqualTo(state.eTag());
        assertThat(after.lastModified()).isEqualTo(state.lastModified());

        // a deploy that changes something records it
        Path article = site.resolve("content/news/2025/11/night-tour.md");
        TestSites.write(article, read(article).replace("古城夜游线路今晚开放", "古城夜游线路今天开放"));
        bake();
        deploy(flags());
        assertThat(s3.headObject(b -> b.bucket(BUCKET).key(stateKey)).metadata()).doesNotContainKey("mark");
        assertThat(new String(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(stateKey)).asByteArray(),
                StandardCharsets.UTF_8)).isNotEqualTo(new String(record, StandardCharsets.UTF_8));
    }

    @Test
    void an_english_site_is_told_in_english() {
        Path properties = site.resolve("jbake.properties");
        TestSites.write(properties, read(properties) + "site.language=en\n");
        bake();

        Deployer.Result first = deploy(flags());
        assertThat(first.exitCode()).isZero();
        assertThat(lines).first().asString().startsWith("deploying " + files(out).size() + " files from ");
        assertThat(lines).anyMatch(l -> l.matches(files(out).size() + " to upload \\(.*\\), 0 unchanged, 0 stale"))
                .anyMatch(l -> l.matches("articles: done in \\d+\\.\\d s"));
        assertThat(lines).last().asString().startsWith("uploaded " + files(out).size() + " (");

        deploy(flags());
        assertThat(lines).last().asString().startsWith("nothing changed: uploaded 0");
        assertThat(lines).noneMatch(l -> l.replace(out.toString(), "").matches(".*[\\u3400-\\u9fff].*"));
    }

    @Test
    void editing_one_article_uploads_its_page_and_the_lists_that_show_it() {
        deploy(flags());
        Map<String, String> before = snapshot(out);
        Path article = site.resolve("content/news/2025/11/night-tour.md");
        TestSites.write(article, read(article).replace("古城夜游线路今晚开放", "古城夜游线路今晚正式开放"));
        bake();
        Map<String, String> after = snapshot(out);
        Set<String> changed = after.keySet().stream().filter(f -> !after.get(f).equals(before.get(f)))
                .map(f -> PREFIX + f).collect(Collectors.toSet());
        uploaded.clear();

        Deployer.Result result = deploy(flags());

        assertThat(result.exitCode()).isZero();
        assertThat(new HashSet<>(uploaded)).isEqualTo(changed);
        assertThat(uploaded).contains(PREFIX + "2025/11/night-tour.html", PREFIX + "index.html",
                PREFIX + "tags/gu-cheng.html", PREFIX + "sections/wen-lu-zi-xun.html", PREFIX + "feed.xml");
        assertThat(uploaded).doesNotContain(PREFIX + "2025/10/zhong-ming-biao-ti.html", PREFIX + "about.html",
                PREFIX + "images/cover.svg");
        assertThat(get("2025/11/night-tour.html")).asString(StandardCharsets.UTF_8).contains("今晚正式开放");
    }

    @Test
    void deleting_an_article_removes_its_object() {
        deploy(flags());
        assertThat(keys()).contains(PREFIX + "2025/10/zhong-ming-biao-ti-2.html");
        delete(site.resolve("content/news/2025/10/同名二.md"));
        bake();

        Deployer.Result result = deploy(flags());

        assertThat(result.exitCode()).isZero();
        assertThat(result.deleted()).isEqualTo(1);
        assertThat(keys()).doesNotContain(PREFIX + "2025/10/zhong-ming-biao-ti-2.html").isEqualTo(expectedKeys());
    }

    @Test
    void a_change_of_cache_rule_alone_is_detected_and_sent() {
        deploy(flags());
        TestSites.write(site.resolve("jbake.properties"),
                read(site.resolve("jbake.properties")) + "\ndeploy.cache.pages=public, max-age=60\n");
        bake();
        uploaded.clear();

        deploy(flags());

        Set<String> pages = files(out).stream().filter(f -> f.endsWith(".html") || f.endsWith(".xml") || f.endsWith(".txt"))
                .filter(f -> !f.startsWith("files/")).map(f -> PREFIX + f).collect(Collectors.toSet());
        assertThat(new HashSet<>(uploaded)).isEqualTo(pages);
        assertThat(lines).anyMatch(l -> l.startsWith("上传了 " + pages.size() + " 个"));
        assertThat(head("index.html").cacheControl()).isEqualTo("public, max-age=60");
        assertThat(head("images/cover.svg").cacheControl()).isEqualTo("public, max-age=3600");
    }

    @Test
    void the_max_deletes_guard_keeps_everything_and_exits_3() {
        deploy(flags());
        for (int i = 0; i < 3; i++) {
            int n = i;
            s3.putObject(b -> b.bucket(BUCKET).key(PREFIX + "old/" + n + ".html"), RequestBody.fromString("旧页面"));
        }
        s3.putObject(b -> b.bucket(BUCKET).key("site2/index.html"), RequestBody.fromString("另一个站点"));
        Set<String> before = keys();

        Deployer.Result refused = deploy(flags(2, false));

        assertThat(refused.exitCode()).isEqualTo(Deployer.DELETES_REFUSED);
        assertThat(refused.refusedDeletes()).isEqualTo(3);
        assertThat(keys()).isEqualTo(before);
        assertThat(lines).anyMatch(l -> l.startsWith("拒绝删除") && l.contains(" 3 个过时的对象") && l.contains("--max-deletes 3"));

        Deployer.Result allowed = deploy(flags(3, false));

        assertThat(allowed.exitCode()).isZero();
        assertThat(allowed.deleted()).isEqualTo(3);
        assertThat(keys()).isEqualTo(expectedKeys());
        assertThat(allObjects()).containsKey("site2/index.html");
    }

    @Test
    void a_dry_run_lists_every_upload_and_delete_with_its_reason_and_changes_nothing() {
        deploy(flags());
        s3.putObject(b -> b.bucket(BUCKET).key(PREFIX + "old.html"), RequestBody.fromString("旧页面"));
        Path article = site.resolve("content/news/2025/11/night-tour.md");
        TestSites.write(article, read(article).replace("古城夜游线路今晚开放", "古城夜游线路明晚开放"));
        bake();
        Map<String, String> before = allObjects();
        uploaded.clear();

        Deployer.Result result = deploy(new DeployConfig.Flags("s3://news/site", server.endpoint().toString(), null,
                true, true, false, false, null));

        assertThat(result.dryRun()).isTrue();
        assertThat(allObjects()).isEqualTo(before);
        assertThat(uploaded).isEmpty();
        assertThat(lines).anyMatch(l -> l.equals("将上传  内容有变  文章  site/2025/11/night-tour.html"))
                .anyMatch(l -> l.equals("将上传  内容有变  首页  site/index.html"))
                .anyMatch(l -> l.equals("将删除  已过时  site/old.html"))
                .anyMatch(l -> l.startsWith("试运行：将上传 " + result.uploaded() + " 个"));
        assertThat(result.deleted()).isEqualTo(1);
    }

    @Test
    void a_deploy_stopped_half_way_fails_without_lists_before_their_articles_and_a_rerun_completes() {
        // two at a time, so that the server stops with article pages still to send
        TestSites.write(site.resolve("jbake.properties"), read(site.resolve("jbake.properties")) + "\ndeploy.parallel=2\n");
        AtomicInteger articles = new AtomicInteger();
        Deployer deployer = new Deployer(lines::add, (phase, key) -> {
            if (phase == Phase.ARTICLES && articles.incrementAndGet() == 3) {
                server.stop();
            }
        });

        Deployer.Result failed = deployer.deploy(out, config(flags()));

        assertThat(failed.exitCode()).isEqualTo(Deployer.FAILED);
        assertThat(failed.failures()).isNotEmpty().allMatch(f -> f.contains("：上传失败：") || f.contains("没有上传"));
        assertThat(lines).anyMatch(l -> l.startsWith("已停止：“文章”没有完成"));
        server.restart();
        Set<String> stored = keys();
        SiteConfig.Output layout = SiteConfig.load(site).output();
        assertThat(stored).isNotEmpty().allMatch(key -> Phase.of(key.substring(PREFIX.length()), layout).compareTo(Phase.ARTICLES) <= 0);
        assertThat(stored).containsAll(files(out).stream().filter(f -> Phase.of(f, layout) == Phase.ASSETS)
                .map(f -> PREFIX + Normalizer.normalize(f, Normalizer.Form.NFC)).toList());
        assertThat(stored).doesNotContain(PREFIX + State.NAME);

        Deployer.Result rerun = deploy(flags());

        assertThat(rerun.exitCode()).isZero();
        assertThat(keys()).isEqualTo(expectedKeys());
        for (String file : files(out)) {
            assertThat(etag(file)).as(file).isEqualTo(md5(out.resolve(file)));
        }
    }

    @Test
    void the_site_served_from_the_bucket_has_no_broken_internal_link() throws Exception {
        deploy(flags());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = server.endpoint() + "/" + BUCKET + "/" + PREFIX;
        List<String> broken = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        int links = 0;
        for (String file : files(out)) {
            if (!file.endsWith(".html") || file.equals("404.html")) {
                continue;
            }
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(file).isEqualTo(200);
            Document doc = Jsoup.parse(page.body(), base + file);
            for (Element element : doc.select("a[href], link[href], img[src], script[src]")) {
                String url = element.hasAttr("href") ? element.absUrl("href") : element.absUrl("src");
                if (!url.startsWith(base)) {
                    continue;
                }
                links++;
                String target = url.replaceAll("#.*$", "");
                if (checked.add(target)) {
                    int status = http.send(HttpRequest.newBuilder(URI.create(target)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 200) {
                        broken.add(file + " -> " + target + " (" + status + ")");
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(links).isGreaterThan(300);
    }

    @Test
    void gzip_stores_text_compressed_and_the_same_bytes_every_time() throws IOException {
        TestSites.write(site.resolve("jbake.properties"), read(site.resolve("jbake.properties")) + "\ndeploy.gzip=true\n");
        bake();

        deploy(flags());

        assertThat(head("index.html").contentEncoding()).isEqualTo("gzip");
        assertThat(head("images/cover.svg").contentEncoding()).isEqualTo("gzip");
        try (GZIPInputStream unzip = new GZIPInputStream(new ByteArrayInputStream(get("index.html")))) {
            assertThat(unzip.readAllBytes()).isEqualTo(Files.readAllBytes(out.resolve("index.html")));
        }
        uploaded.clear();
        Deployer.Result again = deploy(flags());
        assertThat(again.uploaded()).isZero();
    }

    @Test
    void the_command_line_bakes_a_stale_site_first_and_reports_exit_codes() throws IOException {
        Path output = site.resolve("target/site");
        String endpoint = server.endpoint().toString();
        java.io.StringWriter stdout = new java.io.StringWriter();
        java.io.StringWriter stderr = new java.io.StringWriter();

        int code = news.portal.cli.Main.run(new java.io.PrintWriter(stdout), new java.io.PrintWriter(stderr), TestSites.CLOCK,
                "deploy", site.toString(), "--target", "s3://news/cli", "--endpoint", endpoint, "--path-style");

        assertThat(code).as(stderr.toString()).isZero();
        assertThat(stderr.toString()).contains("先生成网站：").contains("里没有生成好的网站");
        assertThat(output.resolve("index.html")).isRegularFile();
        assertThat(stdout.toString()).contains("上传了 " + files(output).size() + " 个");

        stdout.getBuffer().setLength(0);
        stderr.getBuffer().setLength(0);
        code = news.portal.cli.Main.run(new java.io.PrintWriter(stdout), new java.io.PrintWriter(stderr), TestSites.CLOCK,
                "deploy", site.toString(), "--target", "s3://news/cli", "--endpoint", endpoint, "--path-style");
        assertThat(code).isZero();
        assertThat(stderr.toString()).doesNotContain("先生成网站");
        assertThat(stdout.toString()).contains("没有变化：上传 0 个");

        Path article = site.resolve("content/news/2025/11/night-tour.md");
        TestSites.write(article, read(article).replace("古城夜游线路今晚开放", "古城夜游线路今天开放"));
        // newer than the baked output, whatever the machine's date: the deploy must see a stale site
        Files.setLastModifiedTime(article, java.nio.file.attribute.FileTime.from(
                Files.getLastModifiedTime(output.resolve("index.html")).toInstant().plusSeconds(5)));
        s3.putObject(b -> b.bucket(BUCKET).key("cli/old-1.html"), RequestBody.fromString("旧"));
        s3.putObject(b -> b.bucket(BUCKET).key("cli/old-2.html"), RequestBody.fromString("旧"));
        stdout.getBuffer().setLength(0);
        stderr.getBuffer().setLength(0);
        code = news.portal.cli.Main.run(new java.io.PrintWriter(stdout), new java.io.PrintWriter(stderr), TestSites.CLOCK,
                "deploy", site.toString(), "--target", "s3://news/cli", "--endpoint", endpoint, "--path-style",
                "--max-deletes", "1");
        assertThat(code).isEqualTo(3);
        assertThat(stderr.toString()).contains("先生成网站：content 在上次生成之后改过");
        assertThat(stdout.toString()).contains(" 2 个过时的对象").contains("拒绝删除");
        assertThat(new String(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("cli/2025/11/night-tour.html")).asByteArray(),
                StandardCharsets.UTF_8)).contains("今天开放");

        code = news.portal.cli.Main.run(new java.io.PrintWriter(stdout), new java.io.PrintWriter(stderr), TestSites.CLOCK,
                "deploy", site.toString(), "--target", "nowhere");
        assertThat(code).as("wrong usage").isEqualTo(2);
        assertThat(stderr.toString()).contains("--target").contains("s3://存储桶");
    }

    @Test
    void a_dry_run_that_must_bake_first_writes_nothing_into_the_output_folder() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path missing = dir.resolve("missing");
        java.io.StringWriter stdout = new java.io.StringWriter();
        java.io.StringWriter stderr = new java.io.StringWriter();
        java.util.Set<String> tmp = siblingsOfTemp();

        for (Path output : List.of(empty, missing)) {
            int code = news.portal.cli.Main.run(new java.io.PrintWriter(stdout), new java.io.PrintWriter(stderr),
                    "deploy", site.toString(), "-o", output.toString(), "--dry-run", "--target", "s3://news/dry",
                    "--endpoint", server.endpoint().toString(), "--path-style");
            assertThat(code).as(stderr.toString()).isZero();
        }

        assertThat(stderr.toString()).contains("先把网站生成到临时文件夹");
        assertThat(stdout.toString()).contains("将上传").contains("什么也没有改动");
        assertThat(empty).isEmptyDirectory();
        assertThat(missing).doesNotExist();
        assertThat(siblingsOfTemp()).as("the dry run's own bake is removed").isEqualTo(tmp);
        assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET).prefix("dry/")).contents()).isEmpty();
    }

    @Test
    void uploads_only_a_folder_a_bake_wrote() throws IOException {
        Path theirs = Files.createDirectories(dir.resolve("theirs"));
        Files.writeString(theirs.resolve("draft.md"), "---\ndraft: true\n---\n");
        java.io.StringWriter stderr = new java.io.StringWriter();

        int code = news.portal.cli.Main.run(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(stderr), "deploy", site.toString(), "-o", theirs.toString(),
                "--target", "s3://news/theirs", "--endpoint", server.endpoint().toString(), "--path-style");

        assertThat(code).isEqualTo(2);
        assertThat(stderr.toString()).contains("不是本工具生成的");
        assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET).prefix("theirs/")).contents()).isEmpty();
        assertThat(theirs.resolve("draft.md")).exists();
    }

    @Test
    void a_symlink_put_into_a_baked_output_is_refused_and_nothing_is_uploaded() throws IOException {
        Path secret = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("passwd"), "secret");
        Files.createSymbolicLink(out.resolve("environ.txt"), secret);

        news.portal.problem.ProblemException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                news.portal.problem.ProblemException.class, () -> deploy(flags()));

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).singleElement().hasToString("environ.txt: 是符号链接（指向 " + secret
                + "），为防止泄露文件而拒绝上传：生成的网站里不应有符号链接，请删除它后重新生成");
        assertThat(keys()).isEmpty();
        assertThat(uploaded).isEmpty();
    }

    @Test
    void deploys_own_bake_refuses_an_asset_link_leaving_the_site_and_uploads_nothing() throws IOException {
        // stands in for /proc/self/environ, which holds the deploy's own AWS_SECRET_ACCESS_KEY
        Path environ = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("environ"),
                "AWS_SECRET_ACCESS_KEY=secret");
        Files.createSymbolicLink(site.resolve("assets/x.txt"), environ);
        java.io.StringWriter stderr = new java.io.StringWriter();

        int code = news.portal.cli.Main.run(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(stderr), "deploy", site.toString(), "--target", "s3://news/cli",
                "--endpoint", server.endpoint().toString(), "--path-style");

        assertThat(code).as(stderr.toString()).isNotZero();
        assertThat(stderr.toString()).contains("assets/x.txt: 是指向 assets 文件夹以外的符号链接（指向 " + environ + "）")
                .doesNotContain("AWS_SECRET_ACCESS_KEY=secret");
        assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET).prefix("cli/")).contents()).isEmpty();
        assertThat(site.resolve("target/site/x.txt")).doesNotExist();
    }

    private static java.util.Set<String> siblingsOfTemp() throws IOException {
        try (Stream<Path> list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("news-portal-dry-run-"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    // --- helpers ---

    private DeployConfig.Flags flags() {
        return flags(null, false);
    }

    private DeployConfig.Flags flags(Integer maxDeletes, boolean dryRun) {
        return new DeployConfig.Flags("s3://news/site", server.endpoint().toString(), null, true, dryRun, false,
                false, maxDeletes);
    }

    private DeployConfig config(DeployConfig.Flags flags) {
        return DeployConfig.read(SiteConfig.load(site), flags);
    }

    private Deployer.Result deploy(DeployConfig.Flags flags) {
        lines.clear();
        return new Deployer(lines::add, (phase, key) -> uploaded.add(key)).deploy(out, config(flags));
    }

    private void bake() {
        new Baker(line -> { }).bake(site, out, new Baker.Options(NOW, false));
    }

    private Set<String> expectedKeys() {
        Set<String> keys = new HashSet<>();
        files(out).forEach(f -> keys.add(PREFIX + Normalizer.normalize(f, Normalizer.Form.NFC)));
        keys.add(PREFIX + State.NAME);
        return keys;
    }

    private Set<String> keys() {
        return allObjects().keySet().stream().filter(k -> k.startsWith(PREFIX)).collect(Collectors.toSet());
    }

    /** Every object of the bucket: key → ETag. */
    private Map<String, String> allObjects() {
        Map<String, String> objects = new TreeMap<>();
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents()) {
            objects.put(object.key(), object.eTag());
        }
        return objects;
    }

    private HeadObjectResponse head(String file) {
        return s3.headObject(b -> b.bucket(BUCKET).key(PREFIX + file));
    }

    @Test
    void the_search_index_is_json_its_manifest_revalidated_and_its_fingerprinted_files_kept_a_year() {
        TestSites.write(site.resolve("jbake.properties"),
                read(site.resolve("jbake.properties")).replace("search.enabled=false", ""));
        bake();
        String shard = files(out).stream().filter(f -> f.startsWith("search/t/")).findFirst().orElseThrow();
        String list = files(out).stream().filter(f -> f.startsWith("search/d/")).findFirst().orElseThrow();

        assertThat(deploy(flags()).exitCode()).isZero();

        assertHeaders("search/index.json", "application/json;charset=utf-8", "no-cache");
        assertHeaders(shard, "application/json;charset=utf-8", "public, max-age=31536000, immutable");
        assertHeaders(list, "application/json;charset=utf-8", "public, max-age=31536000, immutable");
        assertThat(keys()).isEqualTo(expectedKeys());
    }

    @Test
    void a_new_index_names_only_shards_already_stored_and_the_old_ones_go_after_the_new_manifest() throws IOException {
        TestSites.write(site.resolve("jbake.properties"),
                read(site.resolve("jbake.properties")).replace("search.enabled=false", ""));
        bake();
        assertThat(deploy(flags()).exitCode()).isZero();
        Set<String> oldIndex = files(out).stream().filter(f -> f.startsWith("search/t/") || f.startsWith("search/d/"))
                .collect(Collectors.toSet());
        Path article = site.resolve("content/news/2025/11/night-tour.md");
        TestSites.write(article, read(article).replace("古城夜游线路今晚开放", "古城夜游线路今晚开放 新增灯光秀"));
        bake();
        Set<String> newIndex = files(out).stream().filter(f -> f.startsWith("search/t/") || f.startsWith("search/d/"))
                .collect(Collectors.toSet());
        Set<String> gone = new HashSet<>(oldIndex);
        gone.removeAll(newIndex);
        assertThat(gone).as("shards the edit replaced").isNotEmpty();
        List<String> missingAtManifest = Collections.synchronizedList(new ArrayList<>());
        List<String> goneBeforeManifest = Collections.synchronizedList(new ArrayList<>());
        List<Phase> manifestPhase = Collections.synchronizedList(new ArrayList<>());

        Deployer.Result result = new Deployer(lines::add, (phase, key) -> {
            if (key.equals(PREFIX + "search/index.json")) {
                manifestPhase.add(phase);
                // what a reader fetching the new manifest now would go on to fetch
                Set<String> stored = keys();
                newIndex.stream().filter(f -> !stored.contains(PREFIX + f)).forEach(missingAtManifest::add);
                gone.stream().filter(f -> !stored.contains(PREFIX + f)).forEach(goneBeforeManifest::add);
            }
        }).deploy(out, config(flags()));

        assertThat(result.exitCode()).isZero();
        assertThat(manifestPhase).containsExactly(Phase.SEARCH);
        assertThat(missingAtManifest).as("shards named by the manifest but not stored when it was").isEmpty();
        assertThat(goneBeforeManifest).as("old shards deleted while the old manifest was still served").isEmpty();
        assertThat(keys()).isEqualTo(expectedKeys());
        assertThat(keys()).noneMatch(k -> gone.contains(k.substring(PREFIX.length())));
    }

    private String etag(String file) {
        return head(Normalizer.normalize(file, Normalizer.Form.NFC)).eTag().replace("\"", "");
    }

    private byte[] get(String file) {
        return s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(PREFIX + file)).asByteArray();
    }

    private void assertHeaders(String file, String type, String cacheControl) {
        HeadObjectResponse head = head(file);
        // s3proxy drops the space before charset; AWS, OSS and COS keep the value as sent
        assertThat(head.contentType().replace(" ", "")).as(file).isEqualTo(type);
        assertThat(head.cacheControl()).as(file).isEqualTo(cacheControl);
    }

    static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .filter(f -> !f.equals(news.portal.bake.OutputGuard.MARKER)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        for (String file : files(root)) {
            files.put(file, md5(root.resolve(file)));
        }
        return files;
    }

    private static String md5(Path file) {
        try {
            return HexFormat.of().formatHex(LocalSite.md5().digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
