package org.clausewright.cli;

import org.clausewright.model.Coverage;
import org.clausewright.model.CoverageState;
import org.clausewright.model.ElementCoverage;
import org.clausewright.model.Extent;
import org.clausewright.model.MessageText;
import org.clausewright.model.Numbering;
import org.clausewright.model.TerminalText;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A framework's coverage for the terminal, in the member's language: a heading, then one line per element. */
final class CoveragePrinter {
    private final MessageText messages;
    /** The language element titles are printed in, where the framework's file has them in it. */
    private final Locale locale;
    private final Numbering numbering;

    CoveragePrinter(Locale locale, Numbering numbering) {
        this.locale = locale;
        this.messages = new MessageText("org.clausewright.cli.messages", locale);
        this.numbering = numbering;
    }

    void none(PrintWriter out) {
        out.println(TerminalText.line(messages.get("coverage.none")));
    }

    void print(PrintWriter out, Coverage coverage) {
        out.println(TerminalText.line(coverage.framework().title() + " (" + coverage.framework().id() + ")"));
        out.println(TerminalText.line(messages.format("coverage.summary", coverage.elements().size(),
                coverage.count(CoverageState.COVERED), coverage.count(CoverageState.PARTLY),
                coverage.count(CoverageState.GAP))));
        int width = coverage.elements().stream().mapToInt(e -> e.element().number().length()).max().orElse(0);
        for (ElementCoverage e : coverage.elements()) {
            String number = e.element().number().isEmpty() ? e.element().id() : e.element().number();
            out.println(TerminalText.line("  " + pad(number, width) + "  " + e.element().titleIn(locale) + " — "
                    + describe(e)));
        }
    }

    private String describe(ElementCoverage e) {
        if (e.isGap()) {
            return messages.get("coverage.gap");
        }
        List<String> clauses = new ArrayList<>();
        for (ElementCoverage.Addressing a : e.clauses()) {
            String label = numbering.label(a.clauseId());
            clauses.add(a.extent() == Extent.PARTIAL ? messages.format("coverage.clausePartly", label) : label);
        }
        String list = String.join(messages.get("coverage.separator"), clauses);
        return e.state() == CoverageState.PARTLY ? messages.format("coverage.onlyPartly", list) : list;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
