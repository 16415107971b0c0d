package org.clausewright.app.bench;

import org.clausewright.diff.DraftComparator;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark times real work: the drafts it compares differ as it says, and the keystroke runs. */
class EditorWorkTest {
    @Test
    void theComparedDraftsDifferInEveryTenthClause() {
        Project before = new SyntheticProject(20261128L).generate(5, 200, 100);

        Project after = EditorWork.reworded(before);

        assertThat(DraftComparator.compare(before, after).summary().textChanged()).isEqualTo(20);
        EditorWork.compare(before, after).run();
        EditorWork.keystroke().run();
    }
}
