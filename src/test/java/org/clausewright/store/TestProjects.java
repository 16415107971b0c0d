package org.clausewright.store;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Category;
import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.Decided;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Member;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.Reply;
import org.clausewright.model.Resolution;
import org.clausewright.model.Section;
import org.clausewright.model.SourceDocument;
import org.clausewright.model.TextAnchor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A small project with one of everything, for store tests. */
final class TestProjects {
    private TestProjects() {
    }

    static Project small() {
        ProjectInfo info = new ProjectInfo("model-code", "Model Code", "Draft for tests",
                List.of(new Member("Amina Diallo", "Institut Pasteur de Dakar", "Chair", "AD"),
                        new Member("Li Wei", "Tianjin University", "Member", "")),
                List.of(new Category("ethics", "Ethical standards")),
                List.of(new SourceDocument("tianjin-2021", "Tianjin Biosecurity Guidelines", "BWC/MSP/2021", "")));
        Clause a = Decided.as(BracketSync.reconcile(new Clause("duty-of-care", "Duty of care",
                "Scientists [shall][should] avoid harm.\n(a) at design;\n(b) before publication — always.",
                "ethics", List.of("harm", "dual-use"), "Core duty.", List.of("tianjin-2021"), null, List.of(),
                List.of())), ClauseStatus.UNDER_DISCUSSION);
        Clause b = Clause.of("report-concerns", "Reporting concerns", "Report concerns to the institution.");
        Clause c = Clause.of("alt-duty", "Duty of care (short)", "Do no harm.").withAlternativeOf("duty-of-care");
        Outline outline = new Outline(List.of(
                new Part("ethics", "Ethical standards", List.of(new ClauseRef("duty-of-care"),
                        new Section("reporting", "Reporting", List.of("report-concerns"))))));
        TextAnchor anchor = TextAnchor.of(a.text(), a.text().indexOf("avoid harm"), a.text().indexOf("avoid harm") + 10);
        AnnotationThread open = AnnotationThread.open("t-00000001", anchor, AnnotationKind.QUESTION, "Li Wei",
                Instant.parse("2026-01-05T10:00:00Z"), "Which harms?");
        AnnotationThread resolved = new AnnotationThread("t-00000002", TextAnchor.wholeClause(),
                AnnotationKind.SUGGESTION, "Amina Diallo", Instant.parse("2026-01-06T10:00:00Z"), "Shorter",
                "Do no harm.", List.of(new Reply("r-00000001", "Li Wei", Instant.parse("2026-01-07T10:00:00Z"), "Agreed")),
                new Resolution("Amina Diallo", Instant.parse("2026-01-08T10:00:00Z")), false);
        return new Project(info, outline, Map.of(a.id(), a, b.id(), b, c.id(), c),
                Map.of(a.id(), List.of(open, resolved)));
    }
}
