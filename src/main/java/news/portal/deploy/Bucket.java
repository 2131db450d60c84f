package news.portal.deploy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The few S3 calls a deploy makes, on one bucket. */
final class Bucket implements AutoCloseable {

    /** What a listing says of an object: no metadata, which would take a HEAD per object. */
    record Listed(String key, long size, String etag) { }

    /** What a HEAD adds: the MD5 and metadata hash this tool stored, when it stored the object. */
    record Head(Optional<String> md5, Optional<String> meta) { }

    /** The default chain found no credentials; the message is one line saying what to set. */
    static final class NoCredentials extends RuntimeException {

        NoCredentials(String message) {
            super(message);
        }
    }

    private final S3Client s3;
    private final String bucket;
    private final DeployConfig.Network network;
    private final Messages messages;

    Bucket(S3Client s3, String bucket, DeployConfig.Network network, Messages messages) {
        this.s3 = s3;
        this.bucket = bucket;
        this.network = network;
        this.messages = messages;
    }

    /**
     * A client for the target. Credentials come from the SDK's default chain only. Retries are set here
     * rather than left to the SDK's defaults: the standard strategy retries throttling ({@code 503 SlowDown})
     * and 5xx with exponential backoff and full jitter, up to {@code deploy.attempts} tries. A request that
     * timed out ({@code deploy.connect_timeout}, {@code deploy.read_timeout}) is not tried again: a store
     * that said nothing for that long is down or is no S3 store, and five tries of a silent endpoint took
     * five minutes. So a silent endpoint fails a deploy within the two timeouts.
     *
     * @throws NoCredentials when the chain has no credentials: asked here, once, because the SDK's own
     *                       failure, at the first request, lists every provider it tried in 1,300 characters
     */
    static Bucket open(DeployConfig config, Messages messages) {
        DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
        try {
            credentials.resolveCredentials();
        } catch (SdkClientException e) {
            credentials.close();
            throw new NoCredentials(messages.noCredentials());
        }
        DeployConfig.Target target = config.target();
        var retry = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(config.run().attempts())
                .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(5)))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(500), Duration.ofSeconds(20)))
                .doNotRetryWhen(request -> timedOut(request.failure()))
                .build();
        var builder = S3Client.builder()
                .region(Region.of(target.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(target.pathStyle())
                // Newer SDKs add CRC32 trailers (aws-chunked uploads) that OSS, COS and older MinIO reject;
                // each PUT carries a Content-MD5 instead, which every S3-compatible store checks.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o.retryStrategy(retry)
                        .apiCallAttemptTimeout(Duration.ofMinutes(2)))
                .httpClient(Apache5HttpClient.builder()
                        .maxConnections(config.run().parallel() * 2)
                        .connectionTimeout(config.network().connectTimeout())
                        .socketTimeout(config.network().readTimeout())
                        .build());
        target.endpoint().ifPresent(builder::endpointOverride);
        return new Bucket(builder.build(), target.bucket(), config.network(), messages);
    }

    /** Every object whose key starts with {@code prefix}, by key. */
    Map<String, Listed> list(String prefix) {
        Map<String, Listed> objects = new LinkedHashMap<>();
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
            objects.put(object.key(), new Listed(object.key(), object.size(), etag(object.eTag())));
        }
        return objects;
    }

    /** The stored MD5 and metadata hash of {@code key}; empty when the object is gone. */
    Optional<Head> head(String key) {
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(key));
            Map<String, String> meta = head.metadata();
            Optional<String> md5 = Optional.ofNullable(meta.get(Deployer.META_MD5));
            if (md5.isEmpty() && isMd5(etag(head.eTag()))) {
                md5 = Optional.of(etag(head.eTag()));
            }
            return Optional.of(new Head(md5, Optional.ofNullable(meta.get(Deployer.META_HEADERS))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Stores {@code file} under its key with its headers, its MD5 as {@code x-amz-meta-md5} and the hash of
     * its headers as {@code x-amz-meta-np-meta}.
     *
     * @return what was stored, with the ETag the store gave it
     */
    State.Entry put(LocalFile file) {
        RequestBody body;
        String md5 = file.md5();
        if (file.gzip()) {
            try {
                byte[] bytes = LocalSite.gzip(file.file());
                md5 = HexFormat.of().formatHex(LocalSite.md5().digest(bytes));
                body = RequestBody.fromBytes(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(messages.cannotReadFile(file.file()), e);
            }
        } else {
            body = RequestBody.fromFile(file.file());
        }
        String contentMd5 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(md5));
        Headers headers = file.headers();
        String stored = md5;
        String etag = etag(s3.putObject(b -> {
            b.bucket(bucket).key(file.key()).contentType(headers.contentType())
                    .cacheControl(headers.cacheControl()).contentMD5(contentMd5)
                    .metadata(Map.of(Deployer.META_MD5, stored, Deployer.META_HEADERS, headers.hash()));
            if (!headers.contentEncoding().isEmpty()) {
                b.contentEncoding(headers.contentEncoding());
            }
        }, body).eTag());
        return new State.Entry(stored, headers.hash(), etag);
    }

    /** Removes {@code key}; one request per key, as DeleteObjects needs checksums not every store accepts. */
    void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(key));
    }

    /** The text stored at {@code key}, if there is one. */
    Optional<String> read(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asString(StandardCharsets.UTF_8));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    /** Stores a small text object that no browser should cache. */
    void write(String key, String text, String contentType) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String contentMd5 = Base64.getEncoder().encodeToString(LocalSite.md5().digest(bytes));
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType).cacheControl("no-store")
                .contentMD5(contentMd5), RequestBody.fromBytes(bytes));
    }

    /** A short reason for a failed request: the store's error code and message, or the client's. */
    String reason(RuntimeException e) {
        if (timedOut(e)) {
            boolean connecting = causes(e).anyMatch(t -> t.getClass().getSimpleName().equals("ConnectTimeoutException")
                    || String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("connect timed out"));
            return connecting
                    ? messages.connectTimeout(network.connectTimeout().toSeconds())
                    : messages.readTimeout(network.readTimeout().toSeconds());
        }
        if (e instanceof S3Exception s3 && s3.awsErrorDetails() != null) {
            return s3.statusCode() + " " + s3.awsErrorDetails().errorCode() + ": " + s3.awsErrorDetails().errorMessage();
        }
        if (e instanceof SdkException) {
            return e.getMessage();
        }
        return e.toString();
    }

    /**
     * ETags come quoted. For an object stored by one PUT without KMS encryption the ETag is the hex MD5 of
     * its bytes; a multipart upload's ETag ends in {@code -N} and some stores use other schemes, which is
     * why the MD5 is kept in {@code x-amz-meta-md5} as well.
     */
    static String etag(String raw) {
        return raw == null ? "" : raw.replace("\"", "");
    }

    /** Whether the request failed because the store said nothing in time: no retry helps then. */
    static boolean timedOut(Throwable failure) {
        return causes(failure).anyMatch(t -> t instanceof InterruptedIOException
                || t instanceof ApiCallAttemptTimeoutException || t instanceof ApiCallTimeoutException);
    }

    private static java.util.stream.Stream<Throwable> causes(Throwable failure) {
        return java.util.stream.Stream.iterate(failure, java.util.Objects::nonNull, Throwable::getCause).limit(20);
    }

    static boolean isMd5(String etag) {
        return etag.matches("[0-9a-f]{32}");
    }

    @Override
    public void close() {
        s3.close();
    }
}
