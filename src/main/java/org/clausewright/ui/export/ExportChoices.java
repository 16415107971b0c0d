package org.clausewright.ui.export;

import org.clausewright.app.ExportJob;
import org.clausewright.app.ProjectChoice;
import org.clausewright.app.Settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** The Export dialog's choices as the project's last export left them, kept in the member's settings. */
final class ExportChoices {
    private final Settings settings;
    private final Path dir;

    ExportChoices(Settings settings, Path dir) {
        this.settings = settings;
        this.dir = dir;
    }

    /** Puts the remembered choices into {@code model}; what was never chosen keeps the model's default. */
    void restore(ExportViewModel model) {
        get(ProjectChoice.EXPORT_VERSION).map(model::versionWithId).ifPresent(model.versionProperty()::set);
        get(ProjectChoice.EXPORT_COMPARE).map(model::versionWithId).ifPresent(model.compareProperty()::set);
        get(ProjectChoice.EXPORT_COMMENTS).flatMap(ExportChoices::comments).ifPresent(model.commentsProperty()::set);
        get(ProjectChoice.EXPORT_TOC).map(Boolean::parseBoolean).ifPresent(model.tocProperty()::set);
        get(ProjectChoice.EXPORT_ANNEX).map(Boolean::parseBoolean).ifPresent(model.annexProperty()::set);
        get(ProjectChoice.EXPORT_MEMBERS).map(Boolean::parseBoolean).ifPresent(model.membersProperty()::set);
        get(ProjectChoice.EXPORT_COMPILATION).map(Boolean::parseBoolean).ifPresent(model.compilationProperty()::set);
        get(ProjectChoice.EXPORT_CLEAN_TEXT).map(Boolean::parseBoolean).ifPresent(model.cleanTextProperty()::set);
        get(ProjectChoice.EXPORT_STATUS_COLOURS).map(Boolean::parseBoolean)
                .ifPresent(model.statusColoursProperty()::set);
        get(ProjectChoice.EXPORT_WATERMARK).ifPresent(model.watermarkProperty()::set);
        get(ProjectChoice.EXPORT_FORMAT).flatMap(ExportChoices::format).ifPresent(model.formatProperty()::set);
        get(ProjectChoice.EXPORT_PDF_A).map(Boolean::parseBoolean).ifPresent(model.pdfAProperty()::set);
        get(ProjectChoice.EXPORT_FINAL_TEXT).map(Boolean::parseBoolean).ifPresent(model.finalTextProperty()::set);
    }

    /** The folder the project's last export went to. */
    Optional<Path> folder() {
        return get(ProjectChoice.EXPORT_FOLDER).flatMap(text -> {
            try {
                return Optional.of(Path.of(text));
            } catch (InvalidPathException e) {
                // a preference from another system: the project's own folder is offered instead
                return Optional.empty();
            }
        });
    }

    /** Keeps the choices of an export that succeeded, and the folder it wrote to. */
    void keep(ExportViewModel model, Path folder) {
        set(ProjectChoice.EXPORT_VERSION, model.versionProperty().get() == null ? null
                : model.versionProperty().get().id());
        set(ProjectChoice.EXPORT_COMPARE, model.compareProperty().get() == null ? null
                : model.compareProperty().get().id());
        set(ProjectChoice.EXPORT_COMMENTS, model.commentsProperty().get().name());
        set(ProjectChoice.EXPORT_TOC, String.valueOf(model.tocProperty().get()));
        set(ProjectChoice.EXPORT_ANNEX, String.valueOf(model.annexProperty().get()));
        set(ProjectChoice.EXPORT_MEMBERS, String.valueOf(model.membersProperty().get()));
        set(ProjectChoice.EXPORT_COMPILATION, String.valueOf(model.compilationProperty().get()));
        set(ProjectChoice.EXPORT_CLEAN_TEXT, String.valueOf(model.cleanTextProperty().get()));
        set(ProjectChoice.EXPORT_STATUS_COLOURS, String.valueOf(model.statusColoursProperty().get()));
        set(ProjectChoice.EXPORT_WATERMARK, model.watermarkProperty().get());
        set(ProjectChoice.EXPORT_FORMAT, model.formatProperty().get().name());
        set(ProjectChoice.EXPORT_PDF_A, String.valueOf(model.pdfAProperty().get()));
        set(ProjectChoice.EXPORT_FINAL_TEXT, String.valueOf(model.finalTextProperty().get()));
        set(ProjectChoice.EXPORT_FOLDER, folder == null ? null : folder.toString());
    }

    private static Optional<ExportJob.Format> format(String name) {
        for (ExportJob.Format f : ExportJob.Format.values()) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static Optional<ExportJob.Comments> comments(String name) {
        for (ExportJob.Comments c : ExportJob.Comments.values()) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private Optional<String> get(ProjectChoice choice) {
        return settings.projectValue(dir, choice);
    }

    private void set(ProjectChoice choice, String value) {
        settings.setProjectValue(dir, choice, value);
    }
}
