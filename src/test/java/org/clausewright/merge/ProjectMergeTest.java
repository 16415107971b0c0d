package org.clausewright.merge;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketOption;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Negotiation;
import org.clausewright.model.NegotiationException;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Reply;
import org.clausewright.model.Resolution;
import org.clausewright.model.Section;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.merge.Drafts.GENEVA;
import static org.clausewright.merge.Drafts.OSLO;
import static org.clausewright.merge.Drafts.T0;
import static org.clausewright.merge.Drafts.assertReadsBack;
import static org.clausewright.merge.Drafts.base;
import static org.clausewright.merge.Drafts.text;
import static org.clausewright.merge.Drafts.withText;

class ProjectMergeTest {
    private final Project base = base();

    private static MergeOutcome merge(Project base, Project ours, Project theirs) {
        return ProjectMerge.merge(base, ours, theirs, GENEVA, OSLO, T0);
    }

    @Test
    void wordsChangedOnOneSideAreTaken() {
        Project theirs = withText(base, "c-1", "Scientists must consider whether their work could be misused to "
                + "cause harm.");
        MergeOutcome out = merge(base, base, theirs);
        assertThat(text(out.merged(), "c-1")).startsWith("Scientists must consider");
        assertThat(out.isClean()).isTrue();
        assertThat(out.clausesFromTheirs()).isEqualTo(1);
        assertThat(out.summary(OSLO)).isEqualTo("1 clause from Ingrid Solberg");
    }

    @Test
    void differentWordsChangedOnBothSidesAreBothTaken() {
        Project ours = withText(base, "c-1", "Scientists must consider whether their work could be misused to "
                + "cause harm.");
        Project theirs = withText(base, "c-1", "Scientists shall consider whether their research could be misused "
                + "to cause serious harm.");
        MergeOutcome out = merge(base, ours, theirs);
        assertThat(text(out.merged(), "c-1")).isEqualTo("Scientists must consider whether their research could be "
                + "misused to cause serious harm.");
        assertThat(out.bracketsMade()).isEmpty();
        assertReadsBack(out.merged());
    }

    @Test
    void theSameChangeOnBothSidesIsTakenOnce() {
        Project ours = withText(base, "c-2", "Institutions shall train their staff in biosafety and biosecurity.");
        Project theirs = withText(ours, "c-3", "Results of concern are reported at once to the review board.");
        MergeOutcome out = merge(base, ours, theirs);
        assertThat(text(out.merged(), "c-2")).isEqualTo("Institutions shall train their staff in biosafety and "
                + "biosecurity.");
        assertThat(text(out.merged(), "c-3")).isEqualTo(text(theirs, "c-3"));
        assertThat(out.isClean()).isTrue();
    }

    @Test
    void theSameWordsChangedDifferentlyBecomeAnAttributedBracketWithAThread() {
        Project ours = withText(base, "c-1", "Scientists should consider whether their work could be misused to "
                + "cause harm.");
        Project theirs = withText(base, "c-1", "Scientists must consider whether their work could be misused to "
                + "cause harm.");
        MergeOutcome out = merge(base, ours, theirs);

        Clause clause = out.merged().clause("c-1").orElseThrow();
        assertThat(clause.text()).isEqualTo("Scientists [must][should] consider whether their work could be "
                + "misused to cause harm.");
        assertThat(clause.brackets()).hasSize(1);
        Bracket bracket = clause.brackets().get(0);
        BracketOption must = bracket.options().get(0);
        BracketOption should = bracket.options().get(1);
        assertThat(must.proposedBy()).containsExactly("nor");
        assertThat(must.note()).contains("Ingrid Solberg");
        assertThat(should.proposedBy()).isEmpty();
        assertThat(should.note()).contains("Amina Diallo");
        assertThat(out.bracketsMade()).singleElement().satisfies(made -> {
            assertThat(made.bracketId()).isEqualTo(bracket.id());
            assertThat(made.optionTexts()).containsExactly("must", "should");
            assertThat(made.before()).isEqualTo("shall");
        });
        AnnotationThread thread = out.merged().threadsOf("c-1").get(0);
        assertThat(thread.isOpen()).isTrue();
        assertThat(thread.text()).startsWith("merge: needs a decision");
        assertThat(thread.anchor().quote()).isEqualTo("[must][should]");
        assertThat(out.summary(OSLO)).isEqualTo("1 clause from Ingrid Solberg, 1 option to decide");
        assertReadsBack(out.merged());
    }

    /**
     * One word replaced by two at one site and by another word at the other: the word-level diff of "shall" to "ought
     * to" can come out as "shall" to "ought" plus "to" inserted after the space, and the insertion was taken as
     * agreed text after the bracket: "[must][ought] to consider", an option reading "must to consider" (seen in the
     * window with an outside change of the clause being typed in).
     */
    @Test
    void aWordReplacedByTwoAtOneSiteIsOneOptionWhole() {
        Project ours = withText(base, "c-1", "Scientists must consider whether their work could be misused to "
                + "cause harm.");
        Project theirs = withText(base, "c-1", "Scientists ought to consider whether their work could be misused to "
                + "cause harm.");
        MergeOutcome out = merge(base, ours, theirs);
        String tail = " consider whether their work could be misused to cause harm.";
        assertThat(text(out.merged(), "c-1")).isIn("Scientists [ought to][must]" + tail,
                "Scientists [must][ought to]" + tail);
        assertReadsBack(out.merged());
    }

    @Test
    void twoSitesMergingTheSamePairMakeTheSameBracketAndThread() {
        Project ours = withText(base, "c-1", "Scientists should consider whether their work could be misused.");
        Project theirs = withText(base, "c-1", "Scientists must consider whether their work could be misused.");
        MergeOutcome here = ProjectMerge.merge(base, ours, theirs, GENEVA, OSLO, T0);
        MergeOutcome there = ProjectMerge.merge(base, theirs, ours, OSLO, GENEVA, T0);
        assertThat(there.merged().clauses()).isEqualTo(here.merged().clauses());
        assertThat(there.merged().threads()).isEqualTo(here.merged().threads());
        assertThat(there.bracketsMade()).isEqualTo(here.bracketsMade());
        MergeOutcome again = ProjectMerge.merge(base, ours, theirs, GENEVA, OSLO, T0);
        assertThat(again.merged().clauses()).isEqualTo(here.merged().clauses());
        assertThat(again.merged().threads()).isEqualTo(here.merged().threads());
    }

    @Test
    void wordsBothSitesAddedAtTheSamePlaceKeepTheBaseAsNoText() {
        Project ours = withText(base, "c-4", "Materials are stored in locked secure facilities.");
        Project theirs = withText(base, "c-4", "Materials are stored in guarded secure facilities.");
        MergeOutcome out = merge(base, ours, theirs);
        Clause clause = out.merged().clause("c-4").orElseThrow();
        assertThat(clause.brackets().get(0).optionTexts()).containsExactly("guarded ", "locked ", "");
        assertThat(clause.brackets().get(0).options().get(2).note()).contains("before both changes");
        assertReadsBack(out.merged());
    }

    @Test
    void anExistingBracketEditedOnBothSidesStaysOneBracketWithTheOptionsOfBoth() throws NegotiationException {
        Project bracketed = withText(base, "c-2", "Institutions [should][shall] train their staff.");
        Project ours = withText(bracketed, "c-2", "Institutions [should][shall][must] train their staff.");
        Project theirs = withText(bracketed, "c-2", "Institutions [should][shall][are encouraged to] train their "
                + "staff.");
        MergeOutcome out = merge(bracketed, ours, theirs);
        Clause clause = out.merged().clause("c-2").orElseThrow();
        assertThat(clause.text()).isEqualTo("Institutions [should][shall][are encouraged to][must] train their "
                + "staff.");
        assertThat(clause.brackets()).hasSize(1);
        assertThat(clause.brackets().get(0).id()).isEqualTo(bracketed.clause("c-2").orElseThrow().brackets()
                .get(0).id());
        assertThat(out.bracketsMade()).isEmpty();
        assertReadsBack(out.merged());
        // and it can be cleaned as any bracket
        Negotiation.clean(clause, clause.brackets().get(0).id(), 3, new Negotiation.Context(T0, "Amina Diallo",
                "", "", ""));
    }

    @Test
    void aHeadingChangedDifferentlyIsListedAndHoldsOurs() {
        Project ours = base.withClause(base.clause("c-3").orElseThrow().withHeading("Reporting"));
        Project theirs = base.withClause(base.clause("c-3").orElseThrow().withHeading("Reports of concern"));
        MergeOutcome out = merge(base, ours, theirs);
        assertThat(out.merged().clause("c-3").orElseThrow().heading()).isEqualTo("Reporting");
        assertThat(out.conflicts()).containsExactly(new MergeConflict(MergeConflict.Kind.CLAUSE_FIELD, "c-3",
                "heading", "Heading 3", "Reporting", "Reports of concern", MergeConflict.Side.OURS));
    }

    @Test
    void statusesDecidedDifferentlyAreListedAndHoldOursWithBothDecisionsKept() throws NegotiationException {
        Negotiation.Context early = new Negotiation.Context(T0, "Amina Diallo", "", "", "");
        Negotiation.Context late = new Negotiation.Context(T0.plusSeconds(60), "Ingrid Solberg", "", "", "");
        Clause c = base.clause("c-5").orElseThrow();
        Project ours = base.withClause(Negotiation.decide(c, ClauseStatus.UNDER_DISCUSSION, early));
        Project theirs = base.withClause(Negotiation.decide(c, ClauseStatus.WITHDRAWN, late));
        MergeOutcome out = merge(base, ours, theirs);
        Clause merged = out.merged().clause("c-5").orElseThrow();
        assertThat(merged.status()).isEqualTo(ClauseStatus.UNDER_DISCUSSION);
        assertThat(merged.decisions()).hasSize(2);
        assertThat(out.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(MergeConflict.Kind.STATUS);
            assertThat(conflict.theirs()).isEqualTo("withdrawn");
        });
    }

    @Test
    void aStatusMovedOnOneSideSurvivesABracketDecisionOnTheOther() throws NegotiationException {
        Project bracketed = withText(base, "c-2", "Institutions [should][shall] train their staff.");
        Clause c = bracketed.clause("c-2").orElseThrow();
        Project ours = bracketed.withClause(Negotiation.decide(c, ClauseStatus.UNDER_DISCUSSION,
                new Negotiation.Context(T0, "Amina Diallo", "", "", "")));
        Project theirs = bracketed.withClause(Negotiation.clean(c, c.brackets().get(0).id(), 1,
                new Negotiation.Context(T0.plusSeconds(60), "Ingrid Solberg", "", "", "")));
        MergeOutcome out = merge(bracketed, ours, theirs);
        Clause merged = out.merged().clause("c-2").orElseThrow();
        assertThat(merged.status()).isEqualTo(ClauseStatus.UNDER_DISCUSSION);
        assertThat(merged.text()).isEqualTo("Institutions shall train their staff.");
        assertThat(merged.decisions()).hasSize(2);
        assertThat(out.conflicts()).isEmpty();
        assertReadsBack(out.merged());
    }

    @Test
    void categoryAndRationaleChangedDifferentlyAreListed() {
        // the whole rationale changed on both sides: the same words changed differently
        Clause c = base.clause("c-6").orElseThrow();
        Project ours = base.withClause(c.withRationale("Ours.").withTags(List.of("a")));
        Project theirs = base.withClause(c.withRationale("Theirs.").withTags(List.of("b")));
        MergeOutcome out = merge(base, ours, theirs);
        assertThat(out.merged().clause("c-6").orElseThrow().rationale()).isEqualTo("Ours.");
        assertThat(out.merged().clause("c-6").orElseThrow().tags()).containsExactly("a", "b");
        assertThat(out.conflicts()).extracting(MergeConflict::field).containsExactly("rationale");
    }

    @Test
    void insertionsAndMovesOfBothSidesAreKept() {
        Project ours = base.withClause(Clause.of("c-7", "Seven", "Seventh clause."))
                .withOutline(new Outline(List.of(
                        new Part("p-a", "Part A", List.of(new ClauseRef("c-1"), new ClauseRef("c-7"),
                                new ClauseRef("c-2"), new ClauseRef("c-3"), new ClauseRef("c-5"))),
                        new Part("p-b", "Part B", List.of(new Section("s-x", "Section X", List.of("c-4")),
                                new ClauseRef("c-6"))))));
        Project theirs = base.withClause(Clause.of("c-8", "Eight", "Eighth clause."))
                .withOutline(new Outline(List.of(
                        new Part("p-a", "Part A", List.of(new ClauseRef("c-3"), new ClauseRef("c-1"),
                                new ClauseRef("c-2"), new ClauseRef("c-8"))),
                        new Part("p-b", "Part B", List.of(new Section("s-x", "Section X", List.of("c-4", "c-5")),
                                new ClauseRef("c-6"))))));
        MergeOutcome out = merge(base, ours, theirs);
        assertThat(Drafts.shape(out.merged().outline()))
                .isEqualTo("p-a: c-3 c-1 c-7 c-2 c-5 c-8 | p-b: [s-x: c-4] c-6");
        assertThat(out.conflicts()).isEmpty();
        assertReadsBack(out.merged());
    }

    @Test
    void insertionsOfBothSidesAtTheSamePlaceLandInTheSameOrderWhoeverMerges() {
        Project ours = base.withClause(Clause.of("c-9", "Nine", "Ninth."))
                .withOutline(insertAfterFirst(base.outline(), "c-9"));
        Project theirs = base.withClause(Clause.of("c-7", "Seven", "Seventh."))
                .withOutline(insertAfterFirst(base.outline(), "c-7"));
        Outline here = merge(base, ours, theirs).merged().outline();
        Outline there = ProjectMerge.merge(base, theirs, ours, OSLO, GENEVA, T0).merged().outline();
        assertThat(Drafts.shape(here)).startsWith("p-a: c-1 c-7 c-9 c-2");
        assertThat(there).isEqualTo(here);
    }

    @Test
    void aClauseMovedDifferentlyOnBothSidesIsListedAndGoesWhereOursPutIt() {
        Project ours = base.withOutline(new Outline(List.of(
                new Part("p-a", "Part A", List.of(new ClauseRef("c-6"), new ClauseRef("c-1"), new ClauseRef("c-2"),
                        new ClauseRef("c-3"))),
                new Part("p-b", "Part B", List.of(new Section("s-x", "Section X", List.of("c-4", "c-5")))))));
        Project theirs = base.withOutline(new Outline(List.of(
                new Part("p-a", "Part A", List.of(new ClauseRef("c-1"), new ClauseRef("c-2"), new ClauseRef("c-3"))),
                new Part("p-b", "Part B", List.of(new Section("s-x", "Section X", List.of("c-4", "c-6", "c-5")))))));
        MergeOutcome out = merge(base, ours, theirs);
        assertThat(Drafts.shape(out.merged().outline())).isEqualTo("p-a: c-6 c-1 c-2 c-3 | p-b: [s-x: c-4 c-5]");
        assertThat(out.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MergeConflict.Kind.PLACEMENT);
            assertThat(c.clauseId()).isEqualTo("c-6");
            assertThat(c.base()).isEqualTo("p-b s-x");
            assertThat(c.ours()).isEqualTo("p-a ");
            assertThat(c.theirs()).isEqualTo("s-x c-4");
        });
    }

    @Test
    void aPartsClausesReorderedDifferentlyAtBothSitesAreListedAsOneOrderWithOursHeld() {
        Outline base0 = base.outline();
        Project ours = base.withOutline(base0.withParts(List.of(new Part("p-a", "Part A", List.of(
                new ClauseRef("c-3"), new ClauseRef("c-1"), new ClauseRef("c-2"))), base0.parts().get(1))));
        Project theirs = base.withClause(Clause.of("c-7", "Seven", "Seventh clause.")).withOutline(base0.withParts(
                List.of(new Part("p-a", "Part A", List.of(new ClauseRef("c-2"), new ClauseRef("c-7"),
                        new ClauseRef("c-1"), new ClauseRef("c-3"))), base0.parts().get(1))));

        MergeOutcome out = merge(base, ours, theirs);

        List<String> merged = out.merged().outline().parts().get(0).clauseIds();
        assertThat(merged).containsExactlyInAnyOrder("c-1", "c-2", "c-3", "c-7");
        assertThat(merged.stream().filter(id -> !id.equals("c-7"))).containsExactly("c-3", "c-1", "c-2");
        assertThat(out.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MergeConflict.Kind.ORDER);
            assertThat(c.clauseId()).isEqualTo("p:p-a");
            assertThat(c.base()).isEqualTo("c:c-1 c:c-2 c:c-3");
            assertThat(c.ours()).isEqualTo("c:c-3 c:c-1 c:c-2");
            assertThat(c.theirs()).isEqualTo("c:c-2 c:c-1 c:c-3");
        });
        MergeConflict order = out.conflicts().get(0);
        assertThat(ConflictState.held(out.merged(), order)).contains(MergeConflict.Side.OURS);
        assertThat(ProjectMerge.merge(base, theirs, ours, OSLO, GENEVA, T0).conflicts()).singleElement()
                .satisfies(c -> assertThat(c.ours()).isEqualTo("c:c-2 c:c-1 c:c-3"));
        assertReadsBack(out.merged());

        // the other site's order chosen: the clause only it added stays in its place
        Project chosen = new org.clausewright.command.MergeResolution(order, MergeConflict.Side.THEIRS,
                new Negotiation.Context(T0, "Amina Diallo", "", "", "")).apply(out.merged());
        List<String> now = chosen.outline().parts().get(0).clauseIds();
        assertThat(now.stream().filter(id -> !id.equals("c-7"))).containsExactly("c-2", "c-1", "c-3");
        assertThat(now.indexOf("c-7")).isEqualTo(merged.indexOf("c-7"));
        assertThat(ConflictState.held(chosen, order)).contains(MergeConflict.Side.THEIRS);
    }

    @Test
    void thePartsReorderedDifferentlyAtBothSitesAreListedToo() {
        Part a = base.outline().parts().get(0);
        Part b = base.outline().parts().get(1);
        Part c = new Part("p-c", "Part C", List.of());
        Project b3 = base.withOutline(base.outline().withParts(List.of(a, b, c)));
        Project ours = b3.withOutline(b3.outline().withParts(List.of(c, a, b)));
        Project theirs = b3.withOutline(b3.outline().withParts(List.of(b, a, c)));

        MergeOutcome out = merge(b3, ours, theirs);

        assertThat(out.merged().outline().parts()).extracting(Part::id).containsExactly("p-c", "p-a", "p-b");
        assertThat(out.conflicts()).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(MergeConflict.Kind.ORDER);
            assertThat(x.clauseId()).isEmpty();
            assertThat(x.theirs()).isEqualTo("p:p-b p:p-a p:p-c");
        });
    }

    @Test
    void aClauseDeletedOnOneSideAndEditedOnTheOtherIsKeptWithAThread() {
        Project ours = base.withOutline(removeClause(base.outline(), "c-2")).withoutClause("c-2");
        Project theirs = withText(base, "c-2", "Institutions must train their staff in biosafety.");
        MergeOutcome out = merge(base, ours, theirs);
        assertThat(text(out.merged(), "c-2")).isEqualTo("Institutions must train their staff in biosafety.");
        assertThat(Drafts.shape(out.merged().outline())).startsWith("p-a: c-1 c-2 c-3");
        assertThat(out.merged().threadsOf("c-2")).singleElement().satisfies(t -> {
            assertThat(t.isOpen()).isTrue();
            assertThat(t.text()).startsWith("merge: kept").contains("Amina Diallo deleted");
        });
        assertThat(out.keptClauses()).containsExactly("c-2");
        assertReadsBack(out.merged());
    }

    @Test
    void aClauseDeletedOnOneSideAndLeftAloneOnTheOtherIsGone() {
        Project theirs = base.withOutline(removeClause(base.outline(), "c-2")).withoutClause("c-2");
        Project ours = withText(base, "c-1", "Scientists consider harm.");
        MergeOutcome out = merge(base, ours, theirs);
        assertThat(out.merged().clause("c-2")).isEmpty();
        assertThat(out.merged().outline().clauseIds()).doesNotContain("c-2");
        assertReadsBack(out.merged());
    }

    @Test
    void threadsAndRepliesAreUnitedAndAResolutionOnOneSideStays() {
        AnnotationThread question = Drafts.thread("t-q", "Li Wei", "Why shall?");
        Project withQuestion = Drafts.withThread(base, "c-1", question);
        Project ours = Drafts.withThread(withQuestion, "c-1", question
                .withReply(new Reply("r-ours", "Amina Diallo", T0.plusSeconds(5), "Because.")));
        Project theirs = Drafts.withThread(Drafts.withThread(withQuestion, "c-1", question
                        .withReply(new Reply("r-theirs", "Ingrid Solberg", T0.plusSeconds(3), "Agreed."))
                        .resolved(new Resolution("Ingrid Solberg", T0.plusSeconds(9)))),
                "c-1", Drafts.thread("t-new", "Ingrid Solberg", "New point."));
        MergeOutcome out = merge(withQuestion, ours, theirs);
        List<AnnotationThread> threads = out.merged().threadsOf("c-1");
        assertThat(threads).extracting(AnnotationThread::id).containsExactly("t-q", "t-new");
        AnnotationThread merged = threads.get(0);
        assertThat(merged.replies()).extracting(Reply::id).containsExactly("r-theirs", "r-ours");
        assertThat(merged.isOpen()).isFalse();
        assertReadsBack(out.merged());
    }

    @Test
    void aRationaleChangedInDifferentWordsAtBothSitesKeepsBothChanges() {
        Clause c = base.clause("c-6").orElseThrow().withRationale("Members know the code. Training is yearly.");
        Project start = base.withClause(c);
        Project ours = start.withClause(c.withRationale("All members know the code. Training is yearly."));
        Project theirs = start.withClause(c.withRationale("Members know the code. Training is twice a year."));
        MergeOutcome out = merge(start, ours, theirs);
        assertThat(out.merged().clause("c-6").orElseThrow().rationale())
                .isEqualTo("All members know the code. Training is twice a year.");
        assertThat(out.conflicts()).isEmpty();
    }

    @Test
    void aRationaleWithTheSameWordsChangedDifferentlyIsListedAndEitherChoiceKeepsTheOtherChanges() {
        Clause c = base.clause("c-6").orElseThrow().withRationale("Members know the code. Training is yearly.");
        Project start = base.withClause(c);
        Project ours = start.withClause(c.withRationale("All members know the code. Training is monthly."));
        Project theirs = start.withClause(c.withRationale("Members know the code. Training is weekly."));
        MergeOutcome out = merge(start, ours, theirs);
        assertThat(out.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.field()).isEqualTo("rationale");
            assertThat(conflict.ours()).isEqualTo("All members know the code. Training is monthly.");
            assertThat(conflict.theirs()).isEqualTo("All members know the code. Training is weekly.");
        });
        assertThat(out.merged().clause("c-6").orElseThrow().rationale())
                .isEqualTo("All members know the code. Training is monthly.");
    }

    @Test
    void aThreadDeletedAtOneSiteAndAnsweredAtTheOtherIsKeptWithAReplySayingSo() {
        AnnotationThread question = Drafts.thread("t-q", "Li Wei", "Why shall?");
        AnnotationThread other = Drafts.thread("t-o", "Li Wei", "Typo?");
        Project start = Drafts.withThread(Drafts.withThread(base, "c-1", question), "c-1", other);
        // ours deleted both threads; theirs answered one and left the other alone
        Project ours = start.withThreads("c-1", List.of());
        Project theirs = Drafts.withThread(start, "c-1", question
                .withReply(new Reply("r-theirs", "Ingrid Solberg", T0.plusSeconds(3), "Because.")));
        MergeOutcome out = merge(start, ours, theirs);
        assertThat(out.merged().threadsOf("c-1")).singleElement().satisfies(kept -> {
            assertThat(kept.id()).isEqualTo("t-q");
            assertThat(kept.replies()).extracting(Reply::author).containsExactly("Ingrid Solberg",
                    "Clausewright merge");
            assertThat(kept.replies().get(1).text()).startsWith("merge: kept. Amina Diallo deleted this thread"
                    + " while Ingrid Solberg answered or changed it");
        });
        // the other site, merging the same pair, makes the same draft
        MergeOutcome there = ProjectMerge.merge(start, theirs, ours, OSLO, GENEVA, T0);
        assertThat(there.merged().threadsOf("c-1")).isEqualTo(out.merged().threadsOf("c-1"));
        assertReadsBack(out.merged());
    }

    @Test
    void aMergeOfUnchangedSidesChangesNothing() {
        Project ours = withText(base, "c-1", "Changed here only.");
        assertThat(merge(base, ours, base).merged().clauses()).isEqualTo(ours.clauses());
        assertThat(merge(base, base, ours).merged().clauses()).isEqualTo(ours.clauses());
        assertThat(merge(base, ours, base).merged().outline()).isEqualTo(ours.outline());
    }

    private static Outline insertAfterFirst(Outline outline, String clauseId) {
        List<Part> parts = new ArrayList<>(outline.parts());
        List<org.clausewright.model.OutlineItem> items = new ArrayList<>(parts.get(0).items());
        items.add(1, new ClauseRef(clauseId));
        parts.set(0, new Part(parts.get(0).id(), parts.get(0).title(), items));
        return new Outline(parts);
    }

    private static Outline removeClause(Outline outline, String clauseId) {
        List<Part> parts = new ArrayList<>();
        for (Part part : outline.parts()) {
            List<org.clausewright.model.OutlineItem> items = new ArrayList<>();
            for (var item : part.items()) {
                if (item instanceof ClauseRef ref && !ref.clauseId().equals(clauseId)) {
                    items.add(ref);
                } else if (item instanceof Section s) {
                    items.add(new Section(s.id(), s.title(), s.clauseIds().stream()
                            .filter(id -> !id.equals(clauseId)).toList()));
                }
            }
            parts.add(new Part(part.id(), part.title(), items));
        }
        return new Outline(parts);
    }
}
