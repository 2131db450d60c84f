package news.portal.deploy;

import java.net.URI;
import java.nio.file.Path;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * A real S3 API server (s3proxy) in this JVM, on 127.0.0.1, storing objects in a folder, so that it can
 * be stopped in the middle of a deploy and started again on the same storage.
 */
final class S3Server implements AutoCloseable {

    private final Path storage;
    private S3Proxy proxy;
    private int port;

    private S3Server(Path storage) {
        this.storage = storage;
    }

    /** Starts a server on a free port, keeping its objects in {@code storage}. */
    static S3Server start(Path storage) {
        try {
            java.nio.file.Files.createDirectories(storage);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        S3Server server = new S3Server(storage);
        server.startOn(0);
        return server;
    }

    /** {@code http://127.0.0.1:PORT}. */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Stops serving; the stored objects stay. */
    void stop() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop s3proxy", e);
        }
    }

    /** Starts again on the same port and the same storage. */
    void restart() {
        startOn(port);
    }

    private void startOn(int wanted) {
        // authorization none: any credentials are accepted and anonymous GETs work, like a public-read bucket
        proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(storage.toString()))
                .endpoint(URI.create("http://127.0.0.1:" + wanted))
                .awsAuthentication(AuthenticationType.NONE, "", "")
                // a test server need not wait for idle connections to drain before it stops
                .stopTimeout(0)
                .build();
        try {
            proxy.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!proxy.getState().equals("STARTED") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot start s3proxy", e);
        }
        port = proxy.getPort();
    }

    @Override
    public void close() {
        stop();
    }
}
