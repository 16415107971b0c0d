package org.clausewright.command;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.Section;
import org.clausewright.model.TextAnchor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A small draft: part p1 holds c1, section s1 (c2, c3) and c4; part p2 holds c5; c9 is in the library. */
final class Drafts {
    static final Instant T = Instant.parse("2026-01-05T10:00:00Z");

    private Drafts() {
    }

    static Project small() {
        Outline outline = new Outline(List.of(
                new Part("p1", "Ethical standards", List.of(new ClauseRef("c1"),
                        new Section("s1", "Awareness", List.of("c2", "c3")), new ClauseRef("c4"))),
                new Part("p2", "Research", List.of(new ClauseRef("c5")))));
        Map<String, Clause> clauses = new java.util.TreeMap<>();
        for (String id : List.of("c1", "c2", "c3", "c4", "c5", "c9")) {
            clauses.put(id, Clause.of(id, "Heading " + id, "Scientists should report [dual-use] risks in " + id + "."));
        }
        String text = clauses.get("c1").text();
        int start = text.indexOf("report");
        AnnotationThread t = AnnotationThread.open("t-1", TextAnchor.of(text, start, start + 6),
                AnnotationKind.COMMENT, "Li Wei", T, "Why report?");
        return new Project(ProjectInfo.titled("test", "Test code"), outline, clauses, Map.of("c1", List.of(t)));
    }

    static List<String> order(Project project) {
        return project.outline().clauseIds();
    }
}
