package org.clausewright.docx;

import org.clausewright.model.Bracket;
import org.clausewright.model.BracketGroup;
import org.clausewright.model.BracketLayout;
import org.clausewright.model.BracketOption;
import org.clausewright.model.Clause;
import org.clausewright.model.Decision;
import org.clausewright.model.DecisionKind;
import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.model.Numbering;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The annex "Compilation of proposals": the list of delegations, then clause by clause every open bracket with
 * its options and who proposes, supports and opposes each, and the clause's decision log. Clauses with nothing
 * to report are left out; a sentence says so when no clause has anything.
 */
final class Compilation {
    private final Project project;
    private final Messages messages;
    private final BracketNotes notes;
    private final DateTimeFormatter dates;
    /** Decisions' dates as written: a clause's decisions are taken at a few meetings. */
    private final Map<Instant, String> written = new HashMap<>();

    Compilation(Project project, Messages messages, BracketNotes notes) {
        this.project = project;
        this.messages = messages;
        this.notes = notes;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
    }

    void write(BodyWriter body) {
        body.paragraph("AnnexHeading", messages.get("compilation.title"));
        Numbering numbering = project.outline().numbering();
        List<Runnable> clauses = new ArrayList<>();
        for (String id : project.outline().clauseIds()) {
            Clause clause = project.clause(id).orElse(null);
            if (clause == null) {
                continue;
            }
            List<String[]> brackets = brackets(clause);
            List<String[]> decisions = decisions(clause);
            if (!brackets.isEmpty() || !decisions.isEmpty()) {
                clauses.add(() -> clause(body, numbering.label(id) + " " + clause.heading(), brackets, decisions));
            }
        }
        if (clauses.isEmpty()) {
            body.paragraph("Normal", messages.get("compilation.none"));
            return;
        }
        delegations(body);
        clauses.forEach(Runnable::run);
    }

    private void delegations(BodyWriter body) {
        ProjectInfo info = project.info();
        if (info.delegations().isEmpty()) {
            return;
        }
        label(body, messages.get("compilation.delegations"));
        List<String[]> rows = new ArrayList<>();
        for (Delegation d : info.delegations()) {
            rows.add(new String[] {d.shortName(), d.name(), d.group()});
        }
        body.table(new String[] {messages.get("compilation.shortName"), messages.get("compilation.delegation"),
                messages.get("compilation.group")}, rows, new int[] {15, 60, 25});
    }

    private void clause(BodyWriter body, String title, List<String[]> brackets, List<String[]> decisions) {
        body.paragraph("CoverHeading", title);
        if (!brackets.isEmpty()) {
            body.table(new String[] {messages.get("compilation.bracket"), messages.get("compilation.option"),
                    messages.get("compilation.proposed"), messages.get("compilation.supported"),
                    messages.get("compilation.opposed"), messages.get("compilation.note")}, brackets,
                    new int[] {16, 26, 13, 13, 13, 19});
        }
        if (!decisions.isEmpty()) {
            label(body, messages.get("compilation.log"));
            body.table(new String[] {messages.get("compilation.date"), messages.get("compilation.meeting"),
                    messages.get("compilation.decision"), messages.get("compilation.requestedBy"),
                    messages.get("compilation.recordedBy"), messages.get("compilation.note")}, decisions,
                    new int[] {13, 20, 25, 13, 13, 16});
        }
    }

    /** A bold line above a table. */
    static void label(BodyWriter body, String text) {
        ParagraphWriter p = body.paragraph();
        p.style("Normal");
        p.bold(true);
        p.keepWithNext();
        p.text(text, org.clausewright.diff.DiffSegment.Kind.EQUAL, null);
    }

    /** One row per option of each open bracket: the text's brackets in order, then records no longer in it. */
    private List<String[]> brackets(Clause clause) {
        List<String[]> rows = new ArrayList<>();
        BracketLayout layout = notes.layout(clause);
        List<BracketGroup> groups = layout.groups();
        for (int k = 0; k < groups.size(); k++) {
            Bracket record = layout.bracketAt(k).orElse(null);
            if (record == null) {
                options(rows, messages.get("compilation.typed"),
                        groups.get(k).options().stream().map(BracketOption::unattributed).toList());
            } else {
                options(rows, record.id(), record.options());
            }
        }
        for (Bracket detached : layout.detached()) {
            options(rows, messages.get("compilation.detached", detached.id()), detached.options());
        }
        return rows;
    }

    private void options(List<String[]> rows, String bracket, List<BracketOption> options) {
        for (int i = 0; i < options.size(); i++) {
            BracketOption o = options.get(i);
            rows.add(new String[] {i == 0 ? bracket : "", (i + 1) + ". " + notes.wording(o), notes.names(o.proposedBy()),
                    notes.names(o.supportedBy()), notes.names(o.opposedBy()), o.note()});
        }
    }

    private List<String[]> decisions(Clause clause) {
        List<String[]> rows = new ArrayList<>();
        for (Decision d : clause.decisions()) {
            String date = d.time() == null ? messages.get("compilation.undated")
                    : written.computeIfAbsent(d.time(), t -> dates.format(t.atZone(ZoneOffset.UTC)));
            String meeting = d.meeting().isEmpty() ? ""
                    : project.info().meeting(d.meeting()).map(Meeting::title).orElse(d.meeting());
            String requested = d.requestedBy().isEmpty() ? "" : project.info().shortNameOf(d.requestedBy());
            rows.add(new String[] {date, meeting, what(clause, d), requested, d.recordedBy(), d.note()});
        }
        return rows;
    }

    /** "Status: under discussion → agreed in working group", "Bracket b-7 cleaned: “shall” agreed". */
    private String what(Clause clause, Decision d) {
        if (d.kind() == DecisionKind.STATUS) {
            return messages.repeated("compilation.status", status(d.from().key()), status(d.to().key()));
        }
        if (d.kind() == DecisionKind.BRACKET_DELETED) {
            return messages.get("compilation.bracketDeleted", d.bracket());
        }
        String chosen = clause.bracket(d.bracket())
                .filter(b -> d.chosen() >= 0 && d.chosen() < b.options().size())
                .map(b -> notes.wording(b.options().get(d.chosen())))
                .orElse(messages.get("compilation.optionNumber", d.chosen() + 1));
        return messages.get("compilation.bracketCleaned", d.bracket(), chosen);
    }

    private String status(String key) {
        return messages.get("status." + key);
    }
}
