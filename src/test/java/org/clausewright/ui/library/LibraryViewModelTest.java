package org.clausewright.ui.library;

import org.clausewright.model.ClauseStatus;
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

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        library = new LibraryViewModel(sample.document);
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
    void whileHiddenTheLibraryCatchesUpWhenShown() {
        library.activeProperty().set(false);
        String copy = library.duplicate(sample.clause("1.1")).orElseThrow();
        assertThat(library.rowsProperty().get()).extracting(LibraryRow::clauseId).doesNotContain(copy);
        library.activeProperty().set(true);
        assertThat(library.rowsProperty().get()).extracting(LibraryRow::clauseId).contains(copy);
    }
}
