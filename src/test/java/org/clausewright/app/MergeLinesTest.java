package org.clausewright.app;

import java.util.List;
import org.clausewright.merge.MergeConflict;
import org.clausewright.merge.MergeOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lines `clausewright sync` prints for the conflicts a merge listed: an order and a framework kept at one site. */
class MergeLinesTest {
    @Test
    void anOrderAndAFrameworkRemovedAtOneSiteReadAsTheyAre() {
        MergeConflict order = new MergeConflict(MergeConflict.Kind.ORDER, "p:laws", "order", "c:a c:b", "c:b c:a",
                "c:a c:b", MergeConflict.Side.OURS);
        MergeConflict framework = new MergeConflict(MergeConflict.Kind.FRAMEWORK, "tianjin-2021", "framework",
                "Tianjin Guidelines", "", "Tianjin Guidelines", MergeConflict.Side.THEIRS);
        MergeOutcome outcome = new MergeOutcome(org.clausewright.model.Project.empty(
                org.clausewright.model.ProjectInfo.titled("model-code", "Model Code")), List.of(order, framework),
                List.of(), 0, 0, List.of());

        assertThat(ProjectMerger.describe(outcome)).containsExactly(
                "order of part laws: here “b a”, there “a b”, before “a b”; the draft holds “b a” until a member "
                        + "chooses",
                "framework tianjin-2021: here “(removed)”, there “Tianjin Guidelines”, before “Tianjin Guidelines”; "
                        + "the draft holds “Tianjin Guidelines” until a member chooses");
    }
}
