package org.clausewright.app;

import org.clausewright.command.AddFramework;
import org.clausewright.model.Coverage;
import org.clausewright.model.CoverageState;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The frameworks the application ships, and the sample's copy of the Tianjin Guidelines with its mapped clauses. */
class FrameworkLibraryTest {
    @TempDir
    Path temp;

    @Test
    void theLibraryHoldsTheTianjinGuidelinesWithTenNumberedElementsAndWhereTheyCameFrom() throws Exception {
        FrameworkLibrary library = FrameworkLibrary.bundled();
        assertThat(library.ids()).contains("tianjin-2021");
        Framework tianjin = library.get("tianjin-2021").orElseThrow();
        assertThat(tianjin.title()).isEqualTo("Tianjin Biosecurity Guidelines for Codes of Conduct for Scientists");
        assertThat(tianjin.year()).isEqualTo(2021);
        assertThat(tianjin.url()).startsWith("https://");
        assertThat(tianjin.note()).contains("own words");
        assertThat(tianjin.elements()).extracting(FrameworkElement::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(tianjin.elements()).allSatisfy(e -> assertThat(e.summary()).hasSizeGreaterThan(80));
    }

    @Test
    void theSampleCarriesTheLibrarysTianjinGuidelinesAndOneDeliberateGap() throws Exception {
        Path dir = temp.resolve("sample");
        BundledSample.install(dir);
        assertThat(Validation.validate(dir)).isEqualTo(new Validation.Verdict(List.of(), List.of()));
        assertThat(Files.exists(dir.resolve("frameworks/tianjin-2021.json"))).isTrue();
        try (ProjectSession session = ProjectSession.open(dir, "Tester")) {
            Framework own = session.project().framework("tianjin-2021").orElseThrow();
            assertThat(own).isEqualTo(FrameworkLibrary.bundled().get("tianjin-2021").orElseThrow());
            Coverage coverage = Coverage.of(session.project(), own);
            assertThat(coverage.gaps()).extracting(e -> e.element().id()).containsExactly("8");
            assertThat(coverage.count(CoverageState.COVERED)).isEqualTo(9);
        }
    }

    @Test
    void addingALibraryFrameworkToAProjectWritesItsOwnCopy() throws Exception {
        Path dir = temp.resolve("new");
        Projects.create(dir, "Code for AI research", "Tester");
        Framework tianjin = FrameworkLibrary.bundled().get("tianjin-2021").orElseThrow();
        try (ProjectSession session = ProjectSession.open(dir, "Tester")) {
            session.execute(new AddFramework(tianjin));
            session.save();
        }
        assertThat(Files.readString(dir.resolve("frameworks/tianjin-2021.json")))
                .contains("\"schemaVersion\": 1", "\"title\": \"Public engagement on science and technology\"");
        assertThat(Validation.validate(dir).problems()).isEmpty();
    }
}
