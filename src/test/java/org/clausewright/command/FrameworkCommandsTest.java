package org.clausewright.command;

import org.clausewright.model.Address;
import org.clausewright.model.Coverage;
import org.clausewright.model.CoverageState;
import org.clausewright.model.Extent;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Adding a framework and mapping clauses to its elements are edits like any other: one step each, undoable. */
class FrameworkCommandsTest {
    private static final Framework FW = new Framework("tianjin-2021", "Tianjin Guidelines", "", "biology", 2021, "",
            "", "", "", List.of(new FrameworkElement("1", "1", "Ethical standards", ""),
            new FrameworkElement("2", "2", "Laws and norms", "")), null);

    @Test
    void addingAFrameworkAndAnAddressUndoesStepByStep() {
        CommandStack stack = new CommandStack(Drafts.small());
        stack.execute(new AddFramework(FW));
        stack.execute(new AddAddress("c1", "tianjin-2021", "1", Extent.PARTIAL));
        assertThat(stack.undoName()).contains("command.addAddress");
        assertThat(Coverage.of(stack.current(), FW).elements().get(0).state()).isEqualTo(CoverageState.PARTLY);

        // naming the element again changes the extent: a clause names each element once
        stack.execute(new AddAddress("c1", "tianjin-2021", "1", Extent.FULL));
        assertThat(stack.current().clause("c1").orElseThrow().addresses())
                .containsExactly(new Address("tianjin-2021", "1", Extent.FULL));

        stack.undo();
        assertThat(stack.current().clause("c1").orElseThrow().addresses())
                .containsExactly(new Address("tianjin-2021", "1", Extent.PARTIAL));
        stack.undo();
        assertThat(stack.current().clause("c1").orElseThrow().addresses()).isEmpty();
        stack.undo();
        assertThat(stack.current().frameworks()).isEmpty();
        stack.redo();
        assertThat(stack.current().framework("tianjin-2021")).contains(FW);
    }

    @Test
    void removingAnAddressLeavesTheOthers() {
        Project p = new AddFramework(FW).apply(Drafts.small());
        p = new AddAddress("c2", "tianjin-2021", "1", Extent.FULL).apply(p);
        p = new AddAddress("c2", "tianjin-2021", "2", Extent.PARTIAL).apply(p);
        p = new RemoveAddress("c2", "tianjin-2021", "1").apply(p);
        assertThat(p.clause("c2").orElseThrow().addresses())
                .containsExactly(new Address("tianjin-2021", "2", Extent.PARTIAL));
    }

    @Test
    void anElementTheProjectDoesNotHaveIsRefusedAndAFrameworkItHasIsNotReplaced() {
        Project p = new AddFramework(FW).apply(Drafts.small());
        assertThatThrownBy(() -> new AddAddress("c1", "tianjin-2021", "7", Extent.FULL).apply(p))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no element 7");
        assertThatThrownBy(() -> new AddFramework(FW).apply(p)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removingAFrameworkKeepsTheClausesAddresses() {
        Project p = new AddAddress("c1", "tianjin-2021", "1", Extent.FULL).apply(new AddFramework(FW)
                .apply(Drafts.small()));
        Project removed = new RemoveFramework("tianjin-2021").apply(p);
        assertThat(removed.frameworks()).isEmpty();
        assertThat(removed.clause("c1").orElseThrow().addresses()).hasSize(1);
    }
}
