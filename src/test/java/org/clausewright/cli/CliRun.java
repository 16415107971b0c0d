package org.clausewright.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in process and keeps what it printed. */
record CliRun(int exit, String out, String err) {
    /** With an environment of the test's own (HOME, GIT_ASKPASS, PATH) and no terminal to ask on. */
    static CliRun withEnvironment(java.util.Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new ClausewrightCli(dir -> { }).withEnvironment(env)
                .run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<Path> opened = new ArrayList<>();
        int exit = new ClausewrightCli(opened::add).run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
