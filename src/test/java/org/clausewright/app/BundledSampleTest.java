package org.clausewright.app;

import org.clausewright.diff.ClauseChange;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Brackets;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample is what a new member sees first: it must be complete, valid, and have history worth comparing. */
class BundledSampleTest {
    @TempDir
    Path temp;
    private Path dir;

    @BeforeEach
    void install() throws Exception {
        dir = temp.resolve("model-code");
        BundledSample.install(dir);
    }

    @Test
    void theSampleIsAValidDraftOfTenPartsWithLibraryMembersAndThreads() throws Exception {
        assertThat(Validation.validate(dir)).isEqualTo(new Validation.Verdict(List.of(), List.of()));
        try (ProjectSession session = ProjectSession.open(dir, "Tester")) {
            Project p = session.project();
            assertThat(p.info().title()).isEqualTo("Model Code of Conduct for Biological Scientists");
            assertThat(p.outline().parts()).hasSize(10);
            p.outline().parts().forEach(part -> assertThat(part.clauseIds()).hasSizeBetween(2, 4));
            assertThat(p.outline().clauseIds()).hasSizeGreaterThanOrEqualTo(20);
            assertThat(p.library()).isNotEmpty().anyMatch(c -> c.alternativeOf() != null);
            assertThat(p.info().members()).hasSize(4);
            assertThat(p.threadCount()).isGreaterThanOrEqualTo(5);
            List<AnnotationThread> threads = p.threads().values().stream().flatMap(List::stream).toList();
            assertThat(threads).anyMatch(t -> !t.replies().isEmpty()).anyMatch(t -> !t.isOpen())
                    .anyMatch(AnnotationThread::isOpen).noneMatch(AnnotationThread::detached);
            long bracketed = p.clauses().values().stream().filter(c -> Brackets.in(c.text()).openCount() > 0).count();
            assertThat(bracketed).isGreaterThanOrEqualTo(3);
            assertThat(session.hasUnsavedChanges()).as("every anchor of the sample is exact").isFalse();
        }
    }

    @Test
    void theSampleHasRecordedVersionsWithRealDifferences() throws Exception {
        try (VersionHistory history = VersionHistory.open(dir)) {
            List<Version> log = history.log();
            assertThat(log).hasSizeGreaterThanOrEqualTo(3);
            for (int i = log.size() - 1; i > 0; i--) {
                VersionComparison c = VersionComparison.compare(history, log.get(i), log.get(i - 1));
                assertThat(c.comparison().clauses()).as(log.get(i - 1).label())
                        .anyMatch(change -> change.is(ClauseChange.Kind.TEXT_CHANGED));
                assertThat(ProjectReader.read(history.files(log.get(i))).problems()).isEmpty();
            }
            VersionComparison whole = VersionComparison.compare(history, log.get(log.size() - 1), log.get(0));
            assertThat(whole.comparison().clauses()).anyMatch(change -> change.is(ClauseChange.Kind.ADDED))
                    .anyMatch(change -> change.is(ClauseChange.Kind.MOVED));
            assertThat(history.changedPaths(log.get(0), org.clausewright.history.Revision.WORKING)).isEmpty();
        }
    }
}
