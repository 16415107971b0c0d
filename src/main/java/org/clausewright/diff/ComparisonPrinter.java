package org.clausewright.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clausewright.model.MessageText;
import org.clausewright.model.OutlineNumber;
import org.clausewright.model.TerminalText;

/**
 * Writes a {@link Comparison} as text for `clausewright diff`: a summary, one line per changed part, section
 * and clause ("~ 5.2 → 6.1  Reporting concerns (moved)") with changed metadata below it, then the word diff
 * of every reworded clause, marked as {@link DiffStyle} says. Whatever comes from the project (headings,
 * titles, field values, words) is shown as {@link TerminalText} shows it.
 */
public final class ComparisonPrinter {
    private static final String ARROW = " \u2192 ";
    private final DiffStyle style;
    private final MessageText messages;
    private final Locale locale;

    public ComparisonPrinter(DiffStyle style, Locale locale) {
        this.style = style;
        this.locale = locale;
        this.messages = new MessageText("org.clausewright.diff.messages", locale);
    }

    public ComparisonPrinter(DiffStyle style) {
        this(style, Locale.getDefault());
    }

    /** The line above a comparison: "Comparing v1 with v2", in the printer's language. */
    public String heading(String from, String to) {
        return text("diff.comparing", from, to);
    }

    /** Writes the whole comparison; an {@link IOException} from {@code out} is rethrown unchecked. */
    public void print(Comparison comparison, Appendable out) {
        try {
            if (comparison.isEmpty()) {
                out.append(text("diff.none")).append('\n');
                return;
            }
            ComparisonSummary s = comparison.summary();
            out.append(text("diff.summary", s.added(), s.removed(), s.moved(), s.renumbered(), s.headingChanged(),
                    s.textChanged(), s.metadataChanged(), s.libraryChanged()));
            long negotiated = comparison.clauses().stream().filter(c -> c.is(ClauseChange.Kind.NEGOTIATED)).count();
            if (negotiated > 0) {
                out.append("; ").append(text("diff.summary.negotiated", negotiated));
            }
            out.append("\n\n");
            for (InfoChange change : comparison.info()) {
                out.append(infoLine(change)).append('\n');
            }
            for (StructureChange change : comparison.structure()) {
                out.append(structureLine(change)).append('\n');
            }
            for (ClauseChange change : comparison.clauses()) {
                out.append(clauseLine(change)).append('\n');
                for (MetadataChange m : change.metadata()) {
                    if (m.field() == MetadataChange.Field.STATUS && !change.decisions().isEmpty()) {
                        continue; // the decision lines below say how the status moved, and at which meeting
                    }
                    out.append("    ").append(m.field().key()).append(": ").append(TerminalText.line(m.oldValue()))
                            .append(ARROW).append(TerminalText.line(m.newValue())).append('\n');
                }
                for (String line : negotiationLines(change)) {
                    out.append("    ").append(line).append('\n');
                }
            }
            for (ClauseChange change : comparison.clauses()) {
                printWording(change, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diff as one marked-up string in this printer's style. */
    public String render(TextDiff diff) {
        return style.render(diff);
    }

    private void printWording(ClauseChange change, Appendable out) throws IOException {
        boolean headingShown = change.headingDiff() != null && change.headingDiff().hasChanges();
        boolean textShown = change.textDiff() != null && change.textDiff().hasChanges()
                && (change.is(ClauseChange.Kind.TEXT_CHANGED) || change.file() != ClauseChange.FileChange.NONE);
        if (!headingShown && !textShown) {
            return;
        }
        out.append('\n').append("@@ ").append(currentNumber(change)).append("  ").append(title(change)).append('\n');
        if (headingShown) {
            out.append(text("diff.heading")).append(' ').append(render(change.headingDiff())).append('\n');
        }
        if (textShown) {
            out.append(render(change.textDiff())).append('\n');
        }
    }

    String clauseLine(ClauseChange change) {
        List<String> notes = new ArrayList<>();
        char symbol = '*';
        if (change.is(ClauseChange.Kind.ADDED)) {
            symbol = '+';
            notes.add(text(change.library() ? "diff.clause.libraryAdded"
                    : change.fromLibrary() ? "diff.clause.addedFromLibrary" : "diff.clause.added"));
        } else if (change.is(ClauseChange.Kind.REMOVED)) {
            symbol = '-';
            notes.add(text(change.library() ? "diff.clause.libraryRemoved"
                    : change.toLibrary() ? "diff.clause.removedToLibrary" : "diff.clause.removed"));
        } else if (change.is(ClauseChange.Kind.MOVED)) {
            symbol = '~';
            notes.add(text("diff.clause.moved"));
        } else if (change.is(ClauseChange.Kind.RENUMBERED)) {
            symbol = '#';
            notes.add(text("diff.clause.renumbered"));
        }
        addIf(notes, change, ClauseChange.Kind.HEADING_CHANGED, "diff.clause.headingChanged");
        addIf(notes, change, ClauseChange.Kind.TEXT_CHANGED, "diff.clause.textChanged");
        addIf(notes, change, ClauseChange.Kind.METADATA_CHANGED, "diff.clause.metadataChanged");
        addIf(notes, change, ClauseChange.Kind.NEGOTIATED, "diff.clause.negotiated");
        return symbol + " " + number(change) + "  " + title(change) + " (" + String.join(", ", notes) + ")";
    }

    /**
     * "bracket b-12 in 3.2.1: option “the competent national authority” added by CHN", "bracket b-7 in 1.2 cleaned:
     * “shall” agreed", "3.2 status: under discussion → agreed in working group (at the Fourth meeting …)".
     */
    public List<String> negotiationLines(ClauseChange change) {
        List<String> lines = new ArrayList<>();
        String number = currentNumber(change);
        for (BracketChange b : change.brackets()) {
            String key = "diff.bracket." + b.kind().name();
            String who = TerminalText.line(String.join(", ", b.delegations()));
            String option = b.kind() == BracketChange.Kind.OPENED || b.kind() == BracketChange.Kind.DELETED
                    || b.kind() == BracketChange.Kind.REOPENED || b.kind() == BracketChange.Kind.DROPPED
                    ? TerminalText.line(b.option()) : quoted(b.option());
            Object fourth = switch (b.kind()) {
                case OPTION_REWORDED -> quoted(b.was());
                case STANCE -> who;
                case NOTE -> TerminalText.line(b.was());
                default -> who;
            };
            Object fifth = switch (b.kind()) {
                case STANCE -> b.is().isEmpty() ? text("diff.stance.none." + b.was()) : text("diff.stance." + b.is());
                case NOTE -> TerminalText.line(b.is());
                default -> "";
            };
            if (b.kind() == BracketChange.Kind.OPTION_ADDED && !b.delegations().isEmpty()) {
                key += ".by";
            }
            lines.add(text(key, b.bracketId(), number, option, fourth, fifth) + (b.decision() == null ? ""
                    : context(b.decision())));
        }
        for (DecisionChange d : change.decisions()) {
            lines.add(text("diff.decision", number, text("status." + d.from().key()), text("status." + d.to().key()))
                    + context(d));
        }
        return lines;
    }

    /** " (at Fourth meeting; at the request of CHN; recorded by Amina Diallo): why", or what there is of it. */
    private String context(DecisionChange d) {
        List<String> context = new ArrayList<>();
        if (!d.meeting().isEmpty()) {
            context.add(text("diff.decision.meeting", TerminalText.line(d.meeting())));
        }
        if (!d.requestedBy().isEmpty()) {
            context.add(text("diff.decision.requested", TerminalText.line(d.requestedBy())));
        }
        if (!d.recordedBy().isEmpty()) {
            context.add(text("diff.decision.recorded", TerminalText.line(d.recordedBy())));
        }
        return (context.isEmpty() ? "" : " (" + String.join("; ", context) + ")")
                + (d.note().isBlank() ? "" : ": " + TerminalText.line(d.note()));
    }

    private String quoted(String option) {
        return option.isEmpty() ? text("diff.notext") : "\u201c" + TerminalText.line(option) + "\u201d";
    }

    private void addIf(List<String> notes, ClauseChange change, ClauseChange.Kind kind, String key) {
        if (change.is(kind)) {
            notes.add(text(key));
        }
    }

    private String number(ClauseChange change) {
        if (change.library()) {
            return "[" + text("diff.library") + "]";
        }
        if (change.from() == null || change.to() == null) {
            return (change.to() != null ? change.to() : change.from()).number().toString();
        }
        return change.from().number().equals(change.to().number()) ? change.to().number().toString()
                : change.from().number() + ARROW + change.to().number();
    }

    private String currentNumber(ClauseChange change) {
        if (change.library()) {
            return number(change);
        }
        return (change.to() != null ? change.to() : change.from()).number().toString();
    }

    // Outline-only clauses of a partial project have no heading to show; their id still names them.
    private static String title(ClauseChange change) {
        return change.heading().isBlank() ? "[" + change.clauseId() + "]" : TerminalText.line(change.heading());
    }

    String structureLine(StructureChange change) {
        String level = change.level() == StructureChange.Level.PART ? "diff.part" : "diff.section";
        String numbers = numbers(change.oldNumber(), change.newNumber());
        List<String> notes = new ArrayList<>();
        char symbol = change.is(StructureChange.Kind.ADDED) ? '+' : change.is(StructureChange.Kind.REMOVED) ? '-'
                : change.is(StructureChange.Kind.MOVED) ? '~' : '*';
        for (StructureChange.Kind kind : StructureChange.Kind.values()) {
            if (change.is(kind)) {
                notes.add(text("diff.structure." + kind.name().toLowerCase(Locale.ROOT),
                        TerminalText.line(change.oldTitle())));
            }
        }
        String title = TerminalText.line(change.newTitle().isEmpty() ? change.oldTitle() : change.newTitle());
        return symbol + " " + text(level, numbers) + "  " + title + " (" + String.join(", ", notes) + ")";
    }

    private static String numbers(OutlineNumber was, OutlineNumber is) {
        if (was == null || is == null || was.equals(is)) {
            return String.valueOf(is != null ? is : was);
        }
        return was + ARROW + is;
    }

    String infoLine(InfoChange change) {
        String field = text("diff.info." + change.field().name().toLowerCase(Locale.ROOT));
        String was = TerminalText.line(change.oldValue());
        String is = TerminalText.line(change.newValue());
        if (was.isEmpty()) {
            return "+ " + field + ": " + is;
        }
        if (is.isEmpty()) {
            return "- " + field + ": " + was;
        }
        return "* " + field + ": " + was + ARROW + is;
    }

    private String text(String key, Object... args) {
        return messages.format(key, args);
    }
}
