package org.clausewright.app;

import org.clausewright.diff.ClauseChange;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Adoption;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketOption;
import org.clausewright.model.BracketState;
import org.clausewright.model.Brackets;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.DecisionKind;
import org.clausewright.model.Meeting;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
    void theSampleNegotiatesWithAttributedBracketsAndDecisionsTakenAtItsMeetings() throws Exception {
        try (ProjectSession session = ProjectSession.open(dir, "Tester")) {
            Project p = session.project();
            assertThat(p.info().delegations()).hasSizeBetween(5, 8)
                    .allSatisfy(d -> assertThat(d.shortName()).matches("[A-Z]{3}"))
                    .anyMatch(d -> !d.group().isEmpty());
            assertThat(p.info().meetings()).hasSize(4).allSatisfy(m -> {
                assertThat(m.date()).isNotNull();
                assertThat(m.place()).isNotBlank();
            });
            // members belong to delegations; the chair and the secretariat to none
            assertThat(p.info().members()).allSatisfy(m -> assertThat(m.delegation().isEmpty())
                    .isEqualTo(m.role().equals("Chair") || m.role().equals("Secretariat")));

            List<Clause> placed = p.outline().clauseIds().stream().map(id -> p.clause(id).orElseThrow()).toList();
            List<Bracket> open = placed.stream().flatMap(c -> c.brackets().stream()).filter(Bracket::isOpen).toList();
            assertThat(open).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(b -> assertThat(b.options()).anyMatch(BracketOption::isAttributed))
                    .anyMatch(b -> b.options().size() >= 2 && b.options().stream().anyMatch(o -> !o.opposedBy().isEmpty()))
                    .anyMatch(b -> b.options().stream().anyMatch(o -> !o.note().isEmpty()));
            // every open bracket of a text has its record, and every name in them is a listed party
            for (Clause c : placed) {
                assertThat(c.brackets().stream().filter(Bracket::isOpen)).as(c.id()).hasSize(c.openBracketCount());
            }
            assertThat(placed).anyMatch(c -> c.brackets().stream().anyMatch(b -> b.state() == BracketState.CLEANED));

            Map<ClauseStatus, Long> statuses = placed.stream().collect(Collectors.groupingBy(Clause::status,
                    Collectors.counting()));
            assertThat(statuses.get(ClauseStatus.AGREED_WG)).isGreaterThanOrEqualTo(3);
            assertThat(statuses.get(ClauseStatus.AGREED)).isEqualTo(1);
            assertThat(statuses.get(ClauseStatus.AGREED_AD_REF)).isEqualTo(1);
            assertThat(statuses.get(ClauseStatus.UNDER_DISCUSSION)).isPositive();
            Set<String> meetings = p.info().meetings().stream().map(Meeting::id).collect(Collectors.toSet());
            assertThat(p.clauses().values().stream().flatMap(c -> c.decisions().stream()))
                    .isNotEmpty()
                    .allSatisfy(d -> {
                        assertThat(meetings).contains(d.meeting());
                        assertThat(d.time()).isNotNull();
                    })
                    .anyMatch(d -> d.kind() == DecisionKind.BRACKET_CLEANED);
            // agreed wording has no open bracket, and the draft cannot be adopted yet
            assertThat(placed).filteredOn(c -> c.status().needsCleanText())
                    .allSatisfy(c -> assertThat(Negotiation.openBrackets(c)).as(c.id()).isEmpty());
            assertThat(Adoption.canAdopt(p)).isFalse();
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
