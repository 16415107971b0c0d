package org.clausewright;

import org.clausewright.cli.ClausewrightCli;

/**
 * The jar's entry point. With no arguments, or with {@code open DIR}, it opens the desktop window; every
 * other subcommand runs headless. The window's classes are touched only inside the lambda below, so a
 * headless run never loads JavaFX.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int exit = new ClausewrightCli(dir -> org.clausewright.ui.DesktopApp.launch(dir),
                dir -> org.clausewright.ui.DesktopApp.rehearse(dir)).run(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
