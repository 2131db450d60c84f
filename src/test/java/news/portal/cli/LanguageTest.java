package news.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.problem.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** One language for editors: the site's {@code site.language} decides the progress lines and {@code --help}. */
class LanguageTest {

    private static final String CJK = ".*[\\u3400-\\u9fff].*";

    @TempDir
    Path dir;
    Path site;
    Path english;

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir.resolve("zh"), "/fixtures/bake/site");
        english = TestSites.create(dir.resolve("en"), "/fixtures/bake/site");
        Path properties = english.resolve("jbake.properties");
        TestSites.write(properties, read(properties) + "site.language=en\n");
    }

    @Test
    void a_chinese_site_bakes_with_chinese_progress_lines() {
        CommandRun run = CommandRun.of("bake", site.toString(), "-o", dir.resolve("out-zh").toString());

        assertThat(run.code()).isZero();
        assertThat(run.err().lines()).anyMatch(l -> l.matches("读取了 6 篇文章和 1 个页面，用时 \\d+\\.\\d 秒"))
                .anyMatch(l -> l.matches("写出 \\d+ 个页面、复制 \\d+ 个文件到 .*，用时 \\d+\\.\\d 秒"))
                .noneMatch(l -> l.startsWith("read ") || l.startsWith("wrote "));
    }

    @Test
    void an_english_site_bakes_with_english_progress_lines() {
        CommandRun run = CommandRun.of("bake", english.toString(), "-o", dir.resolve("out-en").toString());

        assertThat(run.code()).isZero();
        assertThat(run.err().lines()).anyMatch(l -> l.matches("read 6 articles and 1 pages in \\d+\\.\\d s"))
                .anyMatch(l -> l.matches("wrote \\d+ pages and copied \\d+ files to .* in \\d+\\.\\d s"));
        // the problems of the content stay as they are; the lines of the bake itself are English
        assertThat(run.err().lines().filter(l -> l.startsWith("read ") || l.startsWith("wrote ")))
                .noneMatch(l -> l.replace(dir.toString(), "").matches(CJK));
    }

    @Test
    void help_is_in_the_language_of_the_site_it_names() {
        CommandRun zh = CommandRun.of("deploy", site.toString(), "--help");
        CommandRun en = CommandRun.of("deploy", english.toString(), "--help");

        assertThat(zh.out()).startsWith("用法：news-portal deploy").contains("把生成好的网站上传到 S3 兼容的对象存储")
                .contains("显示本帮助并退出").doesNotContain("Uploads the baked site");
        assertThat(en.out()).startsWith("Usage: news-portal deploy").contains("Uploads the baked site")
                .contains("Show this help message and exit.");
        assertThat(en.out().lines()).noneMatch(l -> l.matches(CJK));
    }

    @Test
    void the_editors_commands_summarise_in_the_sites_language() {
        CommandRun zh = CommandRun.of("list", site.toString(), "--drafts");
        CommandRun en = CommandRun.of("list", english.toString(), "--drafts");
        CommandRun check = CommandRun.of("check", english.toString());

        assertThat(zh.out()).contains("状态").contains("草稿").containsPattern("共 \\d+ 篇定时发布、\\d+ 篇草稿");
        assertThat(en.out()).contains("status").contains("draft").containsPattern("\\d+ scheduled, \\d+ drafts?; times in ")
                .doesNotContain("状态").doesNotContain("篇草稿");
        assertThat(check.err()).containsPattern("(Check passed: all|\\d+ problems?: all) \\d+ articles and pages");
    }

    @Test
    void new_reads_the_language_from_its_site_option() {
        assertThat(Main.languageOf("new", "标题", "--site", english.toString())).isEqualTo(Language.EN);
        assertThat(Main.languageOf("new", "标题", "--site=" + site)).isEqualTo(Language.ZH);
        assertThat(Main.languageOf("check", english.toString(), "content/a.md")).isEqualTo(Language.EN);
    }

    @Test
    void a_site_whose_configuration_is_broken_still_speaks_its_language() {
        CommandRun zh = CommandRun.of("check", broken("site.conventions=portal\n").toString());
        CommandRun en = CommandRun.of("check", broken("site.conventions=portal\nsite.language=en\n").toString());

        assertThat(zh.err()).contains("site.host:").endsWith("站点配置有问题，没有检查文章。\n");
        assertThat(en.err()).contains("site.host:").endsWith("The site's configuration has problems; no article was checked.\n");
    }

    private Path broken(String properties) {
        Path folder = dir.resolve("broken-" + Math.abs(properties.hashCode()));
        TestSites.write(folder.resolve("jbake.properties"), "site.host=not a url\n" + properties);
        return folder;
    }

    @Test
    void a_plain_jbake_site_speaks_the_language_of_the_jvm() {
        Path plain = dir.resolve("plain");
        TestSites.write(plain.resolve("jbake.properties"), "site.host=https://example.org/\n");
        TestSites.write(plain.resolve("content/about.html"), "title=About\nstatus=published\ntype=page\n~~~~~~\n<p>Hi</p>\n");
        TestSites.write(plain.resolve("templates/page.ftl"), "${content.body}\n");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Main.languageOf("bake", plain.toString())).isEqualTo(Language.EN);
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Main.languageOf("bake", plain.toString())).isEqualTo(Language.ZH);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void every_option_of_every_command_is_described_in_both_languages() {
        for (Language language : Language.values()) {
            CommandLine commandLine = new CommandLine(new Main());
            commandLine.setResourceBundle(Main.help(language));
            for (CommandLine command : commandLine.getSubcommands().values()) {
                String name = command.getCommandName() + " (" + language + ")";
                assertThat(command.getCommandSpec().usageMessage().description()).as(name).isNotEmpty()
                        .allMatch(line -> !line.isBlank());
                for (ArgSpec arg : command.getCommandSpec().args()) {
                    assertThat(arg.description()).as(name + " " + arg.paramLabel()).isNotEmpty()
                            .allMatch(line -> !line.isBlank());
                    // an English description names a Chinese section only as an example
                    String text = String.join(" ", arg.description()).replace("文旅资讯", "");
                    assertThat(text.matches(CJK)).as(name + " " + arg.paramLabel()).isEqualTo(language == Language.ZH);
                }
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
