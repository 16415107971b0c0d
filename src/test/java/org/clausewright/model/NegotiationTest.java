package org.clausewright.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of negotiating practice over one clause: decisions, cleaning, deleting, and the status they give. */
class NegotiationTest {
    private static final Instant T = Instant.parse("2026-03-09T15:00:00Z");
    private static final Negotiation.Context AT_DC2 = new Negotiation.Context(T, "Amina Diallo", "dc-2", "ald",
            "as agreed");

    private static Clause clause(String text) {
        return BracketSync.reconcile(Clause.of("c1", "Reporting", text));
    }

    @Test
    void theStatusIsTheLatestDecisionsAndProposedWithoutOne() throws Exception {
        Clause clause = clause("Scientists report.");
        assertThat(clause.status()).isEqualTo(ClauseStatus.PROPOSED);
        Clause discussed = Negotiation.decide(clause, ClauseStatus.UNDER_DISCUSSION, AT_DC2);
        assertThat(discussed.status()).isEqualTo(ClauseStatus.UNDER_DISCUSSION);
        assertThat(discussed.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.STATUS);
            assertThat(d.from()).isEqualTo(ClauseStatus.PROPOSED);
            assertThat(d.to()).isEqualTo(ClauseStatus.UNDER_DISCUSSION);
            assertThat(d.time()).isEqualTo(T);
            assertThat(d.recordedBy()).isEqualTo("Amina Diallo");
            assertThat(d.meeting()).isEqualTo("dc-2");
            assertThat(d.requestedBy()).isEqualTo("ald");
            assertThat(d.note()).isEqualTo("as agreed");
            assertThat(d.id()).matches("d-[0-9a-z]{10}");
        });
        Clause reopened = Negotiation.decide(Negotiation.decide(discussed, ClauseStatus.AGREED_WG, AT_DC2),
                ClauseStatus.REOPENED, AT_DC2);
        assertThat(reopened.status()).isEqualTo(ClauseStatus.REOPENED);
        assertThat(reopened.decisions()).extracting(d -> d.from().key() + ">" + d.to().key())
                .containsExactly("proposed>under-discussion", "under-discussion>agreed-wg", "agreed-wg>reopened");
        // the log is appended to: the earlier decisions are the same objects
        assertThat(reopened.decisions().get(0)).isSameAs(discussed.decisions().get(0));
    }

    @Test
    void noStatusThatSettlesTheWordingWhileABracketIsOpenAndTheRefusalNamesThem() throws Exception {
        Clause clause = clause("Scientists [shall][should] report [promptly][].");
        List<String> ids = clause.brackets().stream().map(Bracket::id).toList();
        for (ClauseStatus settled : List.of(ClauseStatus.AGREED_WG, ClauseStatus.AGREED_AD_REF, ClauseStatus.AGREED)) {
            assertThatThrownBy(() -> Negotiation.decide(clause, settled, AT_DC2))
                    .isInstanceOf(NegotiationException.class)
                    .hasMessage("\"Reporting\" cannot be " + settled.key() + " while 2 brackets are open: "
                            + ids.get(0) + " [shall / should]; " + ids.get(1) + " [promptly / no text]. Clean or "
                            + "delete them first.");
        }
        for (ClauseStatus open : List.of(ClauseStatus.UNDER_DISCUSSION, ClauseStatus.REOPENED, ClauseStatus.WITHDRAWN,
                ClauseStatus.PROPOSED)) {
            assertThat(Negotiation.decide(clause, open, AT_DC2).status()).isEqualTo(open);
        }
        // a detached record is still an open bracket
        Clause detached = BracketSync.reconcile(clause.withText("Scientists report."));
        assertThatThrownBy(() -> Negotiation.decide(detached, ClauseStatus.AGREED, AT_DC2))
                .hasMessageContaining("(no longer in the text)");
    }

    @Test
    void cleaningPutsTheChosenWordsInTheTextAndWritesADecisionThatKeepsTheStatus() throws Exception {
        Clause clause = Negotiation.decide(clause("Scientists [shall][should] report [promptly]."),
                ClauseStatus.UNDER_DISCUSSION, AT_DC2);
        Bracket modal = clause.brackets().get(0);
        Clause cleaned = Negotiation.clean(clause, modal.id(), 1, AT_DC2);
        assertThat(cleaned.text()).isEqualTo("Scientists should report [promptly].");
        assertThat(cleaned.bracket(modal.id())).hasValue(modal.cleaned(1));
        assertThat(cleaned.brackets()).extracting(Bracket::state)
                .containsExactly(BracketState.OPEN, BracketState.CLEANED);
        assertThat(cleaned.decisions().get(1)).satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.BRACKET_CLEANED);
            assertThat(d.bracket()).isEqualTo(modal.id());
            assertThat(d.chosen()).isEqualTo(1);
            assertThat(d.from()).isEqualTo(ClauseStatus.UNDER_DISCUSSION);
            assertThat(d.to()).isEqualTo(ClauseStatus.UNDER_DISCUSSION);
        });
        assertThat(cleaned.status()).isEqualTo(ClauseStatus.UNDER_DISCUSSION);

        String promptly = cleaned.brackets().get(0).id();
        Clause deleted = Negotiation.delete(cleaned, promptly, AT_DC2);
        assertThat(deleted.text()).isEqualTo("Scientists should report.");
        assertThat(deleted.bracket(promptly).orElseThrow().state()).isEqualTo(BracketState.DELETED);
        assertThat(deleted.decisions().get(2).kind()).isEqualTo(DecisionKind.BRACKET_DELETED);
        assertThat(deleted.decisions().get(2).chosen()).isEqualTo(-1);
        // now nothing is open: the clause may be agreed
        assertThat(Negotiation.openBrackets(deleted)).isEmpty();
        assertThat(Negotiation.decide(deleted, ClauseStatus.AGREED, AT_DC2).status()).isEqualTo(ClauseStatus.AGREED);
    }

    @Test
    void choosingTheOptionOfNoTextDropsThePassageAndOneSpace() throws Exception {
        Clause clause = clause("to [the][] extent possible");
        Clause cleaned = Negotiation.clean(clause, clause.brackets().get(0).id(), 1, AT_DC2);
        assertThat(cleaned.text()).isEqualTo("to extent possible");
        Clause atEnd = clause("Scientists report [promptly].");
        assertThat(Negotiation.delete(atEnd, atEnd.brackets().get(0).id(), AT_DC2).text())
                .isEqualTo("Scientists report.");
    }

    @Test
    void cleaningIsRefusedWithASentenceWhenItCannotApply() throws Exception {
        Clause clause = clause("Scientists [shall][should] report.");
        String id = clause.brackets().get(0).id();
        assertThatThrownBy(() -> Negotiation.clean(clause, "b-missing", 0, AT_DC2))
                .hasMessage("\"Reporting\" has no bracket b-missing");
        assertThatThrownBy(() -> Negotiation.clean(clause, id, 2, AT_DC2))
                .hasMessage("bracket " + id + " has no option 3");
        Clause cleaned = Negotiation.clean(clause, id, 0, AT_DC2);
        assertThatThrownBy(() -> Negotiation.delete(cleaned, id, AT_DC2))
                .hasMessage("bracket " + id + " is already cleaned");
        Clause detached = BracketSync.reconcile(clause.withText("Scientists report."));
        assertThatThrownBy(() -> Negotiation.clean(detached, id, 0, AT_DC2))
                .hasMessageContaining("is no longer in the text of \"Reporting\"");
    }
}
