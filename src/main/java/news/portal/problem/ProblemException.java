package news.portal.problem;

import java.util.List;

/** Thrown when a site cannot be built; carries every problem found in the run, in report order. */
public final class ProblemException extends RuntimeException {

    private final List<Problem> problems;

    /**
     * @param problems at least one problem
     */
    public ProblemException(List<Problem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ProblemException needs at least one problem");
        }
        this.problems = problems.stream().sorted(Problem.ORDER).toList();
    }

    /** A failure with a single problem. */
    public ProblemException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem of the run, ordered by file and line. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        problems.stream().sorted(Problem.ORDER).forEach(p -> text.append(p).append('\n'));
        return text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").toString();
    }
}
