package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    @TempDir
    Path dir;
    Path out;

    @BeforeEach
    void setUp() throws IOException {
        out = dir.resolve("out");
        write(OutputGuard.MARKER, "标记");
        write("index.html", "首页");
        write("news/2026/11/a.html", "甲");
        write("news/2026/11/b.html", "乙");
        write("tags/古城.html", "古城");
    }

    private void write(String file, String text) throws IOException {
        Path path = out.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    @Test
    void lists_every_file_but_the_marker_and_holds_while_nothing_changed() throws IOException {
        OutputFiles files = OutputFiles.walk(out);

        assertThat(files.files()).containsExactlyInAnyOrder("index.html", "news/2026/11/a.html",
                "news/2026/11/b.html", "tags/古城.html");
        assertThat(files.isFolder("news/2026")).isTrue();
        assertThat(files.isFolder("index.html")).isFalse();
        assertThat(files.holdsFor(out)).isTrue();
        // a page written again in place adds no name: the list still holds
        Files.writeString(out.resolve("news/2026/11/a.html"), "甲，改过");
        assertThat(files.holdsFor(out)).isTrue();
    }

    @Test
    void no_longer_holds_once_a_file_is_added_removed_or_renamed_at_any_depth() throws IOException {
        for (String change : List.of("add deep", "add top", "remove", "rename", "folder")) {
            Folders.deleteQuietly(out);
            setUp();
            OutputFiles files = OutputFiles.walk(out);
            switch (change) {
                case "add deep" -> write("news/2026/11/stray.html", "手工加的");
                case "add top" -> write("stray.txt", "手工加的");
                case "remove" -> Files.delete(out.resolve("news/2026/11/b.html"));
                case "rename" -> Files.move(out.resolve("tags/古城.html"), out.resolve("tags/gucheng.html"));
                default -> Files.createDirectories(out.resolve("news/2026/12"));
            }
            assertThat(files.holdsFor(out)).as(change).isFalse();
        }
    }

    @Test
    void no_longer_holds_for_a_copy_of_the_output_with_the_same_times() throws IOException {
        OutputFiles files = OutputFiles.walk(out);
        Path moved = dir.resolve("moved");
        Files.move(out, moved);
        TestSites.copyTree(moved, out);

        assertThat(files.holdsFor(out)).isFalse();
    }

    @Test
    void reads_what_it_wrote_and_refuses_names_outside_the_output() throws IOException {
        OutputFiles files = OutputFiles.walk(out);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        files.write(new DataOutputStream(bytes));

        OutputFiles read = OutputFiles.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(read.files()).isEqualTo(files.files());
        assertThat(read.holdsFor(out)).isTrue();

        for (String bad : List.of("../x.html", "/etc/passwd", "a/../../x", "a//b")) {
            ByteArrayOutputStream evil = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(evil);
            data.writeInt(1);
            news.portal.cache.Codec.writeString(data, bad);
            data.writeInt(1);
            news.portal.cache.Codec.writeString(data, "");
            news.portal.cache.Codec.writeString(data, "d/1/2");
            assertThatThrownBy(() -> OutputFiles.read(new DataInputStream(new ByteArrayInputStream(evil.toByteArray()))))
                    .as(bad).isInstanceOf(IOException.class);
        }
    }
}
