package news.portal.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import news.portal.media.ContentTypes;

/**
 * Serves the live site's files. A request path is decoded once and refused (400) when any of its
 * segments is {@code ..} or {@code .}, or when it holds a backslash or a NUL, in raw or encoded form;
 * a path that still resolves outside the site, through a symbolic link too, is answered 404. Folders serve their {@code index.html};
 * a missing file serves the site's 404 page with status 404. HTML gets the reload script. Until the first
 * build is done every page is a small "building" page with status 503, which reloads by itself.
 */
final class FileHandler implements HttpHandler {

    static final String CLIENT_PATH = "/__preview/client.js";
    private static final byte[] CLIENT = clientScript();
    private static final String SCRIPT_TAG = "<script src=\"" + CLIENT_PATH + "\"></script>";
    /** How much of a page's end is searched for {@code </body>}: pages end with a short footer. */
    static final int TAIL = 64 * 1024;
    /** How often the building page asks again, in seconds ({@code Retry-After}, and its own refresh). */
    static final int RETRY_SECONDS = 2;

    private final Supplier<Path> root;
    private final BooleanSupplier building;
    private final String indexFile;
    private final String errorFile;
    private final ContentTypes types;
    private final Messages messages;

    /**
     * @param root     the live site's folder
     * @param building whether the first build is still running, so that there is no site to serve yet
     */
    FileHandler(Supplier<Path> root, BooleanSupplier building, String indexFile, String errorFile,
                ContentTypes types, Messages messages) {
        this.root = root;
        this.building = building;
        this.indexFile = indexFile;
        this.errorFile = errorFile;
        this.types = types;
        this.messages = messages;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "405 method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            if (raw.equals(CLIENT_PATH)) {
                send(exchange, 200, "text/javascript; charset=utf-8", CLIENT);
                return;
            }
            String path = safePath(raw);
            if (path == null) {
                send(exchange, 400, "text/plain; charset=utf-8", "400 bad path".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (building.getAsBoolean()) {
                // not the site's 404: an editor who opens the browser at once would read "page does not exist"
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(RETRY_SECONDS));
                send(exchange, 503, "text/html; charset=utf-8", inject(messages.buildingPage())
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path site = root.get();
            Path file = site.resolve(path).normalize();
            if (!file.startsWith(site)) {
                notFound(exchange, site);
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve(indexFile);
            }
            Path served = inside(site, file);
            if (served == null) {
                notFound(exchange, site);
                return;
            }
            serve(exchange, 200, site, served);
        }
    }

    /** The request path below the site root, or {@code null} when it tries to leave it. */
    static String safePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.contains("\\") || rawPath.contains("\0")) {
            return null;
        }
        String decoded;
        try {
            decoded = new URI("http://h" + rawPath).getPath();
        } catch (URISyntaxException e) {
            return null;
        }
        if (decoded == null || decoded.contains("\\") || decoded.contains("\0") || decoded.contains("%")) {
            return null;
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        return decoded.substring(1);
    }

    /**
     * {@code file} with its links resolved, when it is a regular file inside the site; else null. A bake
     * writes no links, but someone may put one into the output folder: one that leaves the folder is never
     * served, as a bake never publishes one (see {@code news.portal.content.FolderLinks}).
     */
    static Path inside(Path site, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Path real = file.toRealPath();
        return real.startsWith(site.toRealPath()) ? real : null;
    }

    private void notFound(HttpExchange exchange, Path site) throws IOException {
        Path page = inside(site, site.resolve(errorFile));
        if (page != null) {
            serve(exchange, 404, site, page);
        } else {
            send(exchange, 404, "text/html; charset=utf-8", inject(messages.notFoundPage()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Streams the file: a preview of a site with big pages must not hold each one in memory per request.
     * HTML gets the reload script before its last {@code </body>}, found by reading only the file's tail
     * ({@link #TAIL} bytes; the tag is ASCII, so a byte search in UTF-8 is exact); the bytes before and
     * after it are copied as they are. A page whose {@code </body>} is further from the end gets the
     * script appended, as a page without one does. One open channel serves the whole response, so a
     * bake replacing the file meanwhile cannot mix two versions.
     */
    private void serve(HttpExchange exchange, int status, Path site, Path file) throws IOException {
        String type = types.of(site.toRealPath().relativize(file).toString().replace('\\', '/'));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            boolean html = type.startsWith("text/html");
            long split = html ? bodyEnd(channel, size) : size;
            byte[] script = html ? SCRIPT_TAG.getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : size + script.length);
            if (head) {
                return;
            }
            try (OutputStream out = exchange.getResponseBody()) {
                copy(channel, 0, split, out);
                out.write(script);
                copy(channel, split, size, out);
            }
        }
    }

    /** Where the last {@code </body>} starts, searched in the file's tail; {@code size} when it is not there. */
    static long bodyEnd(FileChannel channel, long size) throws IOException {
        int length = (int) Math.min(size, TAIL);
        ByteBuffer tail = ByteBuffer.allocate(length);
        long from = size - length;
        while (tail.hasRemaining() && channel.read(tail, from + tail.position()) >= 0) {
            // read until the buffer is full
        }
        byte[] bytes = tail.array();
        byte[] tag = "</body>".getBytes(StandardCharsets.US_ASCII);
        for (int i = tail.position() - tag.length; i >= 0; i--) {
            if (java.util.Arrays.equals(bytes, i, i + tag.length, tag, 0, tag.length)) {
                return from + i;
            }
        }
        return size;
    }

    private static void copy(FileChannel channel, long from, long to, OutputStream out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long position = from;
        while (position < to) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), to - position));
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException("the file got shorter while it was served");
            }
            out.write(buffer.array(), 0, read);
            position += read;
        }
    }

    /** The reload script goes into served pages only; the files on disk stay as a bake writes them. */
    static String inject(String html) {
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + SCRIPT_TAG : html.substring(0, end) + SCRIPT_TAG + html.substring(end);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] clientScript() {
        try (InputStream in = FileHandler.class.getResourceAsStream("client.js")) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the preview client script is missing from the jar", e);
        }
    }
}
