package org.clausewright.app.log;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Sets up, once at start, where the libraries' messages go: the {@link LogFile}, never the terminal. */
public final class Logging {
    private Logging() {
    }

    /**
     * Routes the JDK's logging (and through it POI's Log4j API and JGit's SLF4J) and whatever is printed on
     * System.err to the log file. Returns the terminal's standard error, on which the program itself writes
     * its one line. A logging configuration given on the command line (java.util.logging.config.file or
     * .class) is kept.
     */
    public static PrintStream install() {
        if (System.getProperty("java.util.logging.config.class") == null
                && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.config.class", LogConfiguration.class.getName());
        }
        PrintStream terminal = System.err;
        System.setErr(new PrintStream(new StandardErrorLog(terminal), true, StandardCharsets.UTF_8));
        return terminal;
    }
}
