package news.portal.jbake;

import java.nio.file.Path;
import java.util.List;

import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/** Stock JBake 2.7.0, baking a site in this JVM: the oracle for what a JBake site should bake to. */
final class StockJBake {

    private StockJBake() {
    }

    /** Bakes {@code site} into {@code out} with JBake's own Oven and returns the errors it counted. */
    static List<Throwable> bake(Path site, Path out) {
        Oven oven = new Oven(new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(site.toFile(), out.toFile(), true));
        oven.bake();
        return oven.getErrors();
    }
}
