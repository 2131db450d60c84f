package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InPlaceTest {

    @TempDir
    Path dir;
    Path target;
    Path staged;

    @BeforeEach
    void setUp() throws IOException {
        target = dir.resolve("out");
        staged = dir.resolve(".out.baking-1-00000000");
        write(target, OutputGuard.MARKER, "旧标记");
        write(target, "index.html", "旧首页");
        write(target, "news/2026/11/a.html", "甲");
        write(target, "news/2026/10/gone.html", "将删除");
        write(target, "tags/kept.html", "不变");
        write(staged, OutputGuard.MARKER, "新标记");
        write(staged, "index.html", "新首页");
        write(staged, "news/2026/12/new.html", "新文章");
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    /** Every file and folder below {@code root}, with each file's text. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString();
                tree.put(name, Files.isDirectory(path) ? "/" : Files.readString(path));
            }
        }
        return tree;
    }

    private static final List<String> TAKEN = List.of("tags/kept.html", "news/2026/11/a.html");

    @Test
    void moves_the_staged_files_in_and_removes_what_the_new_site_lacks() throws IOException {
        assertThat(InPlace.fits(staged, target)).isTrue();
        InPlace.Committed counts = InPlace.commit(staged, target, TAKEN);

        assertThat(counts.moved()).isEqualTo(2);
        assertThat(counts.removed()).isEqualTo(1);
        assertThat(counts.files()).as("the output's files now, the marker apart")
                .containsExactlyInAnyOrderElementsOf(OutputFiles.list(target).stream()
                        .filter(name -> !name.equals(OutputGuard.MARKER)).toList());
        assertThat(tree(counts.trash())).as("what is left of the journal: the replaced and removed files")
                .containsEntry("old/index.html", "旧首页").containsEntry("old/news/2026/10/gone.html", "将删除")
                .containsEntry("old/" + OutputGuard.MARKER, "旧标记").doesNotContainKey("list");
        assertThat(counts.trash().getFileName().toString()).startsWith(".out.old-");
        Map<String, String> tree = tree(target);
        assertThat(tree).containsEntry("index.html", "新首页").containsEntry("news/2026/12/new.html", "新文章")
                .containsEntry("tags/kept.html", "不变").containsEntry("news/2026/11/a.html", "甲")
                .containsEntry(OutputGuard.MARKER, "新标记");
        assertThat(tree).as("the emptied month's folder goes too").doesNotContainKeys("news/2026/10/gone.html",
                "news/2026/10");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).as("no journal left")
                    .noneMatch(name -> name.contains(InPlace.PURPOSE));
        }
        Folders.deleteInParallel(counts.trash());
        assertThat(counts.trash()).doesNotExist();
    }

    @Test
    void a_commit_with_the_output_list_from_the_cache_does_what_one_that_walks_does() throws IOException {
        OutputFiles known = OutputFiles.walk(target);
        assertThat(known.holdsFor(target)).isTrue();
        assertThat(InPlace.fits(staged, target, known)).isTrue();

        InPlace.Committed counts = InPlace.commit(staged, target, TAKEN, known);

        assertThat(counts.moved()).isEqualTo(2);
        assertThat(counts.removed()).isEqualTo(1);
        assertThat(tree(target)).containsEntry("index.html", "新首页").containsEntry("tags/kept.html", "不变")
                .doesNotContainKeys("news/2026/10/gone.html", "news/2026/10");
        OutputFiles after = OutputFiles.of(target, counts.files());
        assertThat(after.holdsFor(target)).isTrue();
        assertThat(after.files()).isEqualTo(OutputFiles.walk(target).files());
    }

    @Test
    void the_list_from_the_cache_tells_where_a_staged_file_does_not_fit() throws IOException {
        OutputFiles known = OutputFiles.walk(target);
        write(staged, "tags/kept.html/x.html", "文件下面不能有文件");
        assertThat(InPlace.fits(staged, target, known)).isFalse();
        Folders.deleteQuietly(staged.resolve("tags"));
        write(staged, "news/2026/11", "文件夹的位置不能是文件");
        assertThat(InPlace.fits(staged, target, known)).isFalse();
    }

    @Test
    void a_commit_that_fails_leaves_the_output_as_it_was() throws IOException {
        Map<String, String> before = tree(target);
        // a file where the staged site needs a folder: the move of news/2026/11/a.html/x.html fails
        write(staged, "news/2026/11/a.html/x.html", "不可能");
        assertThat(InPlace.fits(staged, target)).isFalse();

        assertThatThrownBy(() -> InPlace.commit(staged, target, TAKEN)).isInstanceOf(IOException.class);

        assertThat(tree(target)).isEqualTo(before);
    }

    @Test
    void the_next_bake_undoes_a_commit_killed_half_way() throws IOException, InterruptedException {
        Map<String, String> before = tree(target);
        // four moves in all: one file out, two in, the marker last
        for (int moves = 0; moves < 4; moves++) {
            assertThat(InPlace.commit(staged, target, TAKEN, moves)).as("stopped after %d moves", moves).isNull();
            Path journal;
            try (Stream<Path> siblings = Files.list(dir)) {
                journal = siblings.filter(p -> p.getFileName().toString().startsWith(".out." + InPlace.PURPOSE))
                        .findFirst().orElseThrow();
            }
            if (moves >= 2) {
                assertThat(tree(target)).as("half done").isNotEqualTo(before);
            }
            // the journal of a process that has ended, as after a kill
            Process ended = new ProcessBuilder("true").start();
            ended.waitFor();
            String name = journal.getFileName().toString()
                    .replaceFirst("-\\d+-", "-" + ended.pid() + "-");
            Files.move(journal, journal.resolveSibling(name));

            OutputGuard.sweep(target);

            assertThat(tree(target)).as("undone after %d moves", moves).isEqualTo(before);
            // the staged files the killed commit had moved are gone from the staging folder: stage again
            Folders.deleteQuietly(staged);
            setUp();
        }
    }

    @Test
    void a_bake_killed_after_its_commit_is_not_undone_by_the_next() throws IOException, InterruptedException {
        InPlace.Committed done = InPlace.commit(staged, target, TAKEN);
        Map<String, String> after = tree(target);
        // what a kill between the end of the moves and the journal's rename leaves: the journal without its list
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path journal = dir.resolve(".out." + InPlace.PURPOSE + "-" + ended.pid() + "-0000abcd");
        Files.move(done.trash(), journal);
        assertThat(journal.resolve("old/index.html")).hasContent("旧首页");

        OutputGuard.sweep(target);

        assertThat(tree(target)).as("the new output stays").isEqualTo(after);
        assertThat(journal).doesNotExist();
    }

    @Test
    void a_deploy_refuses_an_output_a_bake_is_still_moving_files_into_and_restores_one_a_killed_bake_left() throws Exception {
        Map<String, String> before = tree(target);
        assertThat(InPlace.commit(staged, target, TAKEN, 2)).isNull();
        // the journal names this JVM, which is alive: a bake under way
        assertThatThrownBy(() -> OutputGuard.requireBake(target)).isInstanceOf(OutputGuard.Refused.class)
                .hasMessageContaining("新旧页面混在一起");

        Path journal;
        try (Stream<Path> siblings = Files.list(dir)) {
            journal = siblings.filter(p -> p.getFileName().toString().startsWith(".out." + InPlace.PURPOSE))
                    .findFirst().orElseThrow();
        }
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Files.move(journal, journal.resolveSibling(journal.getFileName().toString()
                .replaceFirst("-\\d+-", "-" + ended.pid() + "-")));

        OutputGuard.requireBake(target);

        assertThat(tree(target)).as("the previous output, put back before the upload").isEqualTo(before);
    }
}
