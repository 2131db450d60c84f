import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures the preview's edit-to-reload latency: starts {@code java -jar JAR preview SITE --port 0},
 * listens to its Server-Sent Events like an open page does, adds a sentence to one article at a time and
 * times from the moment the file is written to the moment the {@code reload} event arrives.
 *
 * <pre>java bench/PreviewLatency.java SITE_DIR [JAR] [EDITS]</pre>
 */
public class PreviewLatency {

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        Path jar = Path.of(args.length > 1 ? args[1] : "target/news-portal.jar").toAbsolutePath();
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<Path> articles;
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            articles = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Process server = new ProcessBuilder("java", "-jar", jar.toString(), "preview", site.toString(), "--port", "0")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.contains("http://")) {
                throw new IllegalStateException("preview did not start: " + line);
            }
            URI url = URI.create(line.substring(line.indexOf("http://")).strip());
            BlockingQueue<Long> reloads = listen(url);
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                Path article = articles.get((i * 7919) % articles.size());
                String text = Files.readString(article);
                String edited = text + "\n编辑后补充的一句话，第 " + i + " 次。\n";
                reloads.clear();
                Files.writeString(article, edited);
                long saved = System.nanoTime();
                Long reloaded = reloads.poll(30, TimeUnit.SECONDS);
                if (reloaded == null) {
                    throw new IllegalStateException("no reload within 30 s after editing " + article);
                }
                millis.add((reloaded - saved) / 1_000_000);
                Files.writeString(article, text);
                reloads.poll(30, TimeUnit.SECONDS);
                Thread.sleep(300);
            }
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            System.out.printf("articles: %d, edits: %d, save-to-reload ms: median %d, max %d, all %s%n",
                    articles.size(), edits, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), millis);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static BlockingQueue<Long> listen(URI url) throws IOException {
        BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
        Socket socket = new Socket(url.getHost(), url.getPort());
        socket.getOutputStream().write(("GET /__preview/events HTTP/1.1\r\nHost: " + url.getHost() + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        Thread thread = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals("event: reload")) {
                        reloads.add(System.nanoTime());
                    }
                }
            } catch (IOException e) {
                // the server stopped
            }
        });
        thread.setDaemon(true);
        thread.start();
        return reloads;
    }
}
