package org.clausewright.command;

import org.clausewright.model.Clause;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutlineCommandsTest {
    private final Project draft = Drafts.small();

    @Test
    void addAClauseIntoASectionOrTheLibrary() {
        Project p = new AddClause(Clause.of("c7", "New", ""), new ClauseSlot("p1", "s1", 1)).apply(draft);
        assertThat(Drafts.order(p)).containsExactly("c1", "c2", "c7", "c3", "c4", "c5");
        assertThat(p.outline().numbering().label("c7")).isEqualTo("1.2.2");
        Project lib = new AddClause(Clause.of("c8", "Alt", ""), null).apply(draft);
        assertThat(lib.library()).extracting(Clause::id).contains("c8");
        assertThatThrownBy(() -> new AddClause(Clause.of("c1", "", ""), null).apply(draft))
                .hasMessageContaining("already exists");
    }

    @Test
    void deleteRemovesTheClauseAndItsThreads() {
        Project p = new DeleteClause("c1").apply(draft);
        assertThat(p.clause("c1")).isEmpty();
        assertThat(p.threadsOf("c1")).isEmpty();
        assertThat(Drafts.order(p)).doesNotContain("c1");
    }

    @Test
    void deletingAClauseLeavesNoAlternativePointingAtIt() {
        Project withAlternative = draft.withClause(Clause.of("c1-alt", "Alternative", "Other words")
                .withAlternativeOf("c1"));
        Project p = new DeleteClause("c1").apply(withAlternative);
        assertThat(p.clause("c1-alt")).hasValueSatisfying(c -> assertThat(c.alternativeOf()).isNull());
        assertThat(new DeleteClause("c2").apply(withAlternative).clause("c1-alt").orElseThrow().alternativeOf())
                .isEqualTo("c1");
    }

    @Test
    void moveBetweenPartsAndFromTheLibrary() {
        Project p = new MoveClause("c1", new ClauseSlot("p2", null, 1)).apply(draft);
        assertThat(Drafts.order(p)).containsExactly("c2", "c3", "c4", "c5", "c1");
        Project q = new MoveClause("c9", new ClauseSlot("p1", null, 0)).apply(draft);
        assertThat(Drafts.order(q).get(0)).isEqualTo("c9");
        assertThat(q.library()).isEmpty();
    }

    @Test
    void removeFromDraftKeepsTheClauseInTheLibrary() {
        Project p = new RemoveFromDraft("c4").apply(draft);
        assertThat(p.library()).extracting(Clause::id).contains("c4");
    }

    @Test
    void upDownIndentOutdent() {
        assertThat(apply(OutlineMoves.down(draft.outline(), "c1").orElseThrow()))
                .containsExactly("c2", "c3", "c1", "c4", "c5"); // past the section, not into it
        assertThat(apply(OutlineMoves.up(draft.outline(), "c2").orElseThrow()))
                .containsExactly("c1", "c2", "c3", "c4", "c5"); // out of the section, before it
        assertThat(OutlineMoves.up(draft.outline(), "c1")).isEmpty();
        assertThat(OutlineMoves.down(draft.outline(), "c5")).isEmpty();
        assertThat(apply(OutlineMoves.up(draft.outline(), "c5").orElseThrow()))
                .containsExactly("c1", "c2", "c3", "c4", "c5");
        MoveClause indent = OutlineMoves.indent(draft.outline(), "c4").orElseThrow();
        assertThat(indent.name()).isEqualTo("command.indent");
        assertThat(indent.apply(draft).outline().numbering().label("c4")).isEqualTo("1.2.3");
        MoveClause outdent = OutlineMoves.outdent(draft.outline(), "c3").orElseThrow();
        assertThat(outdent.apply(draft).outline().numbering().label("c3")).isEqualTo("1.3");
        assertThat(OutlineMoves.indent(draft.outline(), "c1")).isEmpty();
        assertThat(OutlineMoves.outdent(draft.outline(), "c1")).isEmpty();
    }

    @Test
    void partsAddRenameMoveDelete() {
        Project p = new AddPart(new Part("p3", "Annex", List.of()), 0).apply(draft);
        assertThat(p.outline().parts()).extracting(Part::id).containsExactly("p3", "p1", "p2");
        p = new RenamePart("p3", "Annexes").apply(p);
        assertThat(p.outline().part("p3").orElseThrow().title()).isEqualTo("Annexes");
        p = new MovePart("p3", 2).apply(p);
        assertThat(p.outline().parts()).extracting(Part::id).containsExactly("p1", "p2", "p3");
        Project deleted = new DeletePart("p1").apply(draft);
        assertThat(deleted.library()).extracting(Clause::id).contains("c1", "c2", "c3", "c4", "c9");
    }

    @Test
    void sectionsAddRenameDelete() {
        Project p = new AddSection("p2", 1, new Section("s2", "Oversight", List.of())).apply(draft);
        p = new MoveClause("c5", new ClauseSlot("p2", "s2", 0)).apply(p);
        assertThat(p.outline().numbering().label("c5")).isEqualTo("2.1.1");
        p = new RenameSection("s2", "Review").apply(p);
        assertThat(OutlineEdits.sectionPlace(p.outline(), "s2").orElseThrow().section().title()).isEqualTo("Review");
        Project flat = new DeleteSection("s1").apply(draft);
        assertThat(Drafts.order(flat)).containsExactly("c1", "c2", "c3", "c4", "c5");
        assertThat(flat.outline().numbering().label("c3")).isEqualTo("1.3");
    }

    @Test
    void aSectionMovesWithItsClausesAndTheyAreRenumbered() {
        MoveSection up = OutlineMoves.sectionUp(draft.outline(), "s1").orElseThrow();
        assertThat(up.name()).isEqualTo("command.moveSection");
        Project p = up.apply(draft);
        assertThat(Drafts.order(p)).containsExactly("c2", "c3", "c1", "c4", "c5");
        assertThat(p.outline().numbering().label("c2")).isEqualTo("1.1.1"); // was 1.2.1
        assertThat(p.outline().numbering().label("c1")).isEqualTo("1.2");
        Project down = OutlineMoves.sectionDown(draft.outline(), "s1").orElseThrow().apply(draft);
        assertThat(Drafts.order(down)).containsExactly("c1", "c4", "c2", "c3", "c5");
        assertThat(down.outline().numbering().label("c3")).isEqualTo("1.3.2");
    }

    @Test
    void aSectionAtTheEdgeOfItsPartMovesToTheNextPart() {
        Project last = OutlineMoves.sectionDown(draft.outline(), "s1").orElseThrow().apply(draft);
        Project next = OutlineMoves.sectionDown(last.outline(), "s1").orElseThrow().apply(last);
        assertThat(next.outline().numbering().label("c2")).isEqualTo("2.1.1");
        assertThat(next.outline().numbering().label("c5")).isEqualTo("2.2");
        assertThat(OutlineMoves.sectionDown(next.outline(), "s1").orElseThrow().apply(next)
                .outline().numbering().label("c2")).isEqualTo("2.2.1");
        Project back = OutlineMoves.sectionUp(next.outline(), "s1").orElseThrow().apply(next);
        assertThat(back.outline().numbering().label("c2")).isEqualTo("1.3.1");
        Project first = OutlineMoves.sectionUp(draft.outline(), "s1").orElseThrow().apply(draft);
        assertThat(OutlineMoves.sectionUp(first.outline(), "s1")).isEmpty();
        assertThat(OutlineMoves.sectionUp(draft.outline(), "nope")).isEmpty();
    }

    @Test
    void moveSectionToAnotherPartKeepsItsClausesAndUnknownPlacesAreRefused() {
        Project p = new MoveSection("s1", "p2", 0).apply(draft);
        assertThat(p.outline().part("p1").orElseThrow().items()).hasSize(2);
        assertThat(p.outline().numbering().label("c3")).isEqualTo("2.1.2");
        assertThat(p.outline().numbering().label("c5")).isEqualTo("2.2");
        assertThat(new MoveSection("s1", "p2", 99).apply(draft).outline().numbering().label("c2"))
                .isEqualTo("2.2.1");
        assertThat(new MoveSection("s1", "p1", 1).apply(draft)).isSameAs(draft);
        assertThatThrownBy(() -> new MoveSection("s9", "p1", 0).apply(draft)).hasMessageContaining("no section s9");
        assertThatThrownBy(() -> new MoveSection("s1", "p9", 0).apply(draft)).hasMessageContaining("no part p9");
    }

    @Test
    void duplicateMakesALibraryAlternative() {
        Project p = new DuplicateClause("c1", "c1-alt").apply(draft);
        Clause alt = p.clause("c1-alt").orElseThrow();
        assertThat(alt.alternativeOf()).isEqualTo("c1");
        assertThat(alt.text()).isEqualTo(draft.clause("c1").orElseThrow().text());
        assertThat(p.library()).extracting(Clause::id).contains("c1-alt");
    }

    private List<String> apply(MoveClause move) {
        return Drafts.order(move.apply(draft));
    }
}
