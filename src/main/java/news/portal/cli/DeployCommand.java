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
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Uploads the baked site to S3-compatible object storage: only what changed, assets first,"
                + " feeds last, stale objects deleted at the end. Bakes first when the output is missing or older"
                + " than the sources. Credentials come from the AWS default chain (AWS_ACCESS_KEY_ID and"
                + " AWS_SECRET_ACCESS_KEY, or a profile).",
                "Exit codes: 0 deployed; 1 failed (each key and reason is printed); 2 wrong usage (a missing or bad"
                + " flag or deploy.* key, an output folder that holds no bake of this tool);"
                + " 3 uploaded, but more stale objects than --max-deletes, so none was deleted."})
final class DeployCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteFolder folder;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT_DIR",
            description = "The baked site to deploy (default: SITE_DIR/target/site); only a folder a bake wrote"
                    + " (it holds " + OutputGuard.MARKER + ") is uploaded.")
    private Path output;

    @Option(names = "--target", paramLabel = "s3://BUCKET[/PREFIX]",
            description = "Where to deploy (default: deploy.target).")
    private String target;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "An S3-compatible store's endpoint, e.g. https://oss-cn-hangzhou.aliyuncs.com (default: deploy.endpoint; none for AWS).")
    private String endpoint;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Signing region (default: deploy.region, else AWS_REGION, else us-east-1).")
    private String region;

    @Option(names = "--path-style", description = "Path-style addresses (endpoint/bucket/key), for MinIO and local servers.")
    private boolean pathStyle;

    @Option(names = "--dry-run", description = "List every upload and delete with its reason; change nothing, here or in the bucket"
            + " (a bake it needs goes to a temporary folder).")
    private boolean dryRun;

    @Option(names = "--max-deletes", paramLabel = "N",
            description = "Delete nothing when more than N stale objects would go (default: deploy.max_deletes, else 256).")
    private Integer maxDeletes;

    @Option(names = "--no-delete", description = "Keep stale objects.")
    private boolean noDelete;

    @Option(names = "--force", description = "Upload every file, changed or not.")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
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
                err.println("共 " + e.problems().size() + " 个用法问题，没有部署任何文件。");
                return Main.USAGE;
            }
            Optional<String> stale = Deployer.bakeReason(siteConfig, baked);
            if (stale.isPresent() && dryRun) {
                // a dry run writes and deletes nothing anywhere: it bakes into a folder of its own
                scratch = Files.createTempDirectory("news-portal-dry-run-");
                err.println("baking first, into a temporary folder (dry run): " + stale.get());
                baked = scratch.resolve("site");
                new Baker(err::println).bake(folder.path(), baked, new Baker.Options(main.clock().instant(), false));
            } else if (stale.isPresent()) {
                err.println("baking first: " + stale.get());
                new Baker(err::println).bake(folder.path(), baked, new Baker.Options(main.clock().instant(), false));
            }
            OutputGuard.requireBake(baked);
            Deployer.Result result = new Deployer(line -> {
                out.println(line);
                out.flush();
            }).deploy(baked, config);
            result.failures().forEach(failure -> err.println("failed: " + failure));
            return result.exitCode();
        } catch (OutputGuard.Refused e) {
            err.println("错误：" + e.getMessage());
            return Main.USAGE;
        } catch (ProblemException e) {
            e.problems().forEach(err::println);
            err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
                    + "; nothing was deployed.");
            return Deployer.FAILED;
        } catch (IOException e) {
            err.println("failed: cannot make a temporary folder for the dry run: " + e.getMessage()
                    + "; nothing was deployed.");
            return Deployer.FAILED;
        } catch (UncheckedIOException e) {
            err.println("failed: " + e.getMessage() + ": " + e.getCause().getMessage() + "; nothing was deployed.");
            return Deployer.FAILED;
        } finally {
            if (scratch != null) {
                Folders.deleteQuietly(scratch);
            }
        }
    }
}
