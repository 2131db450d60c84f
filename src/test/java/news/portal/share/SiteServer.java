package news.portal.share;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A baked site served over HTTP on 127.0.0.1 and a free port, as object storage would serve it: files
 * only, with their content types, nothing outside the site folder, and the site's {@code 404.html} (when
 * there is one) as the body of every 404, like a bucket's error document. Records every path asked for.
 */
public final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8",
            "json", "application/json; charset=utf-8");

    private final Path root;
    private final HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    /** Serves {@code root}, which need not exist yet: files are looked up at each request. */
    public SiteServer(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT/} */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Every path requested so far, in order. */
    public List<String> requested() {
        return List.copyOf(requested);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String raw = exchange.getRequestURI().getRawPath();
            requested.add(raw);
            String path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path file = root.resolve(path.substring(1)).normalize();
            if (path.endsWith("/")) {
                file = file.resolve("index.html");
            }
            if (!exchange.getRequestMethod().equals("GET") || path.indexOf('\0') >= 0 || !file.startsWith(root)
                    || !Files.isRegularFile(file)) {
                Path notFound = root.resolve("404.html");
                if (exchange.getRequestMethod().equals("GET") && Files.isRegularFile(notFound)) {
                    send(exchange, 404, notFound);
                } else {
                    exchange.sendResponseHeaders(404, -1);
                }
                return;
            }
            send(exchange, 200, file);
        }
    }

    private static void send(HttpExchange exchange, int status, Path file) throws IOException {
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
    }
}
