package org.clausewright.ui.window;

import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.clausewright.app.OutsideChange;
import org.clausewright.ui.ProjectViewModel;

import java.util.List;
import java.util.function.Consumer;

/**
 * Saves a moment after the last edit, on the background worker, so typing is never slowed by the disk and
 * a crash loses at most that moment. Each file is written atomically by the session.
 */
public final class Autosave implements org.clausewright.ui.sync.SaveHold {
    /** Short enough that a crash loses little, long enough that a typist's burst is one write. */
    public static final Duration DELAY = Duration.millis(800);

    private final ProjectViewModel document;
    private final Consumer<List<String>> heldBack;
    private final PauseTransition pause = new PauseTransition(DELAY);
    private boolean saving;
    private boolean again;
    private boolean stopped;
    private boolean held;

    /**
     * {@code heldBack} is told the files a save left alone because another program changed them: no error for
     * the member, but a look at what changed (taken in, or kept beside the member's edit).
     */
    public Autosave(ProjectViewModel document, Consumer<List<String>> heldBack) {
        this.document = document;
        this.heldBack = heldBack;
        pause.setOnFinished(e -> saveNow());
        document.projectProperty().addListener((obs, old, p) -> {
            if (!document.isReadOnly() && document.dirtyProperty().get()) {
                pause.playFromStart();
            }
        });
        // a project that opens with an edit already made (anchors found again after a file was edited by hand)
        // is saved like any other edit, not only at the next keystroke or on quitting
        if (!document.isReadOnly() && document.dirtyProperty().get()) {
            pause.playFromStart();
        }
    }

    /** Saves at once (Ctrl+S); a save already running is followed by one more. */
    public void saveNow() {
        pause.stop();
        if (document.isReadOnly() || stopped) {
            return;
        }
        if (saving || held) {
            again = true;
            return;
        }
        saving = true;
        document.background().run("save", () -> document.session().save(), written -> finished(), error -> {
            finished();
            OutsideChange.heldBack(error).ifPresentOrElse(heldBack,
                    () -> document.dialogs().showError(document.messages().get("save.failed"), error));
        });
    }

    /**
     * No more saves from this window: the project is closing and saves itself one last time. A pause still
     * running would otherwise fire on a worker that is already shut down.
     */
    public void stop() {
        stopped = true;
        pause.stop();
    }

    @Override
    public void hold() {
        held = true;
    }

    @Override
    public void resume() {
        held = false;
        if (again || document.dirtyProperty().get()) {
            again = false;
            saveNow();
        }
    }

    private void finished() {
        saving = false;
        if (again) {
            again = false;
            saveNow();
        }
    }
}
