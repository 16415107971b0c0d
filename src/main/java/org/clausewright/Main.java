package org.clausewright;

import org.clausewright.app.log.LogFile;
import org.clausewright.app.log.Logging;
import org.clausewright.cli.ClausewrightCli;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * The jar's entry point. With no arguments, or with {@code open DIR}, it opens the desktop window; every
 * other subcommand runs headless. The window's classes are touched only inside the lambda below, so a
 * headless run never loads JavaFX. Before anything else, the libraries' own messages are sent to the log
 * file (see {@link Logging}), so that the terminal gets only the program's own words.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream terminal = Logging.install();
        int exit = new ClausewrightCli(dir -> org.clausewright.ui.DesktopApp.launch(dir),
                dir -> org.clausewright.ui.DesktopApp.rehearse(dir), LogFile.forUser())
                .run(new PrintWriter(System.out, true), new PrintWriter(terminal, true), args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
