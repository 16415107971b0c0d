package org.clausewright.ui;

import javafx.scene.control.Label;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** The window notices what other programs write into the open project, and loses nobody's words. */
class OutsideChangesScenarioTest {
    private static final String FIRST = "clauses/respect-for-life.json";

    @TempDir
    Path temp;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private StyleClassedTextArea text() {
        return window.robot.lookup("#clause-text").query();
    }

    private Label banner() {
        return window.robot.lookup("#outside-banner").query();
    }

    private String firstWords() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> text().getText().substring(0, 20)).get();
    }

    private static String rewrite(Path file, String from, String to) throws Exception {
        String content = Files.readString(file);
        assertThat(content).contains(from);
        String changed = content.replace(from, to);
        Files.write(file, changed.getBytes(StandardCharsets.UTF_8));
        return changed;
    }

    @Test
    void aClauseRewrittenOnDiskIsShownInTheEditorWithTheCaretKept() throws Exception {
        window = EditorWindow.open(temp);
        String start = firstWords();
        WaitForAsyncUtils.asyncFx(() -> text().moveTo(5)).get();

        rewrite(window.dir.resolve(FIRST), start, "Rewritten by hand: " + start);

        window.waitFor(20, () -> text().getText().startsWith("Rewritten by hand: "));
        // on the same letter as before: the words came in before it
        assertThat(WaitForAsyncUtils.asyncFx(() -> text().getCaretPosition()).get())
                .isEqualTo(5 + "Rewritten by hand: ".length());
        assertThat(banner().isVisible()).isFalse();
        assertThat(window.controller().document().dirtyProperty().get()).isFalse();
    }

    @Test
    void aClauseRewrittenOnDiskWhileEditedIsMergedIntoOneDraft() throws Exception {
        window = EditorWindow.open(temp);
        String start = firstWords();
        // the worker is held so that neither the autosave nor the look at the disk runs before both writes exist
        CountDownLatch hold = new CountDownLatch(1);
        CompletableFuture<Object> held = window.controller().background().submit(() -> {
            hold.await();
            return null;
        });
        WaitForAsyncUtils.asyncFx(() -> text().appendText(" Typed in the window.")).get();
        rewrite(window.dir.resolve(FIRST), start, "Rewritten by hand: " + start);
        hold.countDown();
        held.get();

        window.waitFor(20, () -> text().getText().startsWith("Rewritten by hand: "));
        assertThat(text().getText()).endsWith(" Typed in the window.");
        assertThat(banner().isVisible()).isFalse();
        window.waitFor(20, () -> !window.controller().document().dirtyProperty().get());
        assertThat(Files.readString(window.dir.resolve(FIRST))).contains("Rewritten by hand: ")
                .contains(" Typed in the window.");
    }

    @Test
    void aHalfSavedFileIsNamedInTheBannerUntilItReads() throws Exception {
        window = EditorWindow.open(temp);
        Path file = window.dir.resolve(FIRST);
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.length() / 2));

        window.waitFor(20, () -> banner().isVisible());
        assertThat(banner().getText()).startsWith(FIRST + " (clause 1.1 Respect for life and human dignity) changed"
                + " outside Clausewright but cannot be read (");

        Files.writeString(file, whole.replace("\"text\": [\n    \"", "\"text\": [\n    \"Whole again. "));
        window.waitFor(20, () -> !banner().isVisible());
        window.waitFor(20, () -> text().getText().startsWith("Whole again. "));
    }

    @Test
    void aGitCheckoutOfAnotherVersionIsTakenIn() throws Exception {
        window = EditorWindow.open(temp);
        String commit = git("log", "--format=%H", "--grep=Working draft 1").strip();
        assertThat(commit).hasSize(40);

        git("checkout", "-q", commit);

        Project disk = ProjectReader.read(new ProjectFolder(window.dir)).orThrow();
        window.waitFor(30, () -> window.controller().document().project().outline().equals(disk.outline()));
        Project shown = window.controller().document().project();
        disk.clauses().values().forEach(c -> assertThat(shown.clause(c.id())).contains(c));
        String first = disk.clause("respect-for-life").orElseThrow().text();
        window.waitFor(10, () -> text().getText().equals(first));
    }

    private String git(String... args) throws Exception {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = window.dir.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("git %s: %s", String.join(" ", args), out).isZero();
        return out;
    }
}
