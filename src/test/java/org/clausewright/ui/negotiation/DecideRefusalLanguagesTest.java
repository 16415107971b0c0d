package org.clausewright.ui.negotiation;

import org.clausewright.model.ClauseStatus;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused decision (agreed over an open bracket) is said wholly in the member's language, the bracket named
 * with its options; before, the header was translated and the sentence under it was the model's English.
 */
class DecideRefusalLanguagesTest {
    @TempDir
    Path temp;

    private String refusal(Locale language) throws Exception {
        try (SampleDocument sample = new SampleDocument(temp.resolve(language.toLanguageTag()), language)) {
            NegotiationViewModel negotiation = new NegotiationViewModel(sample.document,
                    () -> Instant.parse("2026-03-12T10:00:00Z"));
            String id = sample.clause("3.2.1");
            sample.document.selectedClauseIdProperty().set(id);
            ClauseStatus before = sample.document.project().clause(id).orElseThrow().status();
            sample.dialogs.decisions.add(new DecisionForm(ClauseStatus.AGREED, "", "", ""));
            negotiation.decide();
            assertThat(sample.document.project().clause(id).orElseThrow().status()).isEqualTo(before);
            assertThat(sample.dialogs.errors).hasSize(1);
            return sample.dialogs.errors.get(0);
        }
    }

    @Test
    void english() throws Exception {
        assertThat(refusal(Locale.ENGLISH)).startsWith("The decision was not recorded: “")
                .contains("” cannot become agreed while a bracket is open: ",
                        "[the institutional biosafety committee / the competent national authority]",
                        ". Clean or delete it first.");
    }

    @Test
    void french() throws Exception {
        assertThat(refusal(Locale.FRENCH)).startsWith("La décision n’a pas été enregistrée: « ")
                .contains(" » ne peut pas passer au statut « adoptée » tant que ce crochet reste ouvert\u00a0: ",
                        "[the institutional biosafety committee / the competent national authority]",
                        "Levez-le ou supprimez le passage d’abord.")
                .doesNotContain("cannot", "while", "Clean");
    }

    @Test
    void chinese() throws Exception {
        assertThat(refusal(Locale.SIMPLIFIED_CHINESE)).startsWith("决定未记录: “")
                .contains("”尚有 1 处括号未去除：", "[the institutional biosafety committee / the competent national authority]",
                        "须先去除括号或删除相关段落，才能将其状态改为“")
                .doesNotContain("cannot", "while", "Clean");
    }
}
