package org.clausewright.docx;

import org.clausewright.command.AttributeOption;
import org.clausewright.command.CommandStack;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketOption.Stance;
import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A small negotiated draft made in memory with the model and the edit commands, for the export tests. */
final class Negotiated {
    static final String DUTY = "Scientists [shall][should] avoid harm [at all times][].";
    static final String REPORT = "Report concerns to [the competent national authority].";
    static final String PLAIN = "Keep records.";

    private Negotiated() {
    }

    static ProjectInfo info() {
        return Fixtures.info()
                .withDelegations(List.of(new Delegation("aldoria", "Republic of Aldoria", "ALD", "WEOG"),
                        new Delegation("borania", "Kingdom of Borania", "BRM", ""),
                        new Delegation("cathay", "Cathay Federation", "CTH", "G-77")))
                .withMeetings(List.of(new Meeting("m-4", "Fourth meeting of the drafting committee",
                        LocalDate.of(2026, 3, 2), "Geneva")));
    }

    /** Three clauses: two with open brackets (attributed through the commands), one with none. */
    static Project project() {
        Clause duty = BracketSync.reconcile(Clause.of("duty-of-care", "Duty of care", DUTY));
        Clause report = BracketSync.reconcile(Clause.of("report-concerns", "Reporting", REPORT));
        Clause plain = Clause.of("records", "Records", PLAIN);
        Outline outline = new Outline(List.of(new Part("ethics", "Ethics", List.of(new ClauseRef("duty-of-care"),
                new ClauseRef("report-concerns"), new ClauseRef("records")))));
        Project p = new Project(info(), outline, Map.of(duty.id(), duty, report.id(), report, plain.id(), plain),
                Map.of());
        CommandStack stack = new CommandStack(p);
        String shallShould = duty.brackets().get(0).id();
        String times = duty.brackets().get(1).id();
        String authority = report.brackets().get(0).id();
        stack.execute(new AttributeOption("duty-of-care", shallShould, 0, "aldoria", Stance.PROPOSES));
        stack.execute(new AttributeOption("duty-of-care", shallShould, 0, "borania", Stance.SUPPORTS));
        stack.execute(new AttributeOption("duty-of-care", shallShould, 0, "cathay", Stance.OPPOSES));
        stack.execute(new AttributeOption("duty-of-care", shallShould, 1, "cathay", Stance.PROPOSES));
        stack.execute(new AttributeOption("report-concerns", authority, 0, "cathay", Stance.PROPOSES));
        stack.execute(new AttributeOption("report-concerns", authority, 0, "aldoria", Stance.OPPOSES));
        Project result = stack.current();
        Bracket check = result.clause("duty-of-care").orElseThrow().bracket(times).orElseThrow();
        if (check.options().size() != 2) {
            throw new IllegalStateException("fixture: " + check);
        }
        return result;
    }
}
