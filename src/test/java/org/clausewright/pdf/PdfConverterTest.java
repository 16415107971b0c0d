package org.clausewright.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a member is told when there is no LibreOffice, and that a conversion past its limit is stopped and
 * reported with no office process left behind.
 */
class PdfConverterTest {
    @TempDir
    Path temp;

    @Test
    void anEmptyOfficeFolderIsReportedWithThePackageToInstall() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("no-office"));
        assertThatThrownBy(() -> OfficeHome.find(Optional.of(empty)))
                .isInstanceOfSatisfying(PdfException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PdfException.Reason.OFFICE_MISSING);
                    assertThat(e.getMessage()).contains("LibreOffice", empty.toString(), "libreoffice-writer")
                            .doesNotContain("\n");
                });
    }

    @Test
    void anOfficeWithoutWritersDialogsIsReportedWithThePackageToInstall() throws Exception {
        // laid out as Debian's libreoffice-writer-nogui is: Writer's program and folders, none of its .ui files
        Path home = temp.resolve("nogui");
        Files.createDirectories(home.resolve("program"));
        Files.writeString(home.resolve("program/soffice.bin"), "");
        Files.createDirectories(home.resolve("share/config/soffice.cfg/modules/swriter/ui"));
        assertThatThrownBy(() -> OfficeHome.find(Optional.of(home)))
                .isInstanceOfSatisfying(PdfException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PdfException.Reason.OFFICE_MISSING);
                    assertThat(e.getMessage()).contains(home.toString(), "libreoffice-writer-nogui",
                            "sudo apt install libreoffice-writer", "comments").doesNotContain("\n");
                });
        // the same office with Writer's dialogs is the one used
        Files.writeString(home.resolve(OfficeHome.WRITER_DIALOGS).resolve("annotation.ui"), "<interface/>");
        assertThat(OfficeHome.find(Optional.of(home))).isEqualTo(home.toAbsolutePath());
    }

    @Test
    void theMachinesOfficeIsFound() throws Exception {
        // the tests of the PDF export need it: .ci/run installs libreoffice-writer
        assertThat(OfficeHome.find(Optional.empty())).isDirectory();
    }

    /** One office for both, as for every test class: a limit reached, then a cancel. */
    @Test
    void aConversionPastItsLimitIsStoppedAndReportedThenACancelStopsTheOfficeAndNoneIsLeftRunning() throws Exception {
        Path docx = temp.resolve("draft.docx");
        try (var in = getClass().getResourceAsStream("/org/clausewright/pdf/one-page.docx")) {
            assertThat(in).as("test fixture").isNotNull();
            Files.copy(in, docx);
        }
        Path pdf = temp.resolve("draft.pdf");
        // no conversion fits in a millisecond: the limit is reached every time, whatever the machine
        try (PdfConverter converter = PdfConverter.start(OfficeHome.find(Optional.empty()), Duration.ofMillis(1))) {
            assertThatThrownBy(() -> converter.convert(docx, pdf, false))
                    .isInstanceOfSatisfying(PdfException.class, e -> {
                        assertThat(e.reason()).isEqualTo(PdfException.Reason.TIMED_OUT);
                        assertThat(e.getMessage()).contains("did not finish", "was stopped", "no PDF was written");
                    });
            assertThat(pdf).doesNotExist();

            converter.cancel();
            assertThat(officeProcesses()).as("stopped by the cancel").isEmpty();
            assertThatThrownBy(() -> converter.convert(docx, pdf, false))
                    .isInstanceOfSatisfying(PdfException.class, e -> {
                        assertThat(e.reason()).isEqualTo(PdfException.Reason.CANCELLED);
                        assertThat(e.getMessage()).isEqualTo("the PDF export was cancelled; no PDF was written");
                    });
        }
        assertThat(pdf).doesNotExist();
        assertThat(officeProcesses()).as("LibreOffice processes left running").isEmpty();
    }

    static List<String> officeProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(p.info().command().orElse("")))
                .filter(c -> c.contains("soffice")).toList();
    }
}
