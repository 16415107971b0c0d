package org.clausewright.ui.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.clausewright.app.ExportJob;
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

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void exportsTheDraftAsItIsNowWithUnsavedEdits() throws Exception {
        sample.document.execute(new EditHeading(sample.clause("1.1"), "Respect for every life"));
        ExportViewModel model = new ExportViewModel(sample.document, Versions.log(sample.session.dir()), opened::add);
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
        assertThat(sample.dialogs.notices).singleElement().asString().contains("draft.docx");
        sample.dialogs.noticeActions.get(0).action().run();
        assertThat(opened).containsExactly(file);
    }

    @Test
    void withTrackedChangesSinceAVersion() throws Exception {
        var versions = Versions.log(sample.session.dir());
        ExportViewModel model = new ExportViewModel(sample.document, versions, opened::add);
        model.compareProperty().set(versions.get(versions.size() - 1));
        Path file = temp.resolve("changes.docx");
        model.targetProperty().set(file.toString());
        model.export(ok -> { });
        assertThat(sample.dialogs.errors).isEmpty();
        assertThat(sample.dialogs.notices.get(0)).doesNotContain(" 0 tracked changes");
    }

    @Test
    void aFolderAsTargetIsAReadableError() throws Exception {
        ExportViewModel model = new ExportViewModel(sample.document, List.of(), opened::add);
        model.targetProperty().set(temp.toString());
        List<Boolean> result = new ArrayList<>();
        model.export(result::add);
        assertThat(result).containsExactly(false);
        assertThat(sample.dialogs.errors).singleElement().asString().contains("is a folder");
    }
}
