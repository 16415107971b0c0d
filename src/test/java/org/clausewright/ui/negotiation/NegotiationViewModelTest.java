package org.clausewright.ui.negotiation;

import org.clausewright.command.CleanBracket;
import org.clausewright.model.BracketOption;
import org.clausewright.model.BracketState;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The negotiation over a clause as the window offers it, without a window: each action a command, undone. */
class NegotiationViewModelTest {
    private static final String ALTERNATIVES = "[the institutional biosafety committee][the competent national authority]";
    @TempDir
    Path temp;
    private SampleDocument sample;
    private NegotiationViewModel negotiation;
    private String id;
    private List<Delegation> sampleDelegations;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        negotiation = new NegotiationViewModel(sample.document, () -> Instant.parse("2026-03-12T10:00:00Z"));
        // the sample's own delegations and meetings, and two more
        sampleDelegations = sample.document.project().info().delegations();
        List<Delegation> delegations = new java.util.ArrayList<>(sampleDelegations);
        delegations.addAll(List.of(new Delegation("nor", "Norway", "NOR", "WEOG"),
                new Delegation("chn", "China", "CHN", "")));
        List<Meeting> meetings = new java.util.ArrayList<>(sample.document.project().info().meetings());
        meetings.add(new Meeting("m-fourth", "Fourth meeting", LocalDate.of(2026, 3, 12), "Geneva"));
        sample.dialogs.parties.add(new Parties(delegations, meetings,
                sample.document.project().info().members().stream().map(m -> m.name().startsWith("Ingrid")
                        ? m.withDelegation("nor") : m).toList()));
        negotiation.editParties();
        id = sample.clause("3.2.1");
        sample.document.selectedClauseIdProperty().set(id);
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    private Clause clause() {
        return sample.document.project().clause(id).orElseThrow();
    }

    private String typedBracket() {
        return negotiation.bracketsProperty().get().get(0).id();
    }

    @Test
    void theDelegationsDialogsAnswerIsOneUndoableEdit() {
        assertThat(sample.document.project().info().delegations()).extracting(Delegation::shortName)
                .endsWith("NOR", "CHN").hasSize(sampleDelegations.size() + 2);
        assertThat(sample.document.project().info().member("Ingrid Solberg").orElseThrow().delegation())
                .isEqualTo("nor");
        assertThat(new NegotiationText(sample.document.messages()).member(sample.document.project().info(),
                "Ingrid Solberg")).isEqualTo("Ingrid Solberg (NOR)");
        sample.document.undo();
        assertThat(sample.document.project().info().delegations()).isEqualTo(sampleDelegations);
    }

    @Test
    void aBracketOfTheFileIsListedAndAttributed() {
        assertThat(negotiation.bracketsProperty().get()).hasSize(1);
        assertThat(negotiation.bracketsTitleProperty().get()).isEqualTo("Brackets: 1 open");
        String bracket = typedBracket();
        List<String> proposedBefore = clause().bracket(bracket).orElseThrow().options().get(1).proposedBy();
        List<String> shownBefore = negotiation.bracketsProperty().get().get(0).options().get(1).proposed();
        sample.dialogs.attributions.add(new AttributionForm(1, "chn", BracketOption.Stance.PROPOSES));
        negotiation.attribute(bracket, 1);

        BracketCard card = negotiation.bracketsProperty().get().get(0);
        assertThat(card.options().get(1).proposed()).endsWith("CHN").hasSize(shownBefore.size() + 1);
        assertThat(clause().bracket(bracket).orElseThrow().options().get(1).proposedBy()).endsWith("chn");
        sample.document.undo();
        assertThat(clause().bracket(bracket).orElseThrow().options().get(1).proposedBy()).isEqualTo(proposedBefore);
        assertThat(negotiation.bracketsProperty().get().get(0).options().get(1).proposed()).isEqualTo(shownBefore);
    }

    @Test
    void selectedWordsBecomeABracketToWhichOptionsAndNotesAreAdded() {
        String text = clause().text();
        int start = text.indexOf("promptly");
        sample.document.selectionStartProperty().set(start);
        // a double-click takes the space after the word: the bracket still closes on the word
        sample.document.selectionEndProperty().set(start + "promptly ".length());
        negotiation.bracketSelection();
        assertThat(clause().text()).contains("concern [promptly] to");
        BracketCard promptly = negotiation.bracketsProperty().get().get(0);
        assertThat(promptly.title()).endsWith("[promptly]");

        sample.dialogs.texts.add("without delay");
        negotiation.addOption(promptly.id());
        assertThat(clause().text()).contains("concern [promptly][without delay] to");
        negotiation.addNoText(promptly.id());
        assertThat(clause().text()).contains("[promptly][without delay][] to");
        sample.dialogs.texts.add("Friends of the Chair");
        negotiation.note(promptly.id(), 1);
        assertThat(negotiation.bracketsProperty().get().get(0).options().get(1).note()).isEqualTo("Friends of the Chair");

        sample.document.undo();
        sample.document.undo();
        sample.document.undo();
        assertThat(clause().text()).contains("concern [promptly] to");
        sample.document.undo();
        assertThat(clause().text()).contains("concern promptly to");
    }

    @Test
    void agreedIsRefusedWithTheBracketNamedThenAcceptedOnceTheBracketIsCleaned() {
        sample.dialogs.decisions.add(new DecisionForm(ClauseStatus.AGREED, "m-fourth", "nor", "Plenary"));
        ClauseStatus before = clause().status();
        negotiation.decide();
        assertThat(sample.dialogs.errors).singleElement().asString()
                .startsWith("The decision was not recorded: ")
                .contains("[the institutional biosafety committee / the competent national authority]");
        assertThat(clause().status()).isEqualTo(before);

        String bracket = typedBracket();
        sample.dialogs.cleanings.add(new CleaningForm(1, "m-fourth", "Compromise"));
        negotiation.clean(bracket);
        assertThat(sample.dialogs.cleaningOffers).containsExactly(List.of("the institutional biosafety committee",
                "the competent national authority"));
        assertThat(clause().text()).contains("promptly to the competent national authority.").doesNotContain("[");
        assertThat(clause().bracket(bracket).orElseThrow().state()).isEqualTo(BracketState.CLEANED);
        assertThat(negotiation.decisionsProperty().get().get(0))
                .contains("Fourth meeting", "the competent national authority", "Compromise");

        sample.dialogs.decisions.add(new DecisionForm(ClauseStatus.AGREED, "m-fourth", "nor", "Plenary"));
        negotiation.decide();
        assertThat(clause().status()).isEqualTo(ClauseStatus.AGREED);
        assertThat(negotiation.statusProperty().get()).isEqualTo("agreed");
        assertThat(negotiation.decisionsProperty().get().get(0))
                .contains(" → agreed", "at the request of NOR", "Plenary");

        sample.document.undo();
        assertThat(clause().status()).isEqualTo(before);
        sample.document.undo();
        assertThat(clause().text()).contains(ALTERNATIVES);
    }

    @Test
    void deletingThePassageIsACleaningToo() {
        sample.dialogs.cleanings.add(new CleaningForm(CleanBracket.DELETE, "", ""));
        negotiation.clean(typedBracket());
        assertThat(clause().text()).contains("their concern promptly to.").doesNotContain("[");
        assertThat(negotiation.bracketsProperty().get().get(0).state()).isEqualTo("passage deleted");
    }

    @Test
    void freezingAsksFirstAndIsUndone() {
        sample.dialogs.confirmAnswer = false;
        negotiation.freezeNumbering();
        assertThat(sample.document.project().outline().isFrozen()).isFalse();
        sample.dialogs.confirmAnswer = true;
        negotiation.freezeNumbering();
        assertThat(sample.document.project().outline().isFrozen()).isTrue();
        sample.document.undo();
        assertThat(sample.document.project().outline().isFrozen()).isFalse();
    }
}
