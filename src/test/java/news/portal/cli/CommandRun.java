package news.portal.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

import news.portal.bake.TestSites;

/** One run of the jar's command line in-process, with what it printed. */
record CommandRun(int code, String out, String err) {

    /** Runs {@code args} with the present at {@link TestSites#NOW}, whatever the machine's date. */
    static CommandRun of(String... args) {
        return at(TestSites.CLOCK, args);
    }

    static CommandRun at(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), clock, args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
