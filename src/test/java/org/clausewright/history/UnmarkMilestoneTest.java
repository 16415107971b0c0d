package org.clausewright.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clausewright.history.ProjectFolder.at;
import static org.clausewright.history.ProjectFolder.write;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taking a milestone off a version removes that mark only: the version and every other tag stay. */
class UnmarkMilestoneTest {
    @TempDir
    Path folder;

    @Test
    void unmarkingRemovesOneMilestoneAndLeavesTheVersionAndOtherTags() throws Exception {
        write(folder, "project.json", "{}\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version version = history.record("Working draft 4", "", "Amina Diallo", at(0));
            history.markMilestone(version, "Circulated to delegations", "Amina Diallo", at(1));
            history.markMilestone(version, "Sent to the plenary", "Amina Diallo", at(2));
            // a tag another git client made on the same version is not ours to remove
            try (Git git = Git.open(folder.toFile())) {
                git.tag().setName("release-candidate").setAnnotated(false).call();
            }

            Version unmarked = history.unmarkMilestone(version, "Circulated to delegations");

            assertThat(unmarked.milestones()).containsExactlyInAnyOrder("Sent to the plenary", "release-candidate");
            assertThat(history.log()).singleElement().satisfies(v -> {
                assertThat(v.id()).isEqualTo(version.id());
                assertThat(v.milestones()).doesNotContain("Circulated to delegations");
            });
            // the name is free again
            assertThat(history.markMilestone(version, "Circulated to delegations", "Li Wei", at(3)).milestones())
                    .contains("Circulated to delegations");
        }
    }

    @Test
    void unmarkingANameTheVersionDoesNotCarryChangesNothing() throws Exception {
        write(folder, "project.json", "{}\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version first = history.record("Working draft 1", "", "Amina Diallo", at(0));
            write(folder, "project.json", "{\"title\": 1}\n");
            Version second = history.record("Working draft 2", "", "Amina Diallo", at(1));
            history.markMilestone(first, "Circulated draft 1", "Amina Diallo", at(2));

            assertThatThrownBy(() -> history.unmarkMilestone(second, "Circulated draft 1"))
                    .isInstanceOf(HistoryException.class).hasMessageContaining("has no milestone named");
            assertThat(history.log().get(1).milestones()).containsExactly("Circulated draft 1");
        }
    }
}
