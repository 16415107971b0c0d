package org.clausewright.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 9 item 8: a new project appears whole or not at all. */
class NewProjectFolderTest {
    @TempDir
    Path parent;

    @Test
    void aSampleInstallationStoppedPartWayLeavesNoProjectBehind() {
        Path target = parent.resolve("model-code");
        assertThatThrownBy(() -> BundledSample.install(target, versions -> {
            if (versions == 2) {
                throw new IOException("No space left on device");
            }
        })).hasMessageContaining("No space left");

        assertThat(target).doesNotExist();
        assertThat(parent.toFile().list()).as("nothing half-made beside it").isEmpty();
    }

    @Test
    void anEmptyProjectWhoseCreationFailsLeavesNothingEither() {
        Path target = parent.resolve("new-code");
        assertThatThrownBy(() -> NewProjectFolder.create(target, folder -> {
            Files.writeString(folder.resolve("project.json"), "{}");
            throw new IOException("stopped");
        })).hasMessage("stopped");
        assertThat(parent.toFile().list()).isEmpty();
    }

    @Test
    void aCompleteSampleArrivesInAnEmptyFolderWithEveryVersion() throws Exception {
        Path target = Files.createDirectory(parent.resolve("model-code"));
        BundledSample.install(target);
        assertThat(Validation.validate(target).isValid()).isTrue();
        assertThat(Versions.log(target)).hasSize(4);
        assertThat(parent.toFile().list()).containsExactly("model-code");
    }

    @Test
    void whatAKilledCreationLeftIsHiddenAndRemovedOnceOld() throws Exception {
        Path old = Files.createDirectories(parent.resolve(".model-code" + NewProjectFolder.CREATING + "111"));
        Files.writeString(old.resolve("project.json"), "{\"schemaVersion\": 1}");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        // one that may still be under way (another window creating the same project) is left alone
        Path recent = Files.createDirectories(parent.resolve(".model-code" + NewProjectFolder.CREATING + "222"));

        Path target = parent.resolve("model-code");
        Projects.create(target, "Model code", "Amina Diallo");

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(Validation.validate(target).isValid()).isTrue();
        assertThat(Versions.log(target)).hasSize(1);
    }

    @Test
    void aFolderWithContentIsRefusedAndLeftAsItWas() throws Exception {
        Path target = Files.createDirectory(parent.resolve("taken"));
        Files.writeString(target.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> Projects.create(target, "T", "A")).hasMessageContaining("is not empty");
        assertThat(target.toFile().list()).containsExactly("notes.txt");
        assertThat(parent.toFile().list()).containsExactly("taken");
    }
}
