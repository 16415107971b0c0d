package org.clausewright.ui.reviewimport;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.clausewright.app.ReviewImport;
import org.clausewright.app.ReviewPreview;
import org.clausewright.history.Version;
import org.clausewright.model.Project;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One import of a reviewed Word file: the member picks the file, its preview is read in the background,
 * the member confirms, and the import runs in the background. Holds no nodes; the dialog follows {@link #step}.
 */
public final class ReviewImportViewModel {
    /** Where the import stands; the dialog shows a spinner while reading or importing and closes when done. */
    public enum Step { CHOOSING, READING, READY, NOTHING_NEW, IMPORTING, DONE, FAILED, CANCELLED }

    private final ProjectViewModel document;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSING);
    private final ReadOnlyObjectWrapper<List<String>> report = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<String> status = new ReadOnlyObjectWrapper<>("");
    private ReviewPreview preview;
    private String fileName = "";

    public ReviewImportViewModel(ProjectViewModel document) {
        this.document = document;
        this.messages = document.messages();
    }

    /** Asks for the file and starts reading it; false when the member chose none (or cannot edit). */
    public boolean choose() {
        if (document.isReadOnly()) {
            return false;
        }
        Path file = document.dialogs().chooseFile(messages.get("import.choose"), messages.get("import.wordFiles"),
                "docx").orElse(null);
        if (file == null) {
            step.set(Step.CANCELLED);
            return false;
        }
        read(file);
        return true;
    }

    private void read(Path file) {
        fileName = String.valueOf(file.getFileName());
        step.set(Step.READING);
        status.set(messages.format("import.reading", fileName));
        document.background().run("preview review", () -> ReviewImport.preview(document.session(), file), read -> {
            if (step.get() == Step.CANCELLED) {
                return;
            }
            preview = read;
            // the report comes from the import itself, so the preview says exactly what the command line says
            report.set(read.report(messages.locale(), false));
            boolean empty = read.bringsNothingNew();
            status.set(messages.format(empty ? "import.nothingNew" : "import.ready", fileName));
            step.set(empty ? Step.NOTHING_NEW : Step.READY);
        }, error -> {
            if (step.get() == Step.CANCELLED) {
                return;
            }
            step.set(Step.FAILED);
            document.dialogs().showError(messages.get("import.refused"), error);
        });
    }

    /** Imports what the preview showed. */
    public void confirm() {
        if (step.get() != Step.READY) {
            return;
        }
        ReviewPreview read = Objects.requireNonNull(preview);
        Project before = document.project();
        step.set(Step.IMPORTING);
        status.set(messages.format("import.importing", fileName));
        document.background().run("import review", () -> ReviewImport.apply(document.session(), read,
                document.member()), version -> done(version, before), error -> {
            step.set(Step.FAILED);
            document.dialogs().showError(messages.get("import.failed"), error);
        });
    }

    private void done(Version version, Project before) {
        step.set(Step.DONE);
        if (version == null) {
            // the draft changed since the preview and already holds everything: nothing was recorded
            document.dialogs().notify(messages.format("import.nothingNew", fileName));
            return;
        }
        document.versionsChanged();
        document.dialogs().notify(messages.format("import.done", version.label()));
        // the stack told the view model of the new state (on the UI thread) before this task's result arrives
        showFirstChanged(before, document.project());
    }

    /** Picks the first clause the review added to, unless the one selected got something itself. */
    private void showFirstChanged(Project before, Project after) {
        String selected = document.selectedClauseIdProperty().get();
        if (selected != null && !before.threadsOf(selected).equals(after.threadsOf(selected))) {
            return;
        }
        after.outline().clauseIds().stream()
                .filter(id -> !before.threadsOf(id).equals(after.threadsOf(id)))
                .findFirst().ifPresent(id -> document.selectedClauseIdProperty().set(id));
    }

    /** The member closed the preview: nothing is imported (an import already running is not stopped). */
    public void cancel() {
        Step now = step.get();
        if (now == Step.READING || now == Step.READY || now == Step.NOTHING_NEW) {
            step.set(Step.CANCELLED);
        }
    }

    public String fileName() {
        return fileName;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The report lines: per clause what comes in, the unplaced items, and what is left out. */
    public ReadOnlyObjectProperty<List<String>> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** One line above the report: reading…, "this is what it adds", or "nothing new". */
    public ReadOnlyObjectProperty<String> statusProperty() {
        return status.getReadOnlyProperty();
    }
}
