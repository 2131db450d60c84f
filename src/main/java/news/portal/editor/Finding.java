package news.portal.editor;

import java.util.Set;

import news.portal.problem.Problem;

/**
 * A problem and every file it concerns: its own file, and for problems between files (a clash of
 * addresses, a link) the other side too, so that checking only the files of a commit still reports a
 * problem the commit causes elsewhere.
 */
record Finding(Problem problem, Set<String> files) {

    Finding {
        files = Set.copyOf(files);
    }

    /** A problem of one file alone. */
    static Finding of(Problem problem) {
        return new Finding(problem, Set.of(problem.file()));
    }
}
