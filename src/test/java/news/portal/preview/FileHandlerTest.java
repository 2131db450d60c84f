package news.portal.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import news.portal.media.ContentTypes;
import news.portal.problem.Language;

/** The preview's file serving over raw sockets: Host checks, streamed bodies, the injected reload script. */
class FileHandlerTest {

    private static final String SCRIPT = "<script src=\"/__preview/client.js\"></script>";

    @TempDir
    Path site;
    HttpServer server;
    volatile boolean building;
    Language language = Language.ZH;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        server.createContext("/", new FileHandler(() -> site, () -> building, "index.html", "404.html",
                new ContentTypes("feed.xml", "atom.xml"), new Messages(language))).getFilters().add(new HostCheck("127.0.0.1",
                () -> server.getAddress().getPort()));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private byte[] raw(String method, String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getAddress().getPort())) {
            OutputStream out = socket.getOutputStream();
            String hostLine = host == null ? "" : "Host: " + host + "\r\n";
            out.write((method + " " + path + " HTTP/1.1\r\n" + hostLine + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return socket.getInputStream().readAllBytes();
        }
    }

    private String get(String path, String host) throws IOException {
        return new String(raw("GET", path, host), StandardCharsets.UTF_8);
    }

    private int port() {
        return server.getAddress().getPort();
    }

    @Test
    void accepts_this_machines_names_with_the_port_and_refuses_any_other_host() throws IOException {
        Files.writeString(site.resolve("index.html"), "<html><body>首页</body></html>");
        for (String host : new String[] {"localhost:" + port(), "127.0.0.1:" + port(), "[::1]:" + port(),
                "LocalHost:" + port()}) {
            assertThat(get("/", host)).as(host).startsWith("HTTP/1.1 200").contains("首页");
        }
        for (String host : new String[] {"attacker.example:" + port(), "127.0.0.1.nip.io:" + port(), "localhost",
                "127.0.0.1:" + (port() + 1), "localhost:" + port() + ".evil.example", ""}) {
            assertThat(get("/", host)).as(host).startsWith("HTTP/1.1 421").doesNotContain("首页");
        }
        assertThat(get("/", null)).as("no Host").startsWith("HTTP/1.1 421");
    }

    @Test
    void a_wildcard_bind_accepts_addresses_but_still_no_names() {
        HostCheck any = new HostCheck("0.0.0.0", () -> 8820);
        assertThat(any.allowed("192.168.1.20:8820")).isTrue();
        assertThat(any.allowed("[fe80::1]:8820")).isTrue();
        assertThat(any.allowed("rebind.example:8820")).isFalse();
        assertThat(new HostCheck("::1", () -> 8820).allowed("[::1]:8820")).isTrue();
        assertThat(new HostCheck("192.168.1.20", () -> 8820).allowed("192.168.1.20:8820")).isTrue();
    }

    @Test
    void streams_a_big_page_with_the_script_before_its_last_body_tag() throws IOException {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><body><p>假装有 </body> 的正文</p>");
        String paragraph = "<p>" + "山海文旅".repeat(100) + "</p>\n";
        while (page.length() < 3_000_000) {
            page.append(paragraph);
        }
        page.append("<footer>页脚</footer></body></html>\n");
        Files.writeString(site.resolve("big.html"), page);

        String response = get("/big.html", "127.0.0.1:" + port());

        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        String expected = page.toString().replace("</footer></body>", "</footer>" + SCRIPT + "</body>");
        assertThat(body).isEqualTo(expected);
        assertThat(response).containsIgnoringCase("Content-Length: " + expected.getBytes(StandardCharsets.UTF_8).length)
                .containsIgnoringCase("Content-Type: text/html; charset=utf-8");
    }

    @Test
    void a_page_without_a_body_tag_near_its_end_gets_the_script_appended() throws IOException {
        Files.writeString(site.resolve("plain.html"), "<p>没有 body 标签</p>");
        String response = get("/plain.html", "127.0.0.1:" + port());
        assertThat(response).endsWith("<p>没有 body 标签</p>" + SCRIPT);
    }

    @Test
    void other_files_are_sent_byte_for_byte_and_head_sends_no_body() throws IOException {
        byte[] image = new byte[200_000];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i * 31);
        }
        Files.write(site.resolve("photo.jpg"), image);

        byte[] response = raw("GET", "/photo.jpg", "127.0.0.1:" + port());
        String head = new String(raw("HEAD", "/photo.jpg", "127.0.0.1:" + port()), StandardCharsets.ISO_8859_1);

        byte[] body = Arrays.copyOfRange(response, indexOfBody(response), response.length);
        assertThat(body).isEqualTo(image);
        assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("Content-Type: image/jpeg").endsWith("\r\n\r\n");
    }

    @Test
    void a_symlink_leaving_the_site_is_answered_404_and_its_target_never_sent(@TempDir Path elsewhere)
            throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0:secret");
        Files.createSymbolicLink(site.resolve("x.txt"), secret);
        Files.createSymbolicLink(site.resolve("etc"), elsewhere);
        Files.createSymbolicLink(site.resolve("index.html"), secret);

        for (String path : new String[] {"/x.txt", "/etc/passwd", "/", "/index.html"}) {
            String response = get(path, "127.0.0.1:" + port());
            assertThat(response).as(path).startsWith("HTTP/1.1 404").doesNotContain("secret");
        }
    }

    @Test
    void a_404_page_that_is_a_symlink_leaving_the_site_is_replaced_by_the_built_in_one(@TempDir Path elsewhere)
            throws IOException {
        Files.createSymbolicLink(site.resolve("404.html"), Files.writeString(elsewhere.resolve("p"), "secret"));

        String response = get("/nope.html", "127.0.0.1:" + port());

        assertThat(response).startsWith("HTTP/1.1 404").contains("页面不存在").doesNotContain("secret");
    }

    @Test
    void a_symlink_that_stays_inside_the_site_is_served() throws IOException {
        Files.createDirectories(site.resolve("css"));
        Files.writeString(site.resolve("css/site.css"), "body{color:red}");
        Files.createSymbolicLink(site.resolve("style.css"), Path.of("css/site.css"));
        Files.createSymbolicLink(site.resolve("styles"), site.resolve("css"));

        assertThat(get("/style.css", "127.0.0.1:" + port())).startsWith("HTTP/1.1 200")
                .containsIgnoringCase("Content-Type: text/css").endsWith("body{color:red}");
        assertThat(get("/styles/site.css", "127.0.0.1:" + port())).startsWith("HTTP/1.1 200").endsWith("body{color:red}");
    }

    @Test
    void a_missing_file_gets_the_sites_404_page_with_the_script() throws IOException {
        Files.writeString(site.resolve("404.html"), "<html><body>页面未找到</body></html>");
        String response = get("/nope.html", "127.0.0.1:" + port());
        assertThat(response).startsWith("HTTP/1.1 404").contains("页面未找到" + SCRIPT + "</body>");
    }

    @Test
    void while_the_first_build_runs_every_page_is_a_building_page_that_reloads_itself() throws IOException {
        // what a site that is being built has: no page yet, or one from a previous preview; neither is served
        Files.writeString(site.resolve("404.html"), "<html><body>页面未找到</body></html>");
        Files.writeString(site.resolve("index.html"), "<html><body>首页</body></html>");
        building = true;
        for (String path : new String[] {"/", "/index.html", "/2025/11/nope.html"}) {
            String response = get(path, "127.0.0.1:" + port());
            assertThat(response).as(path).startsWith("HTTP/1.1 503").containsIgnoringCase("Retry-After: 2\r\n")
                    .containsIgnoringCase("Cache-Control: no-store").contains("正在生成")
                    .contains("<meta http-equiv=\"refresh\" content=\"2\">").contains(SCRIPT)
                    .doesNotContain("页面未找到").doesNotContain("首页");
        }
        assertThat(get("/__preview/client.js", "127.0.0.1:" + port())).startsWith("HTTP/1.1 200");

        building = false;
        assertThat(get("/", "127.0.0.1:" + port())).startsWith("HTTP/1.1 200").contains("首页");
        assertThat(get("/nope.html", "127.0.0.1:" + port())).startsWith("HTTP/1.1 404").contains("页面未找到");
    }

    @Test
    void an_english_site_gets_the_building_page_and_the_plain_404_in_english() throws IOException {
        stop();
        language = Language.EN;
        start();
        building = true;
        assertThat(get("/", "127.0.0.1:" + port())).startsWith("HTTP/1.1 503").contains("lang=\"en\"")
                .contains("Building").doesNotContain("正在生成");
        building = false;
        assertThat(get("/nope.html", "127.0.0.1:" + port())).startsWith("HTTP/1.1 404")
                .contains("This page does not exist").doesNotContain("页面不存在");
    }

    private static int indexOfBody(byte[] response) {
        for (int i = 0; i + 3 < response.length; i++) {
            if (response[i] == '\r' && response[i + 1] == '\n' && response[i + 2] == '\r' && response[i + 3] == '\n') {
                return i + 4;
            }
        }
        throw new AssertionError("no end of headers");
    }
}
