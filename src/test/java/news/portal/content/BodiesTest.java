package news.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodiesTest {

    @TempDir
    Path dir;

    @Test
    void a_body_comes_back_from_the_file_as_it_was_put() {
        try (Bodies bodies = Bodies.in(dir)) {
            List<String> texts = IntStream.range(0, 200)
                    .mapToObj(i -> "<p>古城夜游第" + i + "站，灯光依次亮起 🏮</p>".repeat(1 + i % 7)).toList();
            // put from many threads at once, as placing does
            List<Text> kept = texts.parallelStream().map(bodies::put).toList();
            for (int i = 0; i < texts.size(); i++) {
                assertThat(kept.get(i).bytesInFile()).isPositive();
                assertThat(kept.get(i).read()).isEqualTo(texts.get(i));
            }
            assertThat(bodies.file()).get().matches(Files::isRegularFile);
        }
    }

    @Test
    void a_text_utf8_cannot_carry_stays_in_memory_as_it_is() {
        try (Bodies bodies = Bodies.in(dir)) {
            String lone = "<p>半个字符\uD83C</p>";
            Text text = bodies.put(lone);
            assertThat(text.bytesInFile()).isZero();
            assertThat(text.read()).isEqualTo(lone);
        }
    }

    @Test
    void a_changed_byte_is_caught_and_the_file_set_aside() throws Exception {
        try (Bodies bodies = Bodies.in(dir)) {
            Text text = bodies.put("<p>茶园的小路通向山顶。</p>");
            Path file = bodies.file().orElseThrow();
            try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
                raw.seek(5);
                int b = raw.read();
                raw.seek(5);
                raw.write(b ^ 0x01);
            }
            assertThatThrownBy(text::read).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(file.getFileName().toString()).hasMessageContaining("damaged");
            assertThat(file).doesNotExist();
            assertThat(file.resolveSibling(file.getFileName() + ".broken")).isRegularFile();
        }
    }

    @Test
    void a_temporary_file_is_gone_once_closed() {
        Bodies bodies = Bodies.temporary();
        Text text = bodies.put("<p>博物馆延长了开放时间。</p>");
        Path file = bodies.file().orElseThrow();
        assertThat(text.read()).isEqualTo("<p>博物馆延长了开放时间。</p>");
        bodies.close();
        assertThat(file).doesNotExist();
        assertThatThrownBy(text::read).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void a_saved_generation_is_appended_to_and_the_others_are_swept() throws Exception {
        String generation;
        List<Text> first = new ArrayList<>();
        try (Bodies bodies = Bodies.in(dir)) {
            first.add(bodies.put("<p>第一次烘焙</p>"));
            generation = bodies.generation();
        }
        try (Bodies stale = Bodies.in(dir)) {
            stale.put("<p>一次失败的烘焙留下的</p>");
        }
        try (Bodies bodies = Bodies.in(dir)) {
            bodies.adopt(generation);
            long before = Files.size(bodies.file().orElseThrow());
            Text second = bodies.put("<p>第二次烘焙</p>");
            assertThat(bodies.generation()).isEqualTo(generation);
            assertThat(Files.size(bodies.file().orElseThrow())).isGreaterThan(before);
            assertThat(second.read()).isEqualTo("<p>第二次烘焙</p>");
            try (var files = Files.list(dir.resolve("bodies"))) {
                assertThat(files.count()).isEqualTo(2);
            }
            bodies.sweep();
            try (var files = Files.list(dir.resolve("bodies"))) {
                assertThat(files.toList()).containsExactly(bodies.file().orElseThrow());
            }
        }
    }

    @Test
    void a_generation_mostly_of_replaced_bodies_is_renewed() throws Exception {
        try (Bodies bodies = Bodies.in(dir)) {
            String big = "<p>" + "村民在家门口增收，".repeat(50_000) + "</p>";
            long used = bodies.put(big).bytesInFile();
            bodies.put(big);
            bodies.put(big);
            assertThat(bodies.mostlyReplaced(used)).isTrue();
            assertThat(bodies.mostlyReplaced(3 * used)).isFalse();
            String old = bodies.generation();
            bodies.renew();
            bodies.put("<p>新的一代</p>");
            assertThat(bodies.generation()).isNotEqualTo(old).isNotEmpty();
        }
    }

    @Test
    void a_missing_generation_is_an_error_for_the_cache_to_set_aside() {
        try (Bodies bodies = Bodies.in(dir)) {
            assertThatThrownBy(() -> bodies.adopt("0123456789abcdef")).isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining("missing");
        }
    }
}
