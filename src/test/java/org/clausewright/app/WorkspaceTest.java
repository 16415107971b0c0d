package org.clausewright.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** What `java -jar clausewright.jar` with no arguments opens. */
class WorkspaceTest {
    @TempDir
    Path home;
    private final Preferences preferences = Preferences.userRoot().node("org/clausewright-tests/workspace-"
            + ProcessHandle.current().pid());

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void theFirstRunGetsAFreshCopyOfTheSampleAndLaterRunsTheLastProject() throws Exception {
        Workspace workspace = new Workspace(preferences, home);
        Path first = workspace.lastOrSample();
        assertThat(first).isEqualTo(home.resolve("model-code"));
        assertThat(Validation.validate(first)).isEqualTo(new Validation.Verdict(List.of(), List.of()));
        assertThat(Versions.log(first)).hasSizeGreaterThanOrEqualTo(3);

        Path other = home.resolve("other");
        Projects.create(other, "Other code", "A");
        workspace.remember(other);
        assertThat(new Workspace(preferences, home).lastOrSample()).isEqualTo(other.toAbsolutePath());
    }

    @Test
    void aLastProjectThatWasDeletedFallsBackToTheSampleWithoutOverwritingAnything() throws Exception {
        Files.createDirectories(home.resolve("model-code"));
        Files.writeString(home.resolve("model-code/notes.txt"), "mine");
        Workspace workspace = new Workspace(preferences, home);
        workspace.remember(home.resolve("gone"));
        Path opened = workspace.lastOrSample();
        assertThat(opened).isEqualTo(home.resolve("model-code-2"));
        assertThat(Files.readString(home.resolve("model-code/notes.txt"))).isEqualTo("mine");
    }
}
