package org.clausewright.cli;

import picocli.CommandLine.Option;

/** `-h`/`--help` on a subcommand: its usage, as the error messages ("Try `clausewright export --help`") promise. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
