package news.portal.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import news.portal.config.SiteConfig;
import news.portal.problem.Language;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/**
 * Deploys a baked site to an S3-compatible bucket: only what changed, in an order that never shows a
 * reader a link to an object that is not there yet, and deleting stale objects last and within a limit.
 */
public final class Deployer {

    /** Exit code: everything was deployed (or, with {@code --dry-run}, would be). */
    public static final int OK = 0;
    /** Exit code: something failed; the message names each key and the reason. */
    public static final int FAILED = 1;
    /** Exit code: every upload succeeded, but more stale objects than {@code --max-deletes} allows, so none was deleted. */
    public static final int DELETES_REFUSED = 3;

    /** User metadata ({@code x-amz-meta-md5}): hex MD5 of the stored bytes, for stores whose ETag is not one. */
    static final String META_MD5 = "md5";
    /** User metadata ({@code x-amz-meta-np-meta}): hash of the intended headers, see {@link Headers#hash()}. */
    static final String META_HEADERS = "np-meta";

    /** Told of each object stored; the tests stop the server from here to fail a deploy half-way. */
    interface Listener {
        void uploaded(Phase phase, String key);
    }

    private final Consumer<String> out;
    private final Listener listener;

    /** @param out receives the plan, the progress and the summary, a line at a time */
    public Deployer(Consumer<String> out) {
        this(out, (phase, key) -> { });
    }

    Deployer(Consumer<String> out, Listener listener) {
        this.out = Objects.requireNonNull(out, "out");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * What a deploy did.
     *
     * @param uploaded       objects stored (with {@code dryRun}: that would be)
     * @param unchanged      files already stored as they should be
     * @param deleted        stale objects removed (with {@code dryRun}: that would be)
     * @param bytes          bytes stored
     * @param elapsed        wall time
     * @param failures       each failure as {@code key: reason}; empty on success
     * @param refusedDeletes stale objects left because there were more than {@code --max-deletes}; 0 otherwise
     * @param dryRun         whether nothing was changed on purpose
     */
    public record Result(int uploaded, int unchanged, int deleted, long bytes, Duration elapsed,
                         List<String> failures, int refusedDeletes, boolean dryRun) {

        /** {@link #OK}, {@link #FAILED} or {@link #DELETES_REFUSED}. */
        public int exitCode() {
            return !failures.isEmpty() ? FAILED : refusedDeletes > 0 ? DELETES_REFUSED : OK;
        }
    }

    /**
     * Why the output must be baked before it is deployed: it is missing, or a file under
     * {@code content/}, {@code templates/}, {@code assets/}, or {@code jbake.properties}, changed after it
     * was baked. Empty when the output is up to date.
     */
    public static Optional<String> bakeReason(SiteConfig site, Path output) {
        return Freshness.staleReason(site, output, new Messages(Language.of(site.identity().language())));
    }

    /**
     * Deploys the baked site in {@code output}.
     *
     * @throws ProblemException when a file of the site cannot become an object key
     */
    public Result deploy(Path output, DeployConfig config) {
        long start = System.nanoTime();
        Messages messages = new Messages(config.language());
        List<LocalFile> local = LocalSite.scan(output, config);
        String prefix = config.target().prefix();
        String stateKey = Keys.key(prefix, State.NAME);
        if (local.stream().anyMatch(file -> file.key().equals(stateKey))) {
            throw new ProblemException(Problem.ofFile(State.NAME, messages.stateName()));
        }
        out.accept(messages.deploying(local.size(), output, config.target()));
        Bucket opened;
        try {
            opened = Bucket.open(config, messages);
        } catch (Bucket.NoCredentials e) {
            return failed(start, e.getMessage());
        }
        ExecutorService pool = Executors.newFixedThreadPool(config.run().parallel());
        try (Bucket bucket = opened) {
            Plan plan;
            Optional<String> recorded;
            try {
                Map<String, Bucket.Listed> remote = new LinkedHashMap<>(bucket.list(Keys.listPrefix(prefix)));
                recorded = remote.remove(stateKey) != null ? bucket.read(stateKey) : Optional.empty();
                State state = State.parse(recorded);
                plan = Plan.make(local, remote, state, config.run().force(), keys -> heads(bucket, pool, keys));
            } catch (RuntimeException e) {
                return failed(start, messages.cannotRead(config.target(), bucket.reason(e)));
            }
            return new Run(bucket, pool, plan, config, start, stateKey, recorded, messages).go();
        } finally {
            pool.shutdownNow();
        }
    }

    private Result failed(long start, String failure) {
        return new Result(0, 0, 0, 0, since(start), List.of(failure), 0, false);
    }

    private static Map<String, Optional<Bucket.Head>> heads(Bucket bucket, ExecutorService pool, List<String> keys) {
        Map<String, Optional<Bucket.Head>> found = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (String key : keys) {
            futures.add(pool.submit(() -> found.put(key, bucket.head(key))));
        }
        for (Future<?> future : futures) {
            await(future);
        }
        return found;
    }

    /** One deploy after planning: uploads phase by phase, then deletes, then the state record. */
    private final class Run {
        private final Bucket bucket;
        private final ExecutorService pool;
        private final Plan plan;
        private final DeployConfig config;
        private final long start;
        private final String stateKey;
        private final Map<String, State.Entry> stored = new ConcurrentHashMap<>();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicInteger uploaded = new AtomicInteger();
        private final Optional<String> recorded;
        private final Messages messages;

        /** @param recorded the state record as the bucket holds it, empty when there is none */
        Run(Bucket bucket, ExecutorService pool, Plan plan, DeployConfig config, long start, String stateKey,
            Optional<String> recorded, Messages messages) {
            this.bucket = bucket;
            this.pool = pool;
            this.plan = plan;
            this.config = config;
            this.start = start;
            this.stateKey = stateKey;
            this.recorded = recorded;
            this.messages = messages;
        }

        Result go() {
            List<String> deletes = plan.deletes();
            long planned = plan.uploads().stream().mapToLong(u -> u.file().size()).sum();
            out.accept(messages.plan(plan.uploads().size(), planned, plan.unchanged().size(), deletes.size()));
            boolean refuse = config.run().delete() && deletes.size() > config.run().maxDeletes();
            if (config.run().dryRun()) {
                return dryRun(planned, refuse);
            }
            for (Map.Entry<Phase, List<Plan.Upload>> phase : plan.byPhase().entrySet()) {
                if (!upload(phase.getKey(), phase.getValue())) {
                    out.accept(messages.stopped(phase.getKey()));
                    return finish(0, 0);
                }
            }
            int deleted = 0;
            int refused = 0;
            if (!config.run().delete()) {
                if (!deletes.isEmpty()) {
                    out.accept(messages.kept(deletes.size()));
                }
            } else if (refuse) {
                refused = deletes.size();
                out.accept(messages.refused(refused, config.target(), config.run().maxDeletes()));
            } else {
                deleted = delete(deletes);
            }
            writeState();
            return finish(deleted, refused);
        }

        private Result dryRun(long planned, boolean refuse) {
            for (Plan.Upload upload : plan.uploads()) {
                out.accept(messages.wouldUpload(upload));
            }
            if (config.run().delete() && !refuse) {
                plan.deletes().forEach(key -> out.accept(messages.wouldDelete(key)));
            } else if (refuse) {
                out.accept(messages.wouldRefuse(plan.deletes().size(), config.run().maxDeletes()));
            }
            int deletes = config.run().delete() && !refuse ? plan.deletes().size() : 0;
            out.accept(messages.dryRun(plan.uploads().size(), planned, plan.unchanged().size(), deletes));
            return new Result(plan.uploads().size(), plan.unchanged().size(), deletes, planned, since(start),
                    List.of(), refuse ? plan.deletes().size() : 0, true);
        }

        /** Uploads one phase, {@code deploy.parallel} at a time; after a failure no new upload starts. */
        private boolean upload(Phase phase, List<Plan.Upload> uploads) {
            long phaseStart = System.nanoTime();
            out.accept(messages.uploading(phase, uploads.size()));
            AtomicBoolean failed = new AtomicBoolean();
            AtomicInteger skipped = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (Plan.Upload upload : uploads) {
                futures.add(pool.submit(() -> {
                    if (failed.get()) {
                        skipped.incrementAndGet();
                        return;
                    }
                    LocalFile file = upload.file();
                    try {
                        stored.put(file.key(), bucket.put(file));
                        bytes.addAndGet(file.size());
                        uploaded.incrementAndGet();
                        listener.uploaded(phase, file.key());
                    } catch (RuntimeException e) {
                        failed.set(true);
                        fail(messages.uploadFailed(file.key(), bucket.reason(e)));
                    }
                }));
            }
            futures.forEach(Deployer::await);
            if (skipped.get() > 0) {
                fail(messages.notAttempted(skipped.get(), phase));
            }
            if (!failed.get()) {
                out.accept(messages.phaseDone(phase, phaseStart));
            }
            return !failed.get();
        }

        private int delete(List<String> keys) {
            AtomicInteger deleted = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (String key : keys) {
                futures.add(pool.submit(() -> {
                    try {
                        bucket.delete(key);
                        deleted.incrementAndGet();
                        out.accept(messages.deleted(key));
                    } catch (RuntimeException e) {
                        fail(messages.deleteFailed(key, bucket.reason(e)));
                    }
                }));
            }
            futures.forEach(Deployer::await);
            return deleted.get();
        }

        /** Writes the record of what is stored now, unless the bucket already holds exactly that record. */
        private void writeState() {
            Map<String, State.Entry> entries = new HashMap<>(stored);
            for (Plan.Unchanged same : plan.unchanged()) {
                entries.put(same.file().key(), new State.Entry(same.file().md5(), same.file().headers().hash(), same.etag()));
            }
            String text = State.format(entries.entrySet());
            if (recorded.filter(text::equals).isPresent()) {
                // a deploy that changed nothing changes nothing, its own record included
                return;
            }
            try {
                bucket.write(stateKey, text, "text/plain; charset=utf-8");
            } catch (RuntimeException e) {
                fail(messages.cannotRecord(stateKey, bucket.reason(e)));
            }
        }

        private void fail(String failure) {
            failures.add(failure);
        }

        private Result finish(int deleted, int refused) {
            Duration elapsed = since(start);
            int count = uploaded.get();
            String seconds = messages.seconds(elapsed);
            if (!failures.isEmpty()) {
                out.accept(messages.failed(seconds, failures.size(), count, bytes.get(), deleted));
            } else if (count == 0) {
                out.accept(messages.nothingChanged(plan.unchanged().size(), deleted, seconds));
            } else {
                out.accept(messages.uploaded(count, bytes.get(), plan.unchanged().size(), deleted, seconds));
            }
            return new Result(count, plan.unchanged().size(), deleted, bytes.get(), elapsed, List.copyOf(failures),
                    refused, false);
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("deploy interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
