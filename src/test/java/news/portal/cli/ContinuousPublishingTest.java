package news.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import news.portal.bake.TestSites;
import picocli.CommandLine;

/**
 * The CI files in the repository cannot run here (GitHub and GitLab are not reachable), so this reads
 * them as YAML and holds every command they run to what exists: {@code .ci/run}, Debian's package
 * installer, Maven with known goals, or a subcommand of this jar with options its picocli spec accepts.
 */
class ContinuousPublishingTest {

    private static final String JAR = "target/news-portal.jar";
    private static final Set<String> MAVEN_GOALS = Set.of("verify", "package");
    /** The tests with the browser ones, as README gives them and {@code .ci/run} runs them. */
    private static final String TEST_COMMAND = "mvn -B -ntp verify -Pbrowser";
    private static final String CI_RUN = ".ci/run";
    /** What the test jobs install first: a Debian container with JDK 17 and Maven, as README asks. */
    private static final List<String> INSTALL = List.of(
            "apt-get update -qq",
            "apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless maven git ca-certificates");

    /** Values the CI's variables stand for, so that a command can be parsed as it will run. */
    private static final Map<String, String> VARIABLES = Map.of(
            "$DEPLOY_TARGET", "s3://news-site/www", "$DEPLOY_ENDPOINT", "https://oss-cn-hangzhou.aliyuncs.com");

    private static Map<String, Object> yaml(String file) throws IOException {
        return new Yaml().load(Files.readString(TestSites.repository().resolve(file)));
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Object map, Object key) {
        return (T) ((Map<Object, Object>) map).get(key);
    }

    private static List<Map<String, Object>> githubSteps() throws IOException {
        Map<String, Object> jobs = get(yaml(".github/workflows/publish.yml"), "jobs");
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Object job : jobs.values()) {
            steps.addAll(get(job, "steps"));
        }
        return steps;
    }

    private static List<String> githubCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        for (Map<String, Object> step : githubSteps()) {
            if (step.get("run") instanceof String run) {
                commands.addAll(lines(run));
            }
        }
        return commands;
    }

    private static Map<String, List<String>> gitlabScripts() throws IOException {
        Map<String, List<String>> scripts = new java.util.LinkedHashMap<>();
        yaml(".gitlab-ci.yml").forEach((name, job) -> {
            if (job instanceof Map<?, ?> map) {
                List<String> commands = new ArrayList<>();
                for (String key : List.of("before_script", "script", "after_script")) {
                    if (map.get(key) instanceof List<?> list) {
                        list.forEach(line -> commands.addAll(lines(String.valueOf(line))));
                    }
                }
                if (!commands.isEmpty()) {
                    scripts.put(name, commands);
                }
            }
        });
        return scripts;
    }

    /** Shell lines of a script: continuations joined, blank lines and comments left out. */
    private static List<String> lines(String script) {
        List<String> lines = new ArrayList<>();
        for (String line : script.replace("\\\n", " ").split("\n")) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** Words of a command as a shell splits them, for the quoting these files use. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if ("|;&<>`".indexOf(c) >= 0) {
                throw new AssertionError("one plain command per line, without pipes or redirections: " + command);
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static void assertRunsOnlyKnownCommands(List<String> commands) {
        CommandLine main = new CommandLine(new Main());
        for (String command : commands) {
            List<String> words = words(command);
            if (words.get(0).equals(CI_RUN)) {
                assertThat(words).as(command).containsExactly(CI_RUN);
                assertThat(TestSites.repository().resolve(CI_RUN)).isExecutable();
                continue;
            }
            if (words.get(0).equals("apt-get")) {
                assertThat(words.get(1)).as(command).isIn("update", "install");
                continue;
            }
            if (words.get(0).equals("mvn")) {
                List<String> goals = words.stream().skip(1).filter(w -> !w.startsWith("-")).toList();
                assertThat(goals).as(command).isNotEmpty().isSubsetOf(MAVEN_GOALS);
                continue;
            }
            assertThat(words.subList(0, Math.min(3, words.size()))).as(command).containsExactly("java", "-jar", JAR);
            List<String> args = words.stream().skip(3).map(w -> VARIABLES.getOrDefault(w, w)).toList();
            String subcommand = args.get(0);
            assertThat(main.getSubcommands()).as("subcommand of %s", command).containsKey(subcommand);
            assertThatCode(() -> new CommandLine(new Main()).parseArgs(args.toArray(String[]::new)))
                    .as(command).doesNotThrowAnyException();
        }
    }

    @Test
    void github_workflow_runs_only_maven_and_subcommands_of_the_jar() throws IOException {
        List<String> commands = githubCommands();

        assertThat(commands).containsSubsequence(
                INSTALL.get(0), INSTALL.get(1),
                CI_RUN,
                "java -jar target/news-portal.jar bake",
                "java -jar target/news-portal.jar deploy --target \"$DEPLOY_TARGET\" --endpoint \"$DEPLOY_ENDPOINT\"");
        assertRunsOnlyKnownCommands(commands);
    }

    @Test
    void github_workflow_runs_the_browser_tests_in_debian_on_push() throws IOException {
        Map<String, Object> job = get(get(yaml(".github/workflows/publish.yml"), "jobs"), "publish");
        Map<String, Object> test = githubSteps().stream().filter(s -> CI_RUN.equals(s.get("run"))).findFirst().orElseThrow();

        assertThat(String.valueOf(job.get("container"))).startsWith("debian:");
        assertThat(test.get("if")).isEqualTo("github.event_name == 'push'");
    }

    @Test
    void github_workflow_publishes_on_push_to_main_and_every_15_minutes() throws IOException {
        Map<String, Object> workflow = yaml(".github/workflows/publish.yml");
        // YAML 1.1, which SnakeYAML and GitHub's docs predate each other on, reads the key "on" as true
        Object on = workflow.containsKey("on") ? workflow.get("on") : get(workflow, true);

        assertThat((List<String>) get(get(on, "push"), "branches")).containsExactly("main");
        List<Map<String, String>> schedule = get(on, "schedule");
        assertThat(schedule).extracting(s -> s.get("cron")).containsExactly("*/15 * * * *");
        assertThat((Map<String, Object>) get(workflow, "concurrency")).containsEntry("cancel-in-progress", false);
    }

    @Test
    void github_workflow_gives_the_bucket_credentials_to_the_deploy_step_alone() throws IOException {
        for (Map<String, Object> step : githubSteps()) {
            Map<String, String> env = get(step, "env");
            boolean deploy = String.valueOf(step.get("run")).contains(" deploy ");
            if (deploy) {
                assertThat(env).containsEntry("AWS_ACCESS_KEY_ID", "${{ secrets.AWS_ACCESS_KEY_ID }}")
                        .containsEntry("AWS_SECRET_ACCESS_KEY", "${{ secrets.AWS_SECRET_ACCESS_KEY }}")
                        .containsKeys("DEPLOY_TARGET", "DEPLOY_ENDPOINT");
            } else {
                assertThat(String.valueOf(env)).doesNotContain("secrets.");
            }
        }
    }

    @Test
    void gitlab_pipeline_runs_only_maven_and_subcommands_of_the_jar() throws IOException {
        Map<String, List<String>> scripts = gitlabScripts();

        assertThat(scripts.get("test")).containsExactly(INSTALL.get(0), INSTALL.get(1), CI_RUN);
        assertThat((String) get(get(yaml(".gitlab-ci.yml"), "test"), "image")).startsWith("debian:");
        assertThat(scripts.get("publish")).containsExactly(
                "java -jar target/news-portal.jar bake",
                "java -jar target/news-portal.jar deploy --target \"$DEPLOY_TARGET\" --endpoint \"$DEPLOY_ENDPOINT\"");
        assertThat(scripts.get("scheduled-publish")).startsWith("mvn -B -ntp -DskipTests package")
                .endsWith(scripts.get("publish").toArray(String[]::new));
        scripts.values().forEach(ContinuousPublishingTest::assertRunsOnlyKnownCommands);
    }

    @Test
    void gitlab_pipeline_publishes_on_push_to_main_after_the_tests_and_on_schedule() throws IOException {
        Map<String, Object> pipeline = yaml(".gitlab-ci.yml");

        assertThat(rules(pipeline, "test")).singleElement().asString().contains("\"push\"").contains("\"main\"");
        assertThat(rules(pipeline, "publish")).singleElement().asString().contains("\"push\"").contains("\"main\"");
        assertThat((List<String>) get(get(pipeline, "publish"), "needs")).containsExactly("test");
        assertThat(rules(pipeline, "scheduled-publish")).singleElement().asString().contains("\"schedule\"");
        assertThat((String) get(get(pipeline, "publish"), "resource_group"))
                .isEqualTo(get(get(pipeline, "scheduled-publish"), "resource_group"));
        assertThat((List<String>) get(get(get(pipeline, "test"), "artifacts"), "paths")).containsExactly(JAR);
    }

    @Test
    void docs_give_the_commands_the_ci_files_run() throws IOException {
        String deploy = Files.readString(TestSites.repository().resolve("docs/deploy.md"));
        List<String> commands = new ArrayList<>(githubCommands());
        gitlabScripts().values().forEach(commands::addAll);

        for (String command : commands) {
            assertThat(deploy).as("docs/deploy.md gives %s", command).contains(command);
        }
    }

    @Test
    void ci_run_runs_the_test_command_readme_gives_after_installing_debians_browser() throws IOException {
        String readme = Files.readString(TestSites.repository().resolve("README.md"));
        List<String> script = lines(Files.readString(TestSites.repository().resolve(CI_RUN)));

        assertThat(script).last().isEqualTo(TEST_COMMAND);
        assertThat(script).anySatisfy(line -> assertThat(line).startsWith("apt-get install")
                .contains("chromium").contains("chromium-driver"));
        assertThat(readme).contains(TEST_COMMAND).contains(CI_RUN);
    }

    private static List<String> rules(Map<String, Object> pipeline, String job) {
        List<Map<String, String>> rules = get(get(pipeline, job), "rules");
        return rules.stream().map(r -> r.get("if")).toList();
    }

    @Test
    void splits_commands_as_a_shell_would() {
        assertThat(words("java -jar x.jar deploy --target \"$A B\" --endpoint '$C'"))
                .containsExactly("java", "-jar", "x.jar", "deploy", "--target", "$A B", "--endpoint", "$C");
        assertThat(Path.of(JAR).getFileName()).hasToString("news-portal.jar");
    }
}
