package org.clausewright.cli;

import org.clausewright.app.Negotiations;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Numbering;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.OutlineNumber;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Section;
import org.clausewright.model.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "outline", description = "The numbered draft, one line per clause: number, heading, (status; open "
        + "brackets). Once numbering is frozen, inserted clauses are numbered 2.3 bis and removed ones show as "
        + "[2.4 deleted].")
final class OutlineCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    /** One printed line with the number it stands at, so that a deleted number can be put where it stood. */
    private record Line(OutlineNumber number, String text) {
    }

    @Override
    public Integer call() throws Exception {
        Project project = Negotiations.readDraft(dir);
        Numbering numbering = project.outline().numbering();
        PrintWriter out = spec.commandLine().getOut();
        int inDraft = project.outline().clauseIds().size();
        out.println(TerminalText.line(project.info().title() + ": " + NegotiationText.count(inDraft, "clause")
                + " in the draft, " + (numbering.isFrozen() ? "numbering frozen" : "numbered by position")));
        List<Line> lines = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Part part : project.outline().parts()) {
            OutlineNumber partNumber = numbering.ofPart(part.id()).orElseThrow();
            lines.add(new Line(partNumber, "Part " + partNumber + "  " + part.title()));
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    clause(project, numbering, ref.clauseId(), lines, listed);
                } else if (item instanceof Section section) {
                    OutlineNumber sectionNumber = numbering.ofSection(section.id()).orElseThrow();
                    lines.add(new Line(sectionNumber, "  Section " + sectionNumber + "  " + section.title()));
                    section.clauseIds().forEach(id -> clause(project, numbering, id, lines, listed));
                }
            }
        }
        for (Map.Entry<String, OutlineNumber> deleted : numbering.deletedClauses()) {
            lines.add(placeOf(lines, deleted.getValue()), new Line(deleted.getValue(),
                    indent(deleted.getValue()) + "[" + deleted.getValue() + " deleted]"));
        }
        lines.forEach(line -> out.println(TerminalText.line(line.text())));
        int library = project.library().size();
        if (library > 0) {
            out.println(TerminalText.line(NegotiationText.count(library, "clause") + " in the library, not numbered"));
        }
        return 0;
    }

    private static void clause(Project project, Numbering numbering, String id, List<Line> lines,
                               Set<String> listed) {
        OutlineNumber number = numbering.of(id).orElse(null);
        Clause clause = project.clause(id).orElse(null);
        if (number == null || clause == null || !listed.add(id)) {
            return; // listed twice in outline.json: numbered once, where it first stands
        }
        int open = Negotiation.openBracketCount(clause);
        lines.add(new Line(number, indent(number) + number + "  " + NegotiationText.heading(clause) + "  ("
                + clause.unknownStatus().orElse(clause.status().key())
                + (open == 0 ? "" : "; " + NegotiationText.count(open, "open bracket"))
                + ")"));
    }

    // Where the removed clause stood: after the last line numbered before it (moves keep numbers, so the reading
    // order is mostly, not always, the numbers' order).
    private static int placeOf(List<Line> lines, OutlineNumber deleted) {
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).number().compareTo(deleted) < 0) {
                at = i + 1;
            }
        }
        return at;
    }

    private static String indent(OutlineNumber number) {
        return "  ".repeat(number.depth() - 1);
    }
}
