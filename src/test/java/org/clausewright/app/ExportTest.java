package org.clausewright.app;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clausewright.docx.CommentScope;
import org.clausewright.docx.DocumentProperties;
import org.clausewright.docx.ExportReport;
import org.clausewright.history.HistoryException;
import org.clausewright.history.Version;
import org.clausewright.store.ProjectFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportTest {
    @TempDir
    Path tmp;

    private ExportSettings settings(String version, String compare) {
        return new ExportSettings(version, compare, CommentScope.ALL, true, true, "DRAFT", true, Locale.ENGLISH);
    }

    @Test
    void exportsTheSampleWithChangesSinceItsFirstVersionAttributedToTheirVersionsAuthors() throws Exception {
        Path dir = tmp.resolve("sample");
        BundledSample.install(dir);
        List<Version> log = Versions.log(dir);
        Version first = log.get(log.size() - 1);
        Path target = tmp.resolve("out/draft.docx");
        ExportReport report = Export.toWord(dir, target, settings(null, first.label()), "Tester");
        assertThat(report.clauses()).isPositive();
        assertThat(report.comments()).isPositive();
        assertThat(report.replies()).isPositive();
        assertThat(report.insertions()).isPositive();
        assertThat(report.deletions()).isPositive();
        try (InputStream in = Files.newInputStream(target); XWPFDocument doc = new XWPFDocument(in)) {
            var custom = doc.getProperties().getCustomProperties();
            assertThat(custom.getProperty(DocumentProperties.VERSION_ID).getLpwstr()).isEqualTo(log.get(0).id());
            String xml = doc.getDocument().xmlText();
            List<String> laterAuthors = log.subList(0, log.size() - 1).stream().map(Version::author).toList();
            assertThat(laterAuthors).anyMatch(a -> xml.contains("w:author=\"" + a + "\""));
            assertThat(xml).doesNotContain("w:author=\"Tester\"");
        }
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aRecordedVersionIsExportedAsItWasNotAsTheFolderIsNow() throws Exception {
        Path dir = tmp.resolve("sample");
        BundledSample.install(dir);
        List<Version> log = Versions.log(dir);
        Version middle = log.get(1);
        Files.writeString(dir.resolve("project.json"), "{ not what was recorded");
        Path target = tmp.resolve("middle.docx");
        ExportReport report = Export.toWord(dir, target, settings(middle.id(), log.get(log.size() - 1).label()), "Tester");
        assertThat(report.clauses()).isPositive();
        try (InputStream in = Files.newInputStream(target); XWPFDocument doc = new XWPFDocument(in)) {
            var custom = doc.getProperties().getCustomProperties();
            assertThat(custom.getProperty(DocumentProperties.VERSION_ID).getLpwstr()).isEqualTo(middle.id());
        }
    }

    @Test
    void anUnknownVersionIsAnErrorAndWritesNothing() throws Exception {
        Path dir = tmp.resolve("sample");
        BundledSample.install(dir);
        Path target = tmp.resolve("draft.docx");
        assertThatThrownBy(() -> Export.toWord(dir, target, settings("Working draft 99", null), "Tester"))
                .isInstanceOf(HistoryException.class).hasMessageContaining("Working draft 99");
        assertThat(target).doesNotExist();
    }

    @Test
    void aBrokenDraftIsReportedBeforeAnUnknownVersionToCompareWith() throws Exception {
        Path dir = tmp.resolve("sample");
        BundledSample.install(dir);
        Path clause;
        try (Stream<Path> clauses = Files.list(dir.resolve("clauses"))) {
            clause = clauses.sorted().findFirst().orElseThrow();
        }
        Files.writeString(clause, "{\"schemaVersion\": 1,");
        Path target = tmp.resolve("draft.docx");
        assertThatThrownBy(() -> Export.toWord(dir, target, settings(null, "Working draft 99"), "Tester"))
                .isInstanceOf(ProjectFileException.class).hasMessageContaining("clauses/" + clause.getFileName());
        assertThatThrownBy(() -> Export.toWord(dir, target, settings(null, null), "Tester"))
                .isInstanceOf(ProjectFileException.class).hasMessageContaining("clauses/" + clause.getFileName());
        assertThat(target).doesNotExist();
    }

    @Test
    void aDeviceOrAPipeIsNeverReplacedByTheExport() throws Exception {
        Path dir = tmp.resolve("sample");
        BundledSample.install(dir);
        Path pipe = tmp.resolve("pipe.docx");
        // as `export -o /dev/full` showed, the finished file was renamed over the device and replaced it
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> Export.toWord(dir, pipe, settings(null, null), "Tester"))
                .hasMessage("cannot write " + pipe + ": it is not a regular file (a device or a pipe); give a file "
                        + "name such as draft.docx");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(Files.exists(pipe)).isTrue();
        assertThatThrownBy(() -> org.clausewright.store.AtomicFiles.write(pipe, new byte[] {1}))
                .hasMessageContaining("it is not a regular file");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anUnwritablePlaceIsOneSentenceNamingTheFile() throws Exception {
        Path dir = tmp.resolve("sample");
        BundledSample.install(dir);
        Path blocker = tmp.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        Path target = blocker.resolve("draft.docx");
        assertThatThrownBy(() -> Export.toWord(dir, target, settings(null, null), "Tester"))
                .hasMessageContaining(target.toString()).hasMessageNotContaining("\n");
    }
}
