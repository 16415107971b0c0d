package org.clausewright.cli;

import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `new DIR --template FIELD`: what the command refuses, and the title it takes. */
class NewFromTemplateTest {
    @TempDir
    Path temp;

    @Test
    void aTemplateThatDoesNotExistIsRefusedNamingTheFourAndNothingIsMade() {
        Path dir = temp.resolve("geology-code");
        CliRun run = CliRun.of("new", dir.toString(), "--template", "geology");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("\"geology\"").contains("biology, ai, cyber or space")
                .doesNotContain("Exception");
        assertThat(dir).doesNotExist();
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void theSampleAndATemplateAreNotBothTaken() {
        Path dir = temp.resolve("both");
        CliRun run = CliRun.of("new", dir.toString(), "--sample", "--template", "ai");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--sample").contains("--template");
        assertThat(dir).doesNotExist();
    }

    @Test
    void aTitleGivenWithATemplateNamesTheDraft() throws Exception {
        Path dir = temp.resolve("space-code");
        CliRun run = CliRun.of("new", dir.toString(), "--template", "space", "--title", "Code for the Lunar Station");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(ProjectReader.read(new ProjectFolder(dir)).orThrow().info().title())
                .isEqualTo("Code for the Lunar Station");
    }
}
