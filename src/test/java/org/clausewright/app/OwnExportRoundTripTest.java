package org.clausewright.app;

import org.clausewright.docx.CommentScope;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing our own export brings nothing: a clause edited since the compared version (its tracked insertion at
 * the end of a paragraph, its replaced words) and a detached thread (written after a "Detached: …" line, on the
 * heading) are recognised — directly, and after LibreOffice saved the file again.
 */
class OwnExportRoundTripTest {
    private static final String FIXTURE = "/org/clausewright/docx/review/own-export-edited-libreoffice.docx";

    @TempDir
    Path temp;
    private Path dir;

    /** The edits the fixture was made after (see the fixtures' README), recorded as "Working draft 5". */
    @BeforeEach
    void editedSample() throws Exception {
        dir = temp.resolve("model-code");
        BundledSample.install(dir);
        try (ProjectSession session = ProjectSession.open(dir, "Ingrid Solberg")) {
            Project p = session.project();
            Clause harm = p.clause("do-no-harm").orElseThrow();
            List<String> paragraphs = new ArrayList<>(harm.paragraphs());
            paragraphs.set(0, paragraphs.get(0) + " They should also tell their institution.");
            p = p.withClause(harm.withText(String.join("\n", paragraphs)));
            Clause report = p.clause("duty-to-report").orElseThrow();
            p = p.withClause(report.withText(report.text().replace(
                    "[the institutional biosafety committee][the competent national authority]", "the competent authority")));
            List<AnnotationThread> threads = new ArrayList<>(p.threadsOf("duty-to-report"));
            threads.set(0, threads.get(0).reanchored(threads.get(0).anchor(), true));
            p = p.withThreads("duty-to-report", threads);
            session.update(p);
            session.save();
            session.record("Working draft 5", "", "Ingrid Solberg");
        }
    }

    private ReviewPreview importPreview(Path file) throws Exception {
        try (ProjectSession session = ProjectSession.open(dir, "Ingrid Solberg")) {
            return ReviewImport.preview(session, file);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "zh-CN"})
    void theExportWithAllCommentsAndTrackedChangesComesBackAsNothingNew(String language) throws Exception {
        Path file = temp.resolve("draft.docx");
        Export.toWord(dir, file, new ExportSettings(null, "Working draft 4", CommentScope.ALL, false, false, null,
                false, Locale.forLanguageTag(language)), "Ingrid Solberg");
        ReviewPreview preview = importPreview(file);
        assertThat(preview.plan().clauses()).as(String.join("\n", preview.report(Locale.ENGLISH, true))).isEmpty();
        assertThat(preview.plan().unplaced()).isEmpty();
        assertThat(preview.plan().alreadyApplied()).isEqualTo(5);
        assertThat(preview.plan().duplicates()).isEqualTo(10);
    }

    @Test
    void theSameExportSavedAgainByLibreOfficeComesBackAsNothingNew() throws Exception {
        Path file = temp.resolve("own-export-edited.docx");
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            Files.write(file, in.readAllBytes());
        }
        ReviewPreview preview = importPreview(file);
        assertThat(preview.plan().clauses()).as(String.join("\n", preview.report(Locale.ENGLISH, true))).isEmpty();
        assertThat(preview.plan().unplaced()).isEmpty();
        assertThat(preview.plan().alreadyApplied()).isEqualTo(5);
        // LibreOffice drops Word's reply threading: the 16 replies come back as comments of their own
        assertThat(preview.plan().duplicates()).isEqualTo(26);
    }
}
