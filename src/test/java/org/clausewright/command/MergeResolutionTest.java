package org.clausewright.command;

import org.clausewright.merge.ConflictState;
import org.clausewright.merge.MergeConflict;
import org.clausewright.merge.MergeOutcome;
import org.clausewright.merge.MergeSide;
import org.clausewright.merge.ProjectMerge;
import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.model.Negotiation;
import org.clausewright.model.NegotiationException;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MergeResolutionTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Negotiation.Context CONTEXT = new Negotiation.Context(T0.plusSeconds(600), "Amina Diallo",
            "", "", "");
    private static final MergeSide OURS = new MergeSide("Amina Diallo", "", "this workstation");
    private static final MergeSide THEIRS = new MergeSide("Ingrid Solberg", "nor", "origin");

    private final Project base = new Project(ProjectInfo.titled("code", "Code"), new Outline(List.of(
            new Part("p-a", "Part A", List.of(new ClauseRef("c-1"), new ClauseRef("c-2"), new ClauseRef("c-3"))),
            new Part("p-b", "Part B", List.of(new ClauseRef("c-4"))))),
            Map.of("c-1", Clause.of("c-1", "One", "First."), "c-2", Clause.of("c-2", "Two", "Second."),
                    "c-3", Clause.of("c-3", "Three", "Third."), "c-4", Clause.of("c-4", "Four", "Fourth.")),
            Map.of());

    @Test
    void aHeadingIsSwitchedToTheirsAndBackByUndo() {
        Project ours = base.withClause(base.clause("c-2").orElseThrow().withHeading("Two, ours"));
        Project theirs = base.withClause(base.clause("c-2").orElseThrow().withHeading("Two, theirs"));
        MergeOutcome out = ProjectMerge.merge(base, ours, theirs, OURS, THEIRS, T0);
        MergeConflict conflict = out.conflicts().get(0);
        CommandStack stack = new CommandStack(out.merged());

        assertThat(ConflictState.held(stack.current(), conflict)).contains(MergeConflict.Side.OURS);
        stack.execute(new MergeResolution(conflict, MergeConflict.Side.THEIRS, CONTEXT));
        assertThat(stack.current().clause("c-2").orElseThrow().heading()).isEqualTo("Two, theirs");
        assertThat(ConflictState.held(stack.current(), conflict)).contains(MergeConflict.Side.THEIRS);
        assertThat(stack.undoName()).contains("command.resolveMerge");
        stack.execute(new MergeResolution(conflict, MergeConflict.Side.BASE, CONTEXT));
        assertThat(stack.current().clause("c-2").orElseThrow().heading()).isEqualTo("Two");
        stack.undo();
        stack.undo();
        assertThat(stack.current().clause("c-2").orElseThrow().heading()).isEqualTo("Two, ours");
        assertThat(ConflictState.held(stack.current(), conflict)).contains(MergeConflict.Side.OURS);
    }

    @Test
    void aStatusIsChosenByADecisionInTheLog() throws NegotiationException {
        Clause c = base.clause("c-1").orElseThrow();
        Project ours = base.withClause(Negotiation.decide(c, ClauseStatus.UNDER_DISCUSSION,
                new Negotiation.Context(T0, "Amina Diallo", "", "", "")));
        Project theirs = base.withClause(Negotiation.decide(c, ClauseStatus.WITHDRAWN,
                new Negotiation.Context(T0.plusSeconds(1), "Ingrid Solberg", "", "", "")));
        MergeOutcome out = ProjectMerge.merge(base, ours, theirs, OURS, THEIRS, T0);
        MergeConflict conflict = out.conflicts().get(0);
        assertThat(conflict.kind()).isEqualTo(MergeConflict.Kind.STATUS);

        Project chosen = new MergeResolution(conflict, MergeConflict.Side.THEIRS, CONTEXT).apply(out.merged());
        Clause clause = chosen.clause("c-1").orElseThrow();
        assertThat(clause.status()).isEqualTo(ClauseStatus.WITHDRAWN);
        assertThat(clause.decisions()).hasSize(3);
        assertThat(ConflictState.held(chosen, conflict)).contains(MergeConflict.Side.THEIRS);
        assertThat(new MergeResolution(conflict, MergeConflict.Side.OURS, CONTEXT).apply(out.merged()))
                .isSameAs(out.merged());
    }

    @Test
    void aClauseMovedDifferentlyGoesWhereTheChosenSidePutIt() {
        Project ours = base.withOutline(new Outline(List.of(
                new Part("p-a", "Part A", List.of(new ClauseRef("c-3"), new ClauseRef("c-1"), new ClauseRef("c-2"))),
                new Part("p-b", "Part B", List.of(new ClauseRef("c-4"))))));
        Project theirs = base.withOutline(new Outline(List.of(
                new Part("p-a", "Part A", List.of(new ClauseRef("c-1"), new ClauseRef("c-2"))),
                new Part("p-b", "Part B", List.of(new ClauseRef("c-4"), new ClauseRef("c-3"))))));
        MergeOutcome out = ProjectMerge.merge(base, ours, theirs, OURS, THEIRS, T0);
        MergeConflict conflict = out.conflicts().get(0);
        assertThat(conflict.kind()).isEqualTo(MergeConflict.Kind.PLACEMENT);
        assertThat(out.merged().outline().clauseIds()).containsExactly("c-3", "c-1", "c-2", "c-4");

        Project theirsChosen = new MergeResolution(conflict, MergeConflict.Side.THEIRS, CONTEXT).apply(out.merged());
        assertThat(theirsChosen.outline().clauseIds()).containsExactly("c-1", "c-2", "c-4", "c-3");
        Project baseChosen = new MergeResolution(conflict, MergeConflict.Side.BASE, CONTEXT).apply(out.merged());
        assertThat(baseChosen.outline().clauseIds()).containsExactly("c-1", "c-2", "c-3", "c-4");
        assertThat(ConflictState.held(out.merged(), conflict)).contains(MergeConflict.Side.OURS);
        assertThat(ConflictState.held(theirsChosen, conflict)).contains(MergeConflict.Side.THEIRS);
        assertThat(ConflictState.held(baseChosen, conflict)).contains(MergeConflict.Side.BASE);
    }

    private static Framework framework(FrameworkElement... elements) {
        return new Framework("tianjin-2021", "Tianjin Guidelines", "", "biology", 2021, "", "", "", "",
                List.of(elements), null);
    }

    @Test
    void aFrameworkElementsTitleIsSwitchedToTheOtherSitesWordsAndBackByUndo() {
        FrameworkElement one = new FrameworkElement("1", "1", "Ethical standards", "");
        FrameworkElement two = new FrameworkElement("2", "2", "Laws and norms", "");
        Project b = base.withFramework(framework(one, two));
        Project ours = b.withFramework(framework(one, new FrameworkElement("2", "2", "Laws, norms and rules", "")));
        Project theirs = b.withFramework(framework(one, new FrameworkElement("2", "2", "Legal frameworks",
                "Know the law.")));
        MergeOutcome out = ProjectMerge.merge(b, ours, theirs, OURS, THEIRS, T0);
        MergeConflict conflict = out.conflicts().get(0);
        CommandStack stack = new CommandStack(out.merged());

        assertThat(ConflictState.held(stack.current(), conflict)).contains(MergeConflict.Side.OURS);
        stack.execute(new MergeResolution(conflict, MergeConflict.Side.THEIRS, CONTEXT));
        FrameworkElement chosen = stack.current().framework("tianjin-2021").orElseThrow().element("2").orElseThrow();
        assertThat(chosen.title()).isEqualTo("Legal frameworks");
        assertThat(chosen.summary()).as("the other field, taken by the merge, stays").isEqualTo("Know the law.");
        assertThat(ConflictState.held(stack.current(), conflict)).contains(MergeConflict.Side.THEIRS);
        stack.undo();
        assertThat(stack.current().framework("tianjin-2021").orElseThrow().element("2").orElseThrow().title())
                .isEqualTo("Laws, norms and rules");
        assertThat(ConflictState.held(stack.current(), conflict)).contains(MergeConflict.Side.OURS);
    }

    @Test
    void anElementRemovedThereAndChangedHereIsTakenOutByChoosingThemAndPutBackInPlace() {
        FrameworkElement one = new FrameworkElement("1", "1", "Ethical standards", "");
        FrameworkElement two = new FrameworkElement("2", "2", "Laws and norms", "");
        FrameworkElement three = new FrameworkElement("3", "3", "Responsible conduct", "");
        FrameworkElement changed = new FrameworkElement("2", "2", "Laws and norms", "Know the law.");
        Project b = base.withFramework(framework(one, two, three));
        MergeOutcome out = ProjectMerge.merge(b, b.withFramework(framework(one, changed, three)),
                b.withFramework(framework(one, three)), OURS, THEIRS, T0);
        MergeConflict conflict = out.conflicts().get(0);
        assertThat(ConflictState.held(out.merged(), conflict)).contains(MergeConflict.Side.OURS);

        Project removed = new MergeResolution(conflict, MergeConflict.Side.THEIRS, CONTEXT).apply(out.merged());
        assertThat(removed.framework("tianjin-2021").orElseThrow().elements()).containsExactly(one, three);
        assertThat(ConflictState.held(removed, conflict)).contains(MergeConflict.Side.THEIRS);
        Project back = new MergeResolution(conflict, MergeConflict.Side.BASE, CONTEXT).apply(removed);
        assertThat(back.framework("tianjin-2021").orElseThrow().elements()).containsExactly(one, two, three);
        assertThat(ConflictState.held(back, conflict)).contains(MergeConflict.Side.BASE);
    }

    @Test
    void aChoiceThatCannotBeMadeNowIsRefusedWithItsReason() {
        Project b = base.withFramework(framework(new FrameworkElement("1", "1", "Ethical standards", "")))
                .withClause(BracketSync.reconcile(Clause.of("c-1", "One", "Members [shall / should] act.")));
        assertThat(Negotiation.openBracketCount(b.clause("c-1").orElseThrow())).isEqualTo(1);
        Map<MergeConflict, MergeRefused.Reason> cases = Map.of(
                new MergeConflict(MergeConflict.Kind.CLAUSE_FIELD, "c-9", "heading", "A", "B", "C",
                        MergeConflict.Side.OURS), MergeRefused.Reason.CLAUSE_GONE,
                new MergeConflict(MergeConflict.Kind.TRANSLATION_HEADING, "c-9", "fr", "A", "B", "C",
                        MergeConflict.Side.OURS), MergeRefused.Reason.CLAUSE_GONE,
                new MergeConflict(MergeConflict.Kind.PLACEMENT, "c-1", "placement", "p-a ", "p-a ", "p-gone ",
                        MergeConflict.Side.OURS), MergeRefused.Reason.PLACE_GONE,
                new MergeConflict(MergeConflict.Kind.FRAMEWORK, "who-2022", "title", "A", "B", "C",
                        MergeConflict.Side.OURS), MergeRefused.Reason.FRAMEWORK_GONE,
                new MergeConflict(MergeConflict.Kind.FRAMEWORK, "tianjin-2021/9", "title", "A", "B", "C",
                        MergeConflict.Side.OURS), MergeRefused.Reason.ELEMENT_GONE,
                new MergeConflict(MergeConflict.Kind.STATUS, "c-1", "status", "proposed", "proposed", "agreed",
                        MergeConflict.Side.OURS), MergeRefused.Reason.OPEN_BRACKETS);

        cases.forEach((conflict, reason) -> assertThatThrownBy(() ->
                new MergeResolution(conflict, MergeConflict.Side.THEIRS, CONTEXT).apply(b))
                .as(conflict.kind() + " " + conflict.clauseId())
                .isInstanceOfSatisfying(MergeRefused.class, r -> assertThat(r.reason()).isEqualTo(reason)));
    }
}
