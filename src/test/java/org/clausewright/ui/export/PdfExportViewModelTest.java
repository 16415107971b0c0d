package org.clausewright.ui.export;

import org.clausewright.app.BundledSample;
import org.clausewright.app.ExportJob;
import org.clausewright.app.ProjectSession;
import org.clausewright.app.Settings;
import org.clausewright.app.Versions;
import org.clausewright.ui.Background;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;
import org.clausewright.ui.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PDF in the Export dialog, without a window: the file name follows the format, a machine without LibreOffice
 * is told so before anything runs, a PDF is written, and a cancelled export writes nothing, reports no error and
 * leaves no office running.
 */
class PdfExportViewModelTest {
    @TempDir
    Path temp;
    private ProjectSession session;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot()
            .node("org/clausewright-tests/pdf-export-" + java.util.UUID.randomUUID());
    private final Settings settings = new Settings(node);
    /** Run before each piece of background work: the member presses Cancel while the export runs. */
    private Runnable beforeWork = () -> { };
    private ExportViewModel model;

    @BeforeEach
    void open() throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        session = ProjectSession.open(dir, "Amina Diallo");
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        node.removeNode();
    }

    private ExportViewModel model(boolean officeInstalled) throws Exception {
        Background background = new Background() {
            @Override
            public <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                beforeWork.run();
                Background.immediate().run(name, work, done, failed);
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }
        };
        ProjectViewModel document = new ProjectViewModel(session, new Messages(Locale.ENGLISH), dialogs, background,
                "Amina Diallo");
        return new ExportViewModel(document, Versions.log(session.dir()), p -> { }, settings, () -> officeInstalled);
    }

    @Test
    void theSuggestedFileFollowsTheFormat() throws Exception {
        model = model(true);
        assertThat(model.targetProperty().get()).endsWith("model-code-draft.docx");
        model.formatProperty().set(ExportJob.Format.PDF);
        assertThat(model.targetProperty().get()).endsWith("model-code-draft.pdf");
        model.targetProperty().set(temp.resolve("circulated.pdf").toString());
        model.formatProperty().set(ExportJob.Format.WORD);
        assertThat(model.targetProperty().get()).isEqualTo(temp.resolve("circulated.docx").toString());
    }

    @Test
    void withoutLibreOfficeTheDialogSaysWhatToInstallAndExportsNothing() throws Exception {
        model = model(false);
        assertThat(model.officeMissingProperty().get()).isEmpty();
        model.formatProperty().set(ExportJob.Format.PDF);
        assertThat(model.officeMissingProperty().get())
                .isEqualTo("PDF export needs LibreOffice, which is not installed here: install the package "
                        + "libreoffice-writer, then export again.");
        Path file = temp.resolve("draft.pdf");
        model.targetProperty().set(file.toString());
        List<Boolean> result = new ArrayList<>();
        model.export(result::add);
        assertThat(result).containsExactly(false);
        assertThat(dialogs.errors).singleElement().asString().contains("libreoffice-writer");
        assertThat(file).doesNotExist();
        // Word still works
        model.formatProperty().set(ExportJob.Format.WORD);
        assertThat(model.officeMissingProperty().get()).isEmpty();
    }

    @Test
    void writesAPdfThenACancelledOneWritesNothingAndLeavesNoOffice() throws Exception {
        model = model(true);
        model.formatProperty().set(ExportJob.Format.PDF);
        model.pdfAProperty().set(true);
        Path file = temp.resolve("draft.pdf");
        model.targetProperty().set(file.toString());
        List<Boolean> result = new ArrayList<>();
        model.export(result::add);
        assertThat(dialogs.errors).isEmpty();
        assertThat(result).containsExactly(true);
        assertThat(new String(Files.readAllBytes(file), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(model.doneProperty().get().message()).contains("draft.pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            // the dialog's PDF is the command line's: its comments printed in an annex
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Annex \u2013 Comments");
        }

        Path cancelled = temp.resolve("cancelled.pdf");
        model.targetProperty().set(cancelled.toString());
        beforeWork = () -> {
            assertThat(model.cancellableProperty().get()).as("Cancel offered while a PDF is made").isTrue();
            model.cancel();
        };
        result.clear();
        model.export(result::add);
        assertThat(result).containsExactly(false);
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.notices).contains("The PDF export was cancelled; no file was written.");
        assertThat(cancelled).doesNotExist();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse("")).filter(c -> c.contains("soffice")).toList()).isEmpty();
    }
}
