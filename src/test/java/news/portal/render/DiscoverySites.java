package news.portal.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import news.portal.bake.Baker;
import news.portal.bake.TestSites;

/** The bake fixture site with extra settings, baked at a chosen time, and its output read back. */
final class DiscoverySites {

    private final Path site;
    private final Path out;

    DiscoverySites(Path dir, String... settings) {
        site = TestSites.create(dir, "/fixtures/bake/site");
        out = dir.resolve("out");
        if (settings.length > 0) {
            try {
                Files.writeString(site.resolve("jbake.properties"), "\n" + String.join("\n", settings) + "\n",
                        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Adds a content file before the bake. */
    DiscoverySites write(String path, String text) {
        TestSites.write(site.resolve(path), text);
        return this;
    }

    Path out() {
        return out;
    }

    DiscoverySites bake(Instant now) {
        new Baker(line -> { }).bake(site, out, new Baker.Options(now, false));
        return this;
    }

    boolean exists(String file) {
        return Files.isRegularFile(out.resolve(file));
    }

    String text(String file) {
        return TestSites.read(out.resolve(file));
    }

    Document xml(String file) {
        return Jsoup.parse(text(file), "", Parser.xmlParser());
    }

    Document html(String file) {
        return Jsoup.parse(text(file), "https://test.example.cn/" + file);
    }
}
