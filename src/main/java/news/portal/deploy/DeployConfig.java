package news.portal.deploy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import news.portal.config.SiteConfig;
import news.portal.problem.Language;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/**
 * Everything a deploy needs, read once from {@code jbake.properties} ({@code deploy.*} keys) with the
 * command line's flags on top. No secret lives here: credentials come only from the AWS SDK's default
 * chain (system properties, environment, profile files), are never printed and never written.
 *
 * @param target   where the objects go
 * @param metadata how the objects are described to browsers and CDNs
 * @param run      what this run may do
 * @param layout   the site's output names (feed, sitemap, tag and section folders), which order the upload
 * @param network  how long to wait for the store
 * @param language the language of the deploy's messages, from {@code site.language}
 */
public record DeployConfig(Target target, Metadata metadata, Run run, SiteConfig.Output layout, Network network,
                           Language language) {

    /** {@code deploy.max_deletes} and {@code --max-deletes} default: more stale objects than this is a mistake. */
    public static final int DEFAULT_MAX_DELETES = 256;
    /** {@code deploy.parallel} default: uploads in flight at once within a phase. */
    public static final int DEFAULT_PARALLEL = 8;
    /** {@code deploy.attempts} default: tries of one request, the first included, on throttling and 5xx. */
    public static final int DEFAULT_ATTEMPTS = 5;
    /** {@code deploy.connect_timeout} default, in seconds: a store that takes longer to accept a connection is down. */
    public static final int DEFAULT_CONNECT_TIMEOUT = 10;
    /**
     * {@code deploy.read_timeout} default, in seconds: the longest silence of the store within one request.
     * A request that times out is not tried again, so a silent store fails a deploy within
     * {@code connect + read} seconds, 40 by default.
     */
    public static final int DEFAULT_READ_TIMEOUT = 30;
    /** {@code deploy.region} default when neither flag, key nor {@code AWS_REGION} names one. */
    public static final String DEFAULT_REGION = "us-east-1";

    /**
     * @param bucket    the bucket of {@code s3://BUCKET/PREFIX} ({@code --target}, {@code deploy.target})
     * @param prefix    the key prefix without leading or trailing {@code /}, empty for the bucket root
     * @param endpoint  {@code --endpoint}, {@code deploy.endpoint}: an S3-compatible store's URL (Aliyun
     *                  OSS, Tencent COS, MinIO, Cloudflare R2); empty for AWS S3 itself
     * @param region    {@code --region}, {@code deploy.region}, else {@code AWS_REGION}, else {@code us-east-1}
     * @param pathStyle {@code --path-style}, {@code deploy.path_style}, default false: {@code endpoint/bucket/key}
     *                  addresses instead of {@code bucket.endpoint/key} (MinIO and most local servers need it)
     */
    public record Target(String bucket, String prefix, Optional<URI> endpoint, String region, boolean pathStyle) {

        /** {@code s3://bucket/prefix}, for messages. */
        @Override
        public String toString() {
            return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
        }
    }

    /**
     * @param cache Cache-Control by kind of file ({@code deploy.cache.*})
     * @param gzip  {@code deploy.gzip}, default false: text files are stored gzip-compressed with
     *              {@code Content-Encoding: gzip}; object storage does not negotiate encodings, so every
     *              client gets the compressed bytes (every browser accepts them)
     */
    public record Metadata(CacheRules cache, boolean gzip) { }

    /**
     * @param dryRun     {@code --dry-run}: list every upload and delete with its reason, change nothing
     * @param force      {@code --force}: upload every file, changed or not
     * @param delete     false with {@code --no-delete}: stale objects stay
     * @param maxDeletes {@code --max-deletes}, {@code deploy.max_deletes}, default 256: above it no object is deleted
     * @param parallel   {@code deploy.parallel}, default 8: requests in flight at once
     * @param attempts   {@code deploy.attempts}, default 5: tries per request on throttling ({@code 503 SlowDown})
     *                   and server errors, with exponential backoff and jitter
     */
    public record Run(boolean dryRun, boolean force, boolean delete, int maxDeletes, int parallel, int attempts) { }

    /**
     * How long to wait for the store. A timed-out request is not retried (a store that says nothing once
     * says nothing again), so these two bound how long a deploy to a silent endpoint takes.
     *
     * @param connectTimeout {@code deploy.connect_timeout}, seconds, default 10: to open a connection
     * @param readTimeout    {@code deploy.read_timeout}, seconds, default 30: the longest wait for the
     *                       store's next bytes once a request is sent
     */
    public record Network(java.time.Duration connectTimeout, java.time.Duration readTimeout) { }

    /**
     * What the command line said; null or false where it said nothing, so that {@code jbake.properties} applies.
     *
     * @param target     {@code --target}
     * @param endpoint   {@code --endpoint}
     * @param region     {@code --region}
     * @param pathStyle  {@code --path-style}
     * @param dryRun     {@code --dry-run}
     * @param force      {@code --force}
     * @param noDelete   {@code --no-delete}
     * @param maxDeletes {@code --max-deletes}
     */
    public record Flags(String target, String endpoint, String region, boolean pathStyle, boolean dryRun,
                        boolean force, boolean noDelete, Integer maxDeletes) {

        /** No flag given: everything from {@code jbake.properties} and the defaults. */
        public static Flags none() {
            return new Flags(null, null, null, false, false, false, false, null);
        }
    }

    /**
     * Reads the {@code deploy.*} keys of {@code site} with {@code flags} on top.
     *
     * @throws ProblemException naming each key (with its line in {@code jbake.properties}) or flag whose
     *                          value is wrong, in the site's language
     */
    public static DeployConfig read(SiteConfig site, Flags flags) {
        return new Reader(site, flags).read(site.output());
    }

    /** Turns the raw keys into the record, collecting every problem before failing. */
    private static final class Reader {

        private static final String FILE = "jbake.properties";

        private final SiteConfig site;
        private final Map<String, Object> raw;
        private final Flags flags;
        private final Language language;
        private final Messages messages;
        private final List<Problem> problems = new ArrayList<>();

        Reader(SiteConfig site, Flags flags) {
            this.site = site;
            this.raw = site.raw();
            this.flags = flags;
            this.language = Language.of(site.identity().language());
            this.messages = new Messages(language);
        }

        /** A wrong value of a key, at the key's line in {@code jbake.properties}. */
        private void key(String key, String message) {
            problems.add(new Problem(FILE, site.lineOf(key), key, message));
        }

        /** A wrong value of a flag. */
        private void flag(String flag, String message) {
            problems.add(new Problem(messages.commandLine(), 0, flag, message));
        }

        /** A wrong value of a flag when it was given, else of the key. */
        private void flagOrKey(String flagValue, String flag, String key, String message) {
            if (flagValue != null) {
                flag(flag, message);
            } else {
                key(key, message);
            }
        }

        DeployConfig read(SiteConfig.Output layout) {
            Target target = target();
            CacheRules cache = new CacheRules(
                    header("deploy.cache.fingerprinted", CacheRules.DEFAULT_FINGERPRINTED),
                    header("deploy.cache.pages", CacheRules.DEFAULT_PAGES),
                    header("deploy.cache.assets", CacheRules.DEFAULT_ASSETS));
            Metadata metadata = new Metadata(cache, bool("deploy.gzip", false));
            int maxDeletes = flags.maxDeletes() != null ? flags.maxDeletes() : integer("deploy.max_deletes", DEFAULT_MAX_DELETES);
            if (maxDeletes < 0) {
                flagOrKey(flags.maxDeletes() == null ? null : "", "--max-deletes", "deploy.max_deletes",
                        messages.notNegative(maxDeletes));
            }
            int parallel = integer("deploy.parallel", DEFAULT_PARALLEL);
            int attempts = integer("deploy.attempts", DEFAULT_ATTEMPTS);
            if (parallel < 1 || parallel > 64) {
                key("deploy.parallel", messages.outOfRange(1, 64, parallel));
            }
            if (attempts < 1 || attempts > 20) {
                key("deploy.attempts", messages.outOfRange(1, 20, attempts));
            }
            Run run = new Run(flags.dryRun(), flags.force(), !flags.noDelete(), maxDeletes, parallel, attempts);
            Network network = new Network(seconds("deploy.connect_timeout", DEFAULT_CONNECT_TIMEOUT),
                    seconds("deploy.read_timeout", DEFAULT_READ_TIMEOUT));
            if (!problems.isEmpty()) {
                throw new ProblemException(problems);
            }
            return new DeployConfig(target, metadata, run, layout, network, language);
        }

        private Target target() {
            String where = flags.target() != null ? flags.target() : text("deploy.target");
            String bucket = "";
            String prefix = "";
            if (where == null || where.isEmpty()) {
                flagOrKey(flags.target() != null || text("deploy.target") == null ? "" : null, "--target",
                        "deploy.target", messages.noTarget());
            } else if (!where.matches("s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?")) {
                flagOrKey(flags.target(), "--target", "deploy.target", messages.badTarget(where));
            } else {
                String rest = where.substring("s3://".length());
                int slash = rest.indexOf('/');
                bucket = slash < 0 ? rest : rest.substring(0, slash);
                try {
                    prefix = slash < 0 ? "" : Keys.prefix(rest.substring(slash + 1));
                } catch (IllegalArgumentException e) {
                    flagOrKey(flags.target(), "--target", "deploy.target", e.getMessage());
                }
            }
            Optional<URI> endpoint = Optional.empty();
            String url = flags.endpoint() != null ? flags.endpoint() : text("deploy.endpoint");
            if (url != null && !url.isEmpty()) {
                try {
                    URI uri = new URI(url);
                    if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                        throw new URISyntaxException(url, "not an http(s) URL with a host");
                    }
                    endpoint = Optional.of(uri);
                } catch (URISyntaxException e) {
                    flagOrKey(flags.endpoint(), "--endpoint", "deploy.endpoint", messages.badEndpoint(url));
                }
            }
            String region = flags.region() != null ? flags.region() : text("deploy.region");
            if (region == null || region.isEmpty()) {
                region = Optional.ofNullable(System.getenv("AWS_REGION"))
                        .or(() -> Optional.ofNullable(System.getenv("AWS_DEFAULT_REGION")))
                        .filter(r -> !r.isBlank()).orElse(DEFAULT_REGION);
            }
            boolean pathStyle = flags.pathStyle() || bool("deploy.path_style", false);
            return new Target(bucket, prefix, endpoint, region, pathStyle);
        }

        /** A header value; JBake splits values at commas, so the parts are joined again as HTTP writes them. */
        private String header(String key, String fallback) {
            Object value = raw.get(key.replace('.', '_'));
            if (value == null) {
                return fallback;
            }
            List<?> parts = value instanceof List<?> list ? list : Arrays.asList(String.valueOf(value).split(","));
            String joined = parts.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(", "));
            if (joined.isEmpty() || joined.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                key(key, messages.badHeader());
                return fallback;
            }
            return joined;
        }

        private String text(String key) {
            Object value = raw.get(key.replace('.', '_'));
            if (value == null) {
                return null;
            }
            if (value instanceof List<?> list) {
                return list.stream().map(String::valueOf).collect(Collectors.joining(",")).strip();
            }
            return String.valueOf(value).strip();
        }

        private boolean bool(String key, boolean fallback) {
            String value = text(key);
            if (value == null || value.isEmpty()) {
                return fallback;
            }
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                key(key, messages.notBoolean(value));
                return fallback;
            }
            return Boolean.parseBoolean(value);
        }

        /** A timeout in whole seconds, 1 to 600. */
        private java.time.Duration seconds(String key, int fallback) {
            int value = integer(key, fallback);
            if (value < 1 || value > 600) {
                key(key, messages.seconds(value));
                return java.time.Duration.ofSeconds(fallback);
            }
            return java.time.Duration.ofSeconds(value);
        }

        private int integer(String key, int fallback) {
            String value = text(key);
            if (value == null || value.isEmpty()) {
                return fallback;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                key(key, messages.notWholeNumber(value));
                return fallback;
            }
        }
    }
}
