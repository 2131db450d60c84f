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
 * {@code bake [SITE_DIR] [-o OUTPUT_DIR] [--threads N] [--cache DIR | --no-cache]}. Exit codes: 0 baked; 1 a problem in the sources
 * (each listed); 2 wrong usage, such as {@code --threads 0} or an output folder {@link OutputGuard} refuses.
 */
@Command(name = "bake", mixinStandardHelpOptions = true)
final class BakeCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteFolder folder;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT_DIR",
            descriptionKey = "bake.output")
    private Path output;

    @Option(names = "--threads", paramLabel = "N")
    private Integer threads;

    @Option(names = "--cache", paramLabel = "DIR")
    private Path cache;

    @Option(names = "--no-cache")
    private boolean noCache;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = main.messages();
        if (threads != null && threads < 1) {
            err.println(messages.threads(threads));
            return Main.USAGE;
        }
        Path target = output != null ? output : folder.path().resolve("target").resolve("site");
        Baker.Options options = threads == null ? new Baker.Options(main.clock().instant(), false)
                : new Baker.Options(main.clock().instant(), false, threads);
        if (noCache && cache != null) {
            err.println(messages.cacheOptions());
            return Main.USAGE;
        }
        if (!noCache) {
            options = options.withCache(cache != null ? cache.toAbsolutePath()
                    : Baker.Options.defaultCache(folder.path()));
        }
        try {
            new Baker(line -> err.println(line)).bake(folder.path(), target, options);
            return 0;
        } catch (OutputGuard.Refused e) {
            err.println(messages.error(e.getMessage()));
            return Main.USAGE;
        } catch (ProblemException e) {
            return report(err, e, messages);
        } catch (UncheckedIOException e) {
            err.println(messages.cannotWrite(e.getMessage(), e.getCause().getMessage()));
            err.println(messages.notBaked());
            return 1;
        }
    }

    static int report(PrintWriter err, ProblemException e, Messages messages) {
        for (Problem problem : e.problems()) {
            err.println(problem);
        }
        err.println(messages.bakeProblems(e.problems().size()));
        return 1;
    }
}
