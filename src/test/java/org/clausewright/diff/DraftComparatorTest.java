package org.clausewright.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.clausewright.diff.Drafts.clause;
import static org.clausewright.diff.Drafts.part;
import static org.clausewright.diff.Drafts.partial;
import static org.clausewright.diff.Drafts.project;
import static org.clausewright.diff.Drafts.ref;
import static org.clausewright.diff.Drafts.section;

import java.util.List;
import java.util.Set;
import org.clausewright.diff.ClauseChange.FileChange;
import org.clausewright.diff.ClauseChange.Kind;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Decided;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;

class DraftComparatorTest {

    private final Project base = project(List.of(part("p1", "a", "b", "c"), part("p2", "d", "e")), "lib");

    @Test
    void identicalProjectsHaveNoDifferences() {
        Comparison comparison = DraftComparator.compare(base, base);

        assertThat(comparison.isEmpty()).isTrue();
        assertThat(comparison.summary().isEmpty()).isTrue();
    }

    @Test
    void aChangedWordShowsAsRemovedAndInsertedInTheClauseText() {
        Project edited = base.withClause(clause("b").withText("Text about b."));

        ClauseChange b = DraftComparator.compare(base, edited).clause("b").orElseThrow();

        assertThat(b.kinds()).containsExactly(Kind.TEXT_CHANGED);
        assertThat(b.textDiff().segments()).containsExactly(
                new DiffSegment(DiffSegment.Kind.EQUAL, "Text "),
                new DiffSegment(DiffSegment.Kind.DELETED, "of"),
                new DiffSegment(DiffSegment.Kind.INSERTED, "about"),
                new DiffSegment(DiffSegment.Kind.EQUAL, " b."));
        assertThat(b.headingDiff().hasChanges()).isFalse();
    }

    @Test
    void aChineseWordChangedShowsAsThatWordAndThaiAsItsWord() {
        Project before = base.withClause(clause("b").withText("科学家应当在研究开始前评估其可预见的风险。"))
                .withClause(clause("c").withText("นักวิทยาศาสตร์ควรประเมินความเสี่ยง"));
        Project after = before.withClause(clause("b").withText("科学家应当在研究开始前审查其可预见的风险。"))
                .withClause(clause("c").withText("นักวิทยาศาสตร์ต้องประเมินความเสี่ยง"));

        Comparison comparison = DraftComparator.compare(before, after);

        TextDiff zh = comparison.clause("b").orElseThrow().textDiff();
        assertThat(zh.segments()).extracting(DiffSegment::kind, DiffSegment::text).containsExactly(
                tuple(DiffSegment.Kind.EQUAL, "科学家应当在研究开始前"), tuple(DiffSegment.Kind.DELETED, "评估"),
                tuple(DiffSegment.Kind.INSERTED, "审查"), tuple(DiffSegment.Kind.EQUAL, "其可预见的风险。"));
        assertThat(zh.wordsDeleted()).isEqualTo(1);
        TextDiff th = comparison.clause("c").orElseThrow().textDiff();
        assertThat(th.segments()).extracting(DiffSegment::kind).containsExactly(DiffSegment.Kind.EQUAL,
                DiffSegment.Kind.DELETED, DiffSegment.Kind.INSERTED, DiffSegment.Kind.EQUAL);
        assertThat(th.wordsDeleted()).isEqualTo(1);
    }

    @Test
    void movingAClauseToAnotherPartIsMovedNotRemovedAndAdded() {
        Project moved = project(List.of(part("p1", "a", "c"), part("p2", "d", "b", "e")), "lib");

        Comparison comparison = DraftComparator.compare(base, moved);

        ClauseChange b = comparison.clause("b").orElseThrow();
        assertThat(b.kinds()).containsExactly(Kind.MOVED);
        assertThat(b.from().number()).hasToString("1.2");
        assertThat(b.to().number()).hasToString("2.2");
        assertThat(b.to().partId()).isEqualTo("p2");
        assertThat(comparison.summary().added()).isZero();
        assertThat(comparison.summary().removed()).isZero();
        assertThat(comparison.clause("c").orElseThrow().kinds()).containsExactly(Kind.RENUMBERED);
        assertThat(comparison.clause("e").orElseThrow().kinds()).containsExactly(Kind.RENUMBERED);
        assertThat(comparison.clause("a")).isEmpty();
    }

    @Test
    void movingOneClauseDownMarksOnlyThatClauseAsMoved() {
        Project moved = project(List.of(part("p1", "b", "c", "a"), part("p2", "d", "e")), "lib");

        Comparison comparison = DraftComparator.compare(base, moved);

        assertThat(comparison.clause("a").orElseThrow().kinds()).containsExactly(Kind.MOVED);
        assertThat(comparison.clause("b").orElseThrow().kinds()).containsExactly(Kind.RENUMBERED);
        assertThat(comparison.summary().moved()).isEqualTo(1);
    }

    @Test
    void insertingAClauseRenumbersTheLaterOnesWithoutMovingThem() {
        Project inserted = project(List.of(part("p1", "a", "new", "b", "c"), part("p2", "d", "e")), "lib");

        Comparison comparison = DraftComparator.compare(base, inserted);

        ClauseChange added = comparison.clause("new").orElseThrow();
        assertThat(added.kinds()).containsExactly(Kind.ADDED);
        assertThat(added.file()).isEqualTo(FileChange.CREATED);
        assertThat(added.textDiff().newText()).isEqualTo("Text of new.");
        ClauseChange c = comparison.clause("c").orElseThrow();
        assertThat(c.kinds()).containsExactly(Kind.RENUMBERED);
        assertThat(c.from().number()).hasToString("1.3");
        assertThat(c.to().number()).hasToString("1.4");
        assertThat(comparison.summary()).isEqualTo(new ComparisonSummary(1, 0, 0, 2, 0, 0, 0, 0));
        assertThat(comparison.clauses()).extracting(ClauseChange::clauseId).containsExactly("new", "b", "c");
    }

    @Test
    void aClauseTakenFromTheLibraryIsAddedFromTheLibrary() {
        Project placed = project(List.of(part("p1", "a", "b", "c"), part("p2", "d", "e", "lib")));

        ClauseChange lib = DraftComparator.compare(base, placed).clause("lib").orElseThrow();

        assertThat(lib.kinds()).containsExactly(Kind.ADDED);
        assertThat(lib.fromLibrary()).isTrue();
        assertThat(lib.library()).isFalse();
    }

    @Test
    void aClauseTakenOutOfTheDraftIsRemovedToTheLibraryOrDeleted() {
        Project taken = project(List.of(part("p1", "a", "c"), part("p2", "d")), "lib", "b");

        Comparison comparison = DraftComparator.compare(base, taken);

        assertThat(comparison.clause("b").orElseThrow().toLibrary()).isTrue();
        ClauseChange e = comparison.clause("e").orElseThrow();
        assertThat(e.kinds()).containsExactly(Kind.REMOVED);
        assertThat(e.file()).isEqualTo(FileChange.DELETED);
        assertThat(e.from().number()).hasToString("2.2");
        assertThat(comparison.clauses()).extracting(ClauseChange::clauseId).containsExactly("c", "b", "e");
    }

    @Test
    void libraryClausesAreReportedAsLibraryChanges() {
        Project changed = project(List.of(part("p1", "a", "b", "c"), part("p2", "d", "e")), "lib2")
                .withClause(Decided.as(clause("lib"), ClauseStatus.WITHDRAWN));

        Comparison comparison = DraftComparator.compare(base, changed);

        assertThat(comparison.clause("lib").orElseThrow().kinds()).containsExactlyInAnyOrder(Kind.METADATA_CHANGED, Kind.NEGOTIATED);
        assertThat(comparison.clause("lib").orElseThrow().library()).isTrue();
        assertThat(comparison.clause("lib2").orElseThrow().kinds()).containsExactly(Kind.ADDED);
        assertThat(comparison.clause("lib2").orElseThrow().library()).isTrue();
        assertThat(comparison.summary().added()).isZero();
        assertThat(comparison.summary().libraryChanged()).isEqualTo(2);
    }

    @Test
    void metadataChangesNameTheFieldAndBothValues() {
        Project changed = base.withClause(Decided.as(clause("d"), ClauseStatus.AGREED).withTags(List.of("dual-use"))
                .withAlternativeOf("a"));

        ClauseChange d = DraftComparator.compare(base, changed).clause("d").orElseThrow();

        assertThat(d.metadata()).containsExactly(
                new MetadataChange(MetadataChange.Field.TAGS, "", "dual-use"),
                new MetadataChange(MetadataChange.Field.STATUS, "proposed", "agreed"),
                new MetadataChange(MetadataChange.Field.ALTERNATIVE_OF, "", "a"));
    }

    @Test
    void partialProjectsDoNotReportUnloadedClausesAsAddedOrRemoved() {
        Project edited = base.withClause(clause("d").withText("New text of d."));

        Comparison comparison = DraftComparator.compare(partial(base, "d"), partial(edited, "d"));

        assertThat(comparison.clauses()).extracting(ClauseChange::clauseId).containsExactly("d");
        assertThat(comparison.summary()).isEqualTo(new ComparisonSummary(0, 0, 0, 0, 0, 1, 0, 0));
    }

    @Test
    void partialProjectsStillShowMovesAndRenumberingFromTheOutline() {
        Project moved = project(List.of(part("p1", "b", "c"), part("p2", "d", "e", "a")), "lib");

        Comparison comparison = DraftComparator.compare(partial(base), partial(moved));

        ClauseChange a = comparison.clause("a").orElseThrow();
        assertThat(a.kinds()).containsExactly(Kind.MOVED);
        assertThat(a.textDiff()).isNull();
        assertThat(a.heading()).isEmpty();
        assertThat(comparison.clause("b").orElseThrow().kinds()).containsExactly(Kind.RENUMBERED);
        assertThat(comparison.summary().added() + comparison.summary().removed()).isZero();
    }

    @Test
    void aFileMissingOnOneSideOfAPartialProjectIsACreatedFile() {
        Project edited = base.withClause(clause("c").withHeading("Reporting concerns"));

        ClauseChange c = DraftComparator.compare(partial(base), partial(edited, "c")).clause("c").orElseThrow();

        assertThat(c.file()).isEqualTo(FileChange.CREATED);
        assertThat(c.kinds()).contains(Kind.HEADING_CHANGED).doesNotContain(Kind.ADDED, Kind.REMOVED);
        assertThat(c.headingDiff().newText()).isEqualTo("Reporting concerns");
    }

    @Test
    void partsAndSectionsAddedRemovedRenamedAndReordered() {
        Project before = project(List.of(part("p1", ref("a"), section("s1", "b", "c")), part("p2", "d"),
                part("p3", "e")));
        Project after = project(List.of(part("p2", "d"), new Part("p1", "Ethical standards", List.of(ref("a"))),
                new Part("p4", "Oversight", List.of(section("s1", "b", "c"), ref("e")))));

        List<StructureChange> changes = DraftComparator.compare(before, after).structure();

        assertThat(changes).extracting(StructureChange::id, StructureChange::kinds).containsExactly(
                tuple("p2", Set.of(StructureChange.Kind.MOVED)),
                tuple("p1", Set.of(StructureChange.Kind.RENAMED)),
                tuple("p4", Set.of(StructureChange.Kind.ADDED)),
                tuple("s1", Set.of(StructureChange.Kind.MOVED)),
                tuple("p3", Set.of(StructureChange.Kind.REMOVED)));
        assertThat(changes.get(1).oldTitle()).isEqualTo("Part p1");
        assertThat(changes.get(1).newTitle()).isEqualTo("Ethical standards");
        assertThat(changes.get(0).oldNumber()).hasToString("2");
        assertThat(changes.get(0).newNumber()).hasToString("1");
    }

    @Test
    void projectTitleAndMembersAreCompared() {
        Project renamed = base.withInfo(base.info().withTitle("Tianjin-style Code"));

        assertThat(DraftComparator.compare(base, renamed).info())
                .containsExactly(new InfoChange(InfoChange.Field.TITLE, "Model Code", "Tianjin-style Code"));
    }
}
