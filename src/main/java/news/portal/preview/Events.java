package news.portal.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;

/**
 * Server-Sent Events to every open page: {@code reload} after a successful build, {@code problems} with
 * the current problems while the sources are broken. A page that connects is told the current state at once:
 * the problems, else the warnings of the last build (a missing image, an unclosed tag: the site was built,
 * but an editor should see them where they look, on the page), else {@code hello}.
 */
final class Events {

    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
    private volatile String state = "";
    private volatile String warnings = "";

    /** Keeps {@code exchange} open as an event stream. */
    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        clients.add(exchange);
        String current = state.isEmpty() ? warnings : state;
        send(exchange, current.isEmpty() ? frame("hello", "") : current);
    }

    /**
     * Tells every page to reload; each hears {@code lines}, the build's warnings, when it connects again.
     */
    void reload(List<String> lines) {
        state = "";
        warnings = lines.isEmpty() ? "" : frame("warnings", String.join("\n", lines));
        broadcast(frame("reload", ""));
    }

    /** Tells every page what is wrong, one problem per line. */
    void problems(List<String> lines) {
        state = frame("problems", String.join("\n", lines));
        broadcast(state);
    }

    void closeAll() {
        for (HttpExchange client : clients) {
            client.close();
        }
        clients.clear();
    }

    private void broadcast(String frame) {
        for (HttpExchange client : clients) {
            send(client, frame);
        }
    }

    private void send(HttpExchange client, String frame) {
        try {
            OutputStream body = client.getResponseBody();
            body.write(frame.getBytes(StandardCharsets.UTF_8));
            body.flush();
        } catch (IOException e) {
            // the page was closed or navigated away; it reconnects by itself if it is still open
            clients.remove(client);
            client.close();
        }
    }

    /** One event: every line of the data gets its own {@code data:} field, as the SSE format requires. */
    private static String frame(String event, String data) {
        StringBuilder frame = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            frame.append("data: ").append(line).append('\n');
        }
        return frame.append('\n').toString();
    }
}
