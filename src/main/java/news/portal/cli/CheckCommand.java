package news.portal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import news.portal.bake.Folders;
import news.portal.editor.Editor;
import news.portal.problem.ProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check [SITE_DIR] [FILE...]}: what a bake would refuse, and what it would quietly get wrong. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--staged")
    private boolean staged;

    @Parameters(arity = "0..*", paramLabel = "SITE_DIR|FILE", descriptionKey = "check.files")
    private List<Path> arguments = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = main.messages();
        Path site = Path.of(".");
        List<Path> files = new ArrayList<>(arguments);
        if (!files.isEmpty() && Files.isDirectory(files.get(0))) {
            site = files.remove(0);
        }
        long start = System.nanoTime();
        Editor.Check check;
        Path scratch = null;
        boolean read = false;
        try {
            if (staged && !StagedSite.matchesFolder(site)) {
                scratch = Files.createTempDirectory("news-portal-staged-");
                Path real = site.toAbsolutePath().normalize();
                Path copy = StagedSite.write(site, scratch);
                // the files named stay the same files: their place in the site, now in the copy
                files = files.stream().map(f -> copy.resolve(real.relativize(f.toAbsolutePath().normalize()))).toList();
                site = copy;
            }
            read = true;
            check = new Editor(site).check(files, main.clock().instant());
        } catch (ProblemException e) {
            e.problems().forEach(err::println);
            err.println(messages.checkNotRun(read));
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch folder", e);
        } finally {
            if (scratch != null) {
                Folders.deleteQuietly(scratch);
            }
        }
        check.notes().forEach(err::println);
        check.problems().forEach(out::println);
        out.flush();
        String seconds = String.format("%.1f", (System.nanoTime() - start) / 1e9);
        String scope = messages.checkScope(files.size(), check.files());
        if (check.problems().isEmpty()) {
            err.println(messages.checkPassed(scope, seconds));
            return 0;
        }
        err.println(messages.checkFailed(check.problems().size(), scope, seconds));
        return 1;
    }
}
