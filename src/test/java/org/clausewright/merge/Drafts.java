package org.clausewright.merge;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Delegation;
import org.clausewright.model.Member;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.Section;
import org.clausewright.model.TextAnchor;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ProjectWriter;
import org.clausewright.store.ReadResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Small drafts for merge tests, and the check that a merged draft is one the reader accepts. */
final class Drafts {
    static final MergeSide OSLO = new MergeSide("Ingrid Solberg", "nor", "origin");
    static final MergeSide GENEVA = new MergeSide("Amina Diallo", "", "this workstation");
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private Drafts() {
    }

    /** Part p-a: c-1, c-2, c-3; part p-b: section s-x (c-4, c-5), then c-6. */
    static Project base() {
        ProjectInfo info = new ProjectInfo("model-code", "Model Code", "", List.of(new Member("Ingrid Solberg",
                "", "", "", "nor"), new Member("Amina Diallo", "", "Chair", "")), List.of(), List.of(),
                List.of(new Delegation("nor", "Norway", "NOR", "WEOG")), List.of());
        Map<String, Clause> clauses = new TreeMap<>();
        String[] texts = {
            "Scientists shall consider whether their work could be misused to cause harm.",
            "Institutions should train their staff in biosafety and biosecurity.",
            "Results of concern are reported to the institutional review board.",
            "Materials are stored in secure facilities.",
            "Access to pathogens is limited to trained personnel.",
            "Every member of the team knows this code."};
        for (int i = 1; i <= 6; i++) {
            clauses.put("c-" + i, Clause.of("c-" + i, "Heading " + i, texts[i - 1]));
        }
        Outline outline = new Outline(List.of(
                new Part("p-a", "Part A", List.of(new ClauseRef("c-1"), new ClauseRef("c-2"), new ClauseRef("c-3"))),
                new Part("p-b", "Part B", List.of(new Section("s-x", "Section X", List.of("c-4", "c-5")),
                        new ClauseRef("c-6")))));
        return new Project(info, outline, clauses, Map.of());
    }

    static Project withText(Project p, String id, String text) {
        return p.withClause(BracketSync.reconcile(p.clause(id).orElseThrow().withText(text)));
    }

    static String text(Project p, String id) {
        return p.clause(id).orElseThrow().text();
    }

    static AnnotationThread thread(String id, String author, String text) {
        return AnnotationThread.open(id, TextAnchor.wholeClause(), AnnotationKind.COMMENT, author, T0, text);
    }

    static Project withThread(Project p, String clauseId, AnnotationThread thread) {
        List<AnnotationThread> list = new ArrayList<>(p.threadsOf(clauseId));
        list.removeIf(t -> t.id().equals(thread.id()));
        list.add(thread);
        return p.withThreads(clauseId, list);
    }

    /** The outline's clause ids part by part: "p-a: c-1 c-2 | p-b: [s-x: c-4] c-6". */
    static String shape(Outline outline) {
        List<String> parts = new ArrayList<>();
        for (Part part : outline.parts()) {
            List<String> items = new ArrayList<>();
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    items.add(ref.clauseId());
                } else if (item instanceof Section s) {
                    items.add("[" + s.id() + ":" + (s.clauseIds().isEmpty() ? "" : " ")
                            + String.join(" ", s.clauseIds()) + "]");
                }
            }
            parts.add(part.id() + ":" + (items.isEmpty() ? "" : " ") + String.join(" ", items));
        }
        return String.join(" | ", parts);
    }

    /** Writes the merged draft to a folder and reads it back: the reader finds no problem, and the same draft. */
    static void assertReadsBack(Project merged) {
        try {
            Path dir = Files.createTempDirectory("merge-test");
            try {
                new ProjectWriter(new ProjectFolder(dir)).writeAll(merged);
                ReadResult read = ProjectReader.read(new ProjectFolder(dir));
                assertThat(read.problems()).as("problems reading the merged draft").isEmpty();
                assertThat(read.project().outline()).isEqualTo(merged.outline());
                assertThat(read.project().clauses()).isEqualTo(merged.clauses());
                assertThat(read.project().threads()).isEqualTo(merged.threads());
            } finally {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("could not write or read the merged draft: " + e.getMessage(), e);
        }
    }
}
