package org.clausewright.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bracket records follow the clause text: typed brackets get records, edits keep attribution, nothing is dropped. */
class BracketSyncTest {
    private static Clause typed(String id, String text) {
        return BracketSync.reconcile(Clause.of(id, "Heading", text));
    }

    /** The clause with option {@code option} of its first bracket proposed by {@code delegation}. */
    private static Clause proposed(Clause clause, int option, String delegation) {
        Bracket b = clause.brackets().get(0);
        return clause.withBracket(b.withOption(option, b.options().get(option)
                .withStance(delegation, BracketOption.Stance.PROPOSES)));
    }

    @Test
    void aBracketTypedByHandGetsAnUnattributedRecordWhoseIdComesFromTheClauseAndItsWording() {
        Clause clause = typed("c1", "Scientists [shall] report risks.");
        assertThat(clause.brackets()).singleElement().satisfies(b -> {
            assertThat(b.id()).matches("b-[0-9a-z]{10}");
            assertThat(b.isOpen()).isTrue();
            assertThat(b.isRetainOrDelete()).isTrue();
            assertThat(b.optionTexts()).containsExactly("shall");
            assertThat(b.options()).noneMatch(BracketOption::isAttributed);
        });
        // two sites typing (or migrating) the same clause make the same record
        assertThat(typed("c1", "Scientists [shall] report risks.").brackets()).isEqualTo(clause.brackets());
        assertThat(typed("c2", "Scientists [shall] report risks.").brackets().get(0).id())
                .isNotEqualTo(clause.brackets().get(0).id());
        // the same wording twice in one clause: two brackets, two ids
        Clause twice = typed("c1", "[shall] report and [shall] publish");
        assertThat(twice.brackets()).extracting(Bracket::id).doesNotHaveDuplicates().hasSize(2);
        assertThat(BracketSync.reconcile(twice)).isSameAs(twice);
    }

    @Test
    void theSameOptionsTypedAtTwoPlacesOfAClauseByTwoSitesAreTwoBrackets() {
        String text = "Scientists shall report risks. They shall publish methods.";
        Clause geneva = typed("c1", text.replace("shall report", "[shall][should] report"));
        Clause accra = typed("c1", text.replace("shall publish", "[shall][should] publish"));
        assertThat(geneva.brackets().get(0).id()).isNotEqualTo(accra.brackets().get(0).id());
        // the same words at the same place are the same bracket, whoever typed them
        assertThat(typed("c1", text.replace("shall publish", "[shall][should] publish")).brackets())
                .isEqualTo(accra.brackets());
    }

    @Test
    void passagesSideBySideAreOneBracketWithOneOptionEach() {
        assertThat(typed("c1", "Scientists [shall][should][] report.").brackets()).singleElement()
                .satisfies(b -> assertThat(b.optionTexts()).containsExactly("shall", "should", ""));
        assertThat(typed("c1", "Scientists [shall] [should] report.").brackets()).hasSize(2);
        // a bracket inside another is part of the same passage
        assertThat(typed("c1", "Scientists [shall [promptly] report].").brackets()).singleElement()
                .satisfies(b -> assertThat(b.optionTexts()).containsExactly("shall [promptly] report"));
    }

    @Test
    void editingAnOptionsWordingKeepsWhoStandsWhere() {
        Clause clause = proposed(proposed(typed("c1", "Scientists [shall][should] report."), 0, "ald"), 1, "bre");
        String id = clause.brackets().get(0).id();

        Clause edited = BracketSync.reconcile(clause.withText("Scientists [must][should] report."));
        assertThat(edited.brackets()).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo(id);
            assertThat(b.optionTexts()).containsExactly("must", "should");
            assertThat(b.options().get(0).proposedBy()).containsExactly("ald");
            assertThat(b.options().get(1).proposedBy()).containsExactly("bre");
        });
        // options swapped: each keeps its own attribution, found by its wording
        Clause swapped = BracketSync.reconcile(clause.withText("Scientists [should][shall] report."));
        assertThat(swapped.brackets().get(0).options()).extracting(o -> o.text() + " " + o.proposedBy())
                .containsExactly("should [bre]", "shall [ald]");
        // a bracket typed before it is new; the attributed one is still the same record
        Clause before = BracketSync.reconcile(clause.withText("[All] scientists [shall][should] report."));
        assertThat(before.brackets()).hasSize(2);
        assertThat(before.brackets().get(1).id()).isEqualTo(id);
        assertThat(before.brackets().get(1).options().get(0).proposedBy()).containsExactly("ald");
        assertThat(before.brackets().get(0).options()).noneMatch(BracketOption::isAttributed);
    }

    @Test
    void aTextWithoutAnyBracketOrWithOnlyUnpairedOnesGetsNoRecord() {
        for (String text : List.of("Scientists report risks.", "Scientists report] risks.", "Scientists [report risks.")) {
            Clause clause = Clause.of("c1", "Heading", text);
            assertThat(BracketSync.reconcile(clause)).as(text).isSameAs(clause);
            assertThat(clause.brackets()).isEmpty();
        }
    }

    @Test
    void aRecordWhoseWordingLeftTheTextIsKeptDetachedAndStillCountsAsOpen() {
        Clause clause = proposed(typed("c1", "Scientists [shall][should] report."), 0, "ald");
        Bracket record = clause.brackets().get(0);
        Clause cut = BracketSync.reconcile(clause.withText("Scientists report."));
        assertThat(cut.brackets()).containsExactly(record);
        assertThat(BracketLayout.of(cut).detached()).containsExactly(record);
        assertThat(Negotiation.openBrackets(cut)).containsExactly(record.id()
                + " [shall / should] (no longer in the text)");
        // typed again, it is found again with its attribution
        Clause back = BracketSync.reconcile(cut.withText("Scientists [shall][should] report."));
        assertThat(back.brackets()).containsExactly(record);
        assertThat(BracketLayout.of(back).detached()).isEmpty();
    }

    @Test
    void recordsComeOpenInTextOrderThenDetachedThenClosed() {
        Clause clause = typed("c1", "[a] and [b][c] and [d]");
        Bracket a = clause.brackets().get(0);
        Bracket bc = clause.brackets().get(1);
        Bracket d = clause.brackets().get(2);
        Bracket cleaned = new Bracket("b-old", BracketState.CLEANED, List.of(BracketOption.unattributed("x")), 0);
        Clause mixed = clause.withBrackets(List.of(cleaned, d, a, bc)).withText("[d] and [b][c]");
        assertThat(BracketSync.reconcile(mixed).brackets()).containsExactly(d, bc, a, cleaned);
    }
}
