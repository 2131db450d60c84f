package news.portal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import news.portal.bake.Baker;
import news.portal.bake.Folders;
import news.portal.bake.OutputGuard;
import news.portal.config.SiteConfig;
import news.portal.deploy.DeployConfig;
import news.portal.deploy.Deployer;
import news.portal.problem.ProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code deploy [SITE_DIR] --target s3://BUCKET[/PREFIX] …}. */
@Command(name = "deploy", mixinStandardHelpOptions = true)
final class DeployCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteFolder folder;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT_DIR", descriptionKey = "deploy.output")
    private Path output;

    @Option(names = "--target", paramLabel = "s3://BUCKET[/PREFIX]")
    private String target;

    @Option(names = "--endpoint", paramLabel = "URL")
    private String endpoint;

    @Option(names = "--region", paramLabel = "REGION")
    private String region;

    @Option(names = "--path-style")
    private boolean pathStyle;

    @Option(names = "--dry-run")
    private boolean dryRun;

    @Option(names = "--max-deletes", paramLabel = "N")
    private Integer maxDeletes;

    @Option(names = "--no-delete")
    private boolean noDelete;

    @Option(names = "--force")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = main.messages();
        Path baked = output != null ? output : folder.path().resolve("target").resolve("site");
        Path scratch = null;
        try {
            SiteConfig siteConfig = SiteConfig.load(folder.path());
            DeployConfig config;
            try {
                config = DeployConfig.read(siteConfig, new DeployConfig.Flags(target, endpoint, region,
                        pathStyle, dryRun, force, noDelete, maxDeletes));
                OutputGuard.check(siteConfig, baked);
            } catch (ProblemException e) {
                e.problems().forEach(err::println);
                err.println(messages.usageProblems(e.problems().size()));
                return Main.USAGE;
            }
            Optional<String> stale = Deployer.bakeReason(siteConfig, baked);
            if (stale.isPresent() && dryRun) {
                // a dry run writes and deletes nothing anywhere: it bakes into a folder of its own
                scratch = Files.createTempDirectory("news-portal-dry-run-");
                err.println(messages.bakingFirstDryRun(stale.get()));
                baked = scratch.resolve("site");
                new Baker(err::println).bake(folder.path(), baked, new Baker.Options(main.clock().instant(), false));
            } else if (stale.isPresent()) {
                err.println(messages.bakingFirst(stale.get()));
                new Baker(err::println).bake(folder.path(), baked, new Baker.Options(main.clock().instant(), false));
            }
            OutputGuard.requireBake(baked);
            Deployer.Result result = new Deployer(line -> {
                out.println(line);
                out.flush();
            }).deploy(baked, config);
            result.failures().forEach(failure -> err.println(messages.failed(failure)));
            return result.exitCode();
        } catch (OutputGuard.Refused e) {
            err.println(messages.error(e.getMessage()));
            return Main.USAGE;
        } catch (ProblemException e) {
            e.problems().forEach(err::println);
            err.println(messages.deployProblems(e.problems().size()));
            return Deployer.FAILED;
        } catch (IOException e) {
            err.println(messages.noScratch(e.getMessage()));
            return Deployer.FAILED;
        } catch (UncheckedIOException e) {
            err.println(messages.ioFailed(e.getMessage(), e.getCause().getMessage()));
            return Deployer.FAILED;
        } finally {
            if (scratch != null) {
                Folders.deleteQuietly(scratch);
            }
        }
    }
}
