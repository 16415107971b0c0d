package org.clausewright.ui;

import javafx.scene.control.Label;
import org.clausewright.app.BundledSample;
import org.clausewright.app.ProjectSession;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A project another member holds opens read-only, with a banner naming them, and cannot be edited. */
class ReadOnlyWindowTest {
    @TempDir
    Path temp;
    private EditorWindow window;
    private ProjectSession holder;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
        holder.close();
    }

    @Test
    void theBannerNamesTheHolderAndTheTextCannotBeEdited() throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        holder = ProjectSession.open(dir, "Li Wei");
        window = EditorWindow.openOn(dir);
        Label banner = window.robot.lookup("#read-only-banner").query();
        assertThat(banner.getText()).contains("Li Wei");
        Label saved = window.robot.lookup("#status-saved").query();
        assertThat(saved.getText()).isEqualTo("Read-only");
        StyleClassedTextArea text = window.robot.lookup("#clause-text").query();
        assertThat(text.isEditable()).isFalse();
    }
}
