package news.portal.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import news.portal.bake.Baker;
import news.portal.bake.OutputGuard;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bake [SITE_DIR] [-o OUTPUT_DIR] [--threads N]}. Exit codes: 0 baked; 1 a problem in the sources
 * (each listed); 2 wrong usage, such as {@code --threads 0} or an output folder {@link OutputGuard} refuses.
 */
@Command(name = "bake", mixinStandardHelpOptions = true,
        description = "Bakes the site folder into a static site; the previous output stays untouched if anything fails.")
final class BakeCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteFolder folder;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT_DIR",
            description = "Where the site goes (default: SITE_DIR/target/site).")
    private Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Render threads, at least 1 (default: render.threads, else one per core).")
    private Integer threads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && threads < 1) {
            err.println("错误：--threads 至少是 1，不能是 " + threads + "；不写 --threads 则按 render.threads 或处理器核数");
            return Main.USAGE;
        }
        Path target = output != null ? output : folder.path().resolve("target").resolve("site");
        Baker.Options options = threads == null ? new Baker.Options(main.clock().instant(), false)
                : new Baker.Options(main.clock().instant(), false, threads);
        try {
            new Baker(line -> err.println(line)).bake(folder.path(), target, options);
            return 0;
        } catch (OutputGuard.Refused e) {
            err.println("错误：" + e.getMessage());
            return Main.USAGE;
        } catch (ProblemException e) {
            return report(err, e);
        } catch (UncheckedIOException e) {
            err.println("错误：" + e.getMessage() + "：" + e.getCause().getMessage());
            err.println("网站没有生成，原有输出未改动。");
            return 1;
        }
    }

    static int report(PrintWriter err, ProblemException e) {
        for (Problem problem : e.problems()) {
            err.println(problem);
        }
        err.println("共 " + e.problems().size() + " 个问题，网站没有生成，原有输出未改动。");
        return 1;
    }
}
