package org.clausewright.command;

import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CommandStackTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Project start = Drafts.small();
    private final CommandStack stack = new CommandStack(start, now::get);

    @Test
    void undoGoesBackToTheExactStateBeforeAndRedoForward() {
        Project after = stack.execute(new EditHeading("c1", "Duty"));
        assertThat(stack.canUndo()).isTrue();
        assertThat(stack.undoName()).contains("command.renameClause");
        assertThat(stack.undo()).isSameAs(start);
        assertThat(stack.canRedo()).isTrue();
        assertThat(stack.redoName()).contains("command.renameClause");
        assertThat(stack.redo()).isSameAs(after);
        assertThat(stack.canRedo()).isFalse();
    }

    @Test
    void aNewEditClearsRedo() {
        stack.execute(new EditHeading("c1", "Duty"));
        stack.undo();
        stack.execute(new EditHeading("c2", "Other"));
        assertThat(stack.canRedo()).isFalse();
    }

    @Test
    void consecutiveTypingInOneClauseIsOneUndoStep() {
        stack.execute(new EditText("c1", "S"));
        now.addAndGet(200);
        stack.execute(new EditText("c1", "Sc"));
        now.addAndGet(200);
        stack.execute(new EditText("c1", "Sci"));
        assertThat(stack.current().clause("c1").orElseThrow().text()).isEqualTo("Sci");
        assertThat(stack.undo()).isSameAs(start);
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void typingInAnotherClauseOrAfterAPauseOrAnUndoStartsANewStep() {
        stack.execute(new EditText("c1", "A"));
        stack.execute(new EditText("c2", "B"));
        now.addAndGet(CommandStack.MERGE_WINDOW_MILLIS + 1);
        stack.execute(new EditText("c2", "BC"));
        stack.undo();
        stack.redo();
        stack.execute(new EditText("c2", "BCD"));
        int steps = 0;
        while (stack.canUndo()) {
            stack.undo();
            steps++;
        }
        assertThat(steps).isEqualTo(4);
        assertThat(stack.current()).isSameAs(start);
    }

    @Test
    void breakMergeEndsTheStep() {
        stack.execute(new EditText("c1", "A"));
        stack.breakMerge();
        stack.execute(new EditText("c1", "AB"));
        stack.undo();
        assertThat(stack.current().clause("c1").orElseThrow().text()).isEqualTo("A");
    }

    @Test
    void theDirtyFlagFollowsTheSavedMarkThroughUndo() {
        assertThat(stack.isDirty()).isFalse();
        Project edited = stack.execute(new EditHeading("c1", "Duty"));
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved(edited);
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        stack.redo();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void anEditThatChangesNothingIsNotAStep() {
        stack.execute(new EditHeading("c1", "Heading c1"));
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void listenersHearEveryChange() {
        AtomicInteger heard = new AtomicInteger();
        stack.addListener(heard::incrementAndGet);
        stack.execute(new EditHeading("c1", "Duty"));
        stack.undo();
        stack.redo();
        stack.markSaved(stack.current());
        assertThat(heard).hasValue(4);
    }

    /** A carry that puts clause c2's heading, as the outside change left it, into each step that leaves c2 alone. */
    private static java.util.Optional<CommandStack.States> c2(Project from, Project to, CommandStack.States step) {
        var before = step.before().clause("c2").orElseThrow();
        if (!before.equals(step.after().clause("c2").orElseThrow())) {
            return java.util.Optional.empty();
        }
        var taken = to.clause("c2").orElseThrow();
        return java.util.Optional.of(new CommandStack.States(step.before().withClause(taken),
                step.after().withClause(taken)));
    }

    @Test
    void stepsWaitingToBeRedoneAreCarriedOverAnOutsideChangeThatLeavesThemAlone() {
        stack.execute(new EditHeading("c1", "One"));
        now.addAndGet(5_000);
        stack.execute(new EditHeading("c1", "Two"));
        stack.undo();
        stack.undo();

        CommandStack.Outside outside = stack.executeAsSaved(new EditHeading("c2", "From outside"),
                CommandStackTest::c2);

        assertThat(outside.redoEnded()).isEmpty();
        assertThat(stack.redoName()).contains("command.renameClause");
        stack.redo();
        assertThat(stack.redo().clause("c1").orElseThrow().heading()).isEqualTo("Two");
        assertThat(stack.current().clause("c2").orElseThrow().heading()).isEqualTo("From outside");
        // back through both steps, then the outside change
        stack.undo();
        stack.undo();
        assertThat(stack.current()).isSameAs(outside.state());
        assertThat(stack.undo()).isSameAs(start);
    }

    @Test
    void aStepThatChangesWhatCameInCanNoLongerBeRedoneNorAnyAfterIt() {
        stack.execute(new EditHeading("c2", "Ours"));
        now.addAndGet(5_000);
        stack.execute(new EditHeading("c1", "Later"));
        stack.undo();
        stack.undo();

        CommandStack.Outside outside = stack.executeAsSaved(new EditHeading("c2", "From outside"),
                CommandStackTest::c2);

        assertThat(outside.redoEnded()).contains("command.renameClause");
        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.current().clause("c2").orElseThrow().heading()).isEqualTo("From outside");
    }
}
