package org.clausewright.ui.outline;

import org.clausewright.ui.Messages;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class OutlineEditingTest {
    @TempDir
    Path temp;
    private SampleDocument sample;
    private OutlineViewModel outline;
    private OutlineEditing editing;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        outline = new OutlineViewModel(new Messages(Locale.ENGLISH));
        outline.show(sample.document.project());
        sample.document.projectProperty().addListener((o, a, p) -> outline.show(p));
        editing = new OutlineEditing(sample.document, outline);
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    private OutlineRow row(String id) {
        return outline.find(id).orElseThrow();
    }

    @Test
    void rowsShowNumbersStatusAndOpenThreads() {
        OutlineNode part1 = outline.partsProperty().get().get(0);
        assertThat(part1.row().number()).isEqualTo("Part 1");
        assertThat(outline.partsProperty().get()).hasSize(10);
        assertThat(outline.partsProperty().get().stream().flatMap(p -> p.children().stream())
                .mapToInt(n -> n.row().openThreads()).sum()).isPositive();
    }

    @Test
    void aNewClauseGoesAfterTheSelectedOneAndNumbersFollow() {
        String first = sample.clause("1.1");
        String second = sample.clause("1.3");
        outline.selectedProperty().set(row(first));
        String id = editing.addClause().orElseThrow();
        assertThat(row(id).number()).isEqualTo("1.2");
        assertThat(row(id).title()).isEqualTo("New clause");
        assertThat(row(second).number()).isEqualTo("1.4");
        sample.document.undo();
        assertThat(outline.find(id)).isEmpty();
    }

    @Test
    void renameMoveIndentOutdentDelete() {
        String c = sample.clause("1.3");
        editing.rename(row(c), "Honesty");
        assertThat(row(c).title()).isEqualTo("Honesty");
        editing.indent(row(c));
        assertThat(row(c).number()).isEqualTo("1.2.3");
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Indent clause");
        editing.outdent(row(c));
        assertThat(row(c).number()).isEqualTo("1.3");
        editing.moveUp(row(c));
        assertThat(row(c).number()).isEqualTo("1.2");
        editing.moveDown(row(c));
        assertThat(row(c).number()).isEqualTo("1.3");
        editing.delete(row(c));
        assertThat(sample.dialogs.confirmations).hasSize(1);
        assertThat(outline.find(c)).isEmpty();
    }

    @Test
    void deleteAsksFirstAndDoesNothingWhenRefused() {
        sample.dialogs.confirmAnswer = false;
        String c = sample.clause("1.1");
        editing.delete(row(c));
        assertThat(outline.find(c)).isPresent();
    }

    @Test
    void droppingAClauseOnAnotherPutsItBeforeOrAfter() {
        String moved = sample.clause("1.1");
        String target = sample.clause("2.2");
        assertThat(editing.drop(OutlineRow.Kind.CLAUSE, moved, row(target), OutlineEditing.Drop.BEFORE)).isTrue();
        assertThat(row(moved).number()).isEqualTo("2.2");
        assertThat(row(target).number()).isEqualTo("2.3");
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Move clause");
        editing.drop(OutlineRow.Kind.CLAUSE, moved, row(target), OutlineEditing.Drop.AFTER);
        assertThat(row(moved).number()).isEqualTo("2.3");
    }

    @Test
    void droppingIntoASectionOrAPartAndMovingParts() {
        String moved = sample.clause("2.1");
        OutlineRow section = outline.partsProperty().get().get(0).children().stream()
                .filter(n -> n.row().kind() == OutlineRow.Kind.SECTION).findFirst().orElseThrow().row();
        editing.drop(OutlineRow.Kind.CLAUSE, moved, section, OutlineEditing.Drop.INTO);
        assertThat(row(moved).number()).isEqualTo("1.2.3");
        OutlineRow part1 = outline.partsProperty().get().get(0).row();
        OutlineRow part3 = outline.partsProperty().get().get(2).row();
        assertThat(editing.canDrop(OutlineRow.Kind.PART, part3.id(), row(moved), OutlineEditing.Drop.BEFORE)).isFalse();
        editing.drop(OutlineRow.Kind.PART, part3.id(), part1, OutlineEditing.Drop.BEFORE);
        assertThat(outline.partsProperty().get().get(0).row().id()).isEqualTo(part3.id());
    }

    @Test
    void aSectionMovesUpAndDownWithItsClausesRenumbered() {
        String clause = sample.clause("3.2.1");
        OutlineRow section = sectionOf(2);
        editing.moveUp(section);
        assertThat(row(section.id()).number()).isEqualTo("3.1");
        assertThat(row(clause).number()).isEqualTo("3.1.1");
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Move section");
        editing.moveDown(row(section.id()));
        editing.moveDown(row(section.id()));
        assertThat(row(clause).number()).isEqualTo("3.3.1");
        editing.moveDown(row(section.id())); // past the end of its part: first item of the next
        assertThat(row(clause).number()).isEqualTo("4.1.1");
        sample.document.undo();
        assertThat(row(clause).number()).isEqualTo("3.3.1");
    }

    @Test
    void droppingASectionOnAPartOrBetweenAPartsItems() {
        OutlineRow section = sectionOf(0);
        String clause = sample.clause("1.2.1");
        OutlineRow part2 = outline.partsProperty().get().get(1).row();
        assertThat(editing.drop(OutlineRow.Kind.SECTION, section.id(), part2, OutlineEditing.Drop.INTO)).isTrue();
        assertThat(row(clause).number()).isEqualTo("2.4.1");
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Move section");
        editing.drop(OutlineRow.Kind.SECTION, section.id(), row(sample.clause("2.1")), OutlineEditing.Drop.AFTER);
        assertThat(row(clause).number()).isEqualTo("2.2.1");
        OutlineRow other = sectionOf(2);
        assertThat(editing.canDrop(OutlineRow.Kind.SECTION, section.id(), other, OutlineEditing.Drop.INTO)).isFalse();
        assertThat(editing.canDrop(OutlineRow.Kind.SECTION, section.id(), row(sample.clause("3.2.1")),
                OutlineEditing.Drop.AFTER)).isFalse(); // sections do not nest
        editing.drop(OutlineRow.Kind.SECTION, section.id(), other, OutlineEditing.Drop.BEFORE);
        assertThat(row(clause).number()).isEqualTo("3.2.1");
        assertThat(row(other.id()).number()).isEqualTo("3.3");
    }

    private OutlineRow sectionOf(int part) {
        return outline.partsProperty().get().get(part).children().stream()
                .filter(n -> n.row().kind() == OutlineRow.Kind.SECTION).findFirst().orElseThrow().row();
    }

    @Test
    void aLibraryClauseCanBeDroppedIntoTheDraft() {
        String library = sample.document.project().library().get(0).id();
        editing.drop(OutlineRow.Kind.CLAUSE, library, row(sample.clause("1.1")), OutlineEditing.Drop.AFTER);
        assertThat(row(library).number()).isEqualTo("1.2");
    }

    @Test
    void partsAndSectionsCanBeAdded() {
        outline.selectedProperty().set(row(sample.clause("1.1")));
        String section = editing.addSection().orElseThrow();
        assertThat(row(section).kind()).isEqualTo(OutlineRow.Kind.SECTION);
        String part = editing.addPart().orElseThrow();
        assertThat(row(part).number()).isEqualTo("Part 2");
    }
}
