package news.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;

/** A store that accepts connections and never answers: the deploy gives up within its timeouts. */
class SilentEndpointTest {

    @TempDir
    Path dir;
    ServerSocket silent;
    final List<Socket> accepted = new ArrayList<>();

    @BeforeAll
    static void credentials() {
        System.setProperty("aws.accessKeyId", "test-key");
        System.setProperty("aws.secretAccessKey", "test-secret");
    }

    @BeforeEach
    void listen() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket socket = silent.accept();
                    synchronized (accepted) {
                        accepted.add(socket); // held open, never read or written
                    }
                }
            } catch (IOException e) {
                // closed at the end of the test
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException {
        silent.close();
        synchronized (accepted) {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void a_silent_store_fails_the_deploy_after_one_read_timeout_with_a_clear_message() throws IOException {
        Path site = TestSites.create(dir, "/fixtures/bake/site");
        Path file = site.resolve("jbake.properties");
        TestSites.write(file, Files.readString(file) + "\ndeploy.connect_timeout=1\ndeploy.read_timeout=2\ndeploy.attempts=5\n");
        DeployConfig config = DeployConfig.read(SiteConfig.load(site), new DeployConfig.Flags("s3://news/site",
                "http://127.0.0.1:" + silent.getLocalPort(), null, true, false, false, false, null));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("index.html"), "<p>首页</p>");
        List<String> lines = new ArrayList<>();

        long start = System.nanoTime();
        Deployer.Result result = new Deployer(lines::add).deploy(out, config);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(config.network()).isEqualTo(new DeployConfig.Network(Duration.ofSeconds(1), Duration.ofSeconds(2)));
        assertThat(result.exitCode()).isEqualTo(Deployer.FAILED);
        assertThat(result.failures()).singleElement().asString()
                .contains("2 秒内没有应答").contains("deploy.read_timeout");
        // the count of connections says how many tries there were; time only says the timeout was waited
        // for, and its upper bound is far from five tries of 2 s only to stay clear of a loaded machine's noise
        synchronized (accepted) {
            assertThat(accepted).as("one try, not five").hasSize(1);
        }
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1900)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void the_default_timeouts_give_up_on_a_silent_store_within_a_minute() {
        assertThat(DeployConfig.DEFAULT_CONNECT_TIMEOUT + DeployConfig.DEFAULT_READ_TIMEOUT).isLessThanOrEqualTo(60);
    }
}
