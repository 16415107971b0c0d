package org.clausewright.ui.library;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.clausewright.command.OutlineEdits;
import org.clausewright.model.ClauseStatus;
import org.clausewright.ui.outline.OutlineRow;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryViewModelTest {
    @TempDir
    Path temp;
    private SampleDocument sample;
    private LibraryViewModel library;
    private final ObjectProperty<OutlineRow> outlineSelection = new SimpleObjectProperty<>();

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        library = new LibraryViewModel(sample.document, outlineSelection);
    }

    private String number(String clauseId) {
        return sample.document.project().outline().numbering().label(clauseId);
    }

    /** What picking a library row does: the editor shows that clause, the outline keeps its own row. */
    private String pickLibraryClause() {
        String id = sample.document.project().library().get(0).id();
        sample.document.selectedClauseIdProperty().set(id);
        return id;
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void listsEveryClauseDraftFirstInReadingOrder() {
        var rows = library.rowsProperty().get();
        assertThat(rows).hasSize(sample.document.project().clauses().size());
        assertThat(rows.get(0).number()).isEqualTo("1.1");
        assertThat(rows.get(rows.size() - 1).inDraft()).isFalse();
    }

    @Test
    void searchMatchesEveryWordInHeadingOrText() {
        library.searchProperty().set("DUAL-use");
        assertThat(library.rowsProperty().get()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.haystack()).contains("dual-use"));
        library.searchProperty().set("zzzz-nothing");
        assertThat(library.rowsProperty().get()).isEmpty();
    }

    @Test
    void filtersByCategoryTagAndStatus() {
        String category = library.allCategoriesProperty().get().get(0);
        library.categories().add(category);
        assertThat(library.rowsProperty().get()).isNotEmpty().allSatisfy(r -> assertThat(r.category()).isEqualTo(category));
        library.categories().clear();
        library.statuses().add(ClauseStatus.AGREED);
        assertThat(library.rowsProperty().get()).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo(ClauseStatus.AGREED));
        library.statuses().clear();
        String tag = library.allTagsProperty().get().get(0);
        library.tags().add(tag);
        assertThat(library.rowsProperty().get()).isNotEmpty().allSatisfy(r -> assertThat(r.tags()).contains(tag));
    }

    @Test
    void addToDraftAndDuplicate() {
        String id = sample.document.project().library().get(0).id();
        library.addToDraft(id);
        assertThat(sample.document.project().outline().contains(id)).isTrue();
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Add to draft");
        String copy = library.duplicate(sample.clause("1.1")).orElseThrow();
        assertThat(library.rowsProperty().get()).filteredOn(r -> r.clauseId().equals(copy)).singleElement()
                .satisfies(r -> assertThat(r.alternativeOf()).isEqualTo(sample.clause("1.1")));
    }

    @Test
    void addToDraftPutsTheClauseAfterTheClauseSelectedInTheOutlineAndSelectsIt() {
        String after = sample.clause("1.1");
        outlineSelection.set(new OutlineRow(OutlineRow.Kind.CLAUSE, after, "1.1", "", after, ""));
        String id = pickLibraryClause();

        assertThat(library.addToDraft(id)).isTrue();

        assertThat(number(id)).isEqualTo("1.2");
        assertThat(sample.document.selectedClauseIdProperty().get()).isEqualTo(id);
        sample.document.undo();
        assertThat(sample.document.project().outline().contains(id)).isFalse();
        assertThat(number(after)).isEqualTo("1.1");
    }

    @Test
    void addToDraftWithAPartOrSectionSelectedPutsTheClauseAtItsEnd() {
        var part = sample.document.project().outline().parts().get(1);
        outlineSelection.set(new OutlineRow(OutlineRow.Kind.PART, part.id(), "Part 2", part.title(), null, ""));
        String id = pickLibraryClause();
        library.addToDraft(id);
        assertThat(number(id)).isEqualTo("2." + (part.items().size() + 1));

        sample.document.undo();
        String section = ((org.clausewright.model.Section) sample.document.project().outline().parts().get(0).items()
                .stream().filter(i -> i instanceof org.clausewright.model.Section).findFirst().orElseThrow()).id();
        outlineSelection.set(new OutlineRow(OutlineRow.Kind.SECTION, section, "1.2", "", null, ""));
        library.addToDraft(id);
        assertThat(number(id)).isEqualTo("1.2.3");
    }

    @Test
    void addToDraftWithNothingSelectedInTheOutlineAppendsToTheLastPart() {
        String id = pickLibraryClause();
        library.addToDraft(id);
        var parts = sample.document.project().outline().parts();
        assertThat(OutlineEdits.slotOf(sample.document.project().outline(), id)).get()
                .satisfies(s -> assertThat(s.partId()).isEqualTo(parts.get(parts.size() - 1).id()));
    }

    @Test
    void whileHiddenTheLibraryCatchesUpWhenShown() {
        library.activeProperty().set(false);
        String copy = library.duplicate(sample.clause("1.1")).orElseThrow();
        assertThat(library.rowsProperty().get()).extracting(LibraryRow::clauseId).doesNotContain(copy);
        library.activeProperty().set(true);
        assertThat(library.rowsProperty().get()).extracting(LibraryRow::clauseId).contains(copy);
    }

    @Test
    void filtersByTheFrameworkElementsAClauseAddressesOrByNoneAtAll() {
        sample.document.execute(new org.clausewright.command.AddFramework(
                org.clausewright.ui.coverage.DemoFramework.of("demo-2024", "Demo")));
        String first = sample.clause("1.1");
        String second = sample.clause("1.3");
        sample.document.execute(new org.clausewright.command.AddAddress(first, "demo-2024", "1",
                org.clausewright.model.Extent.FULL));
        sample.document.execute(new org.clausewright.command.AddAddress(second, "demo-2024", "2",
                org.clausewright.model.Extent.PARTIAL));

        assertThat(library.allElementsProperty().get()).extracting(ElementFilter::label)
                .contains("Addresses no framework element", "Demo ▸ 1 Responsibility", "Demo ▸ 2 Oversight",
                        "Demo ▸ 3 Education (gap)");
        library.elements().add("demo-2024/1");
        assertThat(library.rowsProperty().get()).extracting(LibraryRow::clauseId).containsExactly(first);
        library.elements().add("demo-2024/2");
        assertThat(library.rowsProperty().get()).extracting(LibraryRow::clauseId).containsExactly(first, second);

        library.elements().clear();
        library.elements().add(ElementFilter.NOTHING);
        assertThat(library.rowsProperty().get()).extracting(LibraryRow::clauseId).doesNotContain(first, second)
                .isNotEmpty();
        assertThat(library.rowsProperty().get()).allMatch(r -> r.addresses().isEmpty());
    }
}
