package org.clausewright.ui.export;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clausewright.app.ExportJob;
import org.clausewright.app.Settings;
import org.clausewright.history.Version;
import org.clausewright.ui.history.VersionNames;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Export… dialog's choices and the export itself, run in the background. A null version means the
 * draft as it is now; a null comparison, no tracked changes. The choices are those of the project's last
 * export, and the file is suggested in the folder of that export as {@code <project>-<version>.docx}
 * until the member picks one.
 */
public final class ExportViewModel {
    /** What an export wrote, for the dialog to say so and to open the file or its folder. */
    public record Done(String message, Path file) {
    }

    private final ProjectViewModel document;
    private final Messages messages;
    private final Consumer<Path> opener;
    private final ExportChoices remembered;
    private final ObjectProperty<Version> version = new SimpleObjectProperty<>();
    private final ObjectProperty<Version> compare = new SimpleObjectProperty<>();
    private final ObjectProperty<ExportJob.Comments> comments = new SimpleObjectProperty<>(ExportJob.Comments.OPEN);
    private final BooleanProperty toc = new SimpleBooleanProperty(true);
    private final BooleanProperty annex = new SimpleBooleanProperty(false);
    private final StringProperty watermark = new SimpleStringProperty("");
    private final BooleanProperty members = new SimpleBooleanProperty(false);
    private final BooleanProperty compilation = new SimpleBooleanProperty(false);
    private final BooleanProperty cleanText = new SimpleBooleanProperty(false);
    private final BooleanProperty statusColours = new SimpleBooleanProperty(false);
    private final ObjectProperty<ExportJob.Format> format = new SimpleObjectProperty<>(ExportJob.Format.WORD);
    private final BooleanProperty pdfA = new SimpleBooleanProperty(false);
    private final BooleanProperty finalText = new SimpleBooleanProperty(false);
    private final javafx.beans.property.ReadOnlyStringWrapper officeMissing = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyStringWrapper progress = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final BooleanProperty cancellable = new SimpleBooleanProperty();
    private final java.util.function.BooleanSupplier pdfAvailable;
    private ExportJob.Cancellation cancellation;
    private final StringProperty target = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Done> done = new ReadOnlyObjectWrapper<>();
    private final List<Version> versions;
    private final Path folder;
    private boolean suggesting;
    private boolean targetChosen;

    /** {@code opener} shows a file or folder with the system's program for it; {@code settings} keeps the choices. */
    public ExportViewModel(ProjectViewModel document, List<Version> versions, Consumer<Path> opener, Settings settings) {
        this(document, versions, opener, settings, ExportJob::pdfAvailable);
    }

    /** As above; {@code pdfAvailable} says whether LibreOffice is installed (tests answer either way). */
    public ExportViewModel(ProjectViewModel document, List<Version> versions, Consumer<Path> opener, Settings settings,
                           java.util.function.BooleanSupplier pdfAvailable) {
        this.document = document;
        this.pdfAvailable = pdfAvailable;
        this.messages = document.messages();
        this.versions = List.copyOf(versions);
        this.opener = opener;
        this.remembered = new ExportChoices(settings, document.session().dir());
        remembered.restore(this);
        this.folder = remembered.folder().filter(Files::isDirectory)
                .orElse(document.session().dir().toAbsolutePath().getParent());
        suggest();
        version.addListener((obs, old, v) -> {
            if (!targetChosen) {
                suggest();
            }
        });
        target.addListener((obs, old, v) -> {
            if (!suggesting) {
                targetChosen = true;
            }
        });
        format.addListener((obs, old, f) -> formatChanged(old, f));
        officeMissing.set(officeNote(format.get()));
    }

    // A file chosen for one format keeps its name and takes the other's extension.
    private void formatChanged(ExportJob.Format old, ExportJob.Format now) {
        officeMissing.set(officeNote(now));
        if (!targetChosen) {
            suggest();
            return;
        }
        String text = target.get() == null ? "" : target.get().strip();
        String oldEnding = "." + (old == null ? ExportJob.Format.WORD : old).extension();
        if (text.toLowerCase(java.util.Locale.ROOT).endsWith(oldEnding)) {
            target.set(text.substring(0, text.length() - oldEnding.length()) + "." + now.extension());
        }
    }

    private String officeNote(ExportJob.Format f) {
        return f == ExportJob.Format.PDF && !pdfAvailable.getAsBoolean() ? messages.get("export.pdf.noOffice") : "";
    }

    /**
     * {@code <project>-<version>.docx} (or .pdf): the project's folder name and the exported version as History names
     * it, in the member's language (a sync's merge or a restore is recorded with an English label).
     */
    public String suggestedName() {
        String label = version.get() == null ? messages.get("export.fileDraft")
                : VersionNames.shown(messages, version.get(), document.project());
        return FileNames.safe(document.session().dir().getFileName() + "-" + label) + "." + format.get().extension();
    }

    private void suggest() {
        suggesting = true;
        try {
            target.set(folder.resolve(suggestedName()).toString());
        } finally {
            suggesting = false;
        }
    }

    /** Asks for the file in a chooser opened on the current one's folder, its name suggested. */
    public void chooseTarget() {
        Path current = currentTarget();
        Path in = current != null && current.getParent() != null && Files.isDirectory(current.getParent())
                ? current.getParent() : folder;
        String name = current == null ? suggestedName() : current.getFileName().toString();
        String extension = format.get().extension();
        document.dialogs().chooseFileToWrite(messages.get("export.title"),
                        format.get() == ExportJob.Format.PDF ? "PDF" : "Word", extension, in, name)
                .ifPresent(file -> target.set(file.toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)
                        ? file.toString() : file + "." + extension));
    }

    private Path currentTarget() {
        String text = target.get();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.strip()).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            // typed by hand and not a path: the chooser starts from the suggestion instead
            return null;
        }
    }

    /** Exports; {@code finished} is told whether the file was written. */
    public void export(Consumer<Boolean> finished) {
        if (target.get() == null || target.get().isBlank()) {
            document.dialogs().showError(messages.get("export.failed"),
                    new IllegalArgumentException(messages.get("export.noTarget")));
            finished.accept(false);
            return;
        }
        if (!officeMissing.get().isEmpty()) {
            document.dialogs().showRefusal(messages.get("export.failed"), officeMissing.get());
            finished.accept(false);
            return;
        }
        Path file = Path.of(target.get().strip());
        boolean pdf = format.get() == ExportJob.Format.PDF;
        ExportJob job = new ExportJob(version.get() == null ? null : version.get().id(),
                compare.get() == null ? null : compare.get().id(), comments.get(), toc.get(), annex.get(),
                watermark.get(), members.get(), messages.locale(), file, compilation.get(), cleanText.get(),
                statusColours.get(), format.get(), pdf && pdfA.get(), compare.get() != null && finalText.get());
        ExportJob.Cancellation running = new ExportJob.Cancellation();
        cancellation = running;
        busy.set(true);
        cancellable.set(pdf);
        progress.set(messages.get(pdf ? "export.progress.pdf" : "export.progress.word"));
        done.set(null);
        document.background().run("export", () -> job.run(document.session(), document.member(), running), summary -> {
            stopped();
            remembered.keep(this, file.toAbsolutePath().getParent());
            done.set(new Done(messages.format("export.done", file.getFileName(), summary.clauses(),
                    summary.comments(), summary.revisions()), file));
            finished.accept(true);
        }, error -> {
            stopped();
            if (running.isCancelled()) {
                document.dialogs().notify(messages.get("export.cancelled"));
            } else {
                document.dialogs().showError(messages.get("export.failed"), error);
            }
            finished.accept(false);
        });
    }

    /** Stops a PDF export under way: LibreOffice is stopped and nothing is written. */
    public void cancel() {
        if (cancellation != null && busy.get()) {
            cancellation.cancel();
        }
    }

    private void stopped() {
        busy.set(false);
        cancellable.set(false);
        progress.set("");
    }

    /** Opens the file just written with the system's program for Word files. */
    public void openFile() {
        if (done.get() != null) {
            opener.accept(done.get().file());
        }
    }

    /** Opens the folder of the file just written. */
    public void openFolder() {
        if (done.get() != null) {
            opener.accept(done.get().file().toAbsolutePath().getParent());
        }
    }

    /** "Synchronisation avec origin : … (1a2b3c4)": a version as History names it, in the member's language. */
    public String versionName(Version v) {
        return VersionNames.shown(messages, v, document.project()) + " (" + v.shortId() + ")";
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

    /** The annex "Compilation of proposals": every open bracket, who stands where, each clause's decisions. */
    public BooleanProperty compilationProperty() {
        return compilation;
    }

    /** The agreed text without brackets; refused, naming them, while a bracket is open. */
    public BooleanProperty cleanTextProperty() {
        return cleanText;
    }

    /** Each clause shaded by its status (white not agreed, yellow agreed in working group, green agreed). */
    public BooleanProperty statusColoursProperty() {
        return statusColours;
    }

    /** Word, or PDF made from it by LibreOffice. */
    public ObjectProperty<ExportJob.Format> formatProperty() {
        return format;
    }

    /** PDF/A-2b, for archiving; only for PDF. */
    public BooleanProperty pdfAProperty() {
        return pdfA;
    }

    /**
     * The changes since the compared version accepted (the final text) rather than shown as tracked changes;
     * it matters only while a version to compare with is chosen, and is kept for the next export either way.
     */
    public BooleanProperty finalTextProperty() {
        return finalText;
    }

    /** The sentence saying LibreOffice must be installed, while PDF is chosen and it is not; "" otherwise. */
    public javafx.beans.property.ReadOnlyStringProperty officeMissingProperty() {
        return officeMissing.getReadOnlyProperty();
    }

    /** What the export is doing, while it runs. */
    public javafx.beans.property.ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether the export under way can be stopped (a PDF's conversion can). */
    public BooleanProperty cancellableProperty() {
        return cancellable;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Set when the export wrote its file; null before, and while another runs. */
    public ReadOnlyObjectProperty<Done> doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** The version with {@code id} among those offered, or null. */
    Version versionWithId(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
    }
}
