package org.clausewright.ui.coverage;

import org.clausewright.command.AddAddress;
import org.clausewright.model.Extent;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FrameworksViewModelTest {
    @TempDir
    Path temp;
    private SampleDocument sample;
    private FrameworksViewModel frameworks;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        frameworks = new FrameworksViewModel(sample.document,
                () -> List.of(DemoFramework.of("demo-2024", "Demo"), DemoFramework.of("other-2023", "Other")));
        frameworks.loadLibrary();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void addingCopiesTheLibrarysFrameworkIntoTheProjectInOneUndoableStep() {
        assertThat(frameworks.availableProperty().get()).extracting(FrameworkChoice::id)
                .containsExactly("demo-2024", "other-2023");
        assertThat(frameworks.availableProperty().get().get(0).title())
                .isEqualTo("Demo for Testing Coverage (3 elements)");

        assertThat(frameworks.add("demo-2024")).isTrue();

        assertThat(sample.document.project().frameworks().get("demo-2024").elements()).hasSize(3);
        assertThat(frameworks.inProjectProperty().get()).extracting(FrameworkChoice::id).contains("demo-2024");
        assertThat(frameworks.availableProperty().get()).extracting(FrameworkChoice::id).containsExactly("other-2023");
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Add framework");
        sample.document.undo();
        assertThat(sample.document.project().frameworks()).doesNotContainKey("demo-2024");
        assertThat(frameworks.availableProperty().get()).extracting(FrameworkChoice::id).contains("demo-2024");
    }

    @Test
    void removingWarnsNamingTheClausesThatAddressItAndKeepsTheirAddresses() {
        frameworks.add("demo-2024");
        String id = sample.clause("1.1");
        sample.document.execute(new AddAddress(id, "demo-2024", "1", Extent.FULL));

        assertThat(frameworks.remove("demo-2024")).isTrue();

        assertThat(sample.dialogs.confirmations).singleElement().asString()
                .startsWith("1 clause addresses “Demo”: 1.1 Respect for life and human dignity.");
        assertThat(sample.document.project().frameworks()).doesNotContainKey("demo-2024");
        assertThat(sample.document.project().clause(id).orElseThrow().address("demo-2024", "1")).isPresent();
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Remove framework");
        sample.document.undo();
        assertThat(sample.document.project().frameworks()).containsKey("demo-2024");
    }

    @Test
    void declinedTheWarningNothingIsRemoved() {
        frameworks.add("demo-2024");
        sample.dialogs.confirmAnswer = false;
        assertThat(frameworks.remove("demo-2024")).isFalse();
        assertThat(sample.document.project().frameworks()).containsKey("demo-2024");
    }

    @Test
    void aLibraryThatCannotBeReadIsSaidSo() {
        FrameworksViewModel broken = new FrameworksViewModel(sample.document, () -> {
            throw new java.io.IOException("frameworks/index.json: no such file");
        });
        broken.loadLibrary();
        assertThat(sample.dialogs.errors).singleElement().asString()
                .contains("Could not read the library of frameworks");
    }
}
