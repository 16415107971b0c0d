package org.clausewright.ui.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.clausewright.app.ExportJob;
import org.clausewright.app.Settings;
import org.clausewright.app.Versions;
import org.clausewright.command.EditHeading;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportViewModelTest {
    @TempDir
    Path temp;
    private SampleDocument sample;
    private final List<Path> opened = new ArrayList<>();
    private final java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot()
            .node("org/clausewright-tests/export-" + java.util.UUID.randomUUID());
    private final Settings settings = new Settings(node);

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
        node.removeNode();
    }

    @Test
    void exportsTheDraftAsItIsNowWithUnsavedEdits() throws Exception {
        sample.document.execute(new EditHeading(sample.clause("1.1"), "Respect for every life"));
        ExportViewModel model = new ExportViewModel(sample.document, Versions.log(sample.session.dir()), opened::add, settings);
        Path file = temp.resolve("out/draft.docx");
        Files.createDirectories(file.getParent());
        model.targetProperty().set(file.toString());
        model.commentsProperty().set(ExportJob.Comments.ALL);
        List<Boolean> result = new ArrayList<>();
        model.export(result::add);
        assertThat(sample.dialogs.errors).isEmpty();
        assertThat(result).containsExactly(true);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .anyMatch(t -> t.contains("Respect for every life"));
        }
        assertThat(model.doneProperty().get().message()).contains("draft.docx");
        model.openFile();
        model.openFolder();
        assertThat(opened).containsExactly(file, file.toAbsolutePath().getParent());
    }

    @Test
    void theVersionListNamesASyncsMergeInTheMembersLanguage() throws Exception {
        SampleDocument french = new SampleDocument(temp.resolve("fr"), java.util.Locale.FRENCH);
        try {
            org.clausewright.history.Version merge = new org.clausewright.history.Version("a".repeat(40),
                    "Sync with origin: 2 clauses from Li Wei", "", "Chair",
                    java.time.Instant.parse("2026-11-30T10:00:00Z"), false, List.of(),
                    List.of("b".repeat(40), "c".repeat(40)), java.util.Optional.empty(),
                    java.util.Optional.of(new org.clausewright.history.MergeReason(
                            org.clausewright.history.MergeReason.SYNC, "origin", 2, List.of("Li Wei"), 0, List.of(),
                            List.of())));
            ExportViewModel model = new ExportViewModel(french.document, List.of(merge), opened::add, settings);

            assertThat(model.versionName(merge)).isEqualTo("Synchronisation avec origin : 2 clauses de Li Wei ("
                    + merge.shortId() + ")");
        } finally {
            french.close();
        }
    }

    @Test
    void theSuggestedFileNamesTheVersionInTheMembersLanguage() throws Exception {
        SampleDocument french = new SampleDocument(temp.resolve("fr"), java.util.Locale.FRENCH);
        try {
            var before = Versions.log(french.session.dir());
            var first = before.get(before.size() - 1);
            var checkpoint = french.session.restoreDraft(first, "Amina Diallo");
            ExportViewModel model = new ExportViewModel(french.document, Versions.log(french.session.dir()),
                    opened::add, settings);
            assertThat(model.suggestedName()).isEqualTo(french.session.dir().getFileName() + "-projet.docx");

            model.versionProperty().set(checkpoint);

            assertThat(model.suggestedName()).isEqualTo(french.session.dir().getFileName()
                    + "-Avant la restauration du projet de texte depuis « " + first.label() + " ».docx")
                    .doesNotContain("Checkpoint");
        } finally {
            french.close();
        }
    }

    @Test
    void aLongNameInChineseIsCutToWhatEveryFileSystemTakes() {
        String name = FileNames.safe("草案".repeat(100) + ": 同步/合并");
        assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(name).startsWith("草案草案").doesNotContain("/", ":");
        assertThat(FileNames.safe("Avant « v1 » : 2/3")).isEqualTo("Avant « v1 » - 2-3");
    }

    @Test
    void withTrackedChangesSinceAVersion() throws Exception {
        var versions = Versions.log(sample.session.dir());
        ExportViewModel model = new ExportViewModel(sample.document, versions, opened::add, settings);
        model.compareProperty().set(versions.get(versions.size() - 1));
        Path file = temp.resolve("changes.docx");
        model.targetProperty().set(file.toString());
        model.export(ok -> { });
        assertThat(sample.dialogs.errors).isEmpty();
        assertThat(model.doneProperty().get().message()).doesNotContain(" 0 tracked changes");
    }

    @Test
    void theFinalTextAcceptsTheComparedChangesAndIsRememberedForTheProject() throws Exception {
        var versions = Versions.log(sample.session.dir());
        ExportViewModel model = new ExportViewModel(sample.document, versions, opened::add, settings);
        assertThat(model.finalTextProperty().get()).as("changes are shown unless asked").isFalse();
        model.compareProperty().set(versions.get(versions.size() - 1));
        model.finalTextProperty().set(true);
        Path file = temp.resolve("final.docx");
        model.targetProperty().set(file.toString());
        model.export(ok -> { });
        assertThat(sample.dialogs.errors).isEmpty();
        assertThat(model.doneProperty().get().message()).contains(" 0 tracked changes");
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getDocument().getBody().xmlText()).doesNotContain("<w:ins ", "<w:del ");
        }

        ExportViewModel next = new ExportViewModel(sample.document, versions, opened::add, settings);
        assertThat(next.finalTextProperty().get()).isTrue();
        assertThat(next.compareProperty().get()).isEqualTo(versions.get(versions.size() - 1));
    }

    @Test
    void theCompilationAndStatusColoursGoIntoTheFileAndTheCleanTextIsRefusedWhileABracketIsOpen() throws Exception {
        ExportViewModel model = new ExportViewModel(sample.document, Versions.log(sample.session.dir()), opened::add,
                settings);
        Path file = temp.resolve("compilation.docx");
        model.targetProperty().set(file.toString());
        model.compilationProperty().set(true);
        model.statusColoursProperty().set(true);
        List<Boolean> result = new ArrayList<>();
        model.export(result::add);
        assertThat(sample.dialogs.errors).isEmpty();
        assertThat(result).containsExactly(true);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .anyMatch(t -> t.contains("Compilation of proposals"));
            // the colour view: some paragraph of the draft is shaded
            assertThat(doc.getDocument().xmlText()).contains("w:shd");
        }

        // the sample still has open brackets: its agreed text cannot be written yet, and nothing is
        Path clean = temp.resolve("clean.docx");
        model.targetProperty().set(clean.toString());
        model.compilationProperty().set(false);
        model.cleanTextProperty().set(true);
        result.clear();
        model.export(result::add);
        assertThat(result).containsExactly(false);
        assertThat(sample.dialogs.errors).singleElement().asString().contains("b-");
        assertThat(clean).doesNotExist();
    }

    @Test
    void aFolderAsTargetIsAReadableError() throws Exception {
        ExportViewModel model = new ExportViewModel(sample.document, List.of(), opened::add, settings);
        model.targetProperty().set(temp.toString());
        List<Boolean> result = new ArrayList<>();
        model.export(result::add);
        assertThat(result).containsExactly(false);
        assertThat(sample.dialogs.errors).singleElement().asString().contains("is a folder");
    }

    @Test
    void theChoicesOfTheProjectsLastExportComeBack() throws Exception {
        var versions = Versions.log(sample.session.dir());
        ExportViewModel first = new ExportViewModel(sample.document, versions, opened::add, settings);
        assertThat(first.commentsProperty().get()).isEqualTo(ExportJob.Comments.OPEN);
        first.commentsProperty().set(ExportJob.Comments.ALL);
        first.tocProperty().set(false);
        first.annexProperty().set(true);
        first.watermarkProperty().set("DRAFT");
        first.compareProperty().set(versions.get(1));
        first.versionProperty().set(versions.get(0));
        Path out = Files.createDirectories(temp.resolve("circulated"));
        first.targetProperty().set(out.resolve("for-geneva.docx").toString());
        first.export(ok -> { });
        assertThat(sample.dialogs.errors).isEmpty();

        ExportViewModel next = new ExportViewModel(sample.document, versions, opened::add, settings);
        assertThat(next.commentsProperty().get()).isEqualTo(ExportJob.Comments.ALL);
        assertThat(next.tocProperty().get()).isFalse();
        assertThat(next.annexProperty().get()).isTrue();
        assertThat(next.watermarkProperty().get()).isEqualTo("DRAFT");
        assertThat(next.compareProperty().get()).isEqualTo(versions.get(1));
        assertThat(next.versionProperty().get()).isEqualTo(versions.get(0));
        // the last export's folder, the name made from the project and the version
        assertThat(next.targetProperty().get())
                .isEqualTo(out.resolve("model-code-" + versions.get(0).label() + ".docx").toString());

        // another project starts from the defaults
        try (SampleDocument otherProject = new SampleDocument(temp.resolve("other"))) {
            ExportViewModel other = new ExportViewModel(otherProject.document, versions, opened::add, settings);
            assertThat(other.commentsProperty().get()).isEqualTo(ExportJob.Comments.OPEN);
            assertThat(other.watermarkProperty().get()).isEmpty();
        }
    }

    @Test
    void theFileIsSuggestedFromTheProjectAndTheVersionUntilTheMemberChoosesOne() throws Exception {
        var versions = Versions.log(sample.session.dir());
        ExportViewModel model = new ExportViewModel(sample.document, versions, opened::add, settings);
        Path projects = sample.session.dir().toAbsolutePath().getParent();
        assertThat(model.targetProperty().get()).isEqualTo(projects.resolve("model-code-draft.docx").toString());
        model.versionProperty().set(versions.get(0));
        assertThat(model.targetProperty().get())
                .isEqualTo(projects.resolve("model-code-" + versions.get(0).label() + ".docx").toString());

        Path chosen = temp.resolve("mine.docx");
        sample.dialogs.files.add(chosen);
        model.chooseTarget();
        assertThat(sample.dialogs.writeChooserOpenedAt).containsExactly(
                projects + "|model-code-" + versions.get(0).label() + ".docx");
        assertThat(model.targetProperty().get()).isEqualTo(chosen.toString());
        model.versionProperty().set(null);
        assertThat(model.targetProperty().get()).isEqualTo(chosen.toString());
    }
}
