package news.portal.bake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * axe-core, run in the page by the test itself: the npm package's {@code axe.min.js}, read from the class
 * path (com.deque.html.axe-core:selenium ships it as is), injected and run with its default rules, so what
 * runs is exactly that script with nothing configured away.
 */
final class Axe {

    private static final String SCRIPT = read("/axe.min.js");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(results => done(JSON.stringify({
                          passes: results.passes.map(rule => rule.id), violations: results.violations})),
                      error => done(JSON.stringify({error: String(error)})));
            """;

    private Axe() {
    }

    /** The rules that found nothing wrong, by id, and the rules that did. */
    record Result(List<String> passed, List<Violation> violations) {
    }

    /** One failed rule and the elements that fail it. */
    record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {
    }

    /** A failing element: its CSS selector path, its opening HTML, and what axe says is wrong. */
    record Node(String target, String html, String summary) {
    }

    /** axe's default rules run on the page as it is now. */
    static Result run(JavascriptExecutor page) {
        inject(page);
        JsonNode result;
        try {
            result = new ObjectMapper().readTree((String) page.executeAsyncScript(RUN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result.has("error")) {
            throw new AssertionError("axe.run failed: " + result.get("error").asText());
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode rule : result.get("violations")) {
            List<Node> nodes = new ArrayList<>();
            for (JsonNode node : rule.get("nodes")) {
                nodes.add(new Node(node.get("target").toString(), node.get("html").asText(),
                        node.path("failureSummary").asText()));
            }
            violations.add(new Violation(rule.get("id").asText(), rule.path("impact").asText(),
                    rule.get("help").asText(), rule.get("helpUrl").asText(), nodes));
        }
        List<String> passed = new ArrayList<>();
        result.get("passes").forEach(id -> passed.add(id.asText()));
        return new Result(passed, violations);
    }

    /** The violations as a reader needs them to find the cause: rule, impact, help, then each element. */
    static String report(List<Violation> violations) {
        StringBuilder text = new StringBuilder();
        for (Violation v : violations) {
            text.append("\n").append(v.id()).append(" (").append(v.impact()).append("): ").append(v.help())
                    .append(" ").append(v.helpUrl()).append("\n");
            for (Node node : v.nodes()) {
                text.append("  ").append(node.target()).append("\n    ").append(node.html()).append("\n    ")
                        .append(node.summary().replace("\n", "\n    ")).append("\n");
            }
        }
        return text.toString();
    }

    // axe.min.js defines window.axe; a page that navigated since the last run needs it again
    private static void inject(JavascriptExecutor page) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(SCRIPT);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path; it comes from "
                        + "com.deque.html.axe-core:selenium (see pom.xml)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
