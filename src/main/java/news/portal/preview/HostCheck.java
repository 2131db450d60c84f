package news.portal.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

/**
 * Answers only requests addressed to the preview itself. A web page on another site can make a browser
 * send requests to {@code 127.0.0.1} under a name of its own (DNS rebinding) and read the drafts; such a
 * request carries that name in its {@code Host} header, so any host but this machine's names and the
 * bound address, each with the preview's port, gets 421. On a wildcard bind ({@code 0.0.0.0}, {@code ::})
 * any IP address is accepted, since a rebinding attack needs a name.
 */
final class HostCheck extends Filter {

    private final Set<String> names;
    private final boolean anyAddress;
    private final IntSupplier port;

    /**
     * @param bind the address the server listens on, as given to {@code --bind}
     * @param port the port the server listens on, known once it is bound
     */
    HostCheck(String bind, IntSupplier port) {
        String bound = bind.toLowerCase(Locale.ROOT);
        Set<String> accepted = new HashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
        accepted.add(bound.contains(":") && !bound.startsWith("[") ? "[" + bound + "]" : bound);
        this.names = Set.copyOf(accepted);
        this.anyAddress = bound.equals("0.0.0.0") || bound.equals("::") || bound.equals("[::]");
        this.port = port;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (allowed(exchange.getRequestHeaders().getFirst("Host"))) {
            chain.doFilter(exchange);
            return;
        }
        try (exchange) {
            byte[] body = "421 预览只接受发给本机地址的请求（Host 不对）/ misdirected request\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(421, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Whether {@code host} (a {@code Host} header, maybe null) names this preview. */
    boolean allowed(String host) {
        if (host == null) {
            return false;
        }
        String value = host.strip().toLowerCase(Locale.ROOT);
        String suffix = ":" + port.getAsInt();
        if (!value.endsWith(suffix)) {
            return false;
        }
        String name = value.substring(0, value.length() - suffix.length());
        return names.contains(name) || anyAddress && isAddress(name);
    }

    private static boolean isAddress(String name) {
        return name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || name.matches("\\[[0-9a-f:.]+]");
    }

    @Override
    public String description() {
        return "refuses requests whose Host is not the preview's own address";
    }
}
