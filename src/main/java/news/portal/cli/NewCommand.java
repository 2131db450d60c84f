package news.portal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import news.portal.editor.Editor;
import news.portal.problem.ProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code new "标题" [--site SITE_DIR] [--section 栏目] [--tags a,b] [--slug x]}. */
@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TITLE", descriptionKey = "new.title")
    private String title;

    @Option(names = "--site", paramLabel = "SITE_DIR", defaultValue = ".", descriptionKey = "new.site")
    private Path site;

    @Option(names = "--section", paramLabel = "栏目")
    private String section;

    @Option(names = "--tags", paramLabel = "a,b")
    private String tags;

    @Option(names = "--slug", paramLabel = "SLUG")
    private String slug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split("[,，]"))
                .map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        try {
            Editor editor = new Editor(site);
            Path file = editor.create(new Editor.NewArticle(title, Optional.ofNullable(section), tagList,
                    Optional.ofNullable(slug)), main.clock().instant());
            out.println(Paths.forPeople(file));
            err.println(main.messages().created());
            return 0;
        } catch (ProblemException e) {
            e.problems().forEach(err::println);
            return 1;
        } catch (IllegalArgumentException e) {
            err.println(main.messages().error(e.getMessage()));
            return 1;
        }
    }
}
