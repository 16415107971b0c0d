package org.clausewright.docx;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Member;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.Reply;
import org.clausewright.model.Resolution;
import org.clausewright.model.Section;
import org.clausewright.model.SourceDocument;
import org.clausewright.model.TextAnchor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Two versions of a small code of conduct, with threads, for export tests. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    static final String DUTY_TEXT = "Scientists [shall][should] avoid harm.\n(a) at design;\n(b) before publication.";

    private Fixtures() {
    }

    static ProjectInfo info() {
        return new ProjectInfo("model-code", "Model Code", "Draft for tests",
                List.of(new Member("Amina Diallo", "Institut Pasteur de Dakar", "Chair", "AD"),
                        new Member("Li Wei", "Tianjin University", "Member", "")),
                List.of(), List.of(new SourceDocument("tianjin-2021", "Tianjin Biosecurity Guidelines", "", "")));
    }

    /** The earlier version: three clauses, one of which ("old-rule") the later version drops. */
    static Project before() {
        Map<String, Clause> clauses = Map.of(
                "duty-of-care", Clause.of("duty-of-care", "Duty of care",
                        "Scientists [shall][should] avoid harm.\n(a) at design;"),
                "old-rule", Clause.of("old-rule", "Old rule", "An old rule that was dropped."),
                "report-concerns", Clause.of("report-concerns", "Reporting", "Report concerns to the institution."));
        Outline outline = new Outline(List.of(
                new Part("ethics", "Ethics", List.of(new ClauseRef("duty-of-care"), new ClauseRef("old-rule"))),
                new Part("conduct", "Conduct", List.of(new Section("reporting", "Reporting concerns",
                        List.of("report-concerns"))))));
        return new Project(info(), outline, clauses, Map.of());
    }

    /** The exported version: wording changed, a paragraph and a clause added, a clause removed; with threads. */
    static Project after() {
        Clause duty = new Clause("duty-of-care", "Duty of care", DUTY_TEXT, "", List.of(), "",
                List.of("tianjin-2021"), null, List.of(), List.of());
        Clause report = Clause.of("report-concerns", "Reporting concerns", "Report concerns promptly to the institution.");
        Clause added = Clause.of("new-duty", "A new duty", "Scientists should mentor others.");
        AnnotationThread open = AnnotationThread.open("t-1", TextAnchor.of(DUTY_TEXT, 11, 26),
                        AnnotationKind.QUESTION, "Li Wei", T0, "Which one?")
                .withReply(new Reply("r-1", "Amina Diallo", T1, "Should, as agreed."));
        AnnotationThread resolved = AnnotationThread.open("t-2", TextAnchor.of(report.text(), 0, 6),
                AnnotationKind.COMMENT, "Amina Diallo", T0, "Fine.").resolved(new Resolution("Amina Diallo", T1));
        AnnotationThread detached = AnnotationThread.open("t-3", new TextAnchor("gone words", "", "", 3, 13),
                AnnotationKind.OBJECTION, "Li Wei", T0, "Object.").reanchored(
                new TextAnchor("gone words", "", "", 3, 13), true);
        Outline outline = new Outline(List.of(
                new Part("ethics", "Ethical standards", List.<OutlineItem>of(new ClauseRef("duty-of-care"))),
                new Part("conduct", "Conduct", List.of(new Section("reporting", "Reporting concerns",
                        List.of("report-concerns", "new-duty"))))));
        return new Project(info(), outline,
                Map.of(duty.id(), duty, report.id(), report, added.id(), added),
                Map.of(duty.id(), List.of(open, detached), report.id(), List.of(resolved)));
    }

    static ExportRequest request(Project project, Baseline baseline, ExportOptions options) {
        return new ExportRequest(project, new VersionStamp("0123456789abcdef0123456789abcdef01234567",
                "Working draft 2", T1, null, "Amina Diallo"), options, baseline);
    }

    static Baseline baseline() {
        ChangeAuthor li = new ChangeAuthor("Li Wei", T0);
        ChangeAuthor amina = new ChangeAuthor("Amina Diallo", T1);
        return new Baseline(before(), "Working draft 1", Map.of("duty-of-care", li), amina, amina);
    }

    static ExportOptions everything() {
        return new ExportOptions(CommentScope.ALL, true, true, "DRAFT", true, Locale.ENGLISH);
    }

    static byte[] export(ExportRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WordExport.write(request, out);
        return out.toByteArray();
    }
}
