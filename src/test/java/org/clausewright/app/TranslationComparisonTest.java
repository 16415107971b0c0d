package org.clausewright.app;

import org.clausewright.command.EditText;
import org.clausewright.command.EditTranslationText;
import org.clausewright.diff.ClauseChange;
import org.clausewright.diff.Comparison;
import org.clausewright.diff.DiffSegment;
import org.clausewright.model.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Comparing the French version of two recorded versions word by word, as the source is compared: on the sample, the
 * French of one clause and the English of another are edited and recorded as "Working draft 5".
 */
class TranslationComparisonTest {
    @TempDir
    Path temp;
    private Path dir;

    @BeforeEach
    void recordAFifthDraft() throws Exception {
        dir = temp.resolve("sample");
        BundledSample.install(dir);
        try (ProjectSession session = ProjectSession.open(dir, "Amina Diallo")) {
            Project p = session.project();
            String french = p.translations().of("fr", "national-law").orElseThrow().text();
            session.execute(new EditTranslationText("fr", "national-law",
                    french.replace("Les scientifiques devraient", "Les scientifiques doivent"), ""));
            String english = p.clause("do-no-harm").orElseThrow().text();
            session.execute(new EditText("do-no-harm", english + " Always."));
            session.record("Working draft 5", "", "Amina Diallo");
        }
    }

    private static String words(ClauseChange change, DiffSegment.Kind kind) {
        return change.textDiff().segments().stream().filter(s -> s.kind() == kind).map(DiffSegment::text)
                .reduce("", String::concat);
    }

    @Test
    void theFrenchVersionShowsTheFrenchWordsThatChangedAndNotTheSources() throws Exception {
        Comparison french = VersionComparison.compare(dir, "Working draft 4", "Working draft 5", "fr").comparison();
        assertThat(french.clauses()).extracting(ClauseChange::clauseId).containsExactly("national-law");
        ClauseChange change = french.clauses().get(0);
        assertThat(change.is(ClauseChange.Kind.TEXT_CHANGED)).isTrue();
        assertThat(words(change, DiffSegment.Kind.DELETED)).isEqualTo("devraient");
        assertThat(words(change, DiffSegment.Kind.INSERTED)).isEqualTo("doivent");

        Comparison source = VersionComparison.compare(dir, "Working draft 4", "Working draft 5", null).comparison();
        assertThat(source.clauses()).extracting(ClauseChange::clauseId).containsExactly("do-no-harm");
        assertThat(words(source.clauses().get(0), DiffSegment.Kind.INSERTED)).contains("Always.");
        assertThat(VersionComparison.compare(dir, "Working draft 4", "Working draft 5", "en").comparison().clauses())
                .as("the source language is the source").extracting(ClauseChange::clauseId)
                .containsExactly("do-no-harm");
    }

    @Test
    void aLanguageTheProjectDoesNotHaveIsRefusedByName() {
        assertThatThrownBy(() -> VersionComparison.compare(dir, "Working draft 4", "Working draft 5", "de"))
                .isInstanceOf(IOException.class)
                .hasMessage("\"de\" is not a target language of this project (its targets: fr, ar)");
    }
}
