package news.portal.editor;

import java.nio.file.Path;

import news.portal.bake.TestSites;

/** The clean fixture site of the editors' check, and the same site with one problem added. */
final class CheckSites {

    private CheckSites() {
    }

    /** {@code fixtures/check/site} with the repository's templates and assets: no problem at all. */
    static Path clean(Path dir) {
        return TestSites.create(dir, "/fixtures/check/site");
    }

    /** The clean site with the files of {@code fixtures/check/problems/<problem>} laid over it. */
    static Path withProblem(Path dir, String problem) {
        Path site = clean(dir);
        TestSites.copyTree(TestSites.fixture("/fixtures/check/problems/" + problem), site);
        return site;
    }
}
