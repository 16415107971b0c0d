package org.clausewright.ui.coverage;

import org.clausewright.command.AddAddress;
import org.clausewright.command.AddFramework;
import org.clausewright.command.RemoveFromDraft;
import org.clausewright.model.CoverageState;
import org.clausewright.model.Extent;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageViewModelTest {
    @TempDir
    Path temp;
    private SampleDocument sample;
    private CoverageViewModel coverage;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        sample.document.execute(new AddFramework(DemoFramework.of("demo-2024", "Demo")));
        coverage = new CoverageViewModel(sample.document);
        coverage.frameworkProperty().set("demo-2024");
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    private CoverageRow row(String elementId) {
        return coverage.rowsProperty().get().stream().filter(r -> r.elementId().equals(elementId)).findFirst()
                .orElseThrow();
    }

    @Test
    void everyElementIsAGapUntilAClauseOfTheDraftAddressesIt() {
        assertThat(coverage.rowsProperty().get()).extracting(CoverageRow::number).containsExactly("1", "2", "3");
        assertThat(coverage.rowsProperty().get()).allMatch(r -> r.state() == CoverageState.GAP);
        assertThat(coverage.summaryProperty().get()).isEqualTo("0 elements covered · 0 partly covered · 3 gaps");
        assertThat(coverage.titleProperty().get()).isEqualTo("Demo for Testing Coverage");
        assertThat(coverage.citationProperty().get()).isEqualTo("TEST/2024/1\nhttps://example.org/demo-2024");
    }

    @Test
    void anAddressShowsAtOnceWithTheClauseByNumberAndHeadingAndUndoTakesItBack() {
        String id = sample.clause("1.1");
        sample.document.execute(new AddAddress(id, "demo-2024", "2", Extent.FULL));
        sample.document.execute(new AddAddress(sample.clause("1.3"), "demo-2024", "3", Extent.PARTIAL));

        assertThat(row("2").state()).isEqualTo(CoverageState.COVERED);
        assertThat(row("2").clauses()).singleElement().satisfies(c -> {
            assertThat(c.clauseId()).isEqualTo(id);
            assertThat(c.number()).isEqualTo("1.1");
            assertThat(c.heading()).isEqualTo("Respect for life and human dignity");
        });
        assertThat(row("3").state()).isEqualTo(CoverageState.PARTLY);
        assertThat(coverage.summaryProperty().get()).isEqualTo("1 element covered · 1 partly covered · 1 gap");

        sample.document.undo();
        sample.document.undo();
        assertThat(row("2").state()).isEqualTo(CoverageState.GAP);
        assertThat(row("2").clauses()).isEmpty();
    }

    @Test
    void aClauseTakenOutOfTheDraftNoLongerCovers() {
        String id = sample.clause("1.1");
        sample.document.execute(new AddAddress(id, "demo-2024", "1", Extent.FULL));
        assertThat(row("1").state()).isEqualTo(CoverageState.COVERED);
        sample.document.execute(new RemoveFromDraft(id));
        assertThat(row("1").state()).isEqualTo(CoverageState.GAP);
    }

    @Test
    void withSeveralFrameworksTheMemberChoosesWhichToSee() {
        sample.document.execute(new AddFramework(DemoFramework.of("other-2023", "Other")));
        assertThat(coverage.frameworksProperty().get()).extracting(FrameworkChoice::id)
                .contains("demo-2024", "other-2023");
        sample.document.execute(new AddAddress(sample.clause("1.1"), "other-2023", "1", Extent.FULL));
        assertThat(row("1").state()).isEqualTo(CoverageState.GAP);
        coverage.frameworkProperty().set("other-2023");
        assertThat(row("1").state()).isEqualTo(CoverageState.COVERED);
        assertThat(coverage.titleProperty().get()).isEqualTo("Other for Testing Coverage");
    }

    @Test
    void openingAClauseShowsItInTheEditor() {
        String id = sample.clause("2.2");
        coverage.open(id);
        assertThat(sample.document.selectedClauseIdProperty().get()).isEqualTo(id);
    }
}
