package org.clausewright.command;

import org.clausewright.model.Bracket;
import org.clausewright.model.BracketOption;
import org.clausewright.model.BracketOption.Stance;
import org.clausewright.model.BracketState;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.DecisionKind;
import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.model.Member;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The negotiation's edit commands, each refused with a sentence when it cannot apply, and each undone exactly. */
class NegotiationCommandsTest {
    private static final Negotiation.Context AT_DC2 = new Negotiation.Context(Drafts.T, "Amina Diallo", "dc-2", "",
            "");
    private static final String TEXT = "Scientists should report [dual-use] risks in c1.";

    private final Project draft = new EditParties(
            List.of(new Delegation("ald", "Republic of Aldoria", "ALD", "Group A"),
                    new Delegation("bre", "Kingdom of Brevania", "BRE", "Group A")),
            List.of(new Meeting("dc-2", "Second meeting", LocalDate.of(2026, 3, 9), "Geneva")),
            List.of(new Member("Amina Diallo", "", "Chair", ""), new Member("Li Wei", "", "Member", "", "bre")))
            .apply(Drafts.small());

    private static Clause c1(Project p) {
        return p.clause("c1").orElseThrow();
    }

    /** c1 with "[shall][should]" typed in place of "should": a bracket of two options, its record made by typing. */
    private Project twoOptions() {
        return new EditText("c1", "Scientists [shall][should] report [dual-use] risks in c1.").apply(draft);
    }

    private static String modal(Project p) {
        return c1(p).brackets().stream().filter(b -> b.optionTexts().contains("shall")).findFirst().orElseThrow().id();
    }

    @Test
    void bracketingSelectedWordsMakesARetainOrDeleteBracketWithARecord() {
        int start = TEXT.indexOf("risks");
        Project p = new BracketWords("c1", start, start + 5).apply(draft);
        assertThat(c1(p).text()).isEqualTo("Scientists should report [dual-use] [risks] in c1.");
        String id = BracketWords.bracketAt(p, "c1", start);
        assertThat(c1(p).bracket(id)).hasValueSatisfying(b -> {
            assertThat(b.isRetainOrDelete()).isTrue();
            assertThat(b.optionTexts()).containsExactly("risks");
        });
        // the annotation on "report" still quotes its word
        assertThat(p.threadsOf("c1").get(0).anchor().quote()).isEqualTo("report");
        assertThatThrownBy(() -> new BracketWords("c1", start, start).apply(draft))
                .hasMessage("select the words to bracket first");
        int open = TEXT.indexOf("[dual");
        assertThatThrownBy(() -> new BracketWords("c1", open, open + 5).apply(draft))
                .hasMessage("select words within one paragraph and outside other brackets");
    }

    @Test
    void anOptionIsAddedAfterTheLastAndKeepsTheOthersAttribution() {
        Project p = new AttributeOption("c1", modal(twoOptions()), 0, "ald", Stance.PROPOSES).apply(twoOptions());
        String id = modal(p);
        Project added = new AddOption("c1", id, "must").apply(p);
        assertThat(c1(added).text()).isEqualTo("Scientists [shall][should][must] report [dual-use] risks in c1.");
        Bracket b = c1(added).bracket(id).orElseThrow();
        assertThat(b.optionTexts()).containsExactly("shall", "should", "must");
        assertThat(b.options().get(0).proposedBy()).containsExactly("ald");
        assertThat(b.options().get(2).isAttributed()).isFalse();
        Project noText = new AddOption("c1", id, "").apply(added);
        assertThat(c1(noText).text()).startsWith("Scientists [shall][should][must][] report");
        assertThat(c1(noText).bracket(id).orElseThrow().options().get(3).isNoText()).isTrue();
        assertThatThrownBy(() -> new AddOption("c1", id, "[must]").apply(p))
                .hasMessage("an option is words of one paragraph, without square brackets");
        assertThatThrownBy(() -> new AddOption("c1", "b-none", "must").apply(p))
                .hasMessage("clause c1 has no bracket b-none");
    }

    @Test
    void proposingOrSupportingAnotherOptionMovesTheDelegationThereButAnOppositionStays() {
        Project p = twoOptions();
        String id = modal(p);
        p = new AttributeOption("c1", id, 1, "ald", Stance.OPPOSES).apply(p);
        p = new AttributeOption("c1", id, 1, "bre", Stance.SUPPORTS).apply(p);
        p = new AttributeOption("c1", id, 0, "bre", Stance.PROPOSES).apply(p);
        p = new AttributeOption("c1", id, 0, "ald", Stance.SUPPORTS).apply(p);
        List<BracketOption> options = c1(p).bracket(id).orElseThrow().options();
        assertThat(options.get(0).proposedBy()).containsExactly("bre");
        assertThat(options.get(0).supportedBy()).containsExactly("ald");
        assertThat(options.get(1).supportedBy()).as("bre moved to the option it proposes").isEmpty();
        assertThat(options.get(1).opposedBy()).containsExactly("ald");
        Project off = new AttributeOption("c1", id, 0, "ald", null).apply(p);
        assertThat(c1(off).bracket(id).orElseThrow().options().get(0).stanceOf("ald")).isNull();
        // saying again what is already said changes nothing: no undo step
        assertThat(new AttributeOption("c1", id, 0, "bre", Stance.PROPOSES).apply(p)).isSameAs(p);
        Project q = p;
        assertThatThrownBy(() -> new AttributeOption("c1", id, 0, "xyz", Stance.SUPPORTS).apply(q))
                .hasMessage("the project has no delegation xyz: add it under Project ▸ Delegations and meetings");
        assertThatThrownBy(() -> new AttributeOption("c1", id, 2, "ald", Stance.SUPPORTS).apply(q))
                .hasMessage("bracket " + id + " has no option 3");
    }

    @Test
    void anOptionsNoteIsSetAndTypingItIsOneUndoStep() {
        Project p = twoOptions();
        String id = modal(p);
        long[] now = {0};
        CommandStack stack = new CommandStack(p, () -> now[0]);
        stack.execute(new SetOptionNote("c1", id, 1, "Friends"));
        now[0] += 100;
        stack.execute(new SetOptionNote("c1", id, 1, "Friends of the Chair"));
        assertThat(c1(stack.current()).bracket(id).orElseThrow().options().get(1).note()).isEqualTo("Friends of the Chair");
        stack.undo();
        assertThat(stack.current()).isSameAs(p);
    }

    @Test
    void cleaningByCommandChoosesAnOptionOrDeletesThePassageAndRefusalsAreSentences() {
        Project p = twoOptions();
        String id = modal(p);
        Project cleaned = new CleanBracket("c1", id, 0, AT_DC2).apply(p);
        assertThat(c1(cleaned).text()).isEqualTo("Scientists shall report [dual-use] risks in c1.");
        assertThat(c1(cleaned).bracket(id).orElseThrow().state()).isEqualTo(BracketState.CLEANED);
        assertThat(c1(cleaned).decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.BRACKET_CLEANED);
            assertThat(d.meeting()).isEqualTo("dc-2");
        });
        String dualUse = c1(cleaned).brackets().get(0).id();
        Project deleted = new CleanBracket("c1", dualUse, CleanBracket.DELETE, AT_DC2).apply(cleaned);
        assertThat(c1(deleted).text()).isEqualTo("Scientists shall report risks in c1.");
        assertThat(new CleanBracket("c1", dualUse, CleanBracket.DELETE, AT_DC2).name()).isEqualTo("command.deleteBracket");
        assertThatThrownBy(() -> new CleanBracket("c1", id, 1, AT_DC2).apply(cleaned))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bracket " + id + " is already cleaned");
        assertThatThrownBy(() -> new AddOption("c1", id, "must").apply(cleaned))
                .hasMessage("bracket " + id + " is cleaned: it can no longer be changed");
    }

    @Test
    void decideIsRefusedWhileABracketIsOpenAndRecordedOnceAllAreClean() {
        Project p = new EditText("c1", "Scientists should report risks in c1 [promptly].").apply(draft);
        String id = c1(p).brackets().get(0).id();
        for (ClauseStatus settled : List.of(ClauseStatus.AGREED_WG, ClauseStatus.AGREED_AD_REF, ClauseStatus.AGREED)) {
            Project q = p;
            assertThatThrownBy(() -> new Decide("c1", settled, AT_DC2).apply(q))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("\"Heading c1\" cannot be " + settled.key() + " while a bracket is open: " + id
                            + " [promptly]. Clean or delete them first.");
        }
        Project clean = new CleanBracket("c1", id, 0, AT_DC2).apply(p);
        Project agreed = new Decide("c1", ClauseStatus.AGREED, AT_DC2).apply(clean);
        assertThat(c1(agreed).status()).isEqualTo(ClauseStatus.AGREED);
        assertThat(c1(agreed).text()).isEqualTo("Scientists should report risks in c1 promptly.");
    }

    @Test
    void freezingStoresTheNumbersOnceAndLaterInsertionsAreBis() {
        Project frozen = new FreezeNumbering().apply(draft);
        assertThat(frozen.outline().isFrozen()).isTrue();
        assertThatThrownBy(() -> new FreezeNumbering().apply(frozen)).hasMessage("the numbering is already frozen");
        Project added = new AddClause(Clause.of("c7", "New", ""), new ClauseSlot("p1", null, 1)).apply(frozen);
        assertThat(added.outline().numbering().label("c7")).isEqualTo("1.1 bis");
        assertThat(added.outline().numbering().label("c2")).isEqualTo("1.2.1");
        Project moved = new MoveClause("c5", new ClauseSlot("p1", null, 0)).apply(added);
        assertThat(moved.outline().numbering().label("c5")).isEqualTo("2.1");
        Project gone = new DeleteClause("c4").apply(moved);
        assertThat(gone.outline().numbering().deletedClauses()).extracting(e -> e.getValue().toString())
                .containsExactly("1.3");
    }

    @Test
    void partiesAreSetTogetherAndAMemberCannotBelongToAnUnlistedDelegation() {
        assertThat(draft.info().delegations()).extracting(Delegation::shortName).containsExactly("ALD", "BRE");
        assertThat(draft.info().member("Li Wei").orElseThrow().delegation()).isEqualTo("bre");
        List<Delegation> twice = List.of(new Delegation("ald", "A", "A", ""), new Delegation("ald", "B", "B", ""));
        assertThatThrownBy(() -> new EditParties(twice, List.of(), List.of()).apply(draft))
                .hasMessage("two delegations have the id ald");
        assertThatThrownBy(() -> new EditParties(List.of(), List.of(), draft.info().members()).apply(draft))
                .hasMessage("Li Wei belongs to delegation bre, which is not in the list");
        assertThat(new EditParties(draft.info().delegations(), draft.info().meetings(), draft.info().members())
                .apply(draft)).isSameAs(draft);
    }

    @Test
    void undoOfEachCommandGivesBackTheExactProjectBeforeItAndRedoTheOneAfter() {
        Project start = twoOptions();
        String id = modal(start);
        int at = c1(start).text().indexOf("risks");
        List<Command> commands = new ArrayList<>(List.of(
                new BracketWords("c1", at, at + 5),
                new AddOption("c1", id, "must"),
                new AttributeOption("c1", id, 0, "ald", Stance.PROPOSES),
                new SetOptionNote("c1", id, 0, "Original text"),
                new CleanBracket("c1", id, 1, AT_DC2),
                new Decide("c1", ClauseStatus.UNDER_DISCUSSION, AT_DC2),
                new FreezeNumbering(),
                new EditParties(List.of(), List.of(), List.of(new Member("Amina Diallo", "", "Chair", "")))));
        CommandStack stack = new CommandStack(start);
        for (Command command : commands) {
            Project before = stack.current();
            Project after = stack.execute(command);
            assertThat(after).as(command.name()).isNotSameAs(before);
            assertThat(stack.undoName()).hasValue(command.name());
            assertThat(stack.undo()).as(command.name()).isSameAs(before);
            assertThat(stack.redo()).as(command.name()).isSameAs(after);
        }
        // all the way back
        while (stack.canUndo()) {
            stack.undo();
        }
        assertThat(stack.current()).isSameAs(start);
        assertThat(c1(stack.current()).brackets()).isEqualTo(c1(start).brackets());
        assertThat(stack.current().outline().isFrozen()).isFalse();
    }
}
