package news.portal.cli;

import java.nio.file.Path;

import picocli.CommandLine.Parameters;

/** The {@code SITE_DIR} argument that bake, preview, deploy and list share. */
final class SiteFolder {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SITE_DIR", defaultValue = ".",
            descriptionKey = "site.dir")
    private Path site;

    /** The folder given, or the current one. */
    Path path() {
        return site;
    }
}
