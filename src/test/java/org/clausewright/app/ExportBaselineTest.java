package org.clausewright.app;

import org.clausewright.app.bench.SyntheticProject;
import org.clausewright.docx.Baseline;
import org.clausewright.docx.CommentScope;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFiles;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ProjectWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExportBaselineTest {
    @TempDir
    Path dir;

    private Project before;
    private Project after;
    private Version first;

    /** Three clause edits and a clause taken out of the outline recorded; one more edit left unrecorded. */
    private void history(VersionHistory history) throws Exception {
        SyntheticProject synthetic = new SyntheticProject(11);
        before = synthetic.generate(4, 120, 200);
        ProjectWriter writer = new ProjectWriter(new ProjectFolder(dir));
        writer.writeAll(before);
        first = history.record("One", "", "Amina", Instant.parse("2026-01-01T00:00:00Z"));
        Project next = before;
        for (int n : new int[] {3, 50, 99}) {
            Clause c = next.clause(SyntheticProject.clauseId(n)).orElseThrow();
            next = next.withClause(c.withText(c.text() + " Added words."));
        }
        List<Part> parts = new ArrayList<>(next.outline().parts());
        Part p0 = parts.get(0);
        parts.set(0, new Part(p0.id(), p0.title(), p0.items().stream()
                .filter(i -> !(i instanceof ClauseRef r && r.clauseId().equals(SyntheticProject.clauseId(1))))
                .toList()));
        next = next.withOutline(new Outline(parts)).withoutClause(SyntheticProject.clauseId(1));
        writer.save(before, next);
        history.record("Two", "", "Li", Instant.parse("2026-01-02T00:00:00Z"));
        Clause c = next.clause(SyntheticProject.clauseId(7)).orElseThrow();
        after = next.withClause(c.withText("Rewritten by hand."));
        writer.save(next, after);
    }

    @Test
    void theBaselineHoldsTheComparedVersionsOutlineClausesAsAFullReadWould() throws Exception {
        try (VersionHistory history = VersionHistory.open(dir)) {
            history(history);
            ExportSettings settings = new ExportSettings(null, "One", CommentScope.OPEN, false, false, null, false,
                    Locale.ENGLISH);
            Baseline baseline = Export.request(history, settings, "Tester", Instant.now()).baseline();
            Project full = ProjectReader.read(history.files(first)).orThrow();
            assertThat(baseline.previous().outline()).isEqualTo(full.outline());
            for (String id : full.outline().clauseIds()) {
                assertThat(baseline.previous().clause(id)).as(id).isEqualTo(full.clause(id));
            }
            assertThat(baseline.authorOf(SyntheticProject.clauseId(3)).name()).isEqualTo("Li");
            assertThat(baseline.authorOf(SyntheticProject.clauseId(7)).name()).isEqualTo("Tester");
            assertThat(baseline.outline().name()).isEqualTo("Li");
        }
    }

    @Test
    void onlyTheClauseFilesThatChangedAreReadFromTheBaseline() throws Exception {
        try (VersionHistory history = VersionHistory.open(dir)) {
            history(history);
            List<String> read = new ArrayList<>();
            ProjectFiles files = history.files(first);
            ProjectFiles counting = new ProjectFiles() {
                @Override
                public Optional<byte[]> read(String path) throws IOException {
                    read.add(path);
                    return files.read(path);
                }

                @Override
                public List<String> list(String folder) throws IOException {
                    return files.list(folder);
                }
            };
            Set<String> changed = Set.of(SyntheticProject.clauseId(1), SyntheticProject.clauseId(3));
            Project baseline = BaselineProject.read(counting, after, changed);
            assertThat(read).containsExactlyInAnyOrder("project.json", "outline.json",
                    "clauses/" + SyntheticProject.clauseId(1) + ".json", "clauses/" + SyntheticProject.clauseId(3) + ".json");
            assertThat(baseline.clause(SyntheticProject.clauseId(1))).isEqualTo(before.clause(SyntheticProject.clauseId(1)));
            assertThat(baseline.clause(SyntheticProject.clauseId(20))).containsSame(after.clause(SyntheticProject.clauseId(20)).orElseThrow());
        }
    }
}
