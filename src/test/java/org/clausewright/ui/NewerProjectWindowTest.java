package org.clausewright.ui;

import org.clausewright.app.BundledSample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12: a project a newer Clausewright wrote opens in the window, which says once what it keeps. */
class NewerProjectWindowTest {
    @TempDir
    Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void theProjectOpensAndANoticeSaysWhatIsKept() throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        Path clause = dir.resolve("clauses/do-no-harm.json");
        String text = Files.readString(clause);
        Files.writeString(clause, text.substring(0, text.lastIndexOf('}')).stripTrailing()
                + ",\n  \"reviewDeadline\": \"2027-01-31\"\n}\n");
        byte[] before = Files.readAllBytes(clause);
        EditorWindow.freshSettings();

        window = EditorWindow.reopen(dir, (messages, owner) -> dialogs);
        window.waitFor(10, () -> !dialogs.notices.isEmpty());

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.notices).hasSize(1);
        assertThat(dialogs.notices.get(0)).startsWith("This project holds one key or value that this version of "
                + "Clausewright does not know").contains("clauses/do-no-harm.json:")
                .contains("unknown key `reviewDeadline`");
        assertThat(window.robot.lookup("#outline").tryQuery()).isPresent();
        assertThat(Files.readAllBytes(clause)).isEqualTo(before);
    }
}
