package org.clausewright.ui.export;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clausewright.app.ExportJob;
import org.clausewright.history.Version;
import org.clausewright.ui.Dialogs;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Export… dialog's choices and the export itself, run in the background. A null version means the
 * draft as it is now; a null comparison, no tracked changes.
 */
public final class ExportViewModel {
    private final ProjectViewModel document;
    private final Messages messages;
    private final Consumer<Path> opener;
    private final ObjectProperty<Version> version = new SimpleObjectProperty<>();
    private final ObjectProperty<Version> compare = new SimpleObjectProperty<>();
    private final ObjectProperty<ExportJob.Comments> comments = new SimpleObjectProperty<>(ExportJob.Comments.OPEN);
    private final BooleanProperty toc = new SimpleBooleanProperty(true);
    private final BooleanProperty annex = new SimpleBooleanProperty(false);
    private final StringProperty watermark = new SimpleStringProperty("");
    private final BooleanProperty members = new SimpleBooleanProperty(false);
    private final StringProperty target = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final List<Version> versions;

    /** {@code opener} shows a file or folder with the system's program for it. */
    public ExportViewModel(ProjectViewModel document, List<Version> versions, Consumer<Path> opener) {
        this.document = document;
        this.messages = document.messages();
        this.versions = List.copyOf(versions);
        this.opener = opener;
        String name = document.session().dir().getFileName() + ".docx";
        target.set(document.session().dir().resolveSibling(name).toString());
    }

    /** Exports; {@code finished} is told whether the file was written. */
    public void export(Consumer<Boolean> finished) {
        if (target.get() == null || target.get().isBlank()) {
            document.dialogs().showError(messages.get("export.failed"),
                    new IllegalArgumentException(messages.get("export.noTarget")));
            finished.accept(false);
            return;
        }
        Path file = Path.of(target.get().strip());
        ExportJob job = new ExportJob(version.get() == null ? null : version.get().id(),
                compare.get() == null ? null : compare.get().id(), comments.get(), toc.get(), annex.get(),
                watermark.get(), members.get(), messages.locale(), file);
        busy.set(true);
        document.background().run("export", () -> job.run(document.session(), document.member()), summary -> {
            busy.set(false);
            document.dialogs().notify(messages.format("export.done", file.getFileName(), summary.clauses(),
                            summary.comments(), summary.revisions()),
                    new Dialogs.Notice(messages.get("export.openFile"), () -> opener.accept(file)),
                    new Dialogs.Notice(messages.get("export.openFolder"),
                            () -> opener.accept(file.toAbsolutePath().getParent())));
            finished.accept(true);
        }, error -> {
            busy.set(false);
            document.dialogs().showError(messages.get("export.failed"), error);
            finished.accept(false);
        });
    }

    public List<Version> versions() {
        return versions;
    }

    public ObjectProperty<Version> versionProperty() {
        return version;
    }

    public ObjectProperty<Version> compareProperty() {
        return compare;
    }

    public ObjectProperty<ExportJob.Comments> commentsProperty() {
        return comments;
    }

    public BooleanProperty tocProperty() {
        return toc;
    }

    public BooleanProperty annexProperty() {
        return annex;
    }

    public StringProperty watermarkProperty() {
        return watermark;
    }

    public BooleanProperty membersProperty() {
        return members;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
