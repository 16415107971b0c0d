package org.clausewright.ui.negotiation;

import org.clausewright.command.BracketWords;
import org.clausewright.command.CleanBracket;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Negotiation;
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
            String id = sample.clause("3.2.1");
            ClauseStatus before = sample.document.project().clause(id).orElseThrow().status();
            decideAgreed(sample, id, () -> { });
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

    /**
     * The command decides, not a check of the window's own on the clause as it was when the dialog opened: a
     * bracket put in while the dialog was open refuses "agreed", in French with that bracket named.
     */
    @Test
    void bracketPutInWhileTheDialogWasOpenRefuses() throws Exception {
        try (SampleDocument sample = new SampleDocument(temp.resolve("opened"), Locale.FRENCH)) {
            Clause clean = sample.document.project().clauses().values().stream()
                    .filter(c -> Negotiation.openBracketCount(c) == 0 && c.text().startsWith("The "))
                    .findFirst().orElseThrow();
            decideAgreed(sample, clean.id(), () -> sample.document.execute(new BracketWords(clean.id(), 0, 3)));
            assertThat(sample.document.project().clause(clean.id()).orElseThrow().status()).isEqualTo(clean.status());
            assertThat(sample.dialogs.errors).singleElement().asString()
                    .startsWith("La décision n’a pas été enregistrée: « " + clean.heading())
                    .contains("tant que ce crochet reste ouvert\u00a0: ", " [The]")
                    .doesNotContain("cannot", "while", "Clean");
        }
    }

    /** A bracket cleaned while the dialog was open no longer stands in the way: the clause is agreed. */
    @Test
    void bracketCleanedWhileTheDialogWasOpenDoesNotRefuse() throws Exception {
        try (SampleDocument sample = new SampleDocument(temp.resolve("cleaned"), Locale.FRENCH)) {
            String id = sample.clause("3.2.1");
            String bracket = Negotiation.openBrackets(sample.document.project().clause(id).orElseThrow()).get(0)
                    .split(" ")[0];
            decideAgreed(sample, id, () -> sample.document.execute(new CleanBracket(id, bracket, 0,
                    new Negotiation.Context(Instant.parse("2026-03-12T09:00:00Z"), "Amina Diallo", "", "", ""))));
            assertThat(sample.dialogs.errors).isEmpty();
            assertThat(sample.document.project().clause(id).orElseThrow().status()).isEqualTo(ClauseStatus.AGREED);
        }
    }

    // the Decide dialog on the clause, answered "agreed"; meanwhile runs while the dialog is open
    private static void decideAgreed(SampleDocument sample, String clauseId, Runnable meanwhile) {
        NegotiationViewModel negotiation = new NegotiationViewModel(sample.document,
                () -> Instant.parse("2026-03-12T10:00:00Z"));
        sample.document.selectedClauseIdProperty().set(clauseId);
        sample.dialogs.whileDeciding = meanwhile;
        sample.dialogs.decisions.add(new DecisionForm(ClauseStatus.AGREED, "", "", ""));
        negotiation.decide();
    }
}
