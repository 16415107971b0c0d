package org.clausewright.ui.coverage;

import org.clausewright.command.AddAddress;
import org.clausewright.command.AddFramework;
import org.clausewright.command.EditText;
import org.clausewright.command.RemoveFramework;
import org.clausewright.model.Extent;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageGapsTest {
    @TempDir
    Path temp;
    private SampleDocument sample;

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    /** The sample without its own frameworks, so that the line speaks of the tests' framework alone. */
    private void openWithOnlyTheDemoFramework(Locale language) throws Exception {
        sample = new SampleDocument(temp, language);
        sample.document.project().frameworks().keySet().forEach(id -> sample.document.execute(new RemoveFramework(id)));
        sample.document.execute(new AddFramework(DemoFramework.of("demo-2024", "Demo")));
    }

    @Test
    void namesTheElementsNoClauseAddressesAndFollowsTheAddresses() throws Exception {
        openWithOnlyTheDemoFramework(Locale.ENGLISH);
        CoverageGaps gaps = new CoverageGaps(sample.document);
        assertThat(gaps.textProperty().get()).isEqualTo("3 Demo elements not addressed");

        sample.document.execute(new AddAddress(sample.clause("1.1"), "demo-2024", "1", Extent.FULL));
        sample.document.execute(new AddAddress(sample.clause("1.3"), "demo-2024", "2", Extent.PARTIAL));
        assertThat(gaps.textProperty().get()).isEqualTo("1 Demo element not addressed");

        sample.document.execute(new AddAddress(sample.clause("2.2"), "demo-2024", "3", Extent.FULL));
        assertThat(gaps.textProperty().get()).isEmpty();

        sample.document.undo();
        assertThat(gaps.textProperty().get()).isEqualTo("1 Demo element not addressed");
    }

    @Test
    void saysItInTheMembersLanguageWithItsPluralForms() throws Exception {
        openWithOnlyTheDemoFramework(Locale.forLanguageTag("ru"));
        CoverageGaps gaps = new CoverageGaps(sample.document);
        assertThat(gaps.textProperty().get()).isEqualTo("3 элемента (Demo) не охвачены");
        sample.document.execute(new AddAddress(sample.clause("1.1"), "demo-2024", "1", Extent.FULL));
        sample.document.execute(new AddAddress(sample.clause("1.3"), "demo-2024", "2", Extent.FULL));
        assertThat(gaps.textProperty().get()).isEqualTo("1 элемент (Demo) не охвачен");
    }

    @Test
    void typingInAClauseDoesNotWorkTheCoverageOutAgain() throws Exception {
        openWithOnlyTheDemoFramework(Locale.ENGLISH);
        CoverageGaps gaps = new CoverageGaps(sample.document);
        String id = sample.clause("1.1");
        String text = sample.document.project().clause(id).orElseThrow().text();
        int countings = gaps.countings();
        for (int i = 1; i < 30; i++) {
            sample.document.execute(new EditText(id, text + "x".repeat(i)));
        }
        assertThat(gaps.countings()).isEqualTo(countings);
        sample.document.execute(new AddAddress(id, "demo-2024", "1", Extent.FULL));
        assertThat(gaps.countings()).isEqualTo(countings + 1);
        assertThat(gaps.textProperty().get()).isEqualTo("2 Demo elements not addressed");
    }
}
